import { describe, expect, it } from "vitest";
import type { Cell } from "./cells";
import { MAX_ROWS, parseCsvText, readTable, type ReadResult } from "./read-table";

const blob = (parts: BlobPart[]) => new Blob(parts);

/** What a reader fed: the header and the rows, with its result. */
async function collect(read: (sink: Parameters<typeof readTable>[1]) => Promise<ReadResult>) {
  let header: string[] = [];
  const rows: Cell[][] = [];
  const result = await read({ header: (h) => (header = h), row: (cells) => rows.push(cells) });
  return { result, header, rows };
}

describe("readTable", () => {
  it.each([
    ["semicolons (Excel, Russian locale)", "Линейка;Тариф\ncloud;standard\n"],
    ["commas", "Линейка,Тариф\ncloud,standard\n"],
    ["tabs (pasted from a spreadsheet)", "Линейка\tТариф\ncloud\tstandard\n"],
    ["a UTF-8 BOM and CRLF", "\uFEFFЛинейка;Тариф\r\ncloud;standard\r\n"],
  ])("%s → header and rows", async (_label, text) => {
    expect(await collect((sink) => parseCsvText(text, sink))).toEqual({
      result: { ok: true, total: 1 },
      header: ["Линейка", "Тариф"],
      rows: [["cloud", "standard"]],
    });
  });

  it("Windows-1251 bytes (Excel's «CSV» on Russian Windows) → read as Cyrillic", async () => {
    // «Линейка;Тариф\ncloud;standard» in Windows-1251.
    const cp1251 = new Uint8Array([
      0xcb,
      0xe8,
      0xed,
      0xe5,
      0xe9,
      0xea,
      0xe0,
      0x3b,
      0xd2,
      0xe0,
      0xf0,
      0xe8,
      0xf4,
      0x0a,
      ...new TextEncoder().encode("cloud;standard\n"),
    ]);
    const { header } = await collect((sink) => readTable(blob([cp1251]), sink));
    expect(header).toEqual(["Линейка", "Тариф"]);
  });

  it("a PNG renamed .csv → «не похож на таблицу»", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const { result } = await collect((sink) => readTable(blob([png]), sink));
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringContaining("не похож на таблицу"),
    });
  });

  it("a ZIP that is no workbook → says so", async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    const { result } = await collect((sink) => readTable(blob([zip]), sink));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("не книга Excel") });
  });

  it("a 450 MB file → refused by size, before it is read", async () => {
    const huge = { size: 450 * 1024 * 1024 } as Blob;
    const { result } = await collect((sink) => readTable(huge, sink));
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringContaining("Файл весит 450 МБ"),
    });
  });

  it("only a header → «нет строк с заказами»; too many rows → the limit", async () => {
    const empty = await collect((sink) => parseCsvText("Линейка;Тариф\n\n\n", sink));
    expect(empty.result).toMatchObject({
      ok: false,
      message: expect.stringContaining("нет строк с заказами"),
    });
    const many = `Линейка\n${"cloud\n".repeat(MAX_ROWS + 1)}`;
    const { result, rows } = await collect((sink) => parseCsvText(many, sink));
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringContaining("больше 1\u00a0000\u00a0000 строк"),
    });
    expect(rows).toHaveLength(MAX_ROWS);
  }, 60_000);
});
