/**
 * Reading offers from files, for the report CLI and the standalone page's import: an .xlsx from any
 * producer (Excel, LibreOffice, openpyxl, ...) or a .csv. The header row is found wherever it is
 * (title rows above it, any start column, any column order, case and spacing ignored, other columns
 * ignored); the cells go through readOffersTable (inputs.ts), the same reading the add-in uses.
 * Every bad cell is reported at once (FileProblems), each with file, sheet and cell address.
 */
import type * as ExcelJSTypes from "exceljs";
import { parseScopeType, SCOPE_TYPES } from "../scoring";
import { columnLetters } from "./layout";
import { CsvError, detectDelimiter, parseCsvRecords } from "./csv";
import { OFFER_COLUMNS, type OfferColumn, offerName, readOffersTable, type OfferInput } from "./inputs";
import { loadWorkbookLeniently } from "./xlsxRepair";
import { type CellProblem, describeWhere, FileProblems, InputError, type Where } from "./fileErrors";

type ExcelJSModule = typeof ExcelJSTypes;
type Value = string | number | boolean | null;

export {
  type CellProblem,
  describeWhere,
  FileProblems,
  InputError,
  MAX_PROBLEM_LINES,
  problemLine,
  type Where,
} from "./fileErrors";

export interface OffersFromFile {
  readonly offers: OfferInput[];
  /**
   * What is read but may not be what was meant, each a line starting with where it is: two rows
   * with the same Company and Title, a row with ratings and no Company, a Scope type that is not
   * one of the four next to a typed Scope (it is ignored). The offers are read all the same.
   */
  readonly warnings: readonly string[];
  /** Where the table was found, e.g. 'table "Offers" on sheet "Offers"' or "the CSV file". */
  readonly source: string;
}

export type Progress = (rowsRead: number) => void;
/** Progress is reported every this many rows. */
export const PROGRESS_EVERY = 10000;

/* ---------- the header ---------- */

/** A header cell as compared: case, spaces, underscores and hyphens ignored ("Data_Maturity" = "data maturity"). */
export function headerKey(v: unknown): string {
  return typeof v === "string" ? v.toLowerCase().replace(/[\s_\-\u00a0]+/g, "") : "";
}

/** The columns read (Score and Rank are the add-in's own, recomputed, never read). */
const READ_COLUMNS = OFFER_COLUMNS.filter((c) => c !== "Score" && c !== "Rank");
const BY_KEY = new Map<string, OfferColumn>(READ_COLUMNS.map((c) => [headerKey(c), c]));
/** What a person must give; Scope may be left out where Scope type is given (it then follows the role). */
const REQUIRED_TEXT = "Company, Scope (or Scope type), Data maturity, Support and Growth";
const OPTIONAL_TEXT = "Title, Scope type and Notes are optional; other columns are ignored";
/** Rows searched for the header, from the top. */
export const HEADER_SEARCH_ROWS = 100;

/** The known columns of a header row: column name -> 0-based position (the first of duplicates). */
function headerColumns(row: readonly Value[]): Map<OfferColumn, number> {
  const m = new Map<OfferColumn, number>();
  row.forEach((v, i) => {
    const c = BY_KEY.get(headerKey(v));
    if (c && !m.has(c)) m.set(c, i);
  });
  return m;
}

function missingColumns(cols: ReadonlyMap<OfferColumn, number>): string[] {
  const missing: string[] = [];
  if (!cols.has("Company")) missing.push("Company");
  if (!cols.has("Scope") && !cols.has("Scope type")) missing.push("Scope (or Scope type)");
  for (const c of ["Data maturity", "Support", "Growth"] as const) if (!cols.has(c)) missing.push(c);
  return missing;
}

