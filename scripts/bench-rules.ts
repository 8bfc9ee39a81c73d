// Rules benchmark (part of `npm run bench`; alone: `npx tsx scripts/bench-rules.ts [--json]`).
// Quotes per second over a fixed mixed set of 10 000 valid requests, in this one thread,
// against a baseline that only parses the same requests with quoteRequestSchema.
import { performance } from "node:perf_hooks";
import { quote, quoteRequestSchema, type QuoteRequest } from "../rules";
import { generateQuoteRequests } from "./quote-requests";
import { examplePriceList } from "../rules/catalog/example-price-list";

const COUNT = 10_000;
const WARMUP_ROUNDS = 3;
const ROUNDS = 7;

const bodies = generateQuoteRequests(COUNT);
const parsed: QuoteRequest[] = bodies.map((body, i) => {
  const result = quoteRequestSchema.safeParse(body);
  if (!result.success) {
    throw new Error(`Generated request ${i} is invalid: ${JSON.stringify(result.error.issues)}`);
  }
  return result.data;
});

// What the set covers, so a reader can see it is mixed.
const mix = { cloud: 0, box: 0, cms: 0, eligible: 0, notEligible: 0 };
for (const request of parsed) {
  mix[request.product.line]++;
  if (quote(request, { catalog: examplePriceList }).eligible) mix.eligible++;
  else mix.notEligible++;
}

// The sink keeps the optimizer from dropping work whose result is unused.
let sink = 0;
const workloads = {
  parse: () => {
    for (const body of bodies) sink += quoteRequestSchema.parse(body).orderedAt.length;
  },
  parseAndQuote: () => {
    for (const body of bodies)
      sink += quote(quoteRequestSchema.parse(body), { catalog: examplePriceList }).total;
  },
  quoteOnly: () => {
    for (const request of parsed) sink += quote(request, { catalog: examplePriceList }).total;
  },
};
type Workload = keyof typeof workloads;

// Rates per CPU second of this process (user + system, GC threads included), so time the
// scheduler gives to other processes on a shared machine does not count; wall-clock rates too.
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const rates: Record<Workload, number[]> = { parse: [], parseAndQuote: [], quoteOnly: [] };
const wallRates: Record<Workload, number[]> = { parse: [], parseAndQuote: [], quoteOnly: [] };
for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
  // Interleaved, so drift in machine load hits every workload alike.
  for (const name of Object.keys(workloads) as Workload[]) {
    const cpuStart = cpuSeconds();
    const start = performance.now();
    workloads[name]();
    const wall = (performance.now() - start) / 1000;
    const cpu = cpuSeconds() - cpuStart;
    if (round >= WARMUP_ROUNDS) {
      rates[name].push(COUNT / cpu);
      wallRates[name].push(COUNT / wall);
    }
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

const result = {
  requests: COUNT,
  rounds: ROUNDS,
  mix,
  parsePerSecond: median(rates.parse),
  quotesPerSecond: median(rates.parseAndQuote),
  quoteOnlyPerSecond: median(rates.quoteOnly),
  wall: {
    parsePerSecond: median(wallRates.parse),
    quotesPerSecond: median(wallRates.parseAndQuote),
    quoteOnlyPerSecond: median(wallRates.quoteOnly),
  },
  sink: sink > 0,
};

if (process.argv.includes("--json")) {
  console.log(JSON.stringify(result));
} else {
  const f = (n: number) => Math.round(n).toLocaleString("en-US");
  console.log(`requests: ${COUNT} (${JSON.stringify(mix)}), median of ${ROUNDS} rounds`);
  console.log("per CPU second (per wall-clock second)");
  const w = result.wall;
  console.log(`parse only (baseline):   ${f(result.parsePerSecond)} (${f(w.parsePerSecond)}) /s`);
  console.log(
    `parse + quote:           ${f(result.quotesPerSecond)} (${f(w.quotesPerSecond)}) /s, ` +
      `${(result.quotesPerSecond / result.parsePerSecond).toFixed(2)}× baseline`,
  );
  console.log(
    `quote only (pre-parsed): ${f(result.quoteOnlyPerSecond)} (${f(w.quoteOnlyPerSecond)}) /s`,
  );
}
