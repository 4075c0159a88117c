/** Checks that the blocks never cover the person's cells, and the stop message; it never writes cells. */
import {
  a1,
  type Block,
  blockRect,
  cellA1,
  parseA1,
  quoteSheetName,
  type Rect,
  type SheetLayout,
  subtractRects,
} from "../layout";
import type { Batch } from "./batch";
import type { OwnedSheet } from "./registry";
import type { Target } from "./targets";
import type { WriteResult } from "./types";

/** The cells a block occupies: its rectangle, widened to its merge width for merged paragraphs. */
export function footprintOf(block: Block): Rect {
  const r = blockRect(block);
  return block.mergeColumns && block.mergeColumns > r.cols ? { ...r, cols: block.mergeColumns } : r;
}

const SHEET_ROWS = 1_048_576;

export interface SpaceCheck {
  /** Cells a block may newly cover (not the add-in's before). */
  piece: Rect;
  /** A bounded piece: its cells' formulas and number formats, read directly. */
  cells?: Excel.Range;
  /**
   * A piece down to the sheet's end (a table that may grow): the cells holding constants and the
   * cells holding formulas (Range.getSpecialCellsOrNullObject, ExcelApi 1.9), exact cell areas.
   */
  special?: Excel.RangeAreas[];
}

/** Can a block of the layout grow downward (a table with no other block below it)? */
function growsDown(layout: SheetLayout, block: Block): boolean {
  if (!block.table) return false;
  const r = blockRect(block);
  return !layout.blocks.some(
    (o) => o !== block && o.row > block.row && o.col < r.col + r.cols && r.col < o.col + blockRect(o).cols,
  );
}

export function priorRects(owned: OwnedSheet | undefined): Rect[] {
  if (!owned) return [];
  return Object.values(owned.blocks)
    .map((a) => parseA1(a))
    .filter((r): r is Rect => r !== null);
}

/**
 * Queues, in the prepare sync, a look at what the person has where the layout's blocks may go and the
 * add-in has not written before: the block's cells, or for a table that may grow, its columns down to
 * the end of the sheet.
 *
 * Range.getUsedRangeOrNullObject is NOT used for this: Excel returns the worksheet's used range
 * intersected with the range, so any empty cells inside the sheet's used area (say, rows our ranking
 * grows into, above a note the person keeps further down) would look used. Bounded pieces load their
 * cells' formulas and number formats; the strips down to the sheet's end (too big to load) ask Excel
 * for the cells holding constants and formulas, which come back as exact areas.
 */
export function queueSpaceChecks(b: Batch, t: Target, provisional: SheetLayout): void {
  if (t.isNew) return;
  const prior = priorRects(t.owned);
  for (const block of provisional.blocks) {
    const r = footprintOf(block);
    const strip = growsDown(provisional, block);
    const area = strip ? { ...r, rows: SHEET_ROWS - r.row } : r;
    for (const piece of subtractRects(area, prior)) {
      const range = t.proxy.getRangeByIndexes(piece.row, piece.col, piece.rows, piece.cols);
      if (strip && piece.rows * piece.cols > MAX_CHECK_CELLS) {
        t.checks.push({
          piece,
          special: [
            range.getSpecialCellsOrNullObject("Constants").load("address"),
            range.getSpecialCellsOrNullObject("Formulas").load("address"),
          ],
        });
        b.op(400);
      } else {
        t.checks.push({ piece, cells: range.load("formulas,numberFormat") });
        b.op(200);
      }
    }
  }
}

/** Bounded pieces up to this many cells are read cell by cell; bigger strips use special cells. */
const MAX_CHECK_CELLS = 20_000;

/** The areas of a RangeAreas address ("Sheet1!A1:B4, 'My sheet'!D1:D4"); each area follows a "!". */
export function parseAreas(address: string): Rect[] {
  const out: Rect[] = [];
  for (const m of address.matchAll(/!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?=\s*,|\s*$)/gi)) {
    const r = parseA1(m[1]);
    if (r) out.push(r);
  }
  return out;
}

/** After the prepare sync: the cells (or areas) of the checked pieces that hold the person's content. */
function contentRects(t: Target): Rect[] {
  const out: Rect[] = [];
  for (const c of t.checks) {
    if (c.cells) {
      const { formulas, numberFormat } = c.cells;
      formulas.forEach((row, i) =>
        row.forEach((f, j) => {
          const nf = numberFormat[i]?.[j];
          const used = (f !== "" && f !== null) || (typeof nf === "string" && nf !== "General");
          if (used) out.push({ row: c.piece.row + i, col: c.piece.col + j, rows: 1, cols: 1 });
        }),
      );
    }
    for (const ra of c.special ?? []) if (!ra.isNullObject) out.push(...parseAreas(ra.address));
  }
  return out;
}

