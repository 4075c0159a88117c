/**
 * What each sheet holds, as plain data. Renderer-neutral: the Office.js writer (office/) and
 * the ExcelJS writer render the same SheetLayout, so their outputs cannot drift.
 *
 * Rules every renderer follows:
 *  - A string cell is ALWAYS literal text, never a formula or a number, whatever it starts with
 *    (company names such as "=HYPERLINK(...)" or "+cmd" come from cells). Formulas are only ever
 *    FormulaCell objects. null is an empty cell.
 *  - A FormulaCell carries the value the formula computes, for renderers that cannot compute
 *    OFFER.* (a plain Excel without the add-in, ExcelJS). Such renderers write the value and show
 *    SheetLayout.valueNote.
 *  - Rows and columns are 0-based. Every block is rectangular (all rows the same length).
 */
import type { Role } from "../scoring";

export type Scalar = string | number | boolean | null;

export interface FormulaCell {
  /** Excel formula in en-US syntax, starting with "=". May use structured references inside its own table. */
  readonly formula: string;
  /** What the formula evaluates to, computed with the scoring module (null: blank or not computable). */
  readonly value: Scalar;
  /**
   * The same computation with Excel's own functions, for a renderer that cannot call OFFER.* (a file
   * opened without the add-in): written as a live formula instead of the value. Only where it gives
   * the same value for every input the cell can hold.
   */
  readonly fileFormula?: string;
}

export type Cell = Scalar | FormulaCell;

export function isFormulaCell(c: Cell): c is FormulaCell {
  return typeof c === "object" && c !== null;
}

export type SheetKey = "offers" | "assumptions" | "recommendation" | "roadmap";
export const SHEET_KEYS: readonly SheetKey[] = ["offers", "assumptions", "recommendation", "roadmap"];

export interface InputMessage {
  /** At most 32 characters (Excel's limit). */
  readonly title: string;
  /** At most 255 characters for a prompt, 225 for an error alert (Excel's limits). */
  readonly message: string;
}

export type Validation =
  | {
      readonly kind: "decimal" | "whole";
      readonly min: number;
      readonly max: number;
      readonly prompt?: InputMessage;
      readonly error?: InputMessage;
    }
  | {
      readonly kind: "custom";
      /**
       * An Excel formula (en-US, starting with "=") that is TRUE for an allowed entry. VALIDATION_CELL
       * ("{cell}") stands for the cell being checked: renderers put the cell's relative address there
       * (the top-left cell of the range the rule is set on, which Excel shifts for the other cells).
       */
      readonly formula: string;
      readonly prompt?: InputMessage;
      readonly error?: InputMessage;
    }
  | {
      readonly kind: "list";
      /** The allowed entries; joined with commas they must stay within 255 characters. */
      readonly items: readonly string[];
      readonly prompt?: InputMessage;
      readonly error?: InputMessage;
    };

/** The placeholder for the checked cell in a custom validation formula. */
export const VALIDATION_CELL = "{cell}";

/** A custom validation formula for one cell (its relative A1 address). */
export function validationFormula(formula: string, cellAddress: string): string {
  return formula.split(VALIDATION_CELL).join(cellAddress);
}

export type HorizontalAlign = "left" | "center" | "right";

export interface ColumnFormat {
  /** Excel number format code, e.g. "0.0", "0%", "yyyy-mm-dd". */
  readonly numberFormat?: string;
  readonly wrap?: boolean;
  /** Horizontal alignment of the whole column within the block, its header rows included. */
  readonly align?: HorizontalAlign;
  readonly validation?: Validation;
  /** A three-colour scale over this column's data rows (low = red, high = green). */
  readonly colorScale?: { readonly low: string; readonly mid: string; readonly high: string };
}

export interface TableSpec {
  /** The table's name (workbook-unique; the writer may add a suffix if a foreign object has it). */
  readonly name: string;
  readonly style: string;
}

export type BlockStyle = "title" | "heading" | "note" | "paragraph" | "grid" | "keyValue";

export interface Block {
  /** Stable key within the sheet: the writer remembers each block's footprint by it. */
  readonly key: string;
  readonly row: number;
  readonly col: number;
  /** The cells; for a table, rows[0] is the header row. */
  readonly rows: readonly (readonly Cell[])[];
  readonly style: BlockStyle;
  /** Leading rows shown as headers (bold). Tables: the header row. */
  readonly headerRows: number;
  readonly table?: TableSpec;
  /**
   * Per-column formats, index = column within the block; applied to the rows after headerRows.
   * For a table that the person fills (createOnly), they apply to the table's whole data body.
   */
  readonly columns?: readonly (ColumnFormat | undefined)[];
  /** Merge each row across this many columns (paragraphs, long notes); merged rows wrap, top-aligned. */
  readonly mergeColumns?: number;
  /** Row height in points for every row of the block (e.g. a wrapped merged paragraph). */
  readonly rowHeight?: number;
  /**
   * Vertical alignment of every cell of the block. "top" for tables with wrapped columns: a row
   * that grows for its wrapped text keeps its numbers and short labels level with the text's first line.
   */
  readonly verticalAlign?: "top";
  /** The header rows wrap (and grow) instead of running into the next header. */
  readonly wrapHeader?: boolean;
  /**
   * The person owns the data rows: a renderer that finds this table already there keeps its rows
   * and only refreshes headers, formula columns (where they still hold the add-in's formula) and formats.
   */
  readonly createOnly?: boolean;
}

export interface NamedRangeSpec {
  readonly name: string;
  /** The block and the cells within it (relative to the block's anchor). */
  readonly block: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  readonly comment: string;
}

