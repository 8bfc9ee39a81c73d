// Benchmark baselines only (`npm run bench`, scripts/bench.mjs), measured in the same server and
// run as the real pages and routes:
// - POST: the cheapest POST route this server can answer (reads the body, as every POST handler
//   must, and returns a constant), against which POST /api/quote's throughput is a ratio;
// - GET: a bare, valid Russian HTML page without scripts or styles, the best Lighthouse score
//   this server, browser and machine can give, against which the pages' scores are compared.
// Off unless the server was started with BENCH_BASELINE=1: in production it answers 404 like any
// unknown address, to every method, and does no work.

export const dynamic = "force-dynamic";

const enabled = () => process.env.BENCH_BASELINE === "1";

const notFound = () =>
  Response.json(
    { error: { code: "not_found", message: "Страница не найдена", issues: [] } },
    { status: 404 },
  );

const BASELINE_PAGE = `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Базовая страница замера</title>
<meta name="description" content="Пустая страница для сравнения оценок Lighthouse на той же машине.">
</head>
<body>
<main>
<h1>Базовая страница замера</h1>
<p>Страница без скриптов и стилей: с ней сравниваются оценки страниц калькулятора.</p>
</main>
</body>
</html>
`;

export async function POST(request: Request): Promise<Response> {
  if (!enabled()) return notFound();
  await request.arrayBuffer();
  return Response.json({ ok: true });
}

export function GET(): Response {
  if (!enabled()) return notFound();
  return new Response(BASELINE_PAGE, { headers: { "content-type": "text/html; charset=utf-8" } });
}

export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
