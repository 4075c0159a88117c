/**
 * The ExcelJS renderer of the sheet layouts (layout.ts): the standalone page's "Download workbook"
 * and the report CLI write .xlsx files with it. The Office.js writer renders the same layouts, so the
 * two outputs cannot drift.
 *
 * A plain Excel (or LibreOffice) without the add-in cannot compute OFFER.* functions, so a
 * FormulaCell whose formula calls OFFER.* is written as its computed value, and the sheet shows a
 * line saying so (the layout's valueNote, or a note on the column's header cell). Other formulas
 * (RANK.EQ, arithmetic) are written as formulas with their computed value cached.
 *
 * ExcelJS cannot write native charts: a ChartSpec is drawn as a small bar table (category, value,
 * and a text bar that shows in any viewer, with the range around the score) at the chart's place.
 *
 * Strings are always written as text: ExcelJS only writes a formula for { formula } objects, so a
 * company named "=HYPERLINK(...)" lands as the literal string.
 */
import type * as ExcelJSTypes from "exceljs";
import {
  blockRect,
  cellA1,
  columnLetters,
  isFormulaCell,
  overlaps,
  quoteSheetName,
  type Block,
  type Cell,
  type ChartSpec,
  type ColumnFormat,
  type HorizontalAlign,
  type Rect,
  type Scalar,
  type SheetLayout,
  type Validation,
  validationFormula,
  LINE_HEIGHT,
  wrappedLineCount,
} from "./layout";

type ExcelJSModule = typeof ExcelJSTypes;
type Worksheet = ExcelJSTypes.Worksheet;
type Workbook = ExcelJSTypes.Workbook;

/** Said next to values that the add-in computes with OFFER.* formulas. */
export const VALUE_NOTE =
  "Values computed by Offer Evaluator: in Excel with the add-in these cells hold OFFER.* formulas; this file stores their results.";
/** Said on a chart's place, since ExcelJS writes no native charts. */
export const CHART_NOTE = "Bars drawn from the values (the add-in draws a native bar chart here).";
/** The same for a chart of scores with their ranges. */
export const RANGE_CHART_NOTE =
  "Bars drawn from the values: \u2588 up to the lowest score, \u2593 up to the score, \u2591 up to the highest; one block is 5 points (the add-in draws a native bar chart here).";

/** True when a formula calls one of the add-in's OFFER.* custom functions. */
export function callsOfferFunction(formula: string): boolean {
  return /(^|[^A-Za-z0-9_.])OFFER\.[A-Za-z]/i.test(formula.replace(/"(?:[^"]|"")*"/g, '""'));
}

/** Excel functions newer than the 2007 file format: stored with the _xlfn. prefix in the file. */
const XLFN = [
  "RANK.EQ",
  "RANK.AVG",
  "IFS",
  "SWITCH",
  "XLOOKUP",
  "TEXTJOIN",
  "CONCAT",
  "MAXIFS",
  "MINIFS",
  "IFNA",
];

/**
 * A formula as the .xlsx file stores it: no leading "=", new functions with their _xlfn. prefix,
 * and structured references inside a table spelled out in full, as Excel stores them:
 * [@Score] and [@[Data maturity]] become Table[[#This Row],[Score]], [Score] becomes Table[Score].
 */
