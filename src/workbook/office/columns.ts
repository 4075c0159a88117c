/** The Offers table's columns as the person named them now, and formulas rebuilt on those names. */
import type { Role } from "../../scoring";
import type { Batch } from "./batch";
import type { Target } from "./targets";
import type { WriteResult } from "./types";
import { OFFER_COLUMNS, type OfferColumn } from "../inputs";
import { isFormulaCell, type SheetLayout } from "../layout";
import { isAddinFormula, OFFER_FORMULA_COLUMNS, offerFormulas } from "../sheets";

/* ---------- structured references ([@Col], [@[Two words]], Table[Col], [[#This Row],[Col]]) ---------- */

interface StructuredRef {
  /** Index of the first character (the table name's, or the opening bracket). */
  start: number;
  /** Index after the closing bracket. */
  end: number;
  /** The table named before the brackets ("" when unqualified: the table the cell is in). */
  table: string;
  /** The columns named inside, in order (special items like #This Row left out). */
  columns: string[];
}

const unescape = (s: string): string => s.replace(/'(.)/g, "$1");
/** Excel's escape inside a column specifier: ' [ ] # take a leading apostrophe. */
const escape = (s: string): string => s.replace(/(['[\]#])/g, "'$1");

function columnsIn(inner: string): string[] {
  const body = inner.startsWith("@") ? inner.slice(1) : inner;
  if (body === "") return [];
  if (!body.startsWith("[")) return body.startsWith("#") ? [] : [unescape(body)];
  const out: string[] = [];
  for (const m of body.matchAll(/\[((?:'.|[^\]'])*)\]/g)) if (!m[1].startsWith("#")) out.push(unescape(m[1]));
  return out;
}

/** Every structured reference in a formula (text in double quotes is skipped). */
export function structuredRefs(formula: string): StructuredRef[] {
  const out: StructuredRef[] = [];
  let inString = false;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"') inString = !inString;
    if (inString || ch !== "[") continue;
    let depth = 0;
    let j = i;
    for (; j < formula.length; j++) {
      const c = formula[j];
      if (c === "'") {
        j++;
        continue;
      }
      if (c === "[") depth++;
      else if (c === "]" && --depth === 0) break;
    }
    let k = i;
    while (k > 0 && /[A-Za-z0-9_.\\]/.test(formula[k - 1])) k--;
    out.push({
      start: k,
      end: j + 1,
      table: formula.slice(k, i),
      columns: columnsIn(formula.slice(i + 1, j)),
    });
    i = j;
  }
  return out;
}

/**
 * A structured reference to one column, written the way Excel writes it: a name with a space takes
 * inner brackets after @, one with a special character (, : . [ ] # ' " { } $ ^ & * + = - < > /)
 * takes them always ("Table[[Total $ Amount]]").
 */
function refText(table: string, column: string, thisRow: boolean): string {
  const special = /[\t\n\r,:.[\]#'"{}$^&*+=\-<>/]/.test(column);
  const inner = `[${escape(column)}]`;
  if (thisRow) return `${table}[@${!special && !/\s/.test(column) ? column : inner}]`;
  return `${table}[${special ? inner : column}]`;
}

/**
 * The formula with each single-column structured reference renamed by `rename(table, column)`
 * (table "" for unqualified ones); other references are kept as they are.
 */
export function renameColumnRefs(formula: string, rename: (table: string, column: string) => string): string {
  let out = "";
  let at = 0;
  for (const r of structuredRefs(formula)) {
    if (r.columns.length !== 1) continue;
    const text = formula.slice(r.start, r.end);
    const thisRow = text.slice(r.table.length + 1).startsWith("@");
    const to = rename(r.table, r.columns[0]);
    if (to === r.columns[0]) continue;
    out += formula.slice(at, r.start) + refText(r.table, to, thisRow);
    at = r.end;
  }
  return out + formula.slice(at);
}

/* ---------- which of the table's columns is which ---------- */

export interface OfferColumns {
  /** The add-in's column name (as in OFFER_COLUMNS) -> the column's name in the table now. */
  readonly current: ReadonlyMap<OfferColumn, string>;
  /** The header with each recognised column under the add-in's name (for readers that look names up). */
  readonly canonicalHeader: unknown[];
}

const key = (h: unknown): string => (typeof h === "string" ? h.trim().toLowerCase() : "");

/**
 * Which table column holds each of the add-in's columns: the one with its name; else, for a column
 * the person renamed, the name Excel wrote into the add-in's own formulas still in the table (Excel
 * rewrites every structured reference when a column is renamed, so the Score formula's four
 * references name the four rating columns as they are now, and Rank's names Score). A deleted column
 * (Excel turned its references into #REF!) or one whose every add-in formula was overwritten is not
 * found.
 */
export function resolveOfferColumns(
  header: readonly unknown[],
  bodyFormulas: readonly (readonly unknown[])[],
  role: Role,
  weightsName: string,
): OfferColumns {
  const byKey = new Map<string, string>();
  header.forEach((h) => {
    if (typeof h === "string" && !byKey.has(key(h))) byKey.set(key(h), h);
  });
  const current = new Map<OfferColumn, string>();
  for (const c of OFFER_COLUMNS) {
    const h = byKey.get(key(c));
    if (h !== undefined) current.set(c, h);
  }
  const used = (name: string): boolean => [...current.values()].some((v) => key(v) === key(name));
  const standard = offerFormulas(role, weightsName);
  for (const spec of OFFER_FORMULA_COLUMNS) {
    const found = (): boolean => current.has(spec.column) && spec.needs.every((c) => current.has(c));
    if (found()) continue;
    const want = structuredRefs(standard[spec.key]).map((r) => r.columns);
    // The formula column itself may be renamed too: look in every column for the add-in's formula.
    for (let j = 0; j < header.length && !found(); j++) {
      const here = header[j];
      for (const row of bodyFormulas) {
        const f = row[j];
        if (!isAddinFormula(spec.column, f) || typeof f !== "string") continue;
        const got = structuredRefs(f).map((r) => r.columns);
        if (got.length !== want.length || got.some((g, i) => g.length !== want[i].length)) continue;
        const pairs = new Map<string, string>();
        let ok = true;
        want.forEach((w, i) =>
          w.forEach((c, n) => {
            const now = byKey.get(key(got[i][n]));
            const prev = pairs.get(c);
            if (now === undefined || (prev !== undefined && prev !== now)) ok = false;
            else pairs.set(c, now);
          }),
        );
        if (!ok) continue;
        for (const [c, now] of pairs) {
          const col = OFFER_COLUMNS.find((x) => x === c);
          if (col && !current.has(col) && !used(now)) current.set(col, now);
        }
        if (!current.has(spec.column) && typeof here === "string" && !used(here))
          current.set(spec.column, here);
        break;
      }
    }
  }
  const back = new Map([...current].map(([c, now]) => [key(now), c as string]));
  return { current, canonicalHeader: header.map((h) => back.get(key(h)) ?? h) };
}

/** The add-in's columns a button needs in the person's Offers table: the formulas it writes name them or live in them. */
export function neededColumns(reading: boolean): OfferColumn[] {
  const out = new Set<OfferColumn>(reading ? ["Company"] : []);
  for (const spec of OFFER_FORMULA_COLUMNS) {
    out.add(spec.column);
    spec.needs.forEach((c) => out.add(c));
  }
  return OFFER_COLUMNS.filter((c) => out.has(c));
}

/** The stop message for needed columns that are missing: which, and how to get each back. */
export function missingColumnsMessage(missing: readonly string[], button: string): string {
  const list = missing.map((c) => `"${c}"`).join(", ");
  const one = missing.length === 1;
  return (
    `Nothing was written: the Offers table has no ${list} column${one ? "" : "s"}, which the add-in's formulas need. ` +
    `If you just deleted ${one ? "it" : "them"}, press Undo (Ctrl+Z). If you renamed ${one ? "it" : "them"}, give ${one ? "it its" : "them their"} name back. ` +
    `Otherwise insert a column in the table (right-click a cell of the table > Insert > Table Columns to the Left) and type ${one ? "its" : "each"} name in the header. Then press "${button}" again.`
  );
}

/** The add-in's formula for a formula column, naming the table's columns as they are now. */
export function currentFormula(template: string, cols: OfferColumns, table = ""): string {
  return renameColumnRefs(template, (t, c) => {
    if (t.toLowerCase() !== table.toLowerCase()) return c;
    const col = OFFER_COLUMNS.find((x) => x.toLowerCase() === c.toLowerCase());
    return (col && cols.current.get(col)) ?? c;
  });
}

/** True when every column the formula names (in `table`, "" for its own) is in the header. */
export function namesOnly(formula: string, header: readonly unknown[], table = ""): boolean {
  const have = new Set(header.map(key));
  return structuredRefs(formula)
    .filter((r) => r.table.toLowerCase() === table.toLowerCase())
    .every((r) => r.columns.every((c) => have.has(key(c))));
}

/** The layout with every structured reference to `table` naming the table's columns as they are now. */
export function layoutOnCurrentNames(layout: SheetLayout, table: string, cols: OfferColumns): SheetLayout {
  return {
    ...layout,
    blocks: layout.blocks.map((b) => ({
      ...b,
      rows: b.rows.map((row) =>
        row.map((c) =>
          c !== null && isFormulaCell(c) && table !== ""
            ? { ...c, formula: currentFormula(c.formula, cols, table) }
            : c,
        ),
      ),
    })),
  };
}

/**
 * Stops a button before it writes anything: removes the sheets this run created (still empty) and
 * says which columns are missing and how to restore them.
 */
export async function stopForMissingColumns(
  b: Batch,
  targets: readonly Target[],
  missing: readonly string[],
  button: string,
): Promise<WriteResult> {
  for (const t of targets) {
    if (t.isNew) {
      t.proxy.delete();
      b.op(100);
    }
  }
  await b.sync();
  const message = missingColumnsMessage(missing, button);
  return {
    sheetName: "",
    message,
    syncs: b.syncs,
    requestBytes: b.sent,
    warnings: [],
    missingColumns: [...missing],
  };
}