/** The header among the first rows: the first row with a Company cell and most of the rest. */
function findHeaderRow(
  rows: number,
  rowAt: (r: number) => readonly Value[],
): { row: number; cols: Map<OfferColumn, number> } | null {
  let fallback: { row: number; cols: Map<OfferColumn, number> } | null = null;
  for (let r = 0; r < Math.min(rows, HEADER_SEARCH_ROWS); r++) {
    const cols = headerColumns(rowAt(r));
    if (!cols.has("Company")) continue;
    if (missingColumns(cols).length === 0) return { row: r, cols };
    if (fallback === null || cols.size > fallback.cols.size) fallback = { row: r, cols };
  }
  return fallback;
}

function checkColumns(cols: ReadonlyMap<OfferColumn, number>, header: readonly Value[], where: Where): void {
  const missing = missingColumns(cols);
  if (missing.length === 0) return;
  const found = header
    .filter((v) => v !== null && String(v).trim() !== "")
    .map((v) => `"${String(v).trim()}"`);
  throw new InputError(
    `the header row has no column${missing.length > 1 ? "s" : ""} ${missing.map((m) => `"${m}"`).join(", ")} ` +
      `(it has ${found.join(", ") || "no names"}); expected the columns ${REQUIRED_TEXT} (${OPTIONAL_TEXT}).`,
    where,
  );
}

/* ---------- the body ---------- */

/** How a cell's value reads to a person in a message. */
function foundText(v: unknown): string {
  if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return "a blank cell";
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  const s = String(v);
  return `"${s.length > 40 ? `${s.slice(0, 40)}...` : s}"`;
}

/** What readOffersTable's message says is expected, without its column name and the value it got. */
function expectedText(column: string, message: string): string {
  if (column === "Scope type")
    return `one of ${SCOPE_TYPES.join(", ")}, or a blank cell (scope is then unrated)`;
  const reason = message.startsWith(`${column}: `) ? message.slice(column.length + 2) : message;
  // "expected X, got Y." (Y is the cell, said as "found" instead), perhaps followed by a hint.
  const got = reason.indexOf(", got ");
  if (reason.startsWith("expected ") && got > 0) {
    const hintAt = reason.indexOf(" It looks like a date", got);
    return `${reason.slice("expected ".length, got)}.${hintAt > 0 ? reason.slice(hintAt) : ""}`;
  }
  // e.g. a range from high to low: "the range "5-3" must run from a low end to a high end, ..."
  return reason.replace(/^the range .*? must run/, "a range that runs");
}

/**
 * Reads the body through readOffersTable, in the column order it expects. Every problem is collected
 * (locate gives each cell's Where); then one FileProblems with all of them, or the offers.
 */
/** A cell found bad before readOffersTable sees it (a formula with no saved result). */
export interface EarlyProblem {
  /** 0-based body row and 0-based column position. */
  readonly bodyRow: number;
  readonly at: number;
  readonly found: string;
  readonly expected: string;
}

/** Warnings listed one per line; the rest are counted. */
export const MAX_WARNING_LINES = 20;

/**
 * Rows that read but may not be what was meant (see OffersFromFile.warnings). rowWhere gives a body
 * row's place (sheet row, or CSV line, called a row as in every CSV message).
 */
