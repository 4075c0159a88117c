/** Every button's first look (registry, sheets, tables, names) and free names; it never writes. */
import type { SheetKey } from "../layout";
import { Batch } from "./batch";
import { parseRegistry, type Registry } from "./registry";
import { DEFAULT_MAX_REQUEST_BYTES, REGISTRY_KEY, type WriterOptions } from "./types";

export interface TableInfo {
  name: string;
  id: string;
  /** The id of the sheet the table is on. */
  sheetId: string;
}

export interface Inspection {
  registry: Registry;
  sheets: { name: string; id: string }[];
  tables: TableInfo[];
  names: { name: string; formula: string }[];
}

interface InspectionLoad {
  reg: Excel.Setting;
  sheets: Excel.WorksheetCollection;
  tables: Excel.TableCollection;
  names: Excel.NamedItemCollection;
}

/** Queues the inspect loads (round trip 1). */
function inspect(b: Batch): InspectionLoad {
  const wb = b.ctx.workbook;
  const loaded: InspectionLoad = {
    reg: wb.settings.getItemOrNullObject(REGISTRY_KEY).load("value"),
    sheets: wb.worksheets.load("items/name,items/id"),
    tables: wb.tables.load("items/name,items/id,items/worksheet/id"),
    names: wb.names.load("items/name,items/formula"),
  };
  b.op(600);
  return loaded;
}

/**
 * Every button's first round trip: what the add-in owns (its registry), the sheets, tables and
 * names, read in one sync. Returns the batch to queue the rest on, and the sheet names taken so far.
 */
export async function firstLook(
  ctx: Excel.RequestContext,
  opts: WriterOptions,
): Promise<{ b: Batch; ins: Inspection; notes: string[]; taken: string[] }> {
  const b = new Batch(ctx, opts.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES);
  const read = inspect(b);
  await b.sync();
  const ins = inspected(read);
  return { b, ins, notes: [], taken: ins.sheets.map((s) => s.name) };
}

/** Reads what inspect loaded, after its sync. */
function inspected(l: InspectionLoad): Inspection {
  return {
    registry: l.reg.isNullObject ? parseRegistry(null) : parseRegistry(l.reg.value),
    sheets: l.sheets.items.map((s) => ({ name: s.name, id: s.id })),
    tables: l.tables.items.map((t) => ({ name: t.name, id: t.id, sheetId: t.worksheet.id })),
    names: l.names.items.map((n) => ({ name: n.name, formula: String(n.formula) })),
  };
}

/** The first of "Base", "Base (2)", "Base (3)"... that no sheet uses (case-insensitive, <= 31 chars). */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** The first of "Name", "Name2", "Name3"... free among tables and defined names (one namespace in Excel). */
export function freeObjectName(base: string, taken: Set<string>): string {
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}${i}`.toLowerCase())) return `${base}${i}`;
}

export function takenObjectNames(ins: Inspection): Set<string> {
  // Every table and name counts, ours included (a renamed table of ours keeps its new name).
  return new Set([
    ...ins.tables.map((t) => t.name.toLowerCase()),
    ...ins.names.map((n) => n.name.toLowerCase()),
  ]);
}

/** The add-in's sheet for a key: the sheet with the id the registry recorded (never a name match). */
export function findOurSheet(ins: Inspection, key: SheetKey): { name: string; id: string } | null {
  const owned = ins.registry.sheets[key];
  if (!owned) return null;
  return ins.sheets.find((s) => s.id === owned.id) ?? null;
}
