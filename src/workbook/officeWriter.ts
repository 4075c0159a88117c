/**
 * Renders sheet layouts into the open workbook through the Excel JavaScript API.
 *
 * How it writes (issue 4):
 *  - One Excel.run per button, at most three round trips in the normal case:
 *      1. inspect: the ownership registry, sheet names and ids, table names and ids, defined names;
 *      2. prepare: create missing sheets (and load their ids), read what the button needs
 *         (the Offers table, the roadmap's Done ticks, our sheets' tables and charts);
 *      3. write: everything, with screen updating suspended (not calculation: see Batch.suspend),
 *         plus the new registry.
 *    Values go as whole 2-D arrays, formats per column. A write whose JSON payload would pass
 *    maxRequestBytes (default 4 MB; Excel on the web refuses requests over 5 MB) is split into row
 *    chunks, and the batch is flushed between chunks only when the request would otherwise pass the
 *    limit: the hard 5 MB limit wins over the three-sync goal, which normal sizes never reach.
 *  - Ownership: a workbook setting (REGISTRY_KEY, per add-in, invisible to other add-ins) maps each
 *    sheet key to the sheet's id (stable across renames), the footprint of every block written there,
 *    the add-in's table names/ids and chart names. A sheet is the add-in's only if its id is in the
 *    registry: a copy of the sheet gets a new id and is the person's. A sheet with the wanted name
 *    that is not ours is left alone and the add-in writes to "Name (2)" and says so.
 *  - Before writing (checked in the prepare sync), the cells the new blocks would cover that were
 *    not the add-in's before must be empty: otherwise the button writes nothing and returns a
 *    result with `blocked` naming the person's cells (see README "The person's cells are never covered").
 *  - The add-in's tables are found by recorded id, then recorded name on its sheet, then position:
 *    the person may rename them.
 *  - Re-running updates in place: existing tables are resized (ExcelApi 1.13), cells of the add-in's
 *    previous blocks that the new layout does not cover are cleared, nothing else on the sheet is
 *    touched. The Offers table's data rows belong to the person and are never rewritten; only cells
 *    that still hold the add-in's own formula (or are blank) in Scope, Score and Rank are refreshed.
 *  - Text from cells is always written as text: every non-empty string is sent with a leading
 *    apostrophe (Excel's quote prefix), so "=HYPERLINK(...)", "+cmd", "-1+2", "@SUM(A1)", dates-like
 *    "1-3" or "TRUE" land as the literal string. (A text number format "@" would also work but would
 *    turn the person's later formulas in those cells into text, and breaks formula columns.)
 */
import { type Weights } from "../scoring";
import {
  a1,
  type Block,
  cellA1,
  blockRect,
  type Cell,
  type ColumnFormat,
  columnWidthPoints,
  type HorizontalAlign,
  isFormulaCell,
  parseA1,
  quoteSheetName,
  type Rect,
  type SheetKey,
  type SheetLayout,
  subtractRects,
} from "./layout";
import { type OfferInput, type PlanInput, readOffersTable } from "./inputs";
import {
  buildAssumptionsLayout,
  buildOffersLayout,
  buildRecommendationLayout,
  buildRoadmapLayout,
  isAddinFormula,
  OFFER_FORMULA_COLUMNS,
  offerFormulas,
  ROADMAP_HEADERS,
  SHEET_TITLES,
  TABLE_NAMES,
  WEIGHTS_BLOCK,
  WEIGHTS_NAME,
} from "./sheets";
import { resolveRole } from "./inputs";

/* ---------- public types ---------- */

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface WriterOptions {
  /** Defaults to the global Excel.run. Tests pass the fake's. */
  readonly run?: ExcelRun;
  /** Split writes so that no request passes this many bytes (JSON estimate). Default 4,000,000. */
  readonly maxRequestBytes?: number;
}

export interface WriteResult {
  /** The sheet the button wrote (its current name). */
  readonly sheetName: string;
  /** A plain-words result for the taskpane's live region. */
  readonly message: string;
  /** context.sync round trips used. */
  readonly syncs: number;
  /** Estimated request size of each round trip, bytes. */
  readonly requestBytes: readonly number[];
  /** Things the person should know (rows left out, columns missing, sheets renamed). */
  readonly warnings: readonly string[];
  /**
   * Set when the button stopped without writing anything because the add-in's blocks would have
   * covered cells that hold the person's content: those cells ("Recommendation!A40", at most 20).
   * `message` then says which cells and what to do.
   */
  readonly blocked?: readonly string[];
}

