/** The formats and block shapes the four sheet layouts share: headings, wrapped notes, grid tables. */
import { type Block, type Cell, type ColumnFormat, VALIDATION_CELL } from "../layout";

const TABLE_STYLE = "TableStyleMedium2";
export const SCALE = { low: "#F8696B", mid: "#FFEB84", high: "#63BE7B" };
/** Ratings are 1..5 with halves: General shows 3 and 3.5 (Excel shows "0.##" as "3."). */
export const RATING_FORMAT = "General";
export const DATE_FORMAT = "yyyy-mm-dd";
/** Shares of the total weight, and weights that sum to 1. */
export const SHARE_FORMAT = "0.0%";
export const POINTS_FORMAT = "0.0";
/** The quiz's lean, -1..+1, with the side it leans to. */
export const LEAN_FORMAT = '+0.00" toward ML Engineer";-0.00" toward Data Scientist";0.00" (balanced)"';
export const LEAN_LABEL = "Lean (-1 to +1)";

/**
 * Where a sheet is written: "addin", the Office.js writer in a workbook with the add-in (live OFFER.*
 * formulas, the task pane and its Write buttons); "file", a .xlsx the page's download or the report
 * CLI makes (values, no task pane). The notes that tell the person what to do next differ.
 */
export type Medium = "addin" | "file";

/** The sum of the column widths (characters) from `from` over `count` columns. */
export function widthOf(widths: readonly (number | undefined)[], from: number, count: number): number {
  return widths.slice(from, from + count).reduce<number>((a, w) => a + (w ?? 8.43), 0);
}

/** Row height (points) for text wrapped over a width in characters: 15 points a line, 2 lines at least. */
export function wrappedHeight(text: string, widthChars: number, minLines = 1): number {
  // A width unit is one "0" of the default font; prose with capitals and digits runs about one
  // character per unit, so count one (1.1 cut the end off long verdicts; a spare line costs nothing).
  const perLine = Math.max(1, Math.floor(widthChars) - 4);
  const lines = text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
  return Math.min(409, Math.max(minLines, lines) * 15);
}

/** A note across `cols` columns that wraps instead of running off the page. */
export function wrappedNote(
  key: string,
  row: number,
  text: string,
  widths: readonly (number | undefined)[],
  cols: number,
): Block {
  return {
    key,
    row,
    col: 0,
    rows: [[text]],
    style: "note",
    headerRows: 0,
    mergeColumns: cols,
    rowHeight: wrappedHeight(text, widthOf(widths, 0, cols)),
  };
}

export function heading(key: string, row: number, text: string, style: Block["style"] = "heading"): Block {
  return { key, row, col: 0, rows: [[text]], style, headerRows: 0 };
}

export interface GridTableOptions {
  /** Made an Excel table of this name (in the add-in's table style). */
  readonly tableName?: string;
  readonly columns?: readonly (ColumnFormat | undefined)[];
  readonly wrapHeader?: boolean;
  readonly createOnly?: boolean;
}

/**
 * A header row over data rows in column A, top-aligned so a row that grows for wrapped text keeps
 * its short cells level with the text's first line: the shape of the seven tables on the four sheets.
 */
export function gridTable(
  key: string,
  row: number,
  header: readonly Cell[],
  body: readonly (readonly Cell[])[],
  opts: GridTableOptions = {},
): Block {
  // Left-out options stay absent rather than undefined: the layout equals one spelled out by hand.
  return {
    key,
    row,
    col: 0,
    rows: [[...header], ...body],
    style: "grid",
    headerRows: 1,
    ...(opts.tableName !== undefined ? { table: { name: opts.tableName, style: TABLE_STYLE } } : {}),
    verticalAlign: "top",
    ...(opts.wrapHeader ? { wrapHeader: true } : {}),
    ...(opts.columns !== undefined ? { columns: opts.columns } : {}),
    ...(opts.createOnly ? { createOnly: true } : {}),
  };
}

/* ---------- input messages ---------- */

/** Joins lines into an Excel input message, shortening each line evenly to fit `max` characters. */
export function fitMessage(lines: readonly string[], max = 255): string {
  const joined = lines.join("\n");
  if (joined.length <= max) return joined;
  const budget = Math.floor((max - (lines.length - 1)) / lines.length);
  return lines
    .map((l) => (l.length <= budget ? l : l.slice(0, Math.max(0, budget - 3)).trimEnd() + "..."))
    .join("\n")
    .slice(0, max);
}

function fitTitle(t: string): string {
  return t.length <= 32 ? t : t.slice(0, 31) + ".";
}

/**
 * What a rating cell accepts: a number from 1 to 5, or text shaped like a range ("3 to 4", "3.5 - 4",
 * "3–4"). The formula only screens the shape (a hyphen, en dash or " to " in text); OFFER.SCORE
 * checks the ends and says what is wrong (#VALUE! with a message). A number outside 1-5 is refused,
 * and so is a date: Excel turns "3-4" typed into a General cell into a date, which the error message
 * explains.
 */
export const RATING_RULE = `=OR(AND(ISNUMBER(${VALIDATION_CELL}),${VALIDATION_CELL}>=1,${VALIDATION_CELL}<=5),AND(ISTEXT(${VALIDATION_CELL}),OR(ISNUMBER(FIND("-",${VALIDATION_CELL})),ISNUMBER(FIND("\u2013",${VALIDATION_CELL})),ISNUMBER(SEARCH(" to ",${VALIDATION_CELL})))))`;

export function ratingValidation(label: string, levels: readonly string[]): ColumnFormat["validation"] {
  return {
    kind: "custom",
    formula: RATING_RULE,
    prompt: {
      title: fitTitle(`${label}: rate 1 to 5`),
      message: fitMessage([...levels.map((l, i) => `${i + 1}: ${l}`), "Not sure? A range: 3 to 4"]),
    },
    error: {
      title: fitTitle(`${label} is rated 1 to 5`),
      message:
        'Enter 1 (worst) to 5 (best); halves such as 3.5 are fine. Not sure? Type a range such as "3 to 4" (Excel turns 3-4 into a date). Leave it blank if you don\'t know yet.',
    },
  };
}
