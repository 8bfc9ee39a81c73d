import type { CSSProperties } from "react";

/**
 * The style that names a card table's columns on a phone (app/globals.css, `table.cards`): each
 * column's header becomes `--cN`, shown before that cell's value. Column 1 is the row header, the
 * card's title, so it has no name. An empty header (e.g. a link column) shows nothing.
 */
export function cardColumns(headers: readonly string[]): CSSProperties {
  const style: Record<string, string> = {};
  headers.forEach((header, i) => {
    if (i > 0) style[`--c${i + 1}`] = header ? JSON.stringify(`${header}: `) : '""';
  });
  return style as CSSProperties;
}
