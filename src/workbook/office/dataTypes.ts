/** Cells holding Excel data types (entities, linked entities, images): told apart from error values before they are read. */
import type { Batch } from "./batch";
import type { WriterOptions } from "./types";

/*
 * Range.values gives such a cell's basicValue, "#VALUE!" for an entity, a linked entity (Stocks,
 * Geography) or an image, and Range.valueTypes says "Error": the same as a real #VALUE!. Only
 * Range.valuesAsJson (ExcelApi 1.16) shows the data type ({ type: "LinkedEntity", text: "Microsoft",
 * ... }). A formatted number reads as its number in values, so it needs nothing.
 */

/** The data types whose values read as an error. */
const ERROR_LOOKING = new Set(["Entity", "LinkedEntity", "WebImage", "Array", "Reference", "Function"]);
/** Cells looked at, at most (each is one small load; the message names the first few anyway). */
const MAX_CELLS = 20;

export interface DataTypeCell {
  /** Body row and column (0-based). */
  row: number;
  col: number;
  /** What to show for it where a rating is shown as typed. */
  label: string;
}

/** Whether the host has Range.valuesAsJson: the option (tests), else Office's requirement-set check. */
export function hasValuesAsJson(opts: WriterOptions): boolean {
  if (opts.isSetSupported) return opts.isSetSupported("ExcelApi", "1.16");
  try {
    return typeof Office !== "undefined" && Office.context.requirements.isSetSupported("ExcelApi", "1.16");
  } catch {
    return false;
  }
}

const looksLikeError = (v: unknown): boolean => typeof v === "string" && /^#[A-Z0-9/]+[!?]?$/i.test(v.trim());

/**
 * The body's values with each data-type cell (in `columns`) replaced by its JSON value, so readers
 * say what the cell holds instead of "an error value"; a Company cell holding one takes the text it
 * shows. `found` lists the replaced cells. One extra round trip, only when such a column holds an error-looking value and the host
 * has valuesAsJson; otherwise the values as they are.
 */
export async function revealDataTypes(
  b: Batch,
  body: Excel.Range,
  values: readonly (readonly unknown[])[],
  columns: { index: number; asText: boolean }[],
  opts: WriterOptions,
): Promise<{ values: unknown[][]; found: DataTypeCell[] }> {
  const out = values.map((r) => [...r]);
  const found: DataTypeCell[] = [];
  const cells: { i: number; j: number; asText: boolean; range: Excel.Range }[] = [];
  for (let i = 0; i < out.length && cells.length < MAX_CELLS; i++) {
    for (const c of columns) {
      if (c.index >= 0 && looksLikeError(out[i][c.index]) && cells.length < MAX_CELLS)
        cells.push({ i, j: c.index, asText: c.asText, range: body.getCell(i, c.index) });
    }
  }
  if (cells.length === 0 || !hasValuesAsJson(opts)) return { values: out, found };
  for (const c of cells) {
    c.range.load("valuesAsJson");
    b.op(150);
  }
  await b.sync();
  for (const c of cells) {
    const json: unknown = c.range.valuesAsJson[0]?.[0];
    if (typeof json !== "object" || json === null) continue;
    const type = (json as { type?: unknown }).type;
    if (typeof type !== "string" || !ERROR_LOOKING.has(type)) continue;
    const text = (json as { text?: unknown }).text;
    out[c.i][c.j] = c.asText && typeof text === "string" ? text : json;
    found.push({
      row: c.i,
      col: c.j,
      label: `${typeof text === "string" ? text : type} (an Excel data type)`,
    });
  }
  return { values: out, found };
}