function offerWarnings(
  offers: readonly OfferInput[],
  bodyRows: readonly number[],
  rowWhere: (bodyRow: number) => Where,
  fileWhere: Where,
): string[] {
  const out: string[] = [];
  const placeOf = (k: number): number => rowWhere(bodyRows[k] - 1).row as number;
  const rowsText = (ks: readonly number[]): string => {
    const n = ks.map(placeOf);
    return n.length === 2 ? `${n[0]} and ${n[1]}` : `${n.slice(0, -1).join(", ")} and ${n[n.length - 1]}`;
  };
  const same = new Map<string, number[]>();
  offers.forEach((o, k) => {
    const company = o.company.trim();
    if (company === "") {
      out.push(
        `${describeWhere(rowWhere(bodyRows[k] - 1))}: no Company, so the report calls this offer "${offerName(o, k)}"; type the company's name.`,
      );
    } else {
      const key = `${company.toLowerCase()}\u0000${o.title.trim().toLowerCase()}`;
      same.set(key, [...(same.get(key) ?? []), k]);
    }
    const t = o.scopeType.trim();
    if (t !== "" && o.scope !== null && parseScopeType(t) === null) {
      out.push(
        `${describeWhere(rowWhere(bodyRows[k] - 1))}: the Scope type "${t.slice(0, 30)}" is not one of ${SCOPE_TYPES.join(", ")}; it is ignored, and the Scope typed in the row is used.`,
      );
    }
  });
  for (const ks of same.values()) {
    if (ks.length < 2) continue;
    const o = offers[ks[0]];
    const title = o.title.trim();
    out.push(
      `${describeWhere(fileWhere)}, rows ${rowsText(ks)}: ${ks.length === 2 ? "both" : `all ${ks.length}`} name "${o.company.trim()}"${title ? ` with the Title "${title}"` : " with no Title"}, so the report cannot tell them apart; give each a Title or a different Company name (such as "${o.company.trim()} (London)").`,
    );
  }
  return out;
}

function readBody(
  file: string,
  cols: ReadonlyMap<OfferColumn, number>,
  body: readonly (readonly Value[])[],
  locate: (bodyRow: number, column: OfferColumn, at: number) => Where,
  headerWhere: Where,
  early: readonly EarlyProblem[] = [],
  hint: (v: Value, column: OfferColumn) => string = () => "",
): { offers: OfferInput[]; rows: number[] } {
  const present = READ_COLUMNS.filter((c) => cols.has(c));
  const at = present.map((c) => cols.get(c) as number);
  const rows = body.map((row) => at.map((j) => row[j] ?? null));
  const read = readOffersTable(present, rows);
  if (read.issues.length > 0 || early.length > 0) {
    const columnAt = new Map<number, OfferColumn>([...cols].map(([c, j]) => [j, c]));
    const all = [
      ...early,
      ...read.issues.map((issue): EarlyProblem => {
        const j = cols.get(issue.column as OfferColumn) as number;
        const v = body[issue.row - 1][j];
        return {
          bodyRow: issue.row - 1,
          at: j,
          found: foundText(v),
          expected: expectedText(issue.column, issue.message) + hint(v, issue.column as OfferColumn),
        };
      }),
    ].sort((a, b) => a.bodyRow - b.bodyRow || a.at - b.at);
    const problems = all.map((p): CellProblem => ({
      where: locate(p.bodyRow, columnAt.get(p.at) as OfferColumn, p.at),
      found: p.found,
      expected: p.expected,
    }));
    throw new FileProblems(file, problems);
  }
  if (read.offers.length === 0) {
    throw new InputError(
      "the offers table has a header row but no offers below it: add one row per offer under the header " +
        `(a company name and its ratings; ${REQUIRED_TEXT}).`,
      headerWhere,
    );
  }
  return { offers: read.offers, rows: read.rows };
}

/* ---------- CSV ---------- */

const DECIMAL_COMMA = /^\s*\d+,\d+\s*$/;
const DECIMAL_COMMA_RANGE = /^\s*\d+(?:,\d+)?\s*(?:-|\u2013|\s[tT][oO]\s)\s*\d+(?:,\d+)?\s*$/;
const RATING_COLUMNS: readonly OfferColumn[] = ["Scope", "Data maturity", "Support", "Growth"];

