/** Renders a layout on the add-in's sheet; never touches cells outside its blocks or the person's rows. */
import {
  a1,
  type Block,
  blockRect,
  columnWidthPoints,
  parseA1,
  type Rect,
  type SheetLayout,
  subtractRects,
} from "../layout";
import type { resolveRole } from "../inputs";
import { isAddinFormula, OFFER_FORMULA_COLUMNS, offerFormulas } from "../sheets";
import { type Batch, gridOf } from "./batch";
import { alignBlock, formatBlock, formatColumn } from "./format";
import type { OwnedSheet } from "./registry";
import { footprintOf } from "./space";
import type { TableState } from "./tables";
import { currentFormula, namesOnly, type OfferColumns } from "./columns";
import type { Target } from "./targets";

export interface RenderOptions {
  /** For createOnly tables that exist: how to refresh the person's table. */
  readonly offersRefresh?: OffersRefresh;
}

export interface OffersRefresh {
  /** The table's header as it is now. */
  header: unknown[];
  /** Which of its columns is which of the add-in's (the person may have renamed them). */
  columns: OfferColumns;
  bodyFormulas: unknown[][];
  bodyAddress: string;
  role: ReturnType<typeof resolveRole>["role"];
  weightsName: string;
}

/**
 * Queues the writes that render `layout` on target sheet `t`. Returns the sheet's new registry entry.
 */
export async function renderLayout(
  b: Batch,
  t: Target,
  layout: SheetLayout,
  tables: Map<string, TableState>,
  opts: RenderOptions,
  notes: string[],
): Promise<OwnedSheet> {
  const sheet = t.proxy;
  const prior = t.owned;
  const owned: OwnedSheet = { id: t.id, blocks: {}, tables: {}, charts: [] };

  // New footprints. An existing person-owned table keeps its own footprint.
  const keepBlock = (block: Block): boolean => !!block.createOnly && !!tables.get(block.key)?.existing;
  const newRects: Rect[] = [];
  for (const block of layout.blocks) {
    if (keepBlock(block)) {
      const old = prior?.blocks[block.key];
      const oldRect = old ? parseA1(old) : null;
      if (oldRect) newRects.push(oldRect);
      if (opts.offersRefresh) {
        const body = parseA1(opts.offersRefresh.bodyAddress);
        if (body) newRects.push({ row: body.row - 1, col: body.col, rows: body.rows + 1, cols: body.cols });
      }
      if (old) owned.blocks[block.key] = old;
      continue;
    }
    newRects.push(footprintOf(block));
  }

  // 1. Existing tables of ours take their new size first (same header row, so it overlaps).
  for (const block of layout.blocks) {
    const ts = tables.get(block.key);
    if (!block.table || !ts?.existing || keepBlock(block)) continue;
    ts.existing.resize(
      sheet.getRangeByIndexes(block.row, block.col, block.rows.length, block.rows[0].length),
    );
    b.op(200);
  }

  // 2. Clear what our previous blocks covered and the new layout does not (unmerging first).
  if (prior) {
    for (const [key, addr] of Object.entries(prior.blocks)) {
      const block = layout.blocks.find((x) => x.key === key);
      if (block && keepBlock(block)) continue;
      const old = parseA1(addr);
      if (!old) continue;
      for (const piece of subtractRects(old, newRects)) {
        const range = sheet.getRangeByIndexes(piece.row, piece.col, piece.rows, piece.cols);
        range.unmerge();
        range.clear("All");
        b.op(200);
      }
    }
    for (const name of prior.charts) {
      const existing = t.chartsOnSheet?.items.find((c) => c.name === name);
      if (existing) {
        existing.delete();
        b.op(100);
      }
    }
  }

  // 3. Blocks.
  for (const block of layout.blocks) {
    const r = blockRect(block);
    const ts = tables.get(block.key);
    if (keepBlock(block) && ts?.existing && opts.offersRefresh) {
      const dataRect = await refreshOffersTable(b, sheet, opts.offersRefresh, notes);
      owned.tables[block.key] = ts.id ? { name: ts.name, id: ts.id } : { name: ts.name };
      if (dataRect) {
        owned.blocks[block.key] = a1({
          row: dataRect.row - 1,
          col: dataRect.col,
          rows: dataRect.rows + 1,
          cols: dataRect.cols,
        });
        // The person may have moved or renamed columns: find each formatted column by its header.
        const header = opts.offersRefresh.columns.canonicalHeader.map((h) =>
          typeof h === "string" ? h.trim().toLowerCase() : "",
        );
        alignBlock(
          b,
          sheet,
          { row: dataRect.row - 1, col: dataRect.col, rows: dataRect.rows + 1, cols: dataRect.cols },
          1,
          block,
        );
        for (let j = 0; j < (block.columns?.length ?? 0); j++) {
          const f = block.columns?.[j];
          const name = block.rows[0][j];
          const idx = typeof name === "string" ? header.indexOf(name.toLowerCase()) : -1;
          if (!f || idx < 0) continue;
          await formatColumn(
            b,
            sheet,
            { row: dataRect.row, col: dataRect.col + idx, rows: dataRect.rows, cols: 1 },
            f,
            1,
          );
        }
      }
      continue;
    }
    if (block.table && ts) {
      if (ts.existing) {
        await b.writeGrid(sheet, r.row, r.col, gridOf(block.rows));
        if (ts.existing && ts.name !== undefined) {
          ts.existing.style = block.table.style;
          b.op();
        }
        owned.tables[block.key] = ts.id ? { name: ts.name, id: ts.id } : { name: ts.name };
      } else {
        // Header first, then the table over the whole block, then the body (its formulas may use
        // structured references, which only work inside the table).
        await b.writeGrid(sheet, r.row, r.col, gridOf(block.rows.slice(0, 1)));
        const table = sheet.tables.add(sheet.getRangeByIndexes(r.row, r.col, r.rows, r.cols), true);
        table.name = ts.name;
        table.style = block.table.style;
        b.op(300);
        await b.writeGrid(sheet, r.row + 1, r.col, gridOf(block.rows.slice(1)));
        owned.tables[block.key] = { name: ts.name };
      }
    } else {
      await b.writeGrid(sheet, r.row, r.col, gridOf(block.rows));
    }
    owned.blocks[block.key] = a1(footprintOf(block));
    const headerRows = block.table ? 1 : block.headerRows;
    await formatBlock(b, sheet, block, {
      row: r.row + headerRows,
      col: r.col,
      rows: r.rows - headerRows,
      cols: r.cols,
    });
  }

  // 4. Column widths only on a sheet we just made: the person's later adjustments stay.
  if (t.isNew) {
    layout.columnWidths.forEach((w, col) => {
      if (w === undefined) return;
      sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = columnWidthPoints(w);
      b.op(100);
    });
  }

  // 5. Charts.
  for (const spec of layout.charts) {
    const block = layout.blocks.find((x) => x.key === spec.block);
    if (!block) continue;
    const first = block.row + 1;
    const firstCol = spec.series[0]?.column ?? 0;
    // One source range over the series' adjacent columns: "Columns" gives one series per column.
    const values = sheet.getRangeByIndexes(first, block.col + firstCol, spec.points, spec.series.length);
    const cats = sheet.getRangeByIndexes(first, block.col + spec.categoryColumn, spec.points, 1);
    const chart = sheet.charts.add("BarClustered", values, "Columns");
    chart.name = spec.name;
    chart.title.text = spec.title;
    chart.legend.visible = spec.series.length > 1;
    spec.series.forEach((s, i) => {
      const series = chart.series.getItemAt(i);
      series.name = s.name;
      series.setXAxisValues(cats);
    });
    chart.setPosition(
      sheet.getRangeByIndexes(spec.row, spec.col, 1, 1),
      sheet.getRangeByIndexes(spec.row + spec.rowSpan - 1, spec.col + spec.colSpan - 1, 1, 1),
    );
    owned.charts.push(spec.name);
    b.op(800);
  }
  return owned;
}

