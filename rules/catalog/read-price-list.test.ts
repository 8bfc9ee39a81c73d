import { describe, expect, it } from "vitest";
import { priceListToCsv } from "./price-list-csv";
import { readPriceList, type PriceListReport } from "./read-price-list";
import { examplePriceList } from "./example-price-list";
import data from "./example-price-list.json";

const SOURCE = "https://www.bitrix24.kz/prices/";
const META = [
  "# id: kz-test-2025-07-28",
  "# title: Прайс-лист партнёра от 28.07.2025",
  "# kind: official",
  "# asOf: 2025-07-28",
  "# vatIncluded: true",
];
const HEADER = "id;title;price;source;asOf";

/** A CSV file: the `#` lines (1–5), the header (line 6), then the rows from line 7 on. */
const csv = (rows: string[], meta = META, header = HEADER) => [...meta, header, ...rows].join("\n");
const row = (id: string, price: string, source = SOURCE, asOf = "") =>
  `${id};Позиция ${id};${price};${source};${asOf}`;
const GOOD = [row("cloud/standard/12", "335 880"), row("cms/start", "34900", SOURCE, "2025-07-01")];

const problems = (report: PriceListReport) => (report.ok ? [] : report.problems);

describe("readPriceList: a good list", () => {
  it("CSV → the list, prices grouped by spaces read as whole tenge", () => {
    const report = readPriceList(csv(GOOD), "csv");
    expect(problems(report)).toEqual([]);
    expect(report.ok && report.list).toEqual({
      id: "kz-test-2025-07-28",
      title: "Прайс-лист партнёра от 28.07.2025",
      kind: "official",
      currency: "KZT",
      asOf: "2025-07-28",
      vatIncluded: true,
      items: [
        {
          id: "cloud/standard/12",
          title: "Позиция cloud/standard/12",
          price: 335_880,
          source: SOURCE,
        },
        {
          id: "cms/start",
          title: "Позиция cms/start",
          price: 34_900,
          source: SOURCE,
          asOf: "2025-07-01",
        },
      ],
    });
  });

  it("a CSV and its JSON twin → the same list", () => {
    const fromCsv = readPriceList(priceListToCsv(examplePriceList), "csv");
    const fromJson = readPriceList(JSON.stringify(data), "json");
    expect(problems(fromCsv)).toEqual([]);
    expect(fromCsv).toEqual(fromJson);
    expect(fromJson.ok && fromJson.list.items).toHaveLength(108);
  });

  it.each([
    { label: "no-break spaces", price: "1\u00a0343\u00a0880" },
    { label: "narrow no-break spaces", price: "1\u202f343\u202f880" },
    { label: "spaces", price: "1 343 880" },
    { label: "no grouping", price: "1343880" },
  ])("price grouped by $label → 1 343 880", ({ price }) => {
    const report = readPriceList(csv([row("cloud/enterprise-250/12", price)]), "csv");
    expect(report.ok && report.list.items[0]?.price).toBe(1_343_880);
  });

  it.each([
    { label: "`;` separator", text: csv(GOOD) },
    {
      label: "`,` separator (a title with a comma quoted)",
      text: csv(
        [
          `cloud/standard/12,"Битрикс24 «Стандартный», 12 месяцев",335 880,${SOURCE},`,
          `cms/start,Старт,34900,${SOURCE},2025-07-01`,
        ],
        META,
        HEADER.replaceAll(";", ","),
      ),
    },
    { label: "BOM", text: `\uFEFF${csv(GOOD)}` },
    { label: "Windows line ends", text: csv(GOOD).replaceAll("\n", "\r\n") },
    { label: "blank lines and plain comments", text: `# прайс партнёра\n\n${csv(GOOD)}\n\n` },
  ])("$label → read", ({ text }) => {
    const report = readPriceList(text, "csv");
    expect(problems(report)).toEqual([]);
    expect(report.ok && report.list.items.map((i) => i.price)).toEqual([335_880, 34_900]);
  });

  it("the JSON GET /api/prices answers (with loadedFrom) → loads back as a list", () => {
    const report = readPriceList(JSON.stringify({ ...data, loadedFrom: "example" }), "json");
    expect(report.ok && report.list.items).toEqual(examplePriceList.items);
  });

  it("JSON with a BOM → read", () => {
    expect(readPriceList(`\uFEFF${JSON.stringify(data)}`, "json").ok).toBe(true);
  });
});

