import type * as z from "zod/mini";
import { issueCode, type IssueCode } from "@/rules";
import { jsonResponse } from "./json-response";

/** HTTP status of every error code of the API contract. */
export const API_ERROR_STATUS = {
  invalid_json: 400,
  method_not_allowed: 405,
  not_acceptable: 406,
  payload_too_large: 413,
  unsupported_media_type: 415,
  invalid_input: 422,
  service_unavailable: 503,
} as const;

export type ApiErrorCode = keyof typeof API_ERROR_STATUS;

/** The contract's error codes, for schemas and tests. */
export const API_ERROR_CODES = Object.keys(API_ERROR_STATUS) as [ApiErrorCode, ...ApiErrorCode[]];

/**
 * One field-level problem: a dotted path into the request body ("" is the body itself), the
 * contract's stable code (api-contract.md, «Issue codes») and a Russian message.
 */
export interface ApiIssue {
  path: string;
  code: IssueCode;
  message: string;
}

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; issues: ApiIssue[] };
}

/** The default Russian message of each code; a caller may give a more precise one. */
export const API_ERROR_MESSAGES: Record<ApiErrorCode, string> = {
  invalid_json: "Тело запроса должно быть JSON-объектом в кодировке UTF-8.",
  method_not_allowed: "Метод запроса не поддерживается.",
  not_acceptable:
    "Запрошенный в Accept формат недоступен: укажите application/json или text/csv (или ?format=csv).",
  payload_too_large: "Тело запроса больше 64 КиБ (65 536 байт).",
  unsupported_media_type:
    "Неподдерживаемый тип содержимого: укажите заголовок Content-Type: application/json.",
  invalid_input: "Данные запроса не прошли проверку: исправьте поля, перечисленные в issues.",
  service_unavailable: "Сервер сейчас занят: повторите запрос через несколько секунд.",
};

/**
 * The message of the safety net in `guard`: a request the validation accepted yet the code
 * could not process. Tests assert that no generated input ever gets it.
 */
export const UNEXPECTED_ERROR_MESSAGE =
  "Запрос не удалось обработать. Проверьте данные запроса; если ошибка повторяется, сообщите в поддержку.";

/** The contract's error body; batch items carry it without a response of their own. */
export function apiErrorBody(
  code: ApiErrorCode,
  options: { message?: string; issues?: readonly ApiIssue[] } = {},
): ApiErrorBody {
  return {
    error: {
      code,
      message: options.message ?? API_ERROR_MESSAGES[code],
      issues: [...(options.issues ?? [])],
    },
  };
}

/** The one builder of every API error response: contract body and status, no internals. */
export function apiError(
  code: ApiErrorCode,
  options: {
    message?: string;
    issues?: readonly ApiIssue[];
    headers?: Record<string, string>;
  } = {},
): Response {
  return jsonResponse(apiErrorBody(code, options), {
    status: API_ERROR_STATUS[code],
    headers: options.headers,
  });
}

/** A dotted path of a zod issue: ["product", "months"] → "product.months", [] → "". */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map((key) => String(key)).join(".");
}

/**
 * Zod issues (from `safeParse` with `reportInput: true`, so a missing value reads as `required`)
 * as contract issues, one per distinct path and message.
 */
export function zodIssues(issues: readonly z.core.$ZodIssue[]): ApiIssue[] {
  const seen = new Set<string>();
  const result: ApiIssue[] = [];
  for (const issue of issues) {
    const item = { path: issuePath(issue.path), code: issueCode(issue), message: issue.message };
    const key = `${item.path}\u0000${item.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(item);
  }
  return result;
}
