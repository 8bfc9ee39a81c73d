/** Headers every API response carries: quotes depend on the request, never cache them. */
export const API_HEADERS = { "Cache-Control": "no-store" } as const;

/** A JSON response with the API's headers (`Cache-Control: no-store`). */
export function jsonResponse(
  body: unknown,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  return Response.json(body, {
    status: init.status ?? 200,
    headers: { ...API_HEADERS, ...init.headers },
  });
}