export function readOffersCsv(text: string, file: string, progress?: Progress): OffersFromFile {
  let records;
  const delimiter = detectDelimiter(text);
  try {
    records = parseCsvRecords(text, delimiter);
  } catch (e) {
    if (e instanceof CsvError)
      throw new InputError(`not valid CSV: ${e.message}.`, { file, row: e.line, column: String(e.column) });
    throw e;
  }
  const nonEmpty = records.filter((r) => r.fields.some((f) => f.trim() !== ""));
  if (nonEmpty.length === 0)
    throw new InputError("the file is empty: expected a header row and one row per offer.", { file });
  const found = findHeaderRow(nonEmpty.length, (r) => nonEmpty[r].fields);
  if (found === null) {
    throw new InputError(
      `no offers table: none of the first ${Math.min(nonEmpty.length, HEADER_SEARCH_ROWS)} lines is a header row with a "Company" column; ` +
        `expected the columns ${REQUIRED_TEXT} (${OPTIONAL_TEXT}).`,
      { file, row: nonEmpty[0].line },
    );
  }
  const headerRec = nonEmpty[found.row];
  checkColumns(found.cols, headerRec.fields, { file, row: headerRec.line });
  const bodyRecs = nonEmpty.slice(found.row + 1);
  if (progress) for (let i = PROGRESS_EVERY; i <= bodyRecs.length; i += PROGRESS_EVERY) progress(i);
  // A semicolon CSV comes from a locale whose decimal mark is a comma, and in a tab-separated file a
  // comma cannot part fields: ratings like 3,5 mean 3.5, and a range like 3,5-4 means 3.5-4
  // (written back with points, as every reader of it expects).
  const ratingAt = RATING_COLUMNS.map((c) => found.cols.get(c)).filter((i): i is number => i !== undefined);
  const decimalComma = (f: Value): boolean =>
    typeof f === "string" && f.includes(",") && (DECIMAL_COMMA.test(f) || DECIMAL_COMMA_RANGE.test(f));
  const fields = (r: { fields: string[] }): string[] =>
    delimiter !== ","
      ? r.fields.map((f, j) => (ratingAt.includes(j) && decimalComma(f) ? f.replace(/,/g, ".") : f))
      : r.fields;
  // In a comma CSV a decimal comma can only be typed in quotes ("3,5"): it is not read, but said.
  const hint = (v: Value, column: OfferColumn): string =>
    delimiter === "," && RATING_COLUMNS.includes(column) && decimalComma(v)
      ? ` It looks like a decimal comma: in a comma-separated file write the number with a point (${String(v).trim().replace(/,/g, ".")}), or save the file with semicolons between the fields (then ${String(v).trim()} is read as ${String(v).trim().replace(/,/g, ".")}).`
      : "";
  const { offers, rows } = readBody(
    file,
    found.cols,
    bodyRecs.map(fields),
    (i, column, j) => ({ file, row: bodyRecs[i].line, column: `${j + 1} (${column})` }),
    { file, row: headerRec.line },
    [],
    hint,
  );
  const warnings = offerWarnings(offers, rows, (i) => ({ file, row: bodyRecs[i].line }), { file });
  return { offers, source: "the CSV file", warnings };
}

/* ---------- xlsx ---------- */

/** A cell's value as Excel shows it: formulas give their result, rich text its text, errors "#N/A". */
/**
 * True for a formula cell with no saved result. Tools that write xlsx without calculating (openpyxl,
 * most scripts) leave the result out; ExcelJS then gives {formula} with no result, which must not
 * read as a blank: the person typed something there.
 */
export function formulaWithoutResult(v: ExcelJSTypes.CellValue | undefined): boolean {
  if (v === null || v === undefined || typeof v !== "object" || v instanceof Date) return false;
  const o = v as unknown as Record<string, unknown>;
  return ("formula" in o || "sharedFormula" in o) && (o.result === undefined || o.result === null);
}

export function plainValue(v: ExcelJSTypes.CellValue | undefined): Value {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    const o = v as unknown as Record<string, unknown>;
    if ("error" in o) return String(o.error);
    if ("richText" in o && Array.isArray(o.richText)) {
      return (o.richText as { text?: unknown }[])
        .map((r) => (typeof r.text === "string" ? r.text : ""))
        .join("");
    }
    if ("formula" in o || "sharedFormula" in o) {
      return plainValue(o.result as ExcelJSTypes.CellValue | undefined);
    }
    if ("text" in o) return plainValue(o.text as ExcelJSTypes.CellValue);
  }
  return null;
}

