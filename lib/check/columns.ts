import {
  BOX_EDITIONS,
  CLOUD_CURRENT_PLANS,
  CLOUD_PLANS,
  CMS_EDITIONS,
  CUSTOMER_KINDS,
  PURPOSES,
  quoteRequestSchema,
  type QuoteRequest,
} from "@/rules";
import { checkInput } from "@/lib/api/validate";
import {
  BOX_EDITION_LABELS,
  BOX_OPERATION_LABELS,
  CMS_EDITION_LABELS,
  CMS_OPERATION_LABELS,
  CURRENT_PLAN_LABELS,
  CUSTOMER_KIND_LABELS,
  LINE_LABELS,
  MONTHS_LABELS,
  PURPOSE_LABELS,
  CLOUD_PLAN_LABELS,
} from "@/lib/quote/quote-labels";
import { fieldLabel } from "@/lib/quote/questions";
import { PRODUCT_LINES } from "@/lib/quote/quote-form";
import {
  choiceLookup,
  normalizeName,
  parseBoolCell,
  parseChoiceCell,
  parseDateCell,
  parseIntCell,
  type Cell,
  type CellResult,
  type Choices,
} from "./cells";

/** How a column's cells are read. */
type Reader = (cell: Cell) => CellResult<string | number | boolean>;

/** One column of the template: where its value goes in the request, its title, how to read it. */
export interface Column {
  /** The request's JSON path; a header may name the column by it too. */
  path: string;
  /** The template's Russian title. */
  title: string;
  read: Reader;
}

/** Value → the form's label, then the other names a spreadsheet may use for it (`aliases`). */
const labels = <T extends string>(
  table: Record<T, string>,
  values: readonly T[],
  aliases: Partial<Record<T, readonly string[]>> = {},
) => new Map(values.map((v) => [v, [table[v], ...(aliases[v] ?? [])]] as const));

/* Older and everyday names people type in their own lists; the form's label comes first. */
const KIND_ALIASES = {
  legal_entity: ["ТОО / юрлицо", "Юрлицо", "ТОО"],
  individual: ["Физлицо"],
} as const;
const LINE_ALIASES = {
  cloud: ["Облако Битрикс24", "Облако", "Облачный Битрикс24"],
  box: ["Коробка Битрикс24", "Коробка", "Коробочный Битрикс24"],
  cms: ["Управление сайтом"],
} as const;
const OPERATION_ALIASES = { upgrade: "Переход на старшую лицензию" } as const;
const CURRENT_PLAN_ALIASES = { none: ["Портала ещё нет", "Нет портала"] } as const;

/** Choices whose value has several labels (an operation is worded per line). */
function merged<T extends string>(...tables: Partial<Record<T, string>>[]): Choices<T> {
  const out = new Map<T, string[]>();
  for (const table of tables) {
    for (const [value, label] of Object.entries(table) as [T, string][]) {
      const list = out.get(value) ?? [];
      if (!list.includes(label)) list.push(label);
      out.set(value, list);
    }
  }
  return out;
}

function choice<T extends string | number>(choices: Choices<T>): Reader {
  const lookup = choiceLookup(choices);
  return (cell) => parseChoiceCell(cell, lookup, choices);
}

const EDITIONS = merged<string>(
  Object.fromEntries(BOX_EDITIONS.map((e) => [e, BOX_EDITION_LABELS[e]])),
  Object.fromEntries(CMS_EDITIONS.map((e) => [e, CMS_EDITION_LABELS[e]])),
);