export interface ChartSpec {
  readonly name: string;
  readonly kind: "bar";
  readonly title: string;
  /** A block with one header row; categories and values are columns of its data rows (first `points` rows). */
  readonly block: string;
  readonly categoryColumn: number;
  /**
   * The series, one per column, in order; their columns are adjacent and ascending (one source range
   * for the Office chart). Several series are drawn side by side (e.g. Lowest / Score / Highest).
   */
  readonly series: readonly { readonly name: string; readonly column: number }[];
  readonly points: number;
  /** Placement: top-left cell and size in cells. */
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
}

export interface SheetLayout {
  readonly key: SheetKey;
  /** The sheet's name (<= 31 characters). */
  readonly title: string;
  readonly blocks: readonly Block[];
  readonly names: readonly NamedRangeSpec[];
  readonly charts: readonly ChartSpec[];
  /**
   * Column widths in characters of the default font, as Excel's column width (and ExcelJS's) counts
   * them; index = sheet column (undefined: leave as is). Office.js sets widths in points:
   * columnWidthPoints converts.
   */
  readonly columnWidths: readonly (number | undefined)[];
  /** Shown by renderers that write FormulaCell values instead of formulas. */
  readonly valueNote?: { readonly row: number; readonly col: number; readonly text: string };
}

/* ---------- small geometry helpers shared by the renderers ---------- */

/**
 * A column width in characters as points, for Office.js (Range.format.columnWidth is in points):
 * Excel draws w characters of the default 11-point font as w * 7 + 5 pixels, and a pixel is 0.75 pt.
 */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 4) / 4;
}

export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export function blockRect(b: Block): Rect {
  return { row: b.row, col: b.col, rows: b.rows.length, cols: b.rows.length > 0 ? b.rows[0].length : 0 };
}

export function columnLetters(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "B5" or "B5:E9"; absolute adds $ signs. */
export function a1(rect: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  const tl = `${d}${columnLetters(rect.col)}${d}${rect.row + 1}`;
  if (rect.rows === 1 && rect.cols === 1) return tl;
  return `${tl}:${d}${columnLetters(rect.col + rect.cols - 1)}${d}${rect.row + rect.rows}`;
}

export function cellA1(row: number, col: number, absolute = false): string {
  return a1({ row, col, rows: 1, cols: 1 }, absolute);
}

/** Parses "A1", "$B$5:$E$5", "Sheet!A1:B2" (the sheet part is ignored). */
export function parseA1(address: string): Rect | null {
  const ref = address.slice(address.lastIndexOf("!") + 1);
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref);
  if (!m) return null;
  const col = (s: string): number =>
    [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const c0 = col(m[1]);
  const r0 = Number(m[2]) - 1;
  const c1 = m[3] ? col(m[3]) : c0;
  const r1 = m[4] ? Number(m[4]) - 1 : r0;
  return {
    row: Math.min(r0, r1),
    col: Math.min(c0, c1),
    rows: Math.abs(r1 - r0) + 1,
    cols: Math.abs(c1 - c0) + 1,
  };
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/** The parts of `a` not covered by any of `cover` (a list of disjoint-or-not rectangles). */
export function subtractRects(a: Rect, cover: readonly Rect[]): Rect[] {
  let pieces: Rect[] = [a];
  for (const b of cover) {
    const next: Rect[] = [];
    for (const p of pieces) {
      if (!overlaps(p, b)) {
        next.push(p);
        continue;
      }
      const top = Math.max(p.row, b.row);
      const bottom = Math.min(p.row + p.rows, b.row + b.rows);
      if (b.row > p.row) next.push({ row: p.row, col: p.col, rows: b.row - p.row, cols: p.cols });
      if (b.row + b.rows < p.row + p.rows) {
        next.push({ row: b.row + b.rows, col: p.col, rows: p.row + p.rows - (b.row + b.rows), cols: p.cols });
      }
      if (b.col > p.col) next.push({ row: top, col: p.col, rows: bottom - top, cols: b.col - p.col });
      if (b.col + b.cols < p.col + p.cols) {
        next.push({
          row: top,
          col: b.col + b.cols,
          rows: bottom - top,
          cols: p.col + p.cols - (b.col + b.cols),
        });
      }
    }
    pieces = next;
  }
  return pieces;
}

/** Excel's sheet-name quoting in references: 'My sheet'!A1, Offers!A1. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** Role words used inside OFFER.SCOPEFIT formulas (parseRole accepts them). */
export function roleArgument(role: Role): string {
  return role;
}

/** Points per line of 11-point text, as Excel's default row height. */
export const LINE_HEIGHT = 15;

/**
 * How many lines `text` takes wrapped in a column `widthChars` wide (Excel's width unit, one "0" of
 * the default font). Prose runs about one character per unit, a bold header a little wider; a cell
 * keeps about one character of padding; words move whole to the next line (a word longer than a
 * line is broken), so a line holds fewer characters than its width. Renderers that cannot measure
 * text (a file: LibreOffice keeps rows one line tall on open) size rows by it.
 */
export function wrappedLineCount(text: string, widthChars: number, bold = false): number {
  const perLine = Math.max(1, Math.floor(widthChars * (bold ? 0.9 : 1)) - 1);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(" ").filter((w) => w.length > 0)) {
      if (word.length > perLine) {
        // A word wider than the column breaks across lines of its own.
        if (used > 0) count++;
        count += Math.ceil(word.length / perLine) - 1;
        used = word.length % perLine || perLine;
      } else if (used === 0) {
        used = word.length;
      } else if (used + 1 + word.length <= perLine) {
        used += 1 + word.length;
      } else {
        count++;
        used = word.length;
      }
    }
    lines += count;
  }
  return lines;
}
