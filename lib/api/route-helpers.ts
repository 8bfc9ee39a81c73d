import type * as z from "zod/mini";
import type { Language } from "@/rules/text/language";
import { apiError, UNEXPECTED_ERROR_MESSAGE } from "./errors";
import { API_MESSAGES_KK } from "./errors-kk";
import { inLanguage, requestLanguage } from "./language";
import { jsonResponse } from "./json-response";
import { readJsonObject } from "./read-json";
import { validate } from "./validate";

/**
 * A handler answering 405 with the contract body and an `Allow` header; a GET route answers
 * HEAD too (RFC 9110 §9.3.2), so it allows both.
 */
export function methodNotAllowed(allow: "GET" | "POST"): (request: Request) => Response {
  const allowed = allow === "GET" ? "GET, HEAD" : allow;
  return (request) => {
    const language = requestLanguage(request);
    return apiError("method_not_allowed", {
      message:
        language === "kk"
          ? API_MESSAGES_KK.methodNotAllowed(request.method, allowed)
          : `Метод ${request.method} не поддерживается: используйте ${allowed}.`,
      headers: { Allow: allowed, "Content-Language": language },
    });
  };
}

/**
 * Runs a handler body so that an unexpected exception becomes a contract-shaped error instead
 * of a 500 with internals. Logs only the error's class: request data may be personal.
 */
export async function guard(handler: () => Promise<Response> | Response): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    console.error(`[api] unexpected ${error instanceof Error ? error.name : typeof error}`);
    return apiError("invalid_input", { message: UNEXPECTED_ERROR_MESSAGE });
  }
}

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
type Method = (typeof METHODS)[number];

/** The methods a route allowing `A` answers: a GET route answers HEAD as well. */
type Allowed<A extends "GET" | "POST"> = A extends "GET" ? "GET" | "HEAD" : A;

/**
 * 405 handlers for every method but `allow` (and HEAD beside GET: a GET route exports
 * `HEAD = GET`, Node sends no body for it), to export from a route file by destructuring.
 */
export function otherMethodsNotAllowed<A extends "GET" | "POST">(
  allow: A,
): Record<Exclude<Method, Allowed<A>>, (request: Request) => Response> {
  const notAllowed = methodNotAllowed(allow);
  const allowed: readonly Method[] = allow === "GET" ? ["GET", "HEAD"] : [allow];
  return Object.fromEntries(
    METHODS.filter((m) => !allowed.includes(m)).map((m) => [m, notAllowed]),
  ) as Record<Exclude<Method, Allowed<A>>, (request: Request) => Response>;
}

/**
 * A POST route taking a JSON body: read it safely, validate with `schema`, `respond` in the
 * request's language (`?lang=`, `Accept-Language`); every answer says it in `Content-Language`.
 */
export function postRoute<S extends z.ZodMiniType>(
  schema: S,
  respond: (data: z.output<S>, language: Language) => Promise<Response> | Response,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const language = requestLanguage(request);
    const response = await guard(async () => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.response;
      const input = validate(schema, body.value, language);
      if (!input.ok) return input.response;
      return respond(input.data, language);
    });
    return inLanguage(response, language);
  };
}

/** A POST route taking a JSON body and answering `compute`'s result as JSON. */
export function jsonPostRoute<S extends z.ZodMiniType>(
  schema: S,
  compute: (data: z.output<S>, language: Language) => unknown,
): (request: Request) => Promise<Response> {
  return postRoute(schema, (data, language) => jsonResponse(compute(data, language)));
}