export function fileFormula(formula: string, tableName: string | null): string {
  const f = formula.startsWith("=") ? formula.slice(1) : formula;
  let out = "";
  let i = 0;
  const isName = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9_.\\]/.test(ch);
  while (i < f.length) {
    const ch = f[i];
    if (ch === '"') {
      // A string literal, copied as is ("" is an escaped quote).
      let j = i + 1;
      while (j < f.length && !(f[j] === '"' && f[j + 1] !== '"')) j += f[j] === '"' ? 2 : 1;
      out += f.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "[") {
      let depth = 0;
      let j = i;
      for (; j < f.length; j++) {
        if (f[j] === "[") depth++;
        else if (f[j] === "]" && --depth === 0) break;
      }
      const ref = f.slice(i, j + 1);
      const qualified = isName(f[i - 1]) || f[i - 1] === "]";
      if (qualified || !tableName) out += ref;
      else if (ref.startsWith("[@")) {
        const inner = ref.slice(2, -1);
        const col = inner.startsWith("[") ? inner.slice(1, -1) : inner;
        out += `${tableName}[[#This Row],[${col}]]`;
      } else out += `${tableName}${ref}`;
      i = j + 1;
      continue;
    }
    if (/[A-Za-z_]/.test(ch) && !isName(f[i - 1])) {
      let j = i;
      while (j < f.length && isName(f[j])) j++;
      const word = f.slice(i, j);
      out += f[j] === "(" && XLFN.includes(word.toUpperCase()) ? `_xlfn.${word.toUpperCase()}` : word;
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/**
 * Text as OOXML stores it: a carriage return must be written as the escape _x000D_ (XML readers,
 * Excel's and ExcelJS's, turn a raw CR into a line feed), and text that already looks like an
 * escape gets its underscore escaped (_x005F_) so it is not decoded into another character.
 */
export function ooxmlText(text: string): string {
  if (!text.includes("\r") && !text.includes("_x")) return text;
  return text.replace(/_x[0-9A-Fa-f]{4}_/g, (m) => `_x005F${m}`).replace(/\r/g, "_x000D_");
}

/**
 * A number as Excel keeps it, to 15 significant digits: arithmetic leftovers such as
 * 95.00000000000001 are not written (Excel would show them in the formula bar).
 */
export function excelNumber(v: number): number {
  return Number.isFinite(v) ? Number(v.toPrecision(15)) : v;
}

/** A scalar as written: "" is no cell at all (nothing was entered), numbers as Excel keeps them. */
function scalarValue(v: Scalar): ExcelJSTypes.CellValue {
  if (v === null || v === "") return null;
  if (typeof v === "string") return ooxmlText(v);
  if (typeof v === "number") return excelNumber(v);
  return v;
}

/** What goes into an ExcelJS cell for a layout cell. */
function excelValue(c: Cell, tableName: string | null): ExcelJSTypes.CellValue {
  if (!isFormulaCell(c)) return scalarValue(c);
  const offer = callsOfferFunction(c.formula);
  if (offer && c.fileFormula === undefined) return scalarValue(c.value);
  const formula = offer && c.fileFormula !== undefined ? c.fileFormula : c.formula;
  const result = c.value === null ? undefined : typeof c.value === "number" ? excelNumber(c.value) : c.value;
  return { formula: fileFormula(formula, tableName), result } as ExcelJSTypes.CellFormulaValue;
}

/** True when a layout cell is written as a stored value where the add-in has a live OFFER.* formula. */
function writtenAsValue(c: Cell): boolean {
  return isFormulaCell(c) && callsOfferFunction(c.formula) && c.fileFormula === undefined;
}

function argb(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  if (/^[0-9A-F]{6}$/.test(hex)) return `FF${hex}`;
  if (/^[0-9A-F]{8}$/.test(hex)) return hex;
  return "FF808080";
}

/** The sheet's validation rules by address (ExcelJS has them, its type declarations do not). */
function sheetValidations(ws: Worksheet): { add(address: string, v: ExcelJSTypes.DataValidation): void } {
  return (
    ws as unknown as { dataValidations: { add(address: string, v: ExcelJSTypes.DataValidation): void } }
  ).dataValidations;
}

/** A rule's data validation; `cell` is the A1 address of its top-left cell, for VALIDATION_CELL. */
function dataValidation(v: Validation, cell = "A1"): ExcelJSTypes.DataValidation {
  const messages = {
    ...(v.prompt ? { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.message } : {}),
    ...(v.error
      ? { showErrorMessage: true, errorStyle: "stop", errorTitle: v.error.title, error: v.error.message }
      : {}),
  };
  if (v.kind === "list") {
    return { type: "list", allowBlank: true, formulae: [`"${v.items.join(",")}"`], ...messages };
  }
  if (v.kind === "custom") {
    // Each cell gets the formula for its own address: ExcelJS may store each cell's rule on its own.
    const f = validationFormula(v.formula, cell);
    return { type: "custom", allowBlank: true, formulae: [f.startsWith("=") ? f.slice(1) : f], ...messages };
  }
  return { type: v.kind, operator: "between", allowBlank: true, formulae: [v.min, v.max], ...messages };
}

const FONT_BY_STYLE: Record<Block["style"], Partial<ExcelJSTypes.Font>> = {
  title: { bold: true, size: 16 },
  heading: { bold: true, size: 13 },
  note: { italic: true, color: { argb: "FF595959" } },
  paragraph: {},
  grid: {},
  keyValue: {},
};

/** The address of a range, e.g. "B2:E9" (1-row/1-col ranges still as a pair for ExcelJS). */
function rangeA1(r: Rect): string {
  return `${columnLetters(r.col)}${r.row + 1}:${columnLetters(r.col + r.cols - 1)}${r.row + r.rows}`;
}

/**
 * Files carry no computed row heights, and LibreOffice keeps rows one line tall on open, so wrapped
 * text would overlap the next row: raise each row to the lines its longest wrapped cell needs,
 * estimated from the column width (in characters, as Excel measures it). Called once per wrapped
 * column and only ever raising, so a row ends at the height of its tallest cell over all columns.
 */
function fitRowsToWrappedText(
  ws: Worksheet,
  col: number,
  firstRow: number,
  lastRow: number,
  bold = false,
): void {
  const width = ws.getColumn(col).width ?? 8.43;
  for (let r = firstRow; r <= lastRow; r++) {
    const lines = wrappedLineCount(ws.getCell(r + 1, col).text ?? "", width, bold);
    const row = ws.getRow(r + 1);
    const needed = Math.min(409, lines * LINE_HEIGHT);
    if (lines > 1 && needed > (row.height ?? LINE_HEIGHT)) row.height = needed;
  }
}

const H_ALIGN: Record<HorizontalAlign, ExcelJSTypes.Alignment["horizontal"]> = {
  left: "left",
  center: "center",
  right: "right",
};

function applyColumnFormats(ws: Worksheet, b: Block, firstDataRow: number, lastDataRow: number): void {
  const cols = b.columns ?? [];
  cols.forEach((fmt: ColumnFormat | undefined, j) => {
    if (!fmt || lastDataRow < firstDataRow) return;
    const col = b.col + j + 1;
    if (fmt.align) {
      // The whole column of the block, its header included.
      for (let r = b.row; r <= lastDataRow; r++) {
        const cell = ws.getCell(r + 1, col);
        cell.alignment = { ...cell.alignment, horizontal: H_ALIGN[fmt.align] };
      }
    }
    for (let r = firstDataRow; r <= lastDataRow; r++) {
      const cell = ws.getCell(r + 1, col);
      if (fmt.numberFormat) cell.numFmt = fmt.numberFormat;
      if (fmt.wrap) cell.alignment = { ...cell.alignment, wrapText: true, vertical: "top" };
    }
    if (fmt.validation) {
      // One rule on the column's whole range (a custom formula relative to its top cell, as Excel
      // shifts it), not one per cell: ExcelJS merges per-cell rules into ranges that can overlap
      // (C10:C11 and C5:C11 for 7 rows), which Excel offers to "repair".
      const top = cellA1(firstDataRow, col - 1);
      const range = lastDataRow > firstDataRow ? `${top}:${cellA1(lastDataRow, col - 1)}` : top;
      sheetValidations(ws).add(range, dataValidation(fmt.validation, top));
    }
    if (fmt.wrap) fitRowsToWrappedText(ws, col, firstDataRow, lastDataRow);
    if (fmt.colorScale) {
      ws.addConditionalFormatting({
        ref: rangeA1({ row: firstDataRow, col: b.col + j, rows: lastDataRow - firstDataRow + 1, cols: 1 }),
        rules: [
          {
            type: "colorScale",
            priority: 1,
            cfvo: [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }],
            color: [
              { argb: argb(fmt.colorScale.low) },
              { argb: argb(fmt.colorScale.mid) },
              { argb: argb(fmt.colorScale.high) },
            ],
          },
        ],
      });
    }
  });
}

/** Columns (within the block) whose data rows hold OFFER.* formulas, written as values. */
function valueColumns(b: Block): number[] {
  const out = new Set<number>();
  for (let i = b.headerRows; i < b.rows.length; i++) {
    b.rows[i].forEach((c, j) => {
      if (writtenAsValue(c)) out.add(j);
    });
  }
  return [...out].sort((x, y) => x - y);
}

/** Block-wide alignment: every cell top-aligned, and wrapped header rows that grow to fit. */
function applyBlockAlignment(ws: Worksheet, b: Block, lastRow: number): void {
  const rect = blockRect(b);
  const cols = Math.max(rect.cols, b.mergeColumns ?? 0);
  if (b.verticalAlign === "top") {
    for (let r = b.row; r <= lastRow; r++)
      for (let j = 0; j < cols; j++) {
        const cell = ws.getCell(r + 1, b.col + j + 1);
        cell.alignment = { ...cell.alignment, vertical: "top" };
      }
  }
  const headerRows = b.table ? 1 : b.headerRows;
  if (b.wrapHeader && headerRows > 0) {
    for (let j = 0; j < rect.cols; j++) {
      for (let r = b.row; r < b.row + headerRows; r++) {
        const cell = ws.getCell(r + 1, b.col + j + 1);
        cell.alignment = { ...cell.alignment, wrapText: true, vertical: "top" };
      }
      fitRowsToWrappedText(ws, b.col + j + 1, b.row, b.row + headerRows - 1, true);
    }
  }
}

function renderBlock(ws: Worksheet, b: Block, tableNames: Set<string>): boolean {
  const rect = blockRect(b);
  if (rect.rows === 0 || rect.cols === 0) return false;
  const tableName = b.table ? uniqueTableName(b.table.name, tableNames) : null;
  const font = FONT_BY_STYLE[b.style];

  if (b.table && tableName) {
    const header = b.rows[0].map((c, j) => {
      const v = isFormulaCell(c) ? c.value : c;
      return v === null || v === "" ? `Column${j + 1}` : String(v);
    });
    let data = b.rows.slice(1).map((row) => row.map((c) => excelValue(c, tableName)));
    // A table needs a data row: an empty one keeps its place, as in Excel.
    if (data.length === 0) data = [header.map(() => null)];
    ws.addTable({
      name: tableName,
      displayName: tableName,
      ref: cellA1(b.row, b.col),
      headerRow: true,
      style: { theme: b.table.style as ExcelJSTypes.TableStyleProperties["theme"], showRowStripes: true },
      columns: header.map((name) => ({ name, filterButton: true })),
      rows: data,
    });
    for (let j = 0; j < rect.cols; j++) ws.getCell(b.row + 1, b.col + j + 1).font = { bold: true };
    applyColumnFormats(ws, b, b.row + 1, b.row + data.length);
    applyBlockAlignment(ws, b, b.row + data.length);
  } else {
    b.rows.forEach((row, i) => {
      row.forEach((c, j) => {
        const cell = ws.getCell(b.row + i + 1, b.col + j + 1);
        cell.value = excelValue(c, null);
        const bold = i < b.headerRows || (b.style === "keyValue" && j === 0);
        if (bold || Object.keys(font).length) cell.font = { ...font, ...(bold ? { bold: true } : {}) };
        if (b.style === "paragraph" || (b.mergeColumns ?? 0) > 1)
          cell.alignment = { wrapText: true, vertical: "top" };
      });
      if (b.mergeColumns && b.mergeColumns > 1) {
        ws.mergeCells(b.row + i + 1, b.col + 1, b.row + i + 1, b.col + b.mergeColumns);
      }
    });
    applyColumnFormats(ws, b, b.row + b.headerRows, b.row + rect.rows - 1);
    applyBlockAlignment(ws, b, b.row + rect.rows - 1);
  }
  if (b.rowHeight) {
    for (let i = 0; i < rect.rows; i++) ws.getRow(b.row + i + 1).height = b.rowHeight;
  }
  // Without a sheet-level note, say it on the header of each column written as values.
  const cols = valueColumns(b);
  return cols.length > 0;
}

function uniqueTableName(name: string, used: Set<string>): string {
  let n = name;
  for (let k = 2; used.has(n.toLowerCase()); k++) n = `${name}_${k}`;
  used.add(n.toLowerCase());
  return n;
}

function noteOnValueColumns(ws: Worksheet, b: Block): void {
  for (const j of valueColumns(b)) {
    const headerRow = b.headerRows > 0 ? b.row + b.headerRows - 1 : b.row;
    ws.getCell(headerRow + 1, b.col + j + 1).note = VALUE_NOTE;
  }
}

/** Eighths of a block character, for bars finer than one character. */
const PARTIAL_BLOCKS = ["", "\u258F", "\u258E", "\u258D", "\u258C", "\u258B", "\u258A", "\u2589"];

/** A text bar for a 0..100 value: one full block per 5 points, the rest in eighths. */
export function textBar(v: number): string {
  const units = Math.max(0, Math.min(100, v)) / 5;
  let full = Math.floor(units);
  let eighths = Math.round((units - full) * 8);
  if (eighths === 8) {
    full++;
    eighths = 0;
  }
  return "\u2588".repeat(full) + PARTIAL_BLOCKS[eighths];
}

/** One character per 5 points (0..100), from the rounded end of the last segment to this value's. */
function barUnits(v: number): number {
  return Math.round(Math.max(0, Math.min(100, v)) / 5);
}

/**
 * A score with its range as a text bar: solid up to the lowest score, dark shade up to the score,
 * light shade up to the highest; one character per 5 points (a plain textBar when lo = v = hi).
 */
export function rangeBar(lo: number, v: number, hi: number): string {
  if (lo === v && v === hi) return textBar(v);
  const a = barUnits(Math.min(lo, v));
  const b = Math.max(a, barUnits(v));
  const c = Math.max(b, barUnits(Math.max(hi, v)));
  return "\u2588".repeat(a) + "\u2593".repeat(b - a) + "\u2591".repeat(c - b);
}

/**
 * A ChartSpec as cells: the title, a line saying how it was drawn, then one row per point with the
 * category, a text bar, and the value (0.0) after the bar's column. With three series (lowest, score,
 * highest) the bar shows the range around the score and the value is the middle series'. A text bar
 * shows in every viewer, and the number never sits on it.
 */
function renderChart(ws: Worksheet, layout: SheetLayout, chart: ChartSpec): void {
  const block = layout.blocks.find((b) => b.key === chart.block);
  if (!block) return;
  const data = block.rows.slice(Math.max(1, block.headerRows)).slice(0, chart.points);
  const value = (c: Cell | undefined): Scalar => (c === undefined ? null : isFormulaCell(c) ? c.value : c);
  const num = (c: Cell | undefined): number | null => {
    const v = value(c);
    return typeof v === "number" ? v : null;
  };
  const ranged = chart.series.length === 3;
  const main = chart.series[ranged ? 1 : 0]?.column ?? 0;
  const points = data.map((row) => ({
    name: value(row[chart.categoryColumn]),
    v: num(row[main]),
    lo: ranged ? num(row[chart.series[0].column]) : null,
    hi: ranged ? num(row[chart.series[2].column]) : null,
  }));
  // Keep the bars clear of every block; below the last one if the chart's place is taken.
  let place: Rect = { row: chart.row, col: chart.col, rows: points.length + 2, cols: 3 };
  if (layout.blocks.some((b) => overlaps(blockRect(b), place))) {
    const bottom = Math.max(...layout.blocks.map((b) => b.row + b.rows.length));
    place = { ...place, row: bottom + 1, col: 0 };
  }
  const r0 = place.row + 1;
  const c0 = place.col + 1;
  ws.getCell(r0, c0).value = chart.title;
  ws.getCell(r0, c0).font = { bold: true, size: 13 };
  ws.getCell(r0 + 1, c0).value = ranged ? RANGE_CHART_NOTE : CHART_NOTE;
  ws.getCell(r0 + 1, c0).font = { italic: true, color: { argb: "FF595959" } };
  points.forEach((p, i) => {
    const r = r0 + 2 + i;
    ws.getCell(r, c0).value = p.name === null || p.name === "" ? null : String(p.name);
    const bar = ws.getCell(r, c0 + 1);
    bar.value =
      p.v === null ? null : p.lo !== null && p.hi !== null ? rangeBar(p.lo, p.v, p.hi) : textBar(p.v);
    bar.font = { color: { argb: "FF2F6FB2" } };
    const cell = ws.getCell(r, c0 + 2);
    cell.value = p.v === null ? null : excelNumber(p.v);
    cell.numFmt = "0.0";
    cell.alignment = { horizontal: "left" };
  });
}

/**
 * ExcelJS leaves out of the file every column whose width is exactly its own default, 9 characters,
 * and Excel then draws it at 8.43: a hair more keeps the width the layout asks for.
 */
export function fileColumnWidth(w: number): number {
  return w === 9 ? 9.01 : w;
}

/** Renders the layouts (one sheet each, in order) into a new ExcelJS workbook. */
export function renderLayouts(ExcelJS: ExcelJSModule, layouts: readonly SheetLayout[]): Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Offer Evaluator";
  wb.created = new Date();
  const tableNames = new Set<string>();
  for (const layout of layouts) {
    // Printed (or converted to PDF), each sheet is one page wide: a report is read across, not in strips.
    const ws = wb.addWorksheet(layout.title, {
      pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    layout.columnWidths.forEach((w, j) => {
      if (w !== undefined) ws.getColumn(j + 1).width = fileColumnWidth(w);
    });
    let hasValues = false;
    const valueBlocks: Block[] = [];
    for (const b of layout.blocks) {
      if (renderBlock(ws, b, tableNames)) {
        hasValues = true;
        valueBlocks.push(b);
      }
    }
    if (hasValues) {
      if (layout.valueNote) {
        const cell = ws.getCell(layout.valueNote.row + 1, layout.valueNote.col + 1);
        cell.value = layout.valueNote.text;
        cell.font = { italic: true, color: { argb: "FF595959" } };
      }
      // The header cells carry the note too: it travels with the table if rows are moved.
      for (const b of valueBlocks) noteOnValueColumns(ws, b);
    }
    for (const n of layout.names) {
      const b = layout.blocks.find((x) => x.key === n.block);
      if (!b) continue;
      const rect: Rect = { row: b.row + n.row, col: b.col + n.col, rows: n.rows, cols: n.cols };
      const abs =
        `$${columnLetters(rect.col)}$${rect.row + 1}` +
        (rect.rows === 1 && rect.cols === 1
          ? ""
          : `:$${columnLetters(rect.col + rect.cols - 1)}$${rect.row + rect.rows}`);
      wb.definedNames.add(`${quoteSheetName(layout.title)}!${abs}`, n.name);
    }
    for (const chart of layout.charts) renderChart(ws, layout, chart);
  }
  return wb;
}

/** The .xlsx bytes of the layouts. */
export async function layoutsToXlsx(
  ExcelJS: ExcelJSModule,
  layouts: readonly SheetLayout[],
): Promise<Uint8Array> {
  const wb = renderLayouts(ExcelJS, layouts);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

/** Loads ExcelJS on demand (a separate chunk in the web build). */
export async function loadExcelJs(): Promise<ExcelJSModule> {
  const mod = (await import(/* webpackChunkName: "exceljs" */ "exceljs")) as ExcelJSModule & {
    default?: ExcelJSModule;
  };
  return mod.Workbook ? mod : (mod.default as ExcelJSModule);
}