/**
 * Refreshes the person's Offers table in place: in Scope, Score and Rank, only cells that are blank
 * or still hold the add-in's own formula get the current formula (a person's own rating stays).
 * Returns the table's data body rectangle.
 */
export async function refreshOffersTable(
  b: Batch,
  sheet: Excel.Worksheet,
  r: OffersRefresh,
  notes: string[],
): Promise<Rect | null> {
  const body = parseA1(r.bodyAddress);
  if (!body) return null;
  const f = offerFormulas(r.role, r.weightsName);
  const headerIndex = (name: string): number =>
    r.columns.canonicalHeader.findIndex(
      (h) => typeof h === "string" && h.trim().toLowerCase() === name.toLowerCase(),
    );
  let refreshed = 0;
  for (const spec of OFFER_FORMULA_COLUMNS) {
    const j = headerIndex(spec.column);
    if (j < 0) {
      notes.push(
        `The Offers table has no "${spec.column}" column any more, so its formulas were not refreshed.`,
      );
      continue;
    }
    const missing = spec.needs.filter((c) => headerIndex(c) < 0);
    if (missing.length > 0) {
      notes.push(
        `The Offers table has no ${missing.map((c) => `"${c}"`).join(", ")} column any more, so its ${spec.column} formulas were not refreshed.`,
      );
      continue;
    }
    // Built on the columns' names as they are now; a formula naming a missing column is never sent.
    const formula = currentFormula(f[spec.key], r.columns);
    if (!namesOnly(formula, r.header)) {
      notes.push(
        `The Offers table's ${spec.column} formulas were not refreshed: a column they need was not found.`,
      );
      continue;
    }
    let start = -1;
    const flush = async (end: number): Promise<void> => {
      if (start < 0) return;
      await b.writeGrid(
        sheet,
        body.row + start,
        body.col + j,
        Array.from({ length: end - start }, () => [formula]),
      );
      refreshed += end - start;
      start = -1;
    };
    for (let i = 0; i < r.bodyFormulas.length; i++) {
      const cur = r.bodyFormulas[i][j];
      const ours = cur === "" || cur === null || isAddinFormula(spec.column, cur);
      if (ours && cur !== formula) {
        if (start < 0) start = i;
      } else {
        await flush(i);
      }
    }
    await flush(r.bodyFormulas.length);
  }
  if (refreshed > 0)
    notes.push(
      `Refreshed the add-in's formulas in ${refreshed} cell${refreshed === 1 ? "" : "s"} of the Offers table.`,
    );
  return body;
}
