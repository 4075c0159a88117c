/** Formats for one block (styles, alignment, number formats, validation); never writes cell values. */
import {
  type Block,
  blockRect,
  cellA1,
  type ColumnFormat,
  type HorizontalAlign,
  type Rect,
  validationFormula,
} from "../layout";
import type { Batch } from "./batch";
import { footprintOf } from "./space";

/** Formats for one block: styles by kind, then per-column formats over its data rows. */
export async function formatBlock(
  b: Batch,
  sheet: Excel.Worksheet,
  block: Block,
  dataRect: Rect | null,
): Promise<void> {
  const r = blockRect(block);
  const range = sheet.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
  switch (block.style) {
    case "title":
      range.format.font.bold = true;
      range.format.font.size = 16;
      b.op(200);
      break;
    case "heading":
      range.format.font.bold = true;
      range.format.font.size = 12;
      b.op(200);
      break;
    case "note":
      range.format.font.italic = true;
      range.format.font.color = "#595959";
      b.op(200);
      if (block.mergeColumns && block.mergeColumns > 1) mergeWrapped(b, sheet, block);
      break;
    case "paragraph":
      mergeWrapped(b, sheet, block);
      break;
    case "keyValue":
      sheet.getRangeByIndexes(r.row, r.col, r.rows, 1).format.font.bold = true;
      b.op(150);
      break;
    case "grid":
      if (!block.table && block.headerRows > 0) {
        const h = sheet.getRangeByIndexes(r.row, r.col, block.headerRows, r.cols);
        h.format.font.bold = true;
        h.format.fill.color = "#DDEBF7";
        b.op(200);
      }
      break;
  }
  const headerRows = block.table ? 1 : block.headerRows;
  alignBlock(b, sheet, { row: r.row, col: r.col, rows: r.rows, cols: r.cols }, headerRows, block);
  if (!block.columns || !dataRect || dataRect.rows <= 0) return;
  for (let j = 0; j < block.columns.length; j++) {
    const f = block.columns[j];
    if (!f) continue;
    await formatColumn(
      b,
      sheet,
      { row: dataRect.row, col: dataRect.col + j, rows: dataRect.rows, cols: 1 },
      f,
      dataRect.row - r.row,
    );
  }
}

/** A paragraph or long note: each row merged across mergeColumns, wrapped, top-aligned, at its height. */
function mergeWrapped(b: Batch, sheet: Excel.Worksheet, block: Block): void {
  const r = footprintOf(block);
  if (block.mergeColumns && block.mergeColumns > 1) {
    sheet.getRangeByIndexes(r.row, r.col, r.rows, r.cols).merge(true);
  }
  const range = sheet.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
  range.format.wrapText = true;
  range.format.verticalAlignment = "Top";
  if (block.rowHeight) range.format.rowHeight = block.rowHeight;
  b.op(400);
}

/**
 * Block-wide alignment over `rect` (the block's cells, header rows first): every cell top-aligned
 * (verticalAlign), and header rows that wrap and grow (wrapHeader). One range format each.
 */
export function alignBlock(
  b: Batch,
  sheet: Excel.Worksheet,
  rect: Rect,
  headerRows: number,
  block: Block,
): void {
  if (block.verticalAlign === "top") {
    sheet.getRangeByIndexes(rect.row, rect.col, rect.rows, rect.cols).format.verticalAlignment = "Top";
    b.op();
  }
  if (block.wrapHeader && headerRows > 0) {
    const header = sheet.getRangeByIndexes(rect.row, rect.col, headerRows, rect.cols);
    header.format.wrapText = true;
    header.format.autofitRows();
    b.op(200);
  }
}

const H_ALIGN: Record<HorizontalAlign, "Left" | "Center" | "Right"> = {
  left: "Left",
  center: "Center",
  right: "Right",
};

/**
 * One column's formats over its data rows `rect`; the alignment also covers the `headerRows` above.
 * Number formats go out as one array for the column (split only by the request size limit).
 */
export async function formatColumn(
  b: Batch,
  sheet: Excel.Worksheet,
  rect: Rect,
  f: ColumnFormat,
  headerRows = 0,
): Promise<void> {
  const range = sheet.getRangeByIndexes(rect.row, rect.col, rect.rows, 1);
  if (f.align) {
    const top = Math.max(0, rect.row - headerRows);
    sheet.getRangeByIndexes(top, rect.col, rect.row + rect.rows - top, 1).format.horizontalAlignment =
      H_ALIGN[f.align];
    b.op();
  }
  if (f.numberFormat) {
    const fmt = f.numberFormat;
    await b.writeGrid(
      sheet,
      rect.row,
      rect.col,
      Array.from({ length: rect.rows }, () => [fmt]),
      "numberFormat",
    );
  }
  if (f.wrap) {
    range.format.wrapText = true;
    b.op();
  }
  if (f.validation) {
    const v = f.validation;
    range.dataValidation.clear();
    if (v.kind === "list") {
      range.dataValidation.rule = { list: { inCellDropDown: true, source: v.items.join(",") } };
    } else if (v.kind === "custom") {
      // Relative to the range's top-left cell; Excel shifts it for every other cell of the range.
      range.dataValidation.rule = {
        custom: { formula: validationFormula(v.formula, cellA1(rect.row, rect.col)) },
      };
    } else {
      const basic = { formula1: v.min, formula2: v.max, operator: "Between" as const };
      range.dataValidation.rule = v.kind === "whole" ? { wholeNumber: basic } : { decimal: basic };
    }
    if (v.prompt)
      range.dataValidation.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
    if (v.error)
      range.dataValidation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: v.error.title,
        message: v.error.message,
      };
    b.op(1200);
  }
  if (f.colorScale) {
    range.conditionalFormats.clearAll();
    const cf = range.conditionalFormats.add("ColorScale");
    cf.colorScale.criteria = {
      minimum: { type: "LowestValue", color: f.colorScale.low },
      midpoint: { formula: "50", type: "Percentile", color: f.colorScale.mid },
      maximum: { type: "HighestValue", color: f.colorScale.high },
    };
    b.op(600);
  }
}
