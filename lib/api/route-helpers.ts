import { apiError, UNEXPECTED_ERROR_MESSAGE } from "./errors";

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
