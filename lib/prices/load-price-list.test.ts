import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { examplePriceList } from "@/rules/catalog/example-price-list";
import { formatPriceListProblems, loadPriceList, priceListData } from "./load-price-list";

const dir = mkdtempSync(join(tmpdir(), "price-list-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe("loadPriceList (PRICE_LIST)", () => {
  it.each([undefined, "", "  "])("PRICE_LIST=%j → the example list", (path) => {
    const result = loadPriceList(path);
    expect(result.ok && result.loaded.loadedFrom).toBe("example");
    expect(result.ok && result.loaded.catalog.kind).toBe("example");
    expect(result.ok && result.loaded.catalog.items).toEqual(examplePriceList.items);
  });

  it("the e2e list → official, from the file, its own prices", () => {
    const result = loadPriceList("e2e/fixtures/official-price-list.csv");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.loaded.loadedFrom).toBe("file");
    expect(result.loaded.catalog.kind).toBe("official");
    expect(result.loaded.catalog.byId.get("cloud/standard/12")?.price).toBe(335_887);
  });

  it("the same content → the same ETag; other content → another", () => {
    const text = JSON.stringify(priceListData(examplePriceList));
    const a = loadPriceList(file("a.json", text));
    const b = loadPriceList(file("b.json", text));
    const other = loadPriceList(file("c.json", text.replace("14990", "14991")));
    expect(a.ok && b.ok && other.ok).toBe(true);
    if (!a.ok || !b.ok || !other.ok) return;
    expect(a.loaded.etag).toBe(b.loaded.etag);
    expect(a.loaded.etag).not.toBe(other.loaded.etag);
    expect(a.loaded.etag).toMatch(/^"[\w-]+"$/);
  });

  it.each([
    {
      label: "a missing file",
      path: join(dir, "nope.csv"),
      problem: /^PRICE_LIST: файл не прочитан/,
    },
    {
      label: "another extension",
      path: file("list.xlsx", "x"),
      problem: /^PRICE_LIST: файл с расширением/,
    },
    {
      label: "a file over 1 MB",
      path: file("big.csv", "#".repeat(1024 * 1024 + 1)),
      problem: /^весь файл: больше предела 1 МБ/,
    },
  ])("$label → one problem", ({ path, problem }) => {
    const result = loadPriceList(path);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([expect.stringMatching(problem)]);
  });

  it("the broken e2e list → every problem, and a report with one problem a line", () => {
    const path = "e2e/fixtures/broken-price-list.csv";
    const result = loadPriceList(path);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(4);
    expect(formatPriceListProblems(path, result.problems).split("\n")).toEqual([
      `Прайс-лист ${path} не загружен, ошибок: 4. Исправьте файл и запустите сервер снова.`,
      ...result.problems.map((p) => `  ${p}`),
    ]);
  });
});