function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rows = Math.min(a.row + a.rows, b.row + b.rows) - row;
  const cols = Math.min(a.col + a.cols, b.col + b.cols) - col;
  return rows > 0 && cols > 0 ? { row, col, rows, cols } : null;
}

/** After the prepare sync: the areas where the final layout would cover the person's content. */
function spaceConflicts(t: Target, layout: SheetLayout, keep: (block: Block) => boolean): Rect[] {
  if (t.isNew) return [];
  const prior = priorRects(t.owned);
  const used = contentRects(t);
  const out: Rect[] = [];
  for (const block of layout.blocks) {
    if (keep(block)) continue;
    for (const piece of subtractRects(footprintOf(block), prior)) {
      for (const u of used) {
        const x = intersect(piece, u);
        if (
          x &&
          !out.some((o) => o.row === x.row && o.col === x.col && o.rows === x.rows && o.cols === x.cols)
        )
          out.push(x);
        // Enough to name (the message shows at most 20 cells); keeps the third request small.
        if (out.length >= 20) return out;
      }
    }
  }
  return out;
}

interface Blocker {
  t: Target;
  area: Rect;
  range: Excel.Range;
}

/** Queues (third sync) a read of the conflicting cells, to name them. */
function queueBlockers(b: Batch, t: Target, areas: Rect[]): Blocker[] {
  return areas.map((area) => {
    const capped = { ...area, rows: Math.min(area.rows, 50) };
    b.op(200);
    return {
      t,
      area: capped,
      range: t.proxy
        .getRangeByIndexes(capped.row, capped.col, capped.rows, capped.cols)
        .load("formulas,numberFormat"),
    };
  });
}

/** The message for a button that stopped: which cells, and what to do. */
function blockedResult(b: Batch, sheetName: string, blockers: Blocker[]): WriteResult {
  const cells: { at: string; what: string }[] = [];
  for (const x of blockers) {
    const prefix = `${quoteSheetName(x.t.name)}!`;
    let found = false;
    x.range.formulas.forEach((row, i) =>
      row.forEach((f, j) => {
        const nf = x.range.numberFormat[i]?.[j];
        const what =
          typeof f === "string" && f.startsWith("=")
            ? "your formula"
            : typeof f === "string" && f !== ""
              ? "your text"
              : typeof f === "number" || typeof f === "boolean"
                ? "your value"
                : nf !== undefined && nf !== "General"
                  ? "your number format"
                  : "";
        if (what) {
          found = true;
          cells.push({ at: prefix + cellA1(x.area.row + i, x.area.col + j), what });
        }
      }),
    );
    if (!found) cells.push({ at: prefix + a1(x.area), what: "your formatting" });
  }
  const shown = cells.slice(0, 3);
  const more = cells.length - shown.length;
  const list =
    shown.length === 1 && more === 0
      ? `${shown[0].at} has ${shown[0].what}; move it or delete it, then try again.`
      : `${shown.map((c) => `${c.at} (${c.what.replace(/^your /, "")})`).join(", ")}${more > 0 ? ` and ${more} more cell${more === 1 ? "" : "s"}` : ""} hold your content; move them or delete them, then try again.`;
  const message = `Nothing was written: the add-in's tables need cells where you have typed. ${list}`;
  return {
    sheetName,
    message,
    syncs: b.syncs,
    requestBytes: b.sent,
    warnings: [],
    blocked: cells.slice(0, 20).map((c) => c.at),
  };
}

/**
 * After the prepare sync: if any target's new blocks would cover the person's cells, reads those cells
 * (third sync), removes the sheets this run created (still empty) and returns the stop result.
 */
export async function stopIfBlocked(
  b: Batch,
  targets: { t: Target; layout: SheetLayout; keep: (block: Block) => boolean }[],
): Promise<WriteResult | null> {
  const blockers: Blocker[] = [];
  for (const x of targets) blockers.push(...queueBlockers(b, x.t, spaceConflicts(x.t, x.layout, x.keep)));
  if (blockers.length === 0) return null;
  for (const x of targets) {
    if (x.t.isNew) {
      x.t.proxy.delete();
      b.op(100);
    }
  }
  await b.sync();
  return blockedResult(b, blockers[0].t.name, blockers);
}
