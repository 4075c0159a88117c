/** The ownership registry (the add-in's sheets, blocks, tables, charts); malformed reads as none. */
import { parseA1, type SheetKey } from "../layout";
import { type Batch, jsonBytes } from "./batch";
import { REGISTRY_KEY } from "./types";

export interface OwnedTable {
  name: string;
  id?: string;
}
export interface OwnedSheet {
  id: string;
  /** Block key -> A1 footprint last written. */
  blocks: Record<string, string>;
  /** Block key -> table. */
  tables: Record<string, OwnedTable>;
  charts: string[];
}
export interface Registry {
  version: 1;
  sheets: Partial<Record<SheetKey, OwnedSheet>>;
  /** The defined name the add-in created for the weights. */
  weightsName?: string;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Reads the registry setting; anything malformed counts as "nothing is ours" (never a crash). */
export function parseRegistry(raw: unknown): Registry {
  const empty: Registry = { version: 1, sheets: {} };
  let v: unknown = raw;
  if (typeof raw === "string") {
    try {
      v = JSON.parse(raw);
    } catch {
      return empty;
    }
  }
  if (!isRecord(v) || v.version !== 1 || !isRecord(v.sheets)) return empty;
  const out: Registry = { version: 1, sheets: {} };
  for (const key of ["offers", "assumptions", "recommendation", "roadmap"] as const) {
    const s = v.sheets[key];
    if (!isRecord(s) || typeof s.id !== "string") continue;
    const blocks: Record<string, string> = {};
    if (isRecord(s.blocks))
      for (const [k, a] of Object.entries(s.blocks)) if (typeof a === "string" && parseA1(a)) blocks[k] = a;
    const tables: Record<string, OwnedTable> = {};
    if (isRecord(s.tables)) {
      for (const [k, t] of Object.entries(s.tables)) {
        if (isRecord(t) && typeof t.name === "string")
          tables[k] = typeof t.id === "string" ? { name: t.name, id: t.id } : { name: t.name };
      }
    }
    const charts = Array.isArray(s.charts) ? s.charts.filter((c): c is string => typeof c === "string") : [];
    out.sheets[key] = { id: s.id, blocks, tables, charts };
  }
  if (typeof v.weightsName === "string") out.weightsName = v.weightsName;
  return out;
}

/** Queues the new registry for the button's last sync. */
export function saveRegistry(b: Batch, reg: Registry): void {
  b.ctx.workbook.settings.add(REGISTRY_KEY, JSON.stringify(reg));
  b.op(jsonBytes(JSON.stringify(reg)) + 100);
}
