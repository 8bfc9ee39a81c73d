import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { SAMPLE_QUOTE_BODIES } from "../scripts/quote-requests";

// Security headers on every page and API response, a nonce CSP that still lets Next hydrate,
// and HTML/script in the address shown as text, never run. Pages and endpoints other branches
// are still building are skipped (with the reason) while they answer 404.

const SAME_EVERYWHERE: Record<string, string> = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
};

/** The one CSP header of a response (two would both be enforced, the stricter winning). */
function csp(response: APIResponse): string {
  const values = response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "content-security-policy")
    .map((h) => h.value);
  expect(values, "exactly one Content-Security-Policy header").toHaveLength(1);
  return values[0]!;
}

function directive(policy: string, name: string): string | undefined {
  return policy
    .split(";")
    .map((d) => d.trim())
    .find((d) => d === name || d.startsWith(`${name} `));
}

function expectCommonHeaders(response: APIResponse) {
  const headers = response.headers();
  for (const [name, value] of Object.entries(SAME_EVERYWHERE)) {
    expect(headers[name], name).toBe(value);
  }
  const permissions = headers["permissions-policy"] ?? "";
  for (const feature of ["camera=()", "microphone=()", "geolocation=()"]) {
    expect(permissions, "Permissions-Policy").toContain(feature);
  }
  const policy = csp(response);
  expect(policy).not.toContain("unsafe-eval");
  expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
  return policy;
}

/** Skips the test while `path` answers 404 (the page or route is on a branch not merged yet). */
async function skipWhenAbsent(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  test.skip(response.status() === 404, `${path} answers 404: not merged into this branch yet`);
}

const PAGES = [
  { label: "GET /", path: "/", status: 200 },
  { label: "GET /offers", path: "/offers", status: 200 },
  { label: "GET /promo", path: "/promo", status: 200 },
  { label: "GET a missing page", path: "/no-such-page-security-e2e", status: 404 },
];

for (const { label, path, status } of PAGES) {
  test(`${label} → security headers and a nonce CSP on every script`, async ({ request }) => {
    const response = await request.get(path);
    if (status === 200) await skipWhenAbsent(request, path);
    expect(response.status()).toBe(status);
    const policy = expectCommonHeaders(response);

    const scriptSrc = directive(policy, "script-src") ?? "";
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(scriptSrc)?.[1];
    expect(nonce, "script-src carries a nonce").toBeTruthy();
    expect(scriptSrc).toContain("'strict-dynamic'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
    expect(directive(policy, "base-uri")).toBe("base-uri 'self'");
    expect(directive(policy, "form-action")).toBe("form-action 'self'");

    // Every script tag that runs carries this response's nonce (the page rendered per request).
    // JSON data blocks (JSON-LD and the like) never run, so they need none.
    const html = await response.text();
    const scripts = (html.match(/<script\b[^>]*>/g) ?? []).filter(
      (tag) => !/type="application\/(ld\+)?json"/.test(tag),
    );
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

    // A nonce is never reused.
    const again = csp(await request.get(path));
    expect(again).not.toBe(policy);
  });

  test(`${label} in Chromium → no CSP violation, Next's scripts run`, async ({ page, request }) => {
    if (status === 200) await skipWhenAbsent(request, path);
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to (execute|load|apply|connect)/i.test(message.text())) {
        violations.push(message.text());
      }
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const w = window as unknown as { cspViolations?: string[] };
        (w.cspViolations ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    // Next's client runtime sets window.next once its scripts have run: the nonce let them in.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { next?: object }).next !== undefined))
      .toBe(true);
    const fromPage = await page.evaluate(
      () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
    );
    expect([...violations, ...fromPage]).toEqual([]);
  });
}

test("GET a static script of the page → served as JavaScript with nosniff", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const src = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(src, "a /_next/static script on /").toBeTruthy();
  const response = await request.get(src!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/javascript/);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
});

const json = { "content-type": "application/json" };
const API = [
  {
    label: "POST /api/quote",
    path: "/api/quote",
    status: 200,
    send: (r: APIRequestContext) =>
      r.post("/api/quote", { headers: json, data: JSON.stringify(SAMPLE_QUOTE_BODIES[0]) }),
  },
  {
    label: "GET /api/quote",
    path: "/api/quote",
    status: 405,
    send: (r: APIRequestContext) => r.get("/api/quote"),
  },
  {
    label: "GET /api/openapi.json",
    path: "/api/openapi.json",
    status: 200,
    send: (r: APIRequestContext) => r.get("/api/openapi.json"),
  },
  {
    label: "GET /api/health",
    path: "/api/health",
    status: 200,
    send: (r: APIRequestContext) => r.get("/api/health"),
  },
];

for (const { label, path, status, send } of API) {
  test(`${label} → ${status} with the security headers`, async ({ request }) => {
    const response = await send(request);
    test.skip(response.status() === 404, `${path} answers 404: not merged into this branch yet`);
    expect(response.status()).toBe(status);
    const policy = expectCommonHeaders(response);
    expect(directive(policy, "default-src")).toBe("default-src 'none'");
  });
}

const PAYLOADS = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>'];
// The quote page keeps its inputs in the address; whatever the names, none may run markup.
const QUOTE_PARAMS = ["at", "orderedAt", "paidAt", "line", "plan", "edition", "listPrice", "from"];

const XSS = PAYLOADS.flatMap((payload) => [
  {
    label: `/promo?at=${payload}`,
    page: "/promo",
    url: `/promo?at=${encodeURIComponent(payload)}`,
  },
  {
    label: `/?…=${payload} in every field`,
    page: "/",
    url: `/?${QUOTE_PARAMS.map((p) => `${p}=${encodeURIComponent(payload)}`).join("&")}`,
  },
]);

for (const { label, page: pagePath, url } of XSS) {
  test(`${label} → shown as text, never executed`, async ({ page, request }) => {
    await skipWhenAbsent(request, pagePath);
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    expect(dialogs, "no alert() ran").toEqual([]);
    const injected = await page.evaluate(() => ({
      onerror: document.querySelectorAll("[onerror]").length,
      imgX: document.querySelectorAll('img[src="x"]').length,
      alertScripts: [...document.scripts].filter((s) => s.textContent?.trim() === "alert(1)")
        .length,
    }));
    expect(injected).toEqual({ onerror: 0, imgX: 0, alertScripts: 0 });
  });
}
