import type { Feature } from "write-excel-file/universal";
import { escapeCell } from "@/lib/csv/escape-cell";
import type { OutCell, OutKind, OutSheet } from "./export";

/** The result sheet's name. */
export const SHEET_NAME = "Проверка";

const FORMAT: Partial<Record<OutKind, string>> = {
  money: "#,##0",
  percent: "0",
  number: "0",
};
const DATE = "dd.mm.yyyy";
const DATE_TIME = "dd.mm.yyyy hh:mm";

const hasTime = (d: Date) => d.getUTCHours() + d.getUTCMinutes() + d.getUTCSeconds() > 0;

/** Column widths in characters: the longest of the header and the first rows, within 8–60. */
function widths(sheet: OutSheet): { width: number }[] {
  const sample = sheet.rows.slice(0, 200);
  return sheet.header.map((title, i) => {
    let longest = Math.min(title.length, 30);
    for (const row of sample) {
      const cell = row[i];
      const length =
        cell instanceof Date
          ? 16
          : typeof cell === "number"
            ? String(cell).length + 3
            : (cell ?? "").length;
      longest = Math.max(longest, length);
    }
    return { width: Math.max(8, Math.min(60, longest + 2)) };
  });
}

/** An autofilter over the header and every row (write-excel-file has none built in). */
async function autoFilter(rows: number, columns: number): Promise<Feature<Blob>> {
  const {
    getCellAddress,
    getOrderOfSiblings,
    getSelfClosingTagMarkup,
    insertElementMarkupAccordingToOrderOfSiblings,
  } = await import("write-excel-file/utility");
  const ref = `A1:${getCellAddress(Math.max(rows - 1, 0), Math.max(columns - 1, 0))}`;
  return {
    files: {
      transform: {
        "xl/worksheets/sheet{id}.xml": {
          transform: (xml: string) =>
            insertElementMarkupAccordingToOrderOfSiblings(
              xml,
              getSelfClosingTagMarkup("autoFilter", { ref }),
              getOrderOfSiblings("xl/worksheets/sheet{id}.xml", "worksheet") ?? [],
              "worksheet",
            ),
        },
      },
    },
  } as Feature<Blob>;
}

function xlsxCell(cell: OutCell, kind: OutKind) {
  if (cell instanceof Date)
    return { value: cell, type: Date, format: hasTime(cell) ? DATE_TIME : DATE };
  if (typeof cell === "number") return { value: cell, type: Number, format: FORMAT[kind] };
  return { value: escapeCell(cell), type: String };
}

/**
 * The result as an XLSX workbook: a sheet «Проверка» with a frozen header row and an autofilter,
 * dates as dates, money as numbers in a «1 200 000» format, columns as wide as their content.
 */
export async function toXlsx(sheet: OutSheet): Promise<Blob> {
  const { default: writeXlsxFile } = await import("write-excel-file/universal");
  const head = sheet.header.map((title) => ({
    value: escapeCell(title),
    type: String,
    fontWeight: "bold" as const,
  }));
  const data = [
    head,
    ...sheet.rows.map((row) => row.map((cell, i) => xlsxCell(cell, sheet.kinds[i] ?? "text"))),
  ];
  return writeXlsxFile(
    data,
    { sheet: SHEET_NAME, stickyRowsCount: 1, columns: widths(sheet) },
    { features: [await autoFilter(data.length, sheet.header.length)] },
  ).toBlob();
}
