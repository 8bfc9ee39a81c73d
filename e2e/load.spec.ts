import { expect, test } from "@playwright/test";
// @ts-expect-error autocannon ships no type declarations; the slice used is typed below.
import autocannonUntyped from "autocannon";
import { SAMPLE_QUOTE_BODIES } from "../scripts/quote-requests";

// Load: 20 s of autocannon at 100 connections against POST /api/quote on the production server
// Playwright started, rotating a fixed set of valid bodies: no error, no timeout, no non-2xx.

interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  requests: { total: number; average: number };
  latency: { p50: number; p99: number; max: number; average: number };
}
type Autocannon = (
  options: {
    url: string;
    connections: number;
    duration: number;
    timeout: number;
    requests: { method: string; headers: Record<string, string>; body: string }[];
  },
  done: (error: Error | null, result: AutocannonResult) => void,
) => unknown;

const autocannon = autocannonUntyped as Autocannon;

const SECONDS = 20;
const CONNECTIONS = 100;
// A request still unanswered after this long counts as a timeout. Not autocannon's 10 s: on a
// shared 2-core machine running other builds, even a bare Node server doing 2 ms of work per
// request leaves a few requests waiting ~10 s at 100 connections. 30 s still catches a hang.
const TIMEOUT_SECONDS = 30;
const json = { "content-type": "application/json" };

test(`POST /api/quote, ${SECONDS} s at ${CONNECTIONS} connections → no error, no timeout, only 2xx`, async ({
  request,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const probe = await request.post("/api/quote", {
    headers: json,
    data: JSON.stringify(SAMPLE_QUOTE_BODIES[0]),
  });
  test.skip(probe.status() === 404, "POST /api/quote answers 404: not merged into this branch yet");
  // Every body of the rotation is valid on its own before any load.
  for (const body of SAMPLE_QUOTE_BODIES) {
    const response = await request.post("/api/quote", {
      headers: json,
      data: JSON.stringify(body),
    });
    expect(response.status(), JSON.stringify(body)).toBe(200);
  }

  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    autocannon(
      {
        url: `${baseURL}/api/quote`,
        connections: CONNECTIONS,
        duration: SECONDS,
        timeout: TIMEOUT_SECONDS,
        requests: SAMPLE_QUOTE_BODIES.map((body) => ({
          method: "POST",
          headers: json,
          body: JSON.stringify(body),
        })),
      },
      (error, r) => (error ? reject(error) : resolve(r)),
    );
  });

  const rps = Math.round(result.requests.total / result.duration);
  console.log(
    `POST /api/quote under load: ${result.requests.total} requests in ${result.duration.toFixed(1)} s ` +
      `(${rps} req/s) at ${CONNECTIONS} connections; latency p50 ${result.latency.p50} ms, ` +
      `p99 ${result.latency.p99} ms, max ${result.latency.max} ms; errors ${result.errors}, ` +
      `timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
  );
  expect(result.requests.total).toBeGreaterThan(0);
  expect({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx }).toEqual({
    errors: 0,
    timeouts: 0,
    non2xx: 0,
  });
});
