import { describe, expect, it } from "vitest";
import { MAX_ROWS, parseCsvText, readTable } from "./read-table";

const blob = (parts: BlobPart[]) => new Blob(parts);

describe("readTable", () => {
  it.each([
    ["semicolons (Excel, Russian locale)", "Линейка;Тариф\ncloud;standard\n"],
    ["commas", "Линейка,Тариф\ncloud,standard\n"],
    ["tabs (pasted from a spreadsheet)", "Линейка\tТариф\ncloud\tstandard\n"],
    ["a UTF-8 BOM and CRLF", "\uFEFFЛинейка;Тариф\r\ncloud;standard\r\n"],
  ])("%s → header and rows", async (_label, text) => {
    const result = await parseCsvText(text);
    expect(result).toEqual({
      ok: true,
      table: { header: ["Линейка", "Тариф"], rows: [["cloud", "standard"]] },
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
    const result = await readTable(blob([cp1251]));
    expect(result.ok && result.table.header).toEqual(["Линейка", "Тариф"]);
  });

  it("a PNG renamed .csv → «не похож на таблицу»", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const result = await readTable(blob([png]));
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringContaining("не похож на таблицу"),
    });
  });

  it("a ZIP that is no workbook → says so", async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    const result = await readTable(blob([zip]));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("не книга Excel") });
  });

  it("a 50 MB file → refused by size, before it is read", async () => {
    const result = await readTable(blob([new Uint8Array(50 * 1024 * 1024)]));
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringContaining("Файл весит 50 МБ"),
    });
  });

  it("only a header → «нет строк с заказами»; too many rows → the limit", async () => {
    expect(await parseCsvText("Линейка;Тариф\n\n\n")).toMatchObject({
      ok: false,
      message: expect.stringContaining("нет строк с заказами"),
    });
    const many = `Линейка\n${"cloud\n".repeat(MAX_ROWS + 1)}`;
    expect(await parseCsvText(many)).toMatchObject({
      ok: false,
      message: expect.stringContaining("не больше 100 000"),
    });
  });
});
