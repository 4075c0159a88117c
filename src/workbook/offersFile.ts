/**
 * Reading offers from files, for the report CLI and the standalone page's import: an .xlsx (the
 * Offers table as the add-in writes it, or a sheet named Offers with the header row) or a .csv with
 * the same headers. The cells go through readOffersTable (inputs.ts), the same reading the add-in
 * uses. Problems are InputErrors whose message names the file, sheet, row and column.
 */
import type * as ExcelJSTypes from "exceljs";
import { columnLetters } from "./layout";
import { CsvError, detectDelimiter, parseCsvRecords } from "./csv";
import { OFFER_COLUMNS, readOffersTable, type OfferInput } from "./inputs";

type ExcelJSModule = typeof ExcelJSTypes;

export interface Where {
  readonly file: string;
  readonly sheet?: string;
  /** 1-based sheet row (xlsx) or line (csv). */
  readonly row?: number;
  /** Column letter (xlsx) or 1-based number (csv), with the header's name. */
  readonly column?: string;
}

export function describeWhere(w: Where): string {
  const parts = [w.file];
  if (w.sheet !== undefined) parts.push(`sheet "${w.sheet}"`);
  if (w.row !== undefined) parts.push(`row ${w.row}`);
  if (w.column !== undefined) parts.push(`column ${w.column}`);
  return parts.join(", ");
}

/** Bad input: the message starts with where it is (file, sheet, row, column). */
export class InputError extends Error {
  constructor(
    public readonly problem: string,
    public readonly where: Where,
  ) {
    super(`${describeWhere(where)}: ${problem}`);
    this.name = "InputError";
  }
}

export interface OffersFromFile {
  readonly offers: OfferInput[];
  /** Where the table was found, e.g. 'table "Offers" on sheet "Offers"' or "the CSV file". */
  readonly source: string;
}

export type Progress = (rowsRead: number) => void;
/** Progress is reported every this many rows. */
export const PROGRESS_EVERY = 10000;

const DECIMAL_COMMA = /^\s*\d+,\d+\s*$/;
const DECIMAL_COMMA_RANGE = /^\s*\d+(?:,\d+)?\s*(?:-|\u2013|\s[tT][oO]\s)\s*\d+(?:,\d+)?\s*$/;

const REQUIRED = OFFER_COLUMNS.filter((c) => c !== "Score" && c !== "Rank");

function checkColumns(missing: readonly string[], where: Where): void {
  if (missing.length > 0) {
    throw new InputError(
      `the header row has no column${missing.length > 1 ? "s" : ""} ${missing.map((m) => `"${m}"`).join(", ")}; ` +
        `expected the columns ${REQUIRED.join(", ")}.`,
      where,
    );
  }
}

/**
 * Reads header + body through readOffersTable; the first problem throws an InputError.
 * locate maps (body row index 0-based, column name) to a Where.
 */
function readTable(
  header: readonly unknown[],
  body: readonly (readonly unknown[])[],
  headerWhere: Where,
  locate: (bodyRow: number, column: string) => Where,
): OfferInput[] {
  const read = readOffersTable(header, body);
  checkColumns(read.missingColumns, headerWhere);
  if (read.issues.length > 0) {
    const first = read.issues[0];
    const more =
      read.issues.length > 1
        ? ` (and ${read.issues.length - 1} more problem${read.issues.length > 2 ? "s" : ""})`
        : "";
    // readOffersTable's messages start with the column name: keep the reason only.
    const reason = first.message.replace(new RegExp(`^${first.column}: `), "");
    throw new InputError(`${reason}${more}`, locate(first.row - 1, first.column));
  }
  return read.offers;
}

function headerIndex(header: readonly unknown[]): Map<string, number> {
  const m = new Map<string, number>();
  header.forEach((h, i) => {
    const k = typeof h === "string" ? h.trim().toLowerCase() : "";
    if (k && !m.has(k)) m.set(k, i);
  });
  return m;
}

/* ---------- CSV ---------- */

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
  const [headerRec, ...bodyRecs] = nonEmpty;
  const idx = headerIndex(headerRec.fields);
  if (!idx.has("company")) {
    throw new InputError(
      `no offers table: the first row should be the header (${REQUIRED.join(", ")}), and it has no "Company" column.`,
      { file, row: headerRec.line },
    );
  }
  if (progress) for (let i = PROGRESS_EVERY; i <= bodyRecs.length; i += PROGRESS_EVERY) progress(i);
  // A semicolon CSV comes from a locale whose decimal mark is a comma: ratings like 3,5 mean 3.5,
  // and a range like 3,5-4 means 3.5-4 (written back with points, as every reader of it expects).
  const ratingColumns = ["scope", "data maturity", "support", "growth"]
    .map((c) => idx.get(c))
    .filter((i): i is number => i !== undefined);
  const fields = (r: { fields: string[] }): string[] =>
    delimiter === ";"
      ? r.fields.map((f, j) =>
          ratingColumns.includes(j) && (DECIMAL_COMMA.test(f) || DECIMAL_COMMA_RANGE.test(f))
            ? f.replace(/,/g, ".")
            : f,
        )
      : r.fields;
  const offers = readTable(
    headerRec.fields,
    bodyRecs.map(fields),
    { file, row: headerRec.line },
    (i, column) => {
      const c = idx.get(column.toLowerCase());
      return { file, row: bodyRecs[i].line, column: c === undefined ? column : `${c + 1} (${column})` };
    },
  );
  return { offers, source: "the CSV file" };
}

