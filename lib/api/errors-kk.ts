import { withKkEnding } from "@/rules/text/kk-suffix";
import type { ApiErrorCode } from "./errors";

/*
 * The API's error messages in Kazakh (api-contract.md, «Language of texts»): the default message
 * of every top-level error code and the precise messages the routes give instead. Codes, statuses
 * and field paths never change with the language; only `message` does.
 */

/** The default Kazakh message of each top-level error code. */
export const API_ERROR_MESSAGES_KK: Record<ApiErrorCode, string> = {
  invalid_json: "Сұрау денесі UTF-8 кодтауындағы JSON нысаны болуы керек.",
  method_not_allowed: "Сұрау әдісіне қолдау көрсетілмейді.",
  not_acceptable:
    "Accept тақырыбында сұралған пішім жоқ: application/json немесе text/csv (немесе ?format=csv) көрсетіңіз.",
  payload_too_large: "Сұрау денесі 64 КиБ (65 536 байт) шегінен асады.",
  unsupported_media_type:
    "Мазмұн түріне қолдау көрсетілмейді: Content-Type: application/json тақырыбын көрсетіңіз.",
  invalid_input: "Сұрау деректері тексеруден өтпеді: issues тізіміндегі өрістерді түзетіңіз.",
  service_unavailable: "Сервер қазір бос емес: сұрауды бірнеше секундтан кейін қайталаңыз.",
};

/** The precise messages the routes give instead of a code's default. */
export const API_MESSAGES_KK = {
  notJson: "Сұрау денесі UTF-8 кодтауындағы дұрыс JSON емес.",
  notObject: "Сұрау денесі массив, жол, сан немесе null емес, JSON нысаны { … } болуы керек.",
  methodNotAllowed: (method: string, allow: string) =>
    `${method} әдісіне қолдау көрсетілмейді: ${allow} әдісін пайдаланыңыз.`,
  unexpected:
    "Сұрауды өңдеу мүмкін болмады. Сұрау деректерін тексеріңіз; қате қайталанса, қолдау қызметіне хабарлаңыз.",
  batchNotRequests:
    'Сұрау денесі сұраулар тізімі бар { "requests": [ … ] } JSON нысаны болуы керек.',
  batchTooLarge:
    "Пакеттік сұрау денесі 16 МиБ (16 777 216 байт) шегінен асады: тізімді бөліңіз немесе оны application/x-ndjson ағынымен жіберіңіз.",
  batchMediaType:
    'Мазмұн түріне қолдау көрсетілмейді: Content-Type: application/json ({ "requests": [ … ] } пакеті) немесе application/x-ndjson (әр жолда бір сұрау) көрсетіңіз.',
  batchEmpty: `requests тізімі бос: 1-ден ${withKkEnding("10 000", "dative")} дейін сұрау жіберіңіз.`,
  batchTooMany: (count: number) =>
    `requests тізімінде ${count} сұрау бар, ал бір пакетте ${withKkEnding("10 000", "ablative")} аспауы керек: тізімді бөліңіз немесе оны application/x-ndjson ағынымен жіберіңіз.`,
  ndjsonLineTooLarge: (line: number, bytes: number) =>
    `${line}-жол 64 КиБ (${bytes} байт) шегінен асады: ол өткізіліп жіберілді, қалған жолдар өңделді.`,
  ndjsonEmptyLine: (line: number) => `${line}-жол бос: әр жолда сұрауы бар JSON нысаны күтіледі.`,
  ndjsonNotObject: (line: number) =>
    `${line}-жолда массив, жол, сан немесе null емес, JSON нысаны { … } тұруы керек.`,
  ndjsonNotJson: (line: number) => `${line}-жол UTF-8 кодтауындағы дұрыс JSON емес.`,
  trace: "TRACE әдісіне қолдау көрсетілмейді.",
} as const;