const PRICE_RULE = "целое число тенге больше нуля, без копеек и знака валюты, например 1 343 880";

describe("readPriceList: every kind of bad CSV → one line per problem", () => {
  it.each([
    {
      label: "unknown id",
      rows: [row("cloud/gold/12", "100")],
      expected: [
        "строка 7, id: неизвестный id «cloud/gold/12»: id берутся из словаря price-list.md",
      ],
    },
    {
      label: "duplicated id",
      rows: [row("cms/start", "100"), row("cms/business", "200"), row("cms/start", "300")],
      expected: ["строка 9, id: повтор id «cms/start» (впервые: строка 7)"],
    },
    {
      label: "price with decimals",
      rows: [row("cms/start", "1 000,50")],
      expected: [`строка 7, price: цена «1 000,50» — ${PRICE_RULE}`],
    },
    {
      label: "negative price",
      rows: [row("cms/start", "-34900")],
      expected: [`строка 7, price: цена «-34900» — ${PRICE_RULE}`],
    },
    {
      label: "zero price",
      rows: [row("cms/start", "0")],
      expected: ["строка 7, price: цена должна быть больше нуля"],
    },
    {
      label: "price as text",
      rows: [row("cms/start", "договорная")],
      expected: [`строка 7, price: цена «договорная» — ${PRICE_RULE}`],
    },
    {
      label: "price with a currency sign",
      rows: [row("cms/start", "34 900 ₸")],
      expected: [`строка 7, price: цена «34 900 ₸» — ${PRICE_RULE}`],
    },
    {
      label: "missing price",
      rows: [row("cms/start", "")],
      expected: ["строка 7, price: обязательное поле"],
    },
    {
      label: "URL without a scheme",
      rows: [row("cms/start", "100", "www.1c-bitrix.kz/buy")],
      expected: ["строка 7, source: адрес страницы-источника: полная ссылка http(s)://…"],
    },
    {
      label: "URL that is a script",
      rows: [row("cms/start", "100", "javascript:alert(1)")],
      expected: ["строка 7, source: адрес страницы-источника: полная ссылка http(s)://…"],
    },
    {
      label: "item date in another format",
      rows: [row("cms/start", "100", SOURCE, "28.07.2025")],
      expected: ["строка 7, asOf: дата в виде ГГГГ-ММ-ДД, например 2025-07-28"],
    },
    {
      label: "item date that does not exist",
      rows: [row("cms/start", "100", SOURCE, "2025-02-30")],
      expected: ["строка 7, asOf: дата в виде ГГГГ-ММ-ДД, например 2025-07-28"],
    },
    {
      label: "a row with a field too many",
      rows: [`${row("cms/start", "100")};лишнее`],
      expected: [
        "строка 7: 6 полей вместо 5: разделитель файла — «;»; текст с «;» берите в кавычки",
      ],
    },
    {
      label: "every problem of a file at once, in file order",
      rows: [row("cms/start", "0"), row("cms/nope", "1,5", "ftp://x")],
      expected: [
        "строка 7, price: цена должна быть больше нуля",
        "строка 8, id: неизвестный id «cms/nope»: id берутся из словаря price-list.md",
        `строка 8, price: цена «1,5» — ${PRICE_RULE}`,
        "строка 8, source: адрес страницы-источника: полная ссылка http(s)://…",
      ],
    },
  ])("$label → $expected", ({ rows, expected }) => {
    expect(problems(readPriceList(csv(rows), "csv"))).toEqual(expected);
  });

  it.each([
    {
      label: "another currency",
      meta: [...META, "# currency: USD"],
      expected: ["строка 6, # currency: валюта только KZT (тенге)"],
    },
    {
      label: "bad list date",
      meta: META.map((l) => (l.startsWith("# asOf") ? "# asOf: 2025-13-01" : l)),
      expected: ["строка 4, # asOf: дата в виде ГГГГ-ММ-ДД, например 2025-07-28"],
    },
    {
      label: "unknown kind",
      meta: META.map((l) => (l.startsWith("# kind") ? "# kind: reference" : l)),
      expected: ["строка 3, # kind: вид прайс-листа: official или example"],
    },
    {
      label: "VAT neither yes nor no",
      meta: META.map((l) => (l.startsWith("# vat") ? "# vatIncluded: maybe" : l)),
      expected: ["строка 5, # vatIncluded: НДС: true, false или null"],
    },
    {
      label: "missing list fields",
      meta: ["# vatIncluded: false"],
      expected: [
        "строки «#» перед заголовком, # id: обязательное поле",
        "строки «#» перед заголовком, # title: обязательное поле",
        "строки «#» перед заголовком, # kind: обязательное поле",
        "строки «#» перед заголовком, # asOf: обязательное поле",
      ],
    },
    {
      label: "unknown `#` field",
      meta: [...META, "# валюта: KZT", "# price: 5"],
      expected: [
        "строка 7: неизвестное поле «# price»: допустимы # id, # title, # kind, # currency, # asOf, # vatIncluded, # note",
      ],
    },
  ])("$label → $expected", ({ meta, expected }) => {
    const rows = [row("cms/start", "100")];
    expect(problems(readPriceList(csv(rows, meta), "csv"))).toEqual(expected);
  });

  it("a header without the price column → said on the header line", () => {
    const text = csv([`cms/start;Старт;${SOURCE}`], META, "id;title;source");
    expect(problems(readPriceList(text, "csv"))).toEqual([
      "строка 6: в заголовке нет столбца «price»: заголовок — id;title;price;source;asOf",
      "строка 7, price: обязательное поле",
    ]);
  });

  it("only `#` lines → no header", () => {
    expect(problems(readPriceList(META.join("\n"), "csv"))).toEqual([
      "строка 5: нет строки заголовка id;title;price;source;asOf",
    ]);
  });
});