export const REGISTRY_KEY = "OfferEvaluator.sheets";
export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;

/* ---------- the ownership registry ---------- */

interface OwnedTable {
  name: string;
  id?: string;
}
interface OwnedSheet {
  id: string;
  /** Block key -> A1 footprint last written. */
  blocks: Record<string, string>;
  /** Block key -> table. */
  tables: Record<string, OwnedTable>;
  charts: string[];
}
interface Registry {
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

/* ---------- converting layout cells to what Excel takes ---------- */

type ExcelInput = string | number | boolean;

/** A layout cell as Excel input: strings get the quote prefix so they always land as text. */
export function toExcelInput(c: Cell): ExcelInput {
  if (c === null) return "";
  if (isFormulaCell(c)) return c.formula;
  if (typeof c === "string") return c === "" ? "" : "'" + c;
  if (typeof c === "number") return Number.isFinite(c) ? c : "";
  return c;
}

/* ---------- a batch that counts syncs and keeps requests under the limit ---------- */

class Batch {
  syncs = 0;
  pending = 0;
  readonly sent: number[] = [];
  private suspended = false;
  /** After a mid-batch flush, suspend again before the next write (never left queued at the end). */
  private resuspend = false;
  constructor(
    readonly ctx: Excel.RequestContext,
    readonly limit: number,
  ) {}

  op(bytes = 120): void {
    this.pending += bytes;
  }

  async sync(): Promise<void> {
    await this.ctx.sync();
    this.syncs++;
    this.sent.push(this.pending);
    this.pending = 0;
    this.resuspend = this.suspended;
  }

  /**
   * Suspends screen updating for the next sync (and again after any extra sync).
   * Calculation is deliberately NOT suspended: after suspendApiCalculationUntilNextSync "it is the
   * developer's responsibility to re-calc the workbook, to ensure that any dependencies are
   * propagated" (Excel.Application reference), so the new Score/Rank formulas and the weights that
   * feed them could show stale results. Our writes are a few hundred cells.
   */
  suspend(): void {
    this.suspended = true;
    this.suspendNow();
  }

  private suspendNow(): void {
    this.ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
    this.op(100);
  }

  private async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.limit) await this.sync();
    if (this.resuspend) {
      this.resuspend = false;
      this.suspendNow();
    }
    this.pending += bytes;
  }

  /**
   * Writes a 2-D grid at (row, col) of the sheet, as `formulas` (which also takes plain values),
   * in as few range writes as the size limit allows.
   */
  async writeGrid(
    sheet: Excel.Worksheet,
    row: number,
    col: number,
    grid: readonly (readonly ExcelInput[])[],
    prop: "formulas" | "numberFormat" = "formulas",
  ): Promise<void> {
    if (grid.length === 0 || grid[0].length === 0) return;
    const overhead = 200;
    const sizes = grid.map((r) => JSON.stringify(r).length + 1);
    const total = sizes.reduce((a, b) => a + b, 2);
    if (total + overhead <= this.limit) {
      await this.reserve(total + overhead);
      this.assign(sheet.getRangeByIndexes(row, col, grid.length, grid[0].length), grid, prop);
      return;
    }
    let start = 0;
    while (start < grid.length) {
      let end = start;
      let bytes = 2 + overhead;
      while (end < grid.length && (end === start || bytes + sizes[end] <= this.limit)) {
        bytes += sizes[end];
        end++;
      }
      await this.reserve(bytes);
      this.assign(
        sheet.getRangeByIndexes(row + start, col, end - start, grid[0].length),
        grid.slice(start, end),
        prop,
      );
      start = end;
    }
  }

  private assign(
    range: Excel.Range,
    grid: readonly (readonly ExcelInput[])[],
    prop: "formulas" | "numberFormat",
  ): void {
    const rows = grid.map((r) => [...r]);
    if (prop === "numberFormat") range.numberFormat = rows;
    else range.formulas = rows;
  }
}

/* ---------- inspecting the workbook ---------- */

