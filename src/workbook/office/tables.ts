/** Finds the add-in's tables (id, name on its sheet, position); never trusts a name on another sheet. */
import { parseA1, type Rect, type SheetLayout } from "../layout";
import type { Batch } from "./batch";
import { freeObjectName, type Inspection, type TableInfo } from "./inspect";
import type { OwnedTable } from "./registry";
import type { Target } from "./targets";

export interface TableLookup {
  candidates: TableInfo[];
  /** Found by the id the registry recorded: no position check needed. */
  sure: boolean;
  /** Where the block was last written (its header row's first cell is where our table starts). */
  footprint: Rect | null;
  ranges: Map<string, Excel.Range>;
}

/**
 * Queues the loads that find the add-in's table for a block on one of its sheets: the table with the
 * id the registry recorded; else the one with the recorded name; else (a table renamed before its id
 * was recorded) any table on the sheet that starts where the block was written. The person may
 * rename the add-in's tables: names are never trusted across sheets.
 */
export function lookupTable(
  b: Batch,
  ins: Inspection,
  sheetId: string,
  owned: OwnedTable | undefined,
  footprint: string | undefined,
): TableLookup {
  const onSheet = ins.tables.filter((t) => t.sheetId === sheetId);
  const fp = footprint ? parseA1(footprint) : null;
  let candidates: TableInfo[] = [];
  let sure = false;
  const byId = owned?.id !== undefined ? onSheet.find((t) => t.id === owned.id) : undefined;
  if (byId) {
    candidates = [byId];
    sure = true;
  } else {
    const byName = owned ? onSheet.find((t) => t.name.toLowerCase() === owned.name.toLowerCase()) : undefined;
    candidates = byName ? [byName] : fp ? onSheet : [];
  }
  const ranges = new Map<string, Excel.Range>();
  for (const c of candidates) {
    ranges.set(c.id, b.ctx.workbook.tables.getItem(c.id).getRange().load("address"));
    b.op(150);
  }
  return { candidates, sure, footprint: fp, ranges };
}

/** After the prepare sync: the add-in's table, if it is still there. */
export function pickTable(l: TableLookup): TableInfo | undefined {
  if (l.sure) return l.candidates[0];
  if (!l.footprint) return undefined;
  const fp = l.footprint;
  return l.candidates.find((c) => {
    const r = parseA1(l.ranges.get(c.id)?.address ?? "");
    return r !== null && r.row === fp.row && r.col === fp.col;
  });
}

export interface TableState {
  /** The existing table (ours) to update, if any. */
  existing: Excel.Table | null;
  name: string;
  id?: string;
}

/** Resolves, for each table block, our existing table on the target sheet or a free name for a new one. */
export function resolveTables(layout: SheetLayout, t: Target, taken: Set<string>): Map<string, TableState> {
  const out = new Map<string, TableState>();
  for (const block of layout.blocks) {
    if (!block.table) continue;
    const lookup = t.lookups.get(block.key);
    const found = lookup ? pickTable(lookup) : undefined;
    // Ours (by id, or by the name we gave it on our sheet) where an earlier layout put it: Excel
    // cannot move a table's header row, so it is made again in its new place, under its name.
    const registered = t.owned?.tables[block.key]?.name.toLowerCase();
    const ours = found ?? lookup?.candidates.find((c) => c.name.toLowerCase() === registered);
    const at = ours ? parseA1(lookup?.ranges.get(ours.id)?.address ?? "") : null;
    if (ours && at && !block.createOnly && (at.row !== block.row || at.col !== block.col)) {
      t.proxy.tables.getItem(ours.id).delete();
      out.set(block.key, { existing: null, name: ours.name });
    } else if (found) {
      out.set(block.key, { existing: t.proxy.tables.getItem(found.id), name: found.name, id: found.id });
    } else {
      const name = freeObjectName(block.table.name, taken);
      taken.add(name.toLowerCase());
      out.set(block.key, { existing: null, name });
    }
  }
  return out;
}

export interface OffersData {
  header: Excel.Range;
  body: Excel.Range;
}

/** Queues the header and body loads of each candidate for the Offers table (values too when reading offers). */
export function loadOffersData(
  b: Batch,
  lookup: TableLookup | undefined,
  withValues: boolean,
  extra: readonly TableInfo[] = [],
): Map<string, OffersData> {
  const out = new Map<string, OffersData>();
  for (const c of [...(lookup?.candidates ?? []), ...extra]) {
    if (out.has(c.id)) continue;
    const table = b.ctx.workbook.tables.getItem(c.id);
    out.set(c.id, {
      header: table.getHeaderRowRange().load("values"),
      body: table.getDataBodyRange().load(withValues ? "values,formulas,address" : "formulas,address"),
    });
    b.op(300);
  }
  return out;
}
