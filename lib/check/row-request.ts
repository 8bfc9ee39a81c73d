import * as z from "zod/mini";
import { codedIssue, quoteRequestSchema, type ProductReading, type QuoteRequest } from "@/rules";
import { cellText, type Cell } from "./cells";
import { COLUMNS, PRODUCT_NAME_PATH } from "./columns";
import type { ReadPlan } from "./readers";
import { issueMessage, missingColumnMessage, problemMessage } from "./row-messages";

/** A bad cell: the column's title as the file has it, and what is wrong in the page's words. */
export interface CellError {
  column: string;
  message: string;
}

export type RowRequest = { ok: true; request: QuoteRequest } | { ok: false; errors: CellError[] };

type Json = Record<string, unknown>;

function setPath(target: Json, path: string, value: unknown): void {
  const keys = path.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next === "object" && next !== null) node = next as Json;
    else node = node[key] = {};
  }
  node[keys[keys.length - 1]!] = value;
}

/**
 * What a row leaves empty, filled in as the quote form on `/` fills it: a cloud order is for 12
 * months by a client with no portal who never paid; a box or CMS order is a purchase (an
 * upgrade when it names the edition held now).
 */
function applyDefaults(request: Json): void {
  const product = request.product as Json | undefined;
  if (!product) return;
  if (product.line === "cloud") {
    product.months ??= 12;
    const history = (request.history ??= {}) as Json;
    history.paidBefore ??= false;
    history.currentPlan ??= "none";
  } else if (product.line === "box" || product.line === "cms") {
    product.operation ??= product.from === undefined ? "purchase" : "upgrade";
  }
}

/** The header index holding a request path: its own column, else the one above it, else none. */
function columnOf(path: string, plan: ReadPlan): number {
  let best = -1;
  let bestScore = -1;
  plan.columns.forEach((column, i) => {
    if (column === null) return;
    const p = column.path;
    const score =
      p === path
        ? 1000
        : path.startsWith(`${p}.`)
          ? p.length
          : p === PRODUCT_NAME_PATH && path.startsWith("product.")
            ? 1
            : -1;
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

/**
 * A data row as a quote request: each mapped cell read by its column (empty cells left out), the
 * product cell first and the product's own columns over it, the form's defaults, then the API's
 * own schema. Every bad cell is reported with its column, not just the first.
 */
export function rowToRequest(
  row: readonly Cell[],
  header: readonly string[],
  plan: ReadPlan,
): RowRequest {
  const request: Json = {};
  const errors: CellError[] = [];
  let from: unknown;
  let fromUsers: unknown;
  const productAt = plan.columns.findIndex((c) => c?.path === PRODUCT_NAME_PATH);
  if (productAt >= 0) {
    const read = plan.readers[productAt]!(row[productAt]);
    if (!read.ok)
      errors.push({ column: header[productAt]!, message: problemMessage(read.problem) });
    else if (read.value !== undefined) {
      const { from: source, ...fields } = read.value as ProductReading & { from?: unknown };
      request.product = { ...fields };
      from = source;
    }
  }
  plan.columns.forEach((column, i) => {
    if (column === null || i === productAt) return;
    const read = plan.readers[i]!(row[i]);
    if (!read.ok) {
      errors.push({ column: header[i]!, message: problemMessage(read.problem) });
      return;
    }
    if (read.value === undefined) return;
    if (column.path === "product.from") from = read.value;
    else if (column.path === "product.from.users") fromUsers = read.value;
    else setPath(request, column.path, read.value);
  });
  const product = request.product as Json | undefined;
  const line = product?.line;
  // Only «Бизнес» moves to the Bitrix24 shop (п. 4.1.1): like the form, the page does not ask.
  if (from === undefined && line === "cms" && product?.operation === "to_bitrix24")
    from = "business";
  if (typeof from === "object" && from !== null) {
    const held = from as Json;
    from = held.edition;
    fromUsers ??= held.users;
  }
  // A box upgrade names its source as { edition, users }; a CMS one by the edition alone.
  if (from !== undefined) {
    setPath(
      request,
      "product.from",
      line === "box"
        ? { edition: from, ...(fromUsers === undefined ? {} : { users: fromUsers }) }
        : from,
    );
  }
  if (errors.length > 0) return { ok: false, errors };
  applyDefaults(request);
  const quick = z.safeParse(quoteRequestSchema, request);
  if (quick.success) return { ok: true, request: quick.data };
  // Messages come from the issues' contract codes and facts, never from their texts.
  const parsed = z.safeParse(quoteRequestSchema, request, { reportInput: true });
  const issues = parsed.success ? [] : parsed.error.issues.map(codedIssue);
  const seen = new Set<string>();
  for (const issue of issues) {
    // A product with no line at all is the line's issue.
    const joined = issue.path.join(".");
    const path = joined === "product" ? "product.line" : joined;
    const at = columnOf(path, plan);
    const error =
      at < 0
        ? missingColumnMessage(path, COLUMNS)
        : { column: header[at]!, message: issueMessage(issue, path, cellText(row[at])) };
    const key = `${error.column}\u0000${error.message}`;
    if (!seen.has(key)) errors.push(error);
    seen.add(key);
  }
  return { ok: false, errors };
}