/** Every column the page reads, in the template's order. */
export const COLUMNS: readonly Column[] = [
  { path: "orderedAt", title: "Дата заказа", read: parseDateCell },
  { path: "paidAt", title: "Дата оплаты", read: parseDateCell },
  {
    path: "customer.kind",
    title: fieldLabel("customer.kind"),
    read: choice(labels(CUSTOMER_KIND_LABELS, CUSTOMER_KINDS, KIND_ALIASES)),
  },
  { path: "customer.resident", title: fieldLabel("customer.resident"), read: parseBoolCell },
  { path: "customer.adult", title: "Клиенту есть 18 лет", read: parseBoolCell },
  {
    path: "customer.purpose",
    title: fieldLabel("customer.purpose"),
    read: choice(labels(PURPOSE_LABELS, PURPOSES)),
  },
  { path: "customer.otherPromotion", title: "Другая акция", read: parseBoolCell },
  {
    path: "product.line",
    title: "Линейка",
    read: choice(labels(LINE_LABELS, PRODUCT_LINES, LINE_ALIASES)),
  },
  {
    path: "product.operation",
    title: "Операция",
    read: choice(merged<string>(BOX_OPERATION_LABELS, CMS_OPERATION_LABELS, OPERATION_ALIASES)),
  },
  {
    path: "product.plan",
    title: "Тариф",
    read: choice(labels(CLOUD_PLAN_LABELS, CLOUD_PLANS)),
  },
  { path: "product.edition", title: "Редакция", read: choice(EDITIONS) },
  { path: "product.users", title: "Пользователей", read: parseIntCell },
  {
    path: "product.months",
    title: "Срок, месяцев",
    read: choice(new Map([12, 1].map((m) => [m, [MONTHS_LABELS[m === 1 ? "1" : "12"]]] as const))),
  },
  { path: "product.copilotBoost", title: "Буст Copilot", read: parseBoolCell },
  {
    path: "product.copilotBoostListPrice",
    title: "Цена Буста Copilot",
    read: parseIntCell,
  },
  { path: "product.from", title: "Текущая редакция", read: choice(EDITIONS) },
  {
    path: "product.from.users",
    title: "Пользователей в текущей лицензии",
    read: parseIntCell,
  },
  {
    path: "product.sourcePurchasedAt",
    title: "Когда куплена текущая лицензия",
    read: parseDateCell,
  },
  { path: "product.listPrice", title: "Цена по прайс-листу", read: parseIntCell },
  {
    path: "product.franchisee",
    title: fieldLabel("franchisee"),
    read: parseBoolCell,
  },
  {
    path: "history.paidBefore",
    title: "Покупал платную лицензию",
    read: parseBoolCell,
  },
  {
    path: "history.currentPlan",
    title: fieldLabel("history.currentPlan"),
    read: choice(labels(CURRENT_PLAN_LABELS, CLOUD_CURRENT_PLANS, CURRENT_PLAN_ALIASES)),
  },
  {
    path: "history.currentUsers",
    title: fieldLabel("history.currentUsers"),
    read: parseIntCell,
  },
  {
    path: "history.paidLicenseEndedAt",
    title: fieldLabel("history.paidLicenseEndedAt"),
    read: parseDateCell,
  },
  {
    path: "history.monthlyIn2025",
    title: fieldLabel("history.monthlyIn2025"),
    read: parseBoolCell,
  },
  {
    path: "history.annualIn2025",
    title: fieldLabel("history.annualIn2025"),
    read: parseBoolCell,
  },
];

/** Columns without which no row can be priced. */
export const REQUIRED_PATHS = [
  "orderedAt",
  "customer.kind",
  "customer.resident",
  "customer.purpose",
  "product.line",
] as const;

/** Other names a header may use for a column (the API's object form of a box upgrade). */
/** Other names a header may use for a column: a path's variant, a title's short form. */
const ALIASES: Record<string, string> = {
  "product.from.edition": "product.from",
  Франчайзи: "product.franchisee",
};

const BY_NAME = new Map<string, Column>();
for (const column of COLUMNS) {
  BY_NAME.set(normalizeName(column.title), column);
  BY_NAME.set(normalizeName(column.path), column);
}
for (const [alias, path] of Object.entries(ALIASES)) {
  const column = COLUMNS.find((c) => c.path === path);
  if (column) BY_NAME.set(normalizeName(alias), column);
}

/** How a file's header maps to the columns. */
export interface HeaderMapping {
  /** The column of each header cell, or null when the header is not one the page knows. */
  columns: (Column | null)[];
  /** Headers the page does not know: kept in the result file, not read. */
  unknown: string[];
  /** Titles of required columns the header lacks. */
  missing: string[];
}