/* ---------- xlsx ---------- */

/** A cell's value as Excel shows it: formulas give their result, rich text its text, errors "#N/A". */
export function plainValue(v: ExcelJSTypes.CellValue | undefined): string | number | boolean | null {
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

const ZIP_MAGIC = [0x50, 0x4b];

function rowValues(
  ws: ExcelJSTypes.Worksheet,
  row: number,
  col0: number,
  cols: number,
): (string | number | boolean | null)[] {
  const r = ws.getRow(row);
  const out: (string | number | boolean | null)[] = [];
  for (let j = 0; j < cols; j++) out.push(plainValue(r.getCell(col0 + j).value));
  return out;
}

interface Found {
  ws: ExcelJSTypes.Worksheet;
  /** 1-based header row and first column, number of columns, last data row. */
  headerRow: number;
  col0: number;
  cols: number;
  lastRow: number;
  source: string;
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

function findOffers(wb: ExcelJSTypes.Workbook, file: string): Found {
  // 1. A table named Offers (any sheet).
  for (const ws of wb.worksheets) {
    for (const t of ws.getTables() as unknown as {
      table?: { name?: string; tableRef?: string; ref?: string };
    }[]) {
      const model = t.table;
      if (!model || (model.name ?? "").toLowerCase() !== "offers") continue;
      const ref = parseRef(model.tableRef ?? model.ref ?? "");
      if (!ref) continue;
      return {
        ws,
        headerRow: ref.r0,
        col0: ref.c0,
        cols: ref.c1 - ref.c0 + 1,
        lastRow: ref.r1,
        source: `table "Offers" on sheet "${ws.name}"`,
      };
    }
  }
  // 2. A sheet named Offers (else any sheet) with a header row that has a Company column.
  const named = wb.worksheets.filter((ws) => ws.name.trim().toLowerCase() === "offers");
  const candidates = named.length > 0 ? named : wb.worksheets;
  for (const ws of candidates) {
    const last = Math.min(ws.rowCount, 50);
    for (let r = 1; r <= last; r++) {
      const row = ws.getRow(r);
      for (let c = 1; c <= Math.max(row.cellCount, 1); c++) {
        const v = plainValue(row.getCell(c).value);
        if (typeof v === "string" && v.trim().toLowerCase() === "company") {
          // The header runs right from Company until the first empty cell.
          let c1 = c;
          while (c1 + 1 <= row.cellCount && plainValue(row.getCell(c1 + 1).value) !== null) c1++;
          return {
            ws,
            headerRow: r,
            col0: c,
            cols: c1 - c + 1,
            lastRow: ws.rowCount,
            source: `sheet "${ws.name}"`,
          };
        }
      }
    }
    if (named.length > 0) {
      throw new InputError(
        `no offers table: sheet "${ws.name}" has no header row with a "Company" column in its first ${last} rows; ` +
          `expected the columns ${REQUIRED.join(", ")}.`,
        { file, sheet: ws.name },
      );
    }
  }
  throw new InputError(
    `no offers table: no table named "Offers", no sheet named "Offers", and no sheet with a header row starting at "Company" ` +
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
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS's load takes a Buffer in Node and an ArrayBuffer in the browser; a Uint8Array view works for both.
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new InputError(
      `not an xlsx file: it could not be opened as a workbook (${e instanceof Error ? e.message : String(e)}).`,
      { file },
    );
  }
  const found = findOffers(wb, file);
  const sheet = found.ws.name;
  const header = rowValues(found.ws, found.headerRow, found.col0, found.cols);
  const body: (string | number | boolean | null)[][] = [];
  for (let r = found.headerRow + 1; r <= found.lastRow; r++) {
    body.push(rowValues(found.ws, r, found.col0, found.cols));
    if (progress && body.length % PROGRESS_EVERY === 0) progress(body.length);
  }
  const idx = headerIndex(header);
  const offers = readTable(header, body, { file, sheet, row: found.headerRow }, (i, column) => {
    const c = idx.get(column.toLowerCase());
    return {
      file,
      sheet,
      row: found.headerRow + 1 + i,
      column: c === undefined ? column : `${columnLetters(found.col0 - 1 + c)} (${column})`,
    };
  });
  return { offers, source: found.source };
}