/** The formula text of a cell (a shared formula's from its master cell), or null. */
function formulaOf(ws: ExcelJSTypes.Worksheet, v: ExcelJSTypes.CellValue | undefined): string | null {
  if (v === null || typeof v !== "object") return null;
  const o = v as unknown as Record<string, unknown>;
  if (typeof o.formula === "string") return o.formula;
  if (typeof o.sharedFormula === "string") {
    const master = ws.getCell(o.sharedFormula).value as unknown as Record<string, unknown> | null;
    return master && typeof master.formula === "string" ? master.formula : null;
  }
  return null;
}

/**
 * True when a Scope cell's formula is the one that makes it follow the role: the add-in's
 * OFFER.SCOPEFIT, or the plain-Excel lookup the ExcelJS writer puts in a file (it reads the row's
 * Scope type). Such a cell is blank to the reader, so it follows the role again after a round trip.
 */
export function followsRole(formula: string | null): boolean {
  if (formula === null) return false;
  return /OFFER\.SCOPEFIT\s*\(/i.test(formula) || /\[\s*scope\s*type\s*\]/i.test(formula);
}

const ZIP_MAGIC = [0x50, 0x4b];

interface Found {
  readonly ws: ExcelJSTypes.Worksheet;
  /** 1-based header row and last data row; the known columns by 1-based sheet column. */
  readonly headerRow: number;
  readonly lastRow: number;
  readonly cols: Map<OfferColumn, number>;
  readonly header: Value[];
  readonly source: string;
}

function parseRef(ref: string): { r0: number; c0: number; r1: number; c1: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  const col = (s: string): number =>
    [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return {
    c0: col(m[1]),
    r0: Number(m[2]),
    c1: m[3] ? col(m[3]) : col(m[1]),
    r1: m[4] ? Number(m[4]) : Number(m[2]),
  };
}

/** The values of a sheet row up to its last cell (index 0 is column A). */
function sheetRow(ws: ExcelJSTypes.Worksheet, r: number): Value[] {
  // The row's own last cell, not the sheet's: a formatted column far right must not cost a scan.
  const row = ws.getRow(r);
  const out: Value[] = [];
  for (let c = 1; c <= row.cellCount; c++) out.push(plainValue(row.getCell(c).value));
  return out;
}

function findOffers(wb: ExcelJSTypes.Workbook, file: string): Found {
  // 1. A table named Offers (any sheet): its header row and its last row.
  for (const ws of wb.worksheets) {
    for (const t of ws.getTables() as unknown as {
      table?: { name?: string; tableRef?: string; ref?: string };
    }[]) {
      const model = t.table;
      if (!model || (model.name ?? "").toLowerCase() !== "offers") continue;
      const ref = parseRef(model.tableRef ?? model.ref ?? "");
      if (!ref) continue;
      const header = sheetRow(ws, ref.r0);
      const cols = headerColumns(header.map((v, i) => (i + 1 >= ref.c0 && i + 1 <= ref.c1 ? v : null)));
      return {
        ws,
        headerRow: ref.r0,
        lastRow: ref.r1,
        cols,
        header,
        source: `table "Offers" on sheet "${ws.name}"`,
      };
    }
  }
  // 2. A sheet named Offers (else every sheet in order) with a header row that has a Company column.
  const named = wb.worksheets.filter((ws) => ws.name.trim().toLowerCase() === "offers");
  for (const ws of named.length > 0 ? named : wb.worksheets) {
    const found = findHeaderRow(ws.rowCount, (r) => sheetRow(ws, r + 1));
    if (found) {
      return {
        ws,
        headerRow: found.row + 1,
        lastRow: ws.rowCount,
        cols: found.cols,
        header: sheetRow(ws, found.row + 1),
        source: `sheet "${ws.name}"`,
      };
    }
    if (named.length > 0) {
      throw new InputError(
        `no offers table: sheet "${ws.name}" has no header row with a "Company" column in its first ${HEADER_SEARCH_ROWS} rows; ` +
          `expected the columns ${REQUIRED_TEXT} (${OPTIONAL_TEXT}).`,
        { file, sheet: ws.name },
      );
    }
  }
  throw new InputError(
    `no offers table: no table named "Offers", no sheet named "Offers", and no sheet with a header row that has a "Company" column ` +
      `(sheets: ${wb.worksheets.map((w) => `"${w.name}"`).join(", ") || "none"}).`,
    { file },
  );
}

export async function readOffersXlsx(
  ExcelJS: ExcelJSModule,
  data: ArrayBuffer | Uint8Array,
  file: string,
  progress?: Progress,
): Promise<OffersFromFile> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length < 4 || bytes[0] !== ZIP_MAGIC[0] || bytes[1] !== ZIP_MAGIC[1]) {
    throw new InputError(
      "not an xlsx file (an .xlsx is a zip archive; this file is not one). Save it as an Excel workbook (.xlsx) or CSV.",
      { file },
    );
  }
  let wb: ExcelJSTypes.Workbook;
  try {
    wb = (await loadWorkbookLeniently(ExcelJS, bytes)).workbook;
  } catch (e) {
    throw new InputError(
      `not an xlsx file: it could not be opened as a workbook (${e instanceof Error ? e.message : String(e)}).`,
      { file },
    );
  }
  const found = findOffers(wb, file);
  const { ws, cols } = found;
  const sheet = ws.name;
  checkColumns(cols, found.header, { file, sheet, row: found.headerRow });
  const width = Math.max(...cols.values()) + 1;
  const scopeAt = cols.get("Scope");
  // Title and Notes keep an uncalculated formula as its text; other read columns cannot use it.
  const asText = new Set([cols.get("Title"), cols.get("Notes")]);
  const readAt = new Set([...cols].filter(([c]) => c !== "Score" && c !== "Rank").map(([, j]) => j));
  const body: Value[][] = [];
  const early: EarlyProblem[] = [];
  for (let r = found.headerRow + 1; r <= found.lastRow; r++) {
    const row = ws.getRow(r);
    const values: Value[] = [];
    for (let j = 0; j < width; j++) {
      const raw = row.getCell(j + 1).value;
      const formula = formulaOf(ws, raw);
      if (j === scopeAt && followsRole(formula)) values.push(null);
      else if (formulaWithoutResult(raw) && readAt.has(j)) {
        const shown = `=${(formula ?? "").replace(/^=/, "")}`;
        if (asText.has(j)) values.push(shown);
        else {
          values.push(null);
          early.push({
            bodyRow: body.length,
            at: j,
            found: `the formula ${shown.length > 60 ? `${shown.slice(0, 60)}...` : shown} with no saved result (the tool that wrote the file does not calculate)`,
            expected:
              "a value: open the file in Excel or LibreOffice and save it (that calculates the formula), or type the value",
          });
        }
      } else values.push(plainValue(raw));
    }
    body.push(values);
    if (progress && body.length % PROGRESS_EVERY === 0) progress(body.length);
  }
  const { offers, rows } = readBody(
    file,
    cols,
    body,
    (i, column, j) => ({ file, sheet, cell: `${columnLetters(j)}${found.headerRow + 1 + i} (${column})` }),
    { file, sheet, row: found.headerRow },
    early,
  );
  const warnings = offerWarnings(offers, rows, (i) => ({ file, sheet, row: found.headerRow + 1 + i }), {
    file,
    sheet,
  });
  return { offers, source: found.source, warnings };
}