/**
 * Maps header cells to columns by Russian title or JSON path (case, quotes, «ё» ignored), or as
 * the person chose on the page: `chosen` maps a header to a column path, or to "" for none.
 */
export function mapHeader(
  header: readonly string[],
  chosen: Readonly<Record<string, string>> = {},
): HeaderMapping {
  const seen = new Set<Column>();
  const columns = header.map((name) => {
    // A trailing unit («Цена по прайс-листу, ₸») or a required mark («Дата заказа*») is allowed.
    const key = normalizeName(name).replace(/,?\s*(₸|тг|тенге)$/, "");
    const pick = Object.hasOwn(chosen, name) ? chosen[name] : undefined;
    const column =
      pick === undefined
        ? (BY_NAME.get(key) ?? null)
        : (COLUMNS.find((c) => c.path === pick) ?? null);
    if (column === null || seen.has(column)) return null;
    seen.add(column);
    return column;
  });
  const unknown = header.filter((name, i) => columns[i] === null && name.trim() !== "");
  const missing = REQUIRED_PATHS.filter((path) => ![...seen].some((c) => c.path === path)).map(
    (path) => COLUMNS.find((c) => c.path === path)!.title,
  );
  return { columns, unknown, missing };
}

/** A bad cell: the column's title as the file has it, and a Russian message. */
export interface CellError {
  column: string;
  message: string;
}

export type RowRequest = { ok: true; request: QuoteRequest } | { ok: false; errors: CellError[] };

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next === "object" && next !== null) node = next as Record<string, unknown>;
    else node = node[key] = {};
  }
  node[keys[keys.length - 1]!] = value;
}

/**
 * The column an issue of the request schema belongs to: its own, else the deepest column above
 * it (product.from for product.from.edition), else the first column below it (history).
 */
function columnForIssue(path: string, header: readonly string[], mapping: HeaderMapping): string {
  let best = "";
  let bestScore = -1;
  mapping.columns.forEach((column, i) => {
    if (column === null) return;
    const score =
      column.path === path
        ? 1000
        : path.startsWith(`${column.path}.`)
          ? column.path.length
          : column.path.startsWith(`${path}.`) || path === ""
            ? 0
            : -1;
    if (score > bestScore) {
      best = header[i]!;
      bestScore = score;
    }
  });
  // No column of the file holds it: name the template's column to add (for `history`, its first).
  const missing = COLUMNS.find((c) => c.path === path || c.path.startsWith(`${path}.`));
  return bestScore >= 0 ? best : (missing?.title ?? "Строка");
}

/**
 * A data row as a quote request: each cell read by its column (empty cells are left out), then
 * checked by the API's own schema. Every bad cell is reported with its column, not just the first.
 */
export function rowToRequest(
  row: readonly Cell[],
  header: readonly string[],
  mapping: HeaderMapping,
): RowRequest {
  const request: Record<string, unknown> = {};
  const errors: CellError[] = [];
  let line: unknown;
  let from: unknown;
  let fromUsers: unknown;
  mapping.columns.forEach((column, i) => {
    if (column === null) return;
    const read = column.read(row[i]);
    if (!read.ok) {
      errors.push({ column: header[i]!, message: read.message });
      return;
    }
    if (read.value === undefined) return;
    if (column.path === "product.from") from = read.value;
    else if (column.path === "product.from.users") fromUsers = read.value;
    else setPath(request, column.path, read.value);
    if (column.path === "product.line") line = read.value;
  });
  // Only «Бизнес» moves to the Bitrix24 shop (п. 4.1.1): like the form, the page does not ask.
  const product = request.product as Record<string, unknown> | undefined;
  if (from === undefined && line === "cms" && product?.operation === "to_bitrix24") {
    from = "business";
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
  const checked = checkInput(quoteRequestSchema, request);
  if (checked.ok) return { ok: true, request: checked.data };
  return {
    ok: false,
    errors: checked.issues.map((issue) => ({
      column: columnForIssue(issue.path, header, mapping),
      message: issue.message,
    })),
  };
}