describe("readPriceList: whole-file problems", () => {
  it.each([
    { label: "empty CSV", text: "", format: "csv" as const },
    { label: "empty JSON", text: "", format: "json" as const },
    { label: "only a BOM and blank lines", text: "\uFEFF\n  \n", format: "csv" as const },
  ])("$label → «файл пуст»", ({ text, format }) => {
    expect(problems(readPriceList(text, format))).toEqual(["весь файл: файл пуст"]);
  });

  it("a 5 MB file → refused by size, one line, without reading its rows", () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `cms/x${i};x;100;https://a.kz/;`);
    const big = csv(rows);
    const text = big + " ".repeat(5 * 1024 * 1024 - new TextEncoder().encode(big).length);
    const started = performance.now();
    expect(problems(readPriceList(text, "csv"))).toEqual([
      "весь файл: 5,0 МБ, больше предела 1 МБ — в прайс-листе не больше 108 позиций",
    ]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("JSON that does not parse → where the parser stopped", () => {
    const [line] = problems(readPriceList('{ "id": ', "json"));
    expect(line).toMatch(/^весь файл: не JSON \(/);
  });
});

describe("readPriceList: bad JSON → JSON paths", () => {
  const item = { id: "cms/start", title: "Старт", price: 34_900, source: SOURCE };
  it.each([
    {
      label: "another currency",
      patch: { currency: "RUB" },
      expected: ["currency: валюта только KZT (тенге)"],
    },
    {
      label: "price as a string",
      patch: { items: [{ ...item, price: "34 900" }] },
      expected: [`items[0].price: цена «34 900» — ${PRICE_RULE}`],
    },
    {
      label: "price with decimals",
      patch: { items: [{ ...item, price: 34_900.5 }] },
      expected: [`items[0].price: цена — ${PRICE_RULE}`],
    },
    {
      label: "duplicated id",
      patch: { items: [item, { ...item, price: 1 }] },
      expected: ["items[1].id: повтор id «cms/start» (впервые: items[0].id)"],
    },
    {
      label: "bad date and URL",
      patch: { asOf: "вчера", items: [{ ...item, source: "not a url" }] },
      expected: [
        "asOf: дата в виде ГГГГ-ММ-ДД, например 2025-07-28",
        "items[0].source: адрес страницы-источника: полная ссылка http(s)://…",
      ],
    },
    {
      label: "items not an array",
      patch: { items: {} },
      expected: ["items: items — массив позиций"],
    },
  ])("$label → $expected", ({ patch, expected }) => {
    expect(problems(readPriceList(JSON.stringify({ ...data, ...patch }), "json"))).toEqual(
      expected,
    );
  });

  it("not an object → said once for the whole file", () => {
    expect(problems(readPriceList("[]", "json"))).toEqual([expect.stringMatching(/^весь файл: /)]);
  });
});
