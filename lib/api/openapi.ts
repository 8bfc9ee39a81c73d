import * as z from "zod/mini";
import {
  historySchema,
  kzSummer2025,
  proposalRequestSchema,
  overviewRequestSchema,
  productSchema,
  quoteRequestSchema,
} from "@/rules";
import { MAX_BODY_BYTES } from "./read-json";
import { MAX_BATCH_BYTES, MAX_BATCH_ITEMS, MAX_NDJSON_LINE_BYTES } from "./batch";
import {
  batchResponseSchema,
  batchResultSchema,
  errorBodySchema,
  healthResponseSchema,
  proposalResponseSchema,
  overviewRowSchema,
  overviewResponseSchema,
  pricesResponseSchema,
  quoteResponseSchema,
} from "./response-schemas";

type JsonObject = Record<string, unknown>;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** Component schemas, generated from the same zod schemas that validate and describe the API. */
function componentSchemas(): Record<string, JsonObject> {
  const registry = z.registry<{ id: string }>();
  const named: [string, z.ZodMiniType][] = [
    ["QuoteRequest", quoteRequestSchema],
    ["OffersRequest", overviewRequestSchema],
    ["OfferRequest", proposalRequestSchema],
    ["History", historySchema],
    ["Product", productSchema],
    ["QuoteResponse", quoteResponseSchema],
    ["OfferRow", overviewRowSchema],
    ["OffersResponse", overviewResponseSchema],
    ["OfferResponse", proposalResponseSchema],
    ["Error", errorBodySchema],
    ["Health", healthResponseSchema],
    ["BatchResult", batchResultSchema],
    ["BatchResponse", batchResponseSchema],
    ["PriceList", pricesResponseSchema],
  ];
  for (const [id, schema] of named) registry.add(schema, { id });
  // io "input": request schemas are documented as what a client may send (optional fields stay
  // optional). Refinements (dates, cross-field rules) are not representable and are left out.
  const { schemas } = z.toJSONSchema(registry, {
    io: "input",
    target: "draft-2020-12",
    uri: (id) => ref(id).$ref,
  });
  const out: Record<string, JsonObject> = {
    // Written by hand: the batch request is read item by item (a bad item is answered in
    // place), so its schema is only the envelope around QuoteRequest.
    BatchRequest: {
      type: "object",
      required: ["requests"],
      properties: {
        requests: {
          type: "array",
          minItems: 1,
          maxItems: MAX_BATCH_ITEMS,
          items: ref("QuoteRequest"),
        },
      },
    },
  };
  for (const [id, schema] of Object.entries(schemas)) {
    // OpenAPI 3.1 components carry the dialect of the document; drop per-schema $schema/$id.
    const rest: JsonObject = { ...schema };
    delete rest.$schema;
    delete rest.$id;
    out[id] = rest;
  }
  describeOffer(out);
  return out;
}

/** Descriptions of the offer's fields that the zod schemas cannot carry (API contract, 2026-12). */
function describeOffer(schemas: Record<string, JsonObject>) {
  const describe = (id: string, field: string, description: string) => {
    const properties = schemas[id]?.properties as Record<string, JsonObject> | undefined;
    if (properties?.[field]) properties[field] = { ...properties[field], description };
  };
  describe(
    "OfferRequest",
    "vat",
    "НДС: mode included (в ценах) | excluded (сверху) | none (продавец не платит НДС); rate — ставка в процентах, по умолчанию по дате КП: 12 по 31.12.2025, 16 с 01.01.2026. Без vat — как в прайс-листе (vatIncluded), а если он не говорит — без сумм НДС и с предупреждением vat_unknown.",
  );
  describe("OfferRequest", "appendix", "true — приложение «для партнёра» в PDF.");
  describe(
    "OfferRequest",
    "language",
    "Язык документа: ru (по умолчанию) | kk (казахский) | kk+ru (казахский и русский: подписи «каз. / рус.», каждая фраза сначала по-казахски, затем по-русски; суммы те же). В kk и kk+ru причины, предупреждения и заметки ответа — по-казахски, totalInWords — по-казахски. Другое значение — 422 с путём language.",
  );
  describe(
    "OfferRequest",
    "seller",
    "Продавец. iban — ИИК, казахстанский IBAN: KZ, 20 знаков, проверка mod 97 (ISO 13616), иначе 422 с кодом invalid_iban на seller.iban; bik — БИК: 8 или 11 знаков формата BIC, иначе 422 invalid_bic на seller.bik; kbe — КБе, 2 цифры. Пробелы в iban и bik убираются, буквы становятся заглавными.",
  );
  describe(
    "OfferResponse",
    "vat",
    'НДС КП: суммы — тенге с двумя знаками строкой ("1150568.79"), половина вверх до тиына; included: amount = total × rate / (100 + rate), totalWithVat = total; excluded: amount = total × rate / 100, totalWithVat = total + amount; none: rate null, amount "0.00". Если НДС неизвестен — все поля null и предупреждение vat_unknown.',
  );
  describe(
    "OfferResponse",
    "totalInWords",
    "Сумма к оплате прописью (с НДС, если он сверху) на языке документа: «Шестьсот пятнадцать тысяч тенге 00 тиын»; kk и kk+ru — по-казахски: «Алты жүз он бес мың теңге 00 тиын».",
  );
  describe("OfferResponse", "language", "Язык документа из запроса (ru, если не указан).");
  describe(
    "OfferResponse",
    "warnings",
    "Предупреждения КП: copilot_bonus_per_license (п. 8.1), offer_expired (дата КП позже validUntil — КП всё равно рассчитано), vat_unknown (НДС не выбран и не указан в прайс-листе).",
  );
}

