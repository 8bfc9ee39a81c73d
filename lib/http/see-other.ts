/**
 * A 303 to a path of this site, with a relative `Location` (`/offer?…`): the browser resolves it
 * against the address it asked for, so behind a proxy or load balancer the user stays on the
 * public host (`Response.redirect` needs an absolute URL, and the server's own URL is
 * `localhost:<port>` whatever Host the client sent).
 */
export function seeOther(path: string): Response {
  if (!path.startsWith("/") || path.startsWith("//")) throw new Error(`not a local path: ${path}`);
  return new Response(null, { status: 303, headers: { Location: path } });
}
