/** Where each sheet key is written: the add-in's sheet (by id) or a new one; never a person's sheet. */
import type { SheetKey } from "../layout";
import { SHEET_TITLES } from "../sheets";
import type { Batch } from "./batch";
import { findOurSheet, freeSheetName, type Inspection } from "./inspect";
import type { OwnedSheet } from "./registry";
import type { SpaceCheck } from "./space";
import { lookupTable, type TableLookup } from "./tables";

/** Where a sheet key is written: our existing sheet (found by id), or a new sheet with a free name. */
export interface Target {
  key: SheetKey;
  proxy: Excel.Worksheet;
  name: string;
  isNew: boolean;
  owned: OwnedSheet | undefined;
  /** Set after the prepare sync for new sheets. */
  id: string;
  chartsOnSheet?: Excel.ChartCollection;
  /** Our existing tables on the sheet, by block key (existing sheets; loaded in the prepare sync). */
  lookups: Map<string, TableLookup>;
  /** What the person has in the cells the new blocks may cover (existing sheets). */
  checks: SpaceCheck[];
}

/** Queues what the prepare sync needs for a target: our sheet's tables and charts, or a new sheet. */
export function prepareTarget(
  b: Batch,
  ins: Inspection,
  key: SheetKey,
  taken: string[],
  notes: string[],
): Target {
  const wb = b.ctx.workbook;
  const ours = findOurSheet(ins, key);
  const owned = ins.registry.sheets[key];
  if (ours && owned) {
    const proxy = wb.worksheets.getItem(ours.id);
    const chartsOnSheet = wb.worksheets.getItem(ours.id).charts.load("items/name");
    b.op(200);
    const lookups = new Map<string, TableLookup>();
    for (const [blockKey, table] of Object.entries(owned.tables))
      lookups.set(blockKey, lookupTable(b, ins, ours.id, table, owned.blocks[blockKey]));
    return {
      key,
      proxy,
      name: ours.name,
      isNew: false,
      owned,
      id: ours.id,
      chartsOnSheet,
      lookups,
      checks: [],
    };
  }
  const title = SHEET_TITLES[key];
  const name = freeSheetName(title, taken);
  taken.push(name);
  if (name !== title) {
    notes.push(
      `A sheet named "${title}" already exists and was not made by Offer Evaluator, so it was left untouched and this was written to "${name}".`,
    );
  }
  const proxy = wb.worksheets.add(name);
  proxy.load("id");
  b.op(200);
  return { key, proxy, name, isNew: true, owned: undefined, id: "", lookups: new Map(), checks: [] };
}

export function finishTarget(t: Target): void {
  if (t.isNew) t.id = t.proxy.id;
}