const json = (schema: JsonObject) => ({ "application/json": { schema } });

const errorResponse = (description: string, extra: JsonObject = {}) => ({
  description,
  headers: { "Cache-Control": { $ref: "#/components/headers/NoStore" } },
  content: json(ref("Error")),
  ...extra,
});

const errors = {
  "400": { $ref: "#/components/responses/InvalidJson" },
  "405": { $ref: "#/components/responses/MethodNotAllowed" },
  "413": { $ref: "#/components/responses/PayloadTooLarge" },
  "415": { $ref: "#/components/responses/UnsupportedMediaType" },
  "422": { $ref: "#/components/responses/InvalidInput" },
};

const ok = (description: string, schema: JsonObject) => ({
  description,
  headers: { "Cache-Control": { $ref: "#/components/headers/NoStore" } },
  content: json(schema),
});

const postOperation = (
  operationId: string,
  summary: string,
  request: string,
  response: JsonObject,
) => ({
  operationId,
  summary,
  requestBody: { required: true, content: json(ref(request)) },
  responses: { "200": ok(summary, response), ...errors },
});

const getOperation = (operationId: string, summary: string, response: JsonObject) => ({
  operationId,
  summary,
  responses: { "200": ok(summary, response), "405": errors["405"] },
});

/** POST /api/quotes: a JSON batch, or an NDJSON stream answered line by line. */
const batchOperation = () => ({
  operationId: "quotes",
  summary: "Цены для списка запросов: пакет JSON или поток NDJSON",
  description: `application/json: { "requests": [ … ] }, от 1 до ${MAX_BATCH_ITEMS} запросов, тело до ${MAX_BATCH_BYTES} байт; ответ — results в порядке запросов и summary. Ошибочный запрос получает свою запись 422 и не мешает остальным. application/x-ndjson: один запрос в строке (до ${MAX_NDJSON_LINE_BYTES} байт), строк сколько угодно; ответ — поток NDJSON, одна запись BatchResult на каждую строку, по порядку, index — номер строки с 0 (перевод строки в конце тела новой строки не начинает). Строка не JSON или пустая → 400 invalid_json, строка длиннее лимита → 413 payload_too_large, поток продолжается.`,
  requestBody: {
    required: true,
    content: {
      ...json(ref("BatchRequest")),
      "application/x-ndjson": { schema: ref("QuoteRequest") },
    },
  },
  responses: {
    "200": {
      description: "Результат по каждому запросу, в порядке запросов.",
      headers: { "Cache-Control": { $ref: "#/components/headers/NoStore" } },
      content: {
        ...json(ref("BatchResponse")),
        "application/x-ndjson": { schema: ref("BatchResult") },
      },
    },
    ...errors,
    "413": errorResponse(`payload_too_large: пакет JSON больше 16 МиБ (${MAX_BATCH_BYTES} байт).`),
    "415": errorResponse(
      "unsupported_media_type: Content-Type не application/json и не application/x-ndjson.",
    ),
    "422": errorResponse(
      `invalid_input: список requests пуст или длиннее ${MAX_BATCH_ITEMS} запросов.`,
    ),
  },
});

