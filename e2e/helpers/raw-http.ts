import { request as httpRequest, type IncomingHttpHeaders } from "node:http";

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * One raw HTTP/1.1 request with exactly these headers: any method Node can send (fetch refuses
 * some), and a body written in these chunks (chunked when no Content-Length is given).
 */
export function rawRequest(
  baseURL: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  chunks: readonly (string | Buffer)[] = [],
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, baseURL), { method, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on("data", (part: Buffer) => parts.push(part));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(parts).toString("utf8"),
        }),
      );
    });
    // The server may answer (413) and stop reading before the last chunk is out.
    req.on("error", reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}