interface TableInfo {
  name: string;
  id: string;
  /** The id of the sheet the table is on. */
  sheetId: string;
}

interface Inspection {
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

/** Reads what inspect loaded, after its sync. */
/**
 * Every button's first round trip: what the add-in owns (its registry), the sheets, tables and
 * names, read in one sync. Returns the batch to queue the rest on, and the sheet names taken so far.
 */
async function firstLook(
  ctx: Excel.RequestContext,
  opts: WriterOptions,
): Promise<{ b: Batch; ins: Inspection; notes: string[]; taken: string[] }> {
  const b = new Batch(ctx, opts.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES);
  const read = inspect(b);
  await b.sync();
  const ins = inspected(read);
  return { b, ins, notes: [], taken: ins.sheets.map((s) => s.name) };
}

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
function freeObjectName(base: string, taken: Set<string>): string {
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}${i}`.toLowerCase())) return `${base}${i}`;
}

/** Where a sheet key is written: our existing sheet (found by id), or a new sheet with a free name. */
interface Target {
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

/* ---------- finding the add-in's tables (by id, then name, then position) ---------- */

interface TableLookup {
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
function lookupTable(
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
function pickTable(l: TableLookup): TableInfo | undefined {
  if (l.sure) return l.candidates[0];
  if (!l.footprint) return undefined;
  const fp = l.footprint;
  return l.candidates.find((c) => {
    const r = parseA1(l.ranges.get(c.id)?.address ?? "");
    return r !== null && r.row === fp.row && r.col === fp.col;
  });
}

/* ---------- never covering the person's cells ---------- */

const SHEET_ROWS = 1_048_576;

interface SpaceCheck {
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

function priorRects(owned: OwnedSheet | undefined): Rect[] {
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
function queueSpaceChecks(b: Batch, t: Target, provisional: SheetLayout): void {
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
async function stopIfBlocked(
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

function findOurSheet(ins: Inspection, key: SheetKey): { name: string; id: string } | null {
  const owned = ins.registry.sheets[key];
  if (!owned) return null;
  return ins.sheets.find((s) => s.id === owned.id) ?? null;
}

/** Queues what the prepare sync needs for a target: our sheet's tables and charts, or a new sheet. */
function prepareTarget(b: Batch, ins: Inspection, key: SheetKey, taken: string[], notes: string[]): Target {
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

function finishTarget(t: Target): void {
  if (t.isNew) t.id = t.proxy.id;
}

/* ---------- rendering one layout ---------- */

/** The cells a block occupies: its rectangle, widened to its merge width for merged paragraphs. */
function footprintOf(block: Block): Rect {
  const r = blockRect(block);
  return block.mergeColumns && block.mergeColumns > r.cols ? { ...r, cols: block.mergeColumns } : r;
}

interface TableState {
  /** The existing table (ours) to update, if any. */
  existing: Excel.Table | null;
  name: string;
  id?: string;
}

/** Resolves, for each table block, our existing table on the target sheet or a free name for a new one. */
function resolveTables(layout: SheetLayout, t: Target, taken: Set<string>): Map<string, TableState> {
  const out = new Map<string, TableState>();
  for (const block of layout.blocks) {
    if (!block.table) continue;
    const lookup = t.lookups.get(block.key);
    const found = lookup ? pickTable(lookup) : undefined;
    if (found) {
      out.set(block.key, { existing: t.proxy.tables.getItem(found.id), name: found.name, id: found.id });
    } else {
      const name = freeObjectName(block.table.name, taken);
      taken.add(name.toLowerCase());
      out.set(block.key, { existing: null, name });
    }
  }
  return out;
}

function takenObjectNames(ins: Inspection): Set<string> {
  // Every table and name counts, ours included (a renamed table of ours keeps its new name).
  return new Set([
    ...ins.tables.map((t) => t.name.toLowerCase()),
    ...ins.names.map((n) => n.name.toLowerCase()),
  ]);
}

/** Formats for one block: styles by kind, then per-column formats over its data rows. */
async function formatBlock(
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
function alignBlock(b: Batch, sheet: Excel.Worksheet, rect: Rect, headerRows: number, block: Block): void {
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
async function formatColumn(
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

function gridOf(rows: readonly (readonly Cell[])[]): ExcelInput[][] {
  return rows.map((r) => r.map(toExcelInput));
}

interface RenderOptions {
  /** For createOnly tables that exist: how to refresh the person's table. */
  readonly offersRefresh?: OffersRefresh;
}

interface OffersRefresh {
  header: unknown[];
  bodyFormulas: unknown[][];
  bodyAddress: string;
  role: ReturnType<typeof resolveRole>["role"];
  weightsName: string;
}

/**
 * Queues the writes that render `layout` on target sheet `t`. Returns the sheet's new registry entry.
 */
async function renderLayout(
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
        // The person may have moved columns: find each formatted column by its header.
        const header = opts.offersRefresh.header.map((h) =>
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
    const values = sheet.getRangeByIndexes(first, block.col + spec.valueColumn, spec.points, 1);
    const cats = sheet.getRangeByIndexes(first, block.col + spec.categoryColumn, spec.points, 1);
    const chart = sheet.charts.add("BarClustered", values, "Columns");
    chart.name = spec.name;
    chart.title.text = spec.title;
    chart.legend.visible = false;
    const series = chart.series.getItemAt(0);
    series.name = spec.seriesName;
    series.setXAxisValues(cats);
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
async function refreshOffersTable(
  b: Batch,
  sheet: Excel.Worksheet,
  r: OffersRefresh,
  notes: string[],
): Promise<Rect | null> {
  const body = parseA1(r.bodyAddress);
  if (!body) return null;
  const f = offerFormulas(r.role, r.weightsName);
  const headerIndex = (name: string): number =>
    r.header.findIndex((h) => typeof h === "string" && h.trim().toLowerCase() === name.toLowerCase());
  let refreshed = 0;
  for (const spec of OFFER_FORMULA_COLUMNS) {
    const j = headerIndex(spec.column);
    if (j < 0) {
      notes.push(
        `The Offers table has no "${spec.column}" column any more, so its formulas were not refreshed.`,
      );
      continue;
    }
    const formula = f[spec.key];
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

/* ---------- the weights named range ---------- */

function weightsNameFor(ins: Inspection): {
  name: string;
  ours: boolean;
  exists: boolean;
  formula: string | null;
} {
  const mine = ins.registry.weightsName;
  if (mine) {
    const n = ins.names.find((x) => x.name.toLowerCase() === mine.toLowerCase());
    if (n) return { name: n.name, ours: true, exists: true, formula: n.formula };
  }
  const taken = takenObjectNames(ins);
  const name = freeObjectName(WEIGHTS_NAME, taken);
  return { name, ours: true, exists: false, formula: null };
}

function weightsRect(): Rect {
  return { row: WEIGHTS_BLOCK.row + 1, col: WEIGHTS_BLOCK.col + 1, rows: 1, cols: 4 };
}

/** Makes sure the weights name points at the Assumptions sheet's weights cells. */
function ensureWeightsName(
  b: Batch,
  sheet: Excel.Worksheet,
  sheetName: string,
  w: { name: string; exists: boolean; formula: string | null },
): void {
  const rect = weightsRect();
  const expected = `=${quoteSheetName(sheetName)}!${a1(rect, true)}`;
  if (w.exists && w.formula === expected) return;
  if (w.exists) b.ctx.workbook.names.getItem(w.name).delete();
  b.ctx.workbook.names.add(
    w.name,
    sheet.getRangeByIndexes(rect.row, rect.col, 1, 4),
    "Offer Evaluator: weights for scope, data maturity, support, growth",
  );
  b.op(300);
}

/* ---------- running a button ---------- */

function runner(opts: WriterOptions): ExcelRun {
  if (opts.run) return opts.run;
  return <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => Excel.run(batch);
}

function saveRegistry(b: Batch, reg: Registry): void {
  b.ctx.workbook.settings.add(REGISTRY_KEY, JSON.stringify(reg));
  b.op(JSON.stringify(reg).length + 100);
}

function result(t: Target, message: string, b: Batch, warnings: string[]): WriteResult {
  return { sheetName: t.name, message, syncs: b.syncs, requestBytes: b.sent, warnings };
}

/**
 * "Set up offers sheet": creates the Offers table (with two example rows) if the add-in's does not
 * exist, otherwise refreshes its formulas, validation and formats without touching the person's rows;
 * writes the Assumptions sheet and the OfferWeights name.
 */
export async function setUpOffersSheet(plan: PlanInput, opts: WriterOptions = {}): Promise<WriteResult> {
  return runner(opts)(async (ctx) => {
    const { b, ins, notes, taken } = await firstLook(ctx, opts);
    const offersT = prepareTarget(b, ins, "offers", taken, notes);
    const assumT = prepareTarget(b, ins, "assumptions", taken, notes);
    // The person's Offers table, if ours exists: its header, body formulas and where it is.
    const offersData = loadOffersData(b, offersT.lookups.get("offers"), false);
    const objectNames = takenObjectNames(ins);
    const w = weightsNameFor(ins);
    objectNames.add(w.name.toLowerCase());
    const { role } = resolveRole(plan);
    const offersLayout = buildOffersLayout(plan, { weightsName: w.name });
    const assumLayout = buildAssumptionsLayout(plan, { weightsName: w.name });
    queueSpaceChecks(b, offersT, offersLayout);
    queueSpaceChecks(b, assumT, assumLayout);
    await b.sync();
    finishTarget(offersT);
    finishTarget(assumT);

    const offersTables = resolveTables(offersLayout, offersT, objectNames);
    const assumTables = resolveTables(assumLayout, assumT, objectNames);
    const offersTable = offersTables.get("offers");
    const data = offersTable?.id !== undefined ? offersData.get(offersTable.id) : undefined;
    if (offersTable?.existing && !data) offersTable.existing = null;
    const keepOffers = (block: Block): boolean =>
      !!block.createOnly && !!offersTables.get(block.key)?.existing;
    const stop = await stopIfBlocked(b, [
      { t: offersT, layout: offersLayout, keep: keepOffers },
      { t: assumT, layout: assumLayout, keep: () => false },
    ]);
    if (stop) return stop;

    b.suspend();
    const assumOwned = await renderLayout(b, assumT, assumLayout, assumTables, {}, notes);
    ensureWeightsName(b, assumT.proxy, assumT.name, w);
    const refresh: OffersRefresh | undefined =
      data && offersTable?.existing
        ? {
            header: data.header.values[0],
            bodyFormulas: data.body.formulas,
            bodyAddress: data.body.address,
            role,
            weightsName: w.name,
          }
        : undefined;
    const offersOwned = await renderLayout(
      b,
      offersT,
      offersLayout,
      offersTables,
      { offersRefresh: refresh },
      notes,
    );
    offersT.proxy.activate();
    const reg: Registry = {
      ...ins.registry,
      sheets: { ...ins.registry.sheets, offers: offersOwned, assumptions: assumOwned },
      weightsName: w.name,
    };
    saveRegistry(b, reg);
    await b.sync();

    const kept = refresh ? refresh.bodyFormulas.length : 0;
    const head = refresh
      ? `Offers table kept as it is (${kept} row${kept === 1 ? "" : "s"} of yours untouched); validation and formats refreshed.`
      : `Offers sheet ready: the table "${offersTable?.name ?? TABLE_NAMES.offers}" has two example rows to replace with your offers.`;
    const message = [head, `Weights are in ${w.name} on the "${assumT.name}" sheet.`, ...notes].join(" ");
    return result(offersT, message, b, notes);
  });
}

interface OffersData {
  header: Excel.Range;
  body: Excel.Range;
}

/** Queues the header and body loads of each candidate for the Offers table (values too when reading offers). */
function loadOffersData(
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

export interface RecommendationWriteResult extends WriteResult {
  /** The offers as read from the table (for the taskpane to show). */
  readonly offers: readonly OfferInput[];
}

/**
 * "Write recommendation": reads the Offers table (one load), ranks the offers with the scoring
 * module and writes the Recommendation sheet; refreshes the Assumptions sheet if the add-in made it.
 */
export async function writeRecommendation(
  plan: PlanInput,
  opts: WriterOptions = {},
): Promise<RecommendationWriteResult> {
  return runner(opts)(async (ctx) => {
    const { b, ins, notes, taken } = await firstLook(ctx, opts);
    const recT = prepareTarget(b, ins, "recommendation", taken, notes);
    const assumExisting = findOurSheet(ins, "assumptions")
      ? prepareTarget(b, ins, "assumptions", taken, notes)
      : null;
    // The offers: our Offers table (on our Offers sheet), else any table called "Offers" (read only).
    const offersSheet = findOurSheet(ins, "offers");
    const ownedOffers = ins.registry.sheets.offers;
    const offersLookup =
      offersSheet && ownedOffers
        ? lookupTable(b, ins, offersSheet.id, ownedOffers.tables.offers, ownedOffers.blocks.offers)
        : undefined;
    const anyOffers = ins.tables.find((x) => x.name.toLowerCase() === TABLE_NAMES.offers.toLowerCase());
    const offersData = loadOffersData(b, offersLookup, true, anyOffers ? [anyOffers] : []);
    const weightsName = ins.registry.weightsName ?? WEIGHTS_NAME;
    const aLayout = buildAssumptionsLayout(plan, { weightsName });
    queueSpaceChecks(b, recT, buildRecommendationLayout(plan, []));
    if (assumExisting) queueSpaceChecks(b, assumExisting, aLayout);
    await b.sync();
    finishTarget(recT);

    const ours = offersLookup ? pickTable(offersLookup) : undefined;
    const src = ours ?? anyOffers;
    const data = src ? offersData.get(src.id) : undefined;
    let offers: OfferInput[] = [];
    const { role } = resolveRole(plan);
    if (data) {
      const { header, body } = data;
      // A Scope cell that still holds the add-in's formula follows the scope type with today's role.
      const hdr = header.values[0];
      const scopeCol = hdr.findIndex((h) => typeof h === "string" && h.trim().toLowerCase() === "scope");
      const values = body.values.map((row, i) =>
        scopeCol >= 0 && isAddinFormula("Scope", body.formulas[i][scopeCol])
          ? row.map((v, j) => (j === scopeCol ? "" : v))
          : row,
      );
      const parsed = readOffersTable(hdr, values);
      offers = parsed.offers;
      for (const issue of parsed.issues.slice(0, 5)) notes.push(`Offers row ${issue.row}: ${issue.message}`);
      if (parsed.issues.length > 5) notes.push(`...and ${parsed.issues.length - 5} more cells left out.`);
      if (parsed.missingColumns.length > 0)
        notes.push(`The Offers table has no ${parsed.missingColumns.join(", ")} column.`);
    } else {
      notes.push('No Offers table found: press "Set up offers sheet" and add your offers first.');
    }

    const objectNames = takenObjectNames(ins);
    const layout = buildRecommendationLayout(plan, offers);
    const tables = resolveTables(layout, recT, objectNames);
    const targets = [{ t: recT, layout, keep: () => false }];
    if (assumExisting) targets.push({ t: assumExisting, layout: aLayout, keep: () => false });
    const stop = await stopIfBlocked(b, targets);
    if (stop) return { ...stop, offers };

    b.suspend();
    const owned = await renderLayout(b, recT, layout, tables, {}, notes);
    const sheets = { ...ins.registry.sheets, recommendation: owned };
    if (assumExisting) {
      sheets.assumptions = await renderLayout(
        b,
        assumExisting,
        aLayout,
        resolveTables(aLayout, assumExisting, objectNames),
        {},
        notes,
      );
    }
    // Keep the person's Offers formulas on today's role (only in our table, only cells still holding our formula).
    if (ours && data && offersSheet) {
      await refreshOffersTable(
        b,
        ctx.workbook.worksheets.getItem(offersSheet.id),
        {
          header: data.header.values[0],
          bodyFormulas: data.body.formulas,
          bodyAddress: data.body.address,
          role,
          weightsName,
        },
        notes,
      );
    }
    recT.proxy.activate();
    saveRegistry(b, { ...ins.registry, sheets });
    await b.sync();

    const n = offers.length;
    const message = [
      `Recommendation written to "${recT.name}" from ${n} offer${n === 1 ? "" : "s"}.`,
      ...notes,
    ].join(" ");
    return { ...result(recT, message, b, notes), offers };
  });
}

/** "Write roadmap": the four phases for the role and pace; Done ticks already set are kept. */
export async function writeRoadmap(plan: PlanInput, opts: WriterOptions = {}): Promise<WriteResult> {
  // Bad pace or start date throws the scoring module's DomainError here, before the workbook is touched.
  buildRoadmapLayout(plan);
  return runner(opts)(async (ctx) => {
    const { b, ins, notes, taken } = await firstLook(ctx, opts);
    const t = prepareTarget(b, ins, "roadmap", taken, notes);
    const lookup = t.lookups.get("roadmap");
    const ranges = new Map<string, Excel.Range>();
    for (const c of lookup?.candidates ?? []) {
      ranges.set(c.id, ctx.workbook.tables.getItem(c.id).getRange().load("values"));
      b.op(200);
    }
    queueSpaceChecks(b, t, buildRoadmapLayout(plan));
    await b.sync();
    finishTarget(t);

    const found = lookup ? pickTable(lookup) : undefined;
    const doneRange = found ? ranges.get(found.id) : undefined;
    const done: boolean[] = [];
    if (doneRange) {
      const [hdr, ...rows] = doneRange.values;
      const phaseCol = hdr.findIndex((h) => h === ROADMAP_HEADERS[0]);
      const doneCol = hdr.findIndex((h) => h === "Done");
      if (phaseCol >= 0 && doneCol >= 0) {
        for (const row of rows) {
          const p = row[phaseCol];
          if (typeof p === "number" && p >= 1 && p <= 4)
            done[p - 1] =
              row[doneCol] === true ||
              (typeof row[doneCol] === "string" && String(row[doneCol]).toUpperCase() === "TRUE");
        }
      }
    }
    const layout = buildRoadmapLayout(plan, { done });
    const tables = resolveTables(layout, t, takenObjectNames(ins));
    const stop = await stopIfBlocked(b, [{ t, layout, keep: () => false }]);
    if (stop) return stop;
    b.suspend();
    const ownedSheet = await renderLayout(b, t, layout, tables, {}, notes);
    t.proxy.activate();
    saveRegistry(b, { ...ins.registry, sheets: { ...ins.registry.sheets, roadmap: ownedSheet } });
    await b.sync();
    const kept = done.filter(Boolean).length;
    const message = [
      `Roadmap written to "${t.name}".${kept > 0 ? ` Kept ${kept} Done tick${kept === 1 ? "" : "s"}.` : ""}`,
      ...notes,
    ].join(" ");
    return result(t, message, b, notes);
  });
}

/** Updates the OfferWeights cells so every Score recalculates. Two round trips. */
export async function writeWeights(weights: Weights, opts: WriterOptions = {}): Promise<WriteResult> {
  return runner(opts)(async (ctx) => {
    const { b, ins } = await firstLook(ctx, opts);
    const sheet = findOurSheet(ins, "assumptions");
    const name = ins.registry.weightsName;
    const named = name ? ins.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) : undefined;
    if (!sheet || !named || !name) {
      return {
        sheetName: "",
        message: 'The weights are saved; press "Set up offers sheet" to put them in the workbook.',
        syncs: b.syncs,
        requestBytes: b.sent,
        warnings: [],
      };
    }
    const ws = ctx.workbook.worksheets.getItem(sheet.id);
    b.suspend();
    const rect = weightsRect();
    await b.writeGrid(ws, rect.row, rect.col, [[weights[0], weights[1], weights[2], weights[3]]]);
    ensureWeightsName(b, ws, sheet.name, { name: named.name, exists: true, formula: named.formula });
    await b.sync();
    return {
      sheetName: sheet.name,
      message: `Weights updated in ${named.name}; scores recalculate.`,
      syncs: b.syncs,
      requestBytes: b.sent,
      warnings: [],
    };
  });
}

/* ---------- raw settings access for the taskpane (it owns the schema) ---------- */

export async function loadSetting(key: string, opts: WriterOptions = {}): Promise<string | null> {
  return runner(opts)(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(key);
    item.load("value");
    await context.sync();
    if (item.isNullObject) return null;
    const v: unknown = item.value;
    return typeof v === "string" ? v : JSON.stringify(v);
  });
}

export async function saveSetting(key: string, value: string, opts: WriterOptions = {}): Promise<void> {
  await runner(opts)(async (ctx) => {
    ctx.workbook.settings.add(key, value);
    await ctx.sync();
  });
}