/** GET /api/prices: JSON or CSV (content negotiation or `?format=csv`), ETag and 304. */
const pricesOperation = () => ({
  operationId: "prices",
  summary: "Прайс-лист, по которому считает сервер",
  parameters: [
    {
      name: "format",
      in: "query",
      required: false,
      description:
        "csv — тот же прайс-лист в CSV (как заголовок Accept: text/csv). Без него формат выбирает Accept: больший q из application/json и text/csv, при равенстве — JSON.",
      schema: { type: "string", enum: ["json", "csv"] },
    },
    {
      name: "If-None-Match",
      in: "header",
      required: false,
      description: "ETag из прошлого ответа: если прайс-лист тот же, ответ 304 без тела.",
      schema: { type: "string" },
    },
  ],
  responses: {
    "200": {
      description: "Прайс-лист (JSON по умолчанию, CSV по запросу).",
      headers: { ETag: { description: "Версия прайс-листа.", schema: { type: "string" } } },
      content: {
        ...json(ref("PriceList")),
        "text/csv": {
          schema: { type: "string", description: "CSV по price-list.md, с UTF-8 BOM" },
        },
      },
    },
    "304": { description: "Прайс-лист не изменился (If-None-Match совпал с ETag)." },
    "405": errors["405"],
    "406": errorResponse(
      "not_acceptable: Accept не допускает ни application/json, ни text/csv (по q-значениям).",
    ),
  },
});

/** The OpenAPI 3.1 document of the public API (served at GET /api/openapi.json). */
export function openApiDocument(): JsonObject {
  return {
    openapi: "3.1.0",
    info: {
      title: `API калькулятора акции «${kzSummer2025.title}»`,
      version: "1.0.0",
      description:
        "Расчёт акционных цен 1С-Битрикс Казахстан по Правилам акции. Поля, перечисления и коды причин — стабильный контракт: меняются только добавлением. Любой метод, кроме указанного у пути, получает 405 с заголовком Allow.",
    },
    paths: {
      "/api/quote": {
        post: postOperation(
          "quote",
          "Цена одного продукта для одного клиента",
          "QuoteRequest",
          ref("QuoteResponse"),
        ),
      },
      "/api/offers": {
        post: postOperation(
          "offers",
          "Все продукты каталога для одного клиента",
          "OffersRequest",
          ref("OffersResponse"),
        ),
      },
      "/api/offer": {
        post: postOperation(
          "offer",
          "Коммерческое предложение: несколько позиций для одного клиента",
          "OfferRequest",
          ref("OfferResponse"),
        ),
      },
      "/api/offer.pdf": {
        post: {
          ...postOperation(
            "proposalPdf",
            "Коммерческое предложение в PDF (A4, текст с кириллицей извлекается)",
            "OfferRequest",
            {},
          ),
          responses: {
            "200": {
              description:
                "PDF для скачивания: Content-Disposition: attachment; filename=\"<номер>.pdf\"; filename*=UTF-8''<номер>.pdf",
              headers: {
                "Cache-Control": { $ref: "#/components/headers/NoStore" },
                "Content-Disposition": { schema: { type: "string" } },
              },
              content: { "application/pdf": { schema: { type: "string", format: "binary" } } },
            },
            ...errors,
            "503": { $ref: "#/components/responses/ServiceUnavailable" },
          },
        },
      },
      "/api/quotes": { post: batchOperation() },
      "/api/health": { get: getOperation("health", "Состояние сервиса", ref("Health")) },
      "/api/prices": { get: pricesOperation() },
      "/api/openapi.json": {
        get: getOperation("openapi", "Этот документ OpenAPI 3.1", { type: "object" }),
      },
    },
    components: {
      schemas: componentSchemas(),
      headers: {
        NoStore: {
          description: "Ответы API не кэшируются.",
          schema: { type: "string", const: "no-store" },
        },
        Allow: { description: "Разрешённый метод.", schema: { type: "string" } },
        RetryAfter: {
          description: "Через сколько секунд повторить запрос.",
          schema: { type: "integer", minimum: 1 },
        },
      },
      responses: {
        InvalidJson: errorResponse(
          "invalid_json: тело не JSON или не JSON-объект (массив, строка, число, null).",
        ),
        MethodNotAllowed: errorResponse("method_not_allowed: метод не поддерживается.", {
          headers: {
            "Cache-Control": { $ref: "#/components/headers/NoStore" },
            Allow: { $ref: "#/components/headers/Allow" },
          },
        }),
        PayloadTooLarge: errorResponse(
          `payload_too_large: тело больше 64 КиБ (${MAX_BODY_BYTES} байт).`,
        ),
        UnsupportedMediaType: errorResponse(
          "unsupported_media_type: Content-Type не application/json.",
        ),
        InvalidInput: errorResponse(
          "invalid_input: тело не проходит схему или противоречиво; issues называют каждое поле с ошибкой, его код (issues[].code) и сообщение; ИИК продавца — invalid_iban (seller.iban), БИК — invalid_bic (seller.bik).",
        ),
        ServiceUnavailable: errorResponse(
          "service_unavailable: очередь на создание PDF заполнена; повторите запрос через Retry-After секунд.",
          {
            headers: {
              "Cache-Control": { $ref: "#/components/headers/NoStore" },
              "Retry-After": { $ref: "#/components/headers/RetryAfter" },
            },
          },
        ),
      },
    },
  };
}
