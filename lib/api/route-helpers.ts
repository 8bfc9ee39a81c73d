import type * as z from "zod/mini";
import { apiError, UNEXPECTED_ERROR_MESSAGE } from "./errors";
import { jsonResponse } from "./json-response";
import { readJsonObject } from "./read-json";
import { validate } from "./validate";

/** A handler answering 405 with the contract body and an `Allow` header. */
export function methodNotAllowed(allow: "GET" | "POST"): (request: Request) => Response {
  return (request) =>
    apiError("method_not_allowed", {
      message: `Метод ${request.method} не поддерживается: используйте ${allow}.`,
      headers: { Allow: allow },
    });
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

/** 405 handlers for every method but `allow`, to export from a route file by destructuring. */
export function otherMethodsNotAllowed<A extends "GET" | "POST">(
  allow: A,
): Record<Exclude<Method, A>, (request: Request) => Response> {
  const notAllowed = methodNotAllowed(allow);
  return Object.fromEntries(
    METHODS.filter((m) => m !== allow).map((m) => [m, notAllowed]),
  ) as Record<Exclude<Method, A>, (request: Request) => Response>;
}

/** A POST route taking a JSON body: read it safely, validate with `schema`, `respond`. */
export function postRoute<S extends z.ZodMiniType>(
  schema: S,
  respond: (data: z.output<S>) => Promise<Response> | Response,
): (request: Request) => Promise<Response> {
  return (request) =>
    guard(async () => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.response;
      const input = validate(schema, body.value);
      if (!input.ok) return input.response;
      return respond(input.data);
    });
}

/** A POST route taking a JSON body and answering `compute`'s result as JSON. */
export function jsonPostRoute<S extends z.ZodMiniType>(
  schema: S,
  compute: (data: z.output<S>) => unknown,
): (request: Request) => Promise<Response> {
  return postRoute(schema, (data) => jsonResponse(compute(data)));
}
