import { isLanguage, type Language } from "@/rules/text/language";

/** A Kazakh letter: an issue worded by the Kazakh catalogue already has one. */
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
import { kk } from "@/rules/messages/kk";
import {
  BATCH_MEDIA_TYPE_MESSAGE,
  BATCH_NOT_REQUESTS_MESSAGE,
  BATCH_TOO_LARGE_MESSAGE,
} from "./batch-messages";
import {
  API_ERROR_MESSAGES,
  UNEXPECTED_ERROR_MESSAGE,
  type ApiErrorBody,
  type ApiErrorCode,
  type ApiIssue,
} from "./errors";
import { API_ERROR_MESSAGES_KK, API_MESSAGES_KK } from "./errors-kk";
import { NOT_JSON_MESSAGE, NOT_OBJECT_MESSAGE } from "./read-json";

/*
 * The language of an API answer (api-contract.md, «Language of texts»): `?lang=kk` or
 * `Accept-Language: kk` gives Kazakh texts, anything else Russian; `Content-Language` says which.
 * Codes, clauses, numbers and field paths never change, only the words.
 */

/** Primary language tags of an Accept-Language header with their q-values, in order. */
function languageRanges(header: string): { tag: string; q: number }[] {
  return header.split(",").flatMap((part) => {
    const [range = "", ...params] = part.split(";");
    const tag = range.trim().toLowerCase().split("-")[0] ?? "";
    if (!/^[a-z]{1,8}$/u.test(tag)) return [];
    const qParam = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith("q="));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    return Number.isFinite(q) && q > 0 && q <= 1 ? [{ tag, q }] : [];
  });
}

/**
 * The answer's language: `?lang=ru|kk` first, else the one of Russian and Kazakh that
 * Accept-Language rates higher (a tie goes to the one named first); Russian by default and for
 * any other language.
 */
export function requestLanguage(request: Request): Language {
  const lang = new URL(request.url).searchParams.get("lang")?.toLowerCase();
  if (isLanguage(lang)) return lang;
  let best: { tag: Language; q: number } | null = null;
  for (const { tag, q } of languageRanges(request.headers.get("accept-language") ?? "")) {
    if (isLanguage(tag) && (best === null || q > best.q)) best = { tag, q };
  }
  return best?.tag ?? "ru";
}

/** The Kazakh of a Russian top-level message the routes give, or the code's default. */
function messageKk(code: ApiErrorCode, message: string): string {
  const exact: Record<string, string> = {
    [API_ERROR_MESSAGES[code]]: API_ERROR_MESSAGES_KK[code],
    [UNEXPECTED_ERROR_MESSAGE]: API_MESSAGES_KK.unexpected,
    [NOT_JSON_MESSAGE]: API_MESSAGES_KK.notJson,
    [NOT_OBJECT_MESSAGE]: API_MESSAGES_KK.notObject,
    [BATCH_NOT_REQUESTS_MESSAGE]: API_MESSAGES_KK.batchNotRequests,
    [BATCH_TOO_LARGE_MESSAGE]: API_MESSAGES_KK.batchTooLarge,
    [BATCH_MEDIA_TYPE_MESSAGE]: API_MESSAGES_KK.batchMediaType,
  };
  if (exact[message] !== undefined) return exact[message];
  const method = /^Метод (\S+) не поддерживается: используйте (.+)\.$/u.exec(message);
  if (method) return API_MESSAGES_KK.methodNotAllowed(method[1]!, method[2]!);
  if (/^Список requests пуст/u.test(message)) return API_MESSAGES_KK.batchEmpty;
  const many = /^В списке requests (\d+) запросов/u.exec(message);
  if (many) return API_MESSAGES_KK.batchTooMany(Number(many[1]));
  const line = /^Строка (\d+) /u.exec(message);
  if (line) {
    const n = Number(line[1]);
    if (/больше 64 КиБ/u.test(message)) return API_MESSAGES_KK.ndjsonLineTooLarge(n, 65_536);
    if (/пустая/u.test(message)) return API_MESSAGES_KK.ndjsonEmptyLine(n);
    if (/JSON-объектом/u.test(message)) return API_MESSAGES_KK.ndjsonNotObject(n);
    return API_MESSAGES_KK.ndjsonNotJson(n);
  }
  return API_ERROR_MESSAGES_KK[code];
}

/** A request path's Kazakh field name: indexes dropped, a line's product keyed as the quote's. */
function fieldLabelKk(path: string): string | null {
  const keys = path.split(".").filter((key) => !/^\d+$/u.test(key));
  const joined = (keys[0] === "lines" && keys[1] === "product" ? keys.slice(1) : keys).join(".");
  return Object.hasOwn(kk.fields, joined)
    ? kk.fields[joined as keyof typeof kk.fields].label
    : null;
}

/**
 * One issue in Kazakh that the catalogue did not word (a route's own issue, such as the batch's
 * size): the field's Kazakh name and the kind of problem read from the Russian words:
 * a missing value, or a wrong one.
 */
function issueKk(issue: ApiIssue): ApiIssue {
  if (KAZAKH_LETTERS.test(issue.message)) return issue;
  const missing = /обязательн|укажите|не указан/iu.test(issue.message);
  const text = missing ? kk.issues.required : kk.issues.invalid;
  const label = fieldLabelKk(issue.path);
  return { ...issue, message: label ? kk.compose.labelled(label, text) : text };
}

/** An error body with its messages in the answer's language (Russian bodies pass unchanged). */
export function errorBodyIn(body: ApiErrorBody, language: Language): ApiErrorBody {
  if (language === "ru") return body;
  const { code, message, issues } = body.error;
  return {
    ...body,
    error: { code, message: messageKk(code, message), issues: issues.map(issueKk) },
  };
}

/**
 * The response in the answer's language: `Content-Language` on every answer, and the words of an
 * error body in Kazakh when asked for (the codes, paths and status stay).
 */
export async function inLanguage(response: Response, language: Language): Promise<Response> {
  const isError = response.status >= 400;
  const json = (response.headers.get("content-type") ?? "").includes("application/json");
  if (language === "kk" && isError && json) {
    const body = (await response.json()) as ApiErrorBody;
    const headers = new Headers(response.headers);
    headers.delete("content-length");
    headers.set("Content-Language", language);
    return Response.json(errorBodyIn(body, language), { status: response.status, headers });
  }
  // A route that knows better (an offer's document language) has set it already.
  if (!response.headers.has("Content-Language")) response.headers.set("Content-Language", language);
  return response;
}
