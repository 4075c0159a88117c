/**
 * "Nothing lost" (issue 5): random sequences of what the add-in's buttons do and what the person does
 * between them, on the strict fake workbook. After every step:
 *  - every foreign sheet is bit-for-bit unchanged (fake.helpers.snapshot);
 *  - every cell the person typed (on any sheet, including the add-in's, outside its blocks) keeps its
 *    value, formula and number format; the person's own Offers rows keep their latest values;
 *  - the add-in's sheets and tables exist once each, and nothing it wrote earlier is left outside
 *    its current blocks (no orphaned cells, formats, validations, merges or conditional formats);
 *  - each button uses at most 3 context.sync calls and never throws: a button that cannot write
 *    returns a WriteResult that says why (`blocked`), and then nothing in the workbook changed.
 *
 * FC_RUNS sets the number of sequences (npm run fuzz: 10,000).
 */
import fc from "fast-check";
import {
  offerFormulas,
  parseRegistry,
  REGISTRY_KEY,
  resolveRole,
  setUpOffersSheet,
  writeRecommendation,
  writeRoadmap,
  writeWeights,
  type PlanInput,
  type WriteResult,
} from "../../src/workbook";
import type { FakeExcel, FakeRect, FakeSheet } from "../fake-excel/fake-excel";
import { newFake, PLAN, writerOpts } from "./helpers";

const RUNS = Number(process.env.FC_RUNS ?? 60);

const PLANS: PlanInput[] = [
  PLAN,
  { ...PLAN, answers: [5, 5, 5, 5, 1, 1, 1, 1], hoursPerWeek: 5 },
  { ...PLAN, answers: [null, null, null, null, null, null, null, null], startSerial: null },
];
const INJECTIONS = ['=HYPERLINK("x")', "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx"];
const TEXTS = ["Acme", "Globex", "", ...INJECTIONS, "1-3", "TRUE"];
const TYPES = ["models", "deployment", "end-to-end", "reporting", ""];
const SHEET_TITLES = ["Offers", "Assumptions", "Recommendation", "Roadmap"] as const;
const TABLE_BASES = ["Offers", "OfferRanking", "OfferTipping", "OfferRoadmap", "OfferMistakes"];
/** What the person types in a cell (as typed: Excel interprets it). */
const TYPED = [
  "my note",
  42,
  0.5,
  "=1+2",
  "=SUM(A1:A3)",
  '\'=HYPERLINK("x")',
  "'+cmd",
  "-2+3",
  "@SUM(A1)",
  true,
];
/** Tables each of the add-in's sheets holds. */
const EXPECTED_TABLES: Record<string, number> = { offers: 1, assumptions: 0, recommendation: 2, roadmap: 2 };

/* ---------- commands ---------- */

interface OfferRow {
  company: string;
  title: string;
  scopeType: string;
  scope: number | null;
  ratings: (number | string)[];
  notes: string;
}
type Cmd =
  | { kind: "setup" | "rec" | "roadmap"; plan: number }
  | { kind: "weights"; w: [number, number, number, number] }
  | { kind: "editOffers"; rows: OfferRow[] }
  | { kind: "renameOurSheet"; pick: number; name: string }
  | { kind: "renameForeignSheet"; pick: number; name: string }
  | { kind: "addForeignSheet"; title: string; typed: number }
  | { kind: "addForeignTable"; pick: number; name: string }
  | { kind: "typeForeign"; pick: number; row: number; col: number; input: number }
  | {
      kind: "typeOurs";
      pick: number;
      where: "right" | "below" | "belowRanking";
      k: number;
      j: number;
      input: number;
      fmt: boolean;
    }
  | { kind: "clearTyped"; pick: number }
  | { kind: "renameOurTable"; pick: number; name: string };

const offerRowArb: fc.Arbitrary<OfferRow> = fc.record({
  company: fc.constantFrom(...TEXTS),
  title: fc.constantFrom("ML Engineer", "Data Scientist", ...INJECTIONS),
  scopeType: fc.constantFrom(...TYPES),
  scope: fc.option(fc.constantFrom(1, 2.5, 5), { freq: 4 }),
  ratings: fc.array(
    fc.oneof(
      { arbitrary: fc.constantFrom(1, 2, 3, 3.5, 4, 5), weight: 6 },
      { arbitrary: fc.constantFrom("", "n/a"), weight: 1 },
    ),
    {
      minLength: 3,
      maxLength: 3,
    },
  ),
  notes: fc.constantFrom(...TEXTS),
});

const pick = fc.nat(20);
const cmdArb: fc.Arbitrary<Cmd> = fc.oneof(
  {
    arbitrary: fc.record({ kind: fc.constant("setup" as const), plan: fc.nat(PLANS.length - 1) }),
    weight: 3,
  },
  { arbitrary: fc.record({ kind: fc.constant("rec" as const), plan: fc.nat(PLANS.length - 1) }), weight: 4 },
  {
    arbitrary: fc.record({ kind: fc.constant("roadmap" as const), plan: fc.nat(PLANS.length - 1) }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("weights" as const),
      w: fc.tuple(fc.nat(5), fc.nat(5), fc.nat(5), fc.nat(5)),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("editOffers" as const),
      rows: fc.array(offerRowArb, { maxLength: 6 }),
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("renameOurSheet" as const),
      pick,
      name: fc.constantFrom("My offers", "Rec", "Plan", "Recommendation (2)", ...SHEET_TITLES),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("renameForeignSheet" as const),
      pick,
      name: fc.constantFrom("Data", "Offers (2)", "Recommendation (2)", ...SHEET_TITLES),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("addForeignSheet" as const),
      title: fc.constantFrom(...SHEET_TITLES),
      typed: fc.nat(TYPED.length - 1),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("addForeignTable" as const),
      pick,
      name: fc.constantFrom(...TABLE_BASES, "OfferWeights"),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("typeForeign" as const),
      pick,
      row: fc.nat(30),
      col: fc.nat(12),
      input: fc.nat(TYPED.length - 1),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("typeOurs" as const),
      pick,
      where: fc.constantFrom("right" as const, "below" as const, "belowRanking" as const),
      k: fc.nat(3),
      j: fc.nat(12),
      input: fc.nat(TYPED.length - 1),
      fmt: fc.boolean(),
    }),
    weight: 4,
  },
  { arbitrary: fc.record({ kind: fc.constant("clearTyped" as const), pick }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant("renameOurTable" as const),
      pick,
      name: fc.constantFrom("MyTable", "Ranked", "MyOffers", "Phases"),
    }),
    weight: 1,
  },
);

/* ---------- the world: the fake workbook plus what the person did ---------- */

interface Typed {
  sheetId: string;
  r: number;
  c: number;
  value: unknown;
  formula: string | null;
  numberFormat: string;
  /** A cell of the person's Offers rows: the add-in may set its number format. */
  inOffers: boolean;
}

const key = (sheetId: string, r: number, c: number): string => `${sheetId}|${r},${c}`;
const inRect = (x: FakeRect, r: number, c: number): boolean =>
  r >= x.r0 && r < x.r0 + x.rows && c >= x.c0 && c < x.c0 + x.cols;
const rectOf = (a: string): FakeRect | null => {
  try {
    return fakeParse(a);
  } catch {
    return null;
  }
};
let fakeParse: (a: string) => FakeRect = () => {
  throw new Error("unset");
};

class World {
  readonly fake: FakeExcel = newFake();
  readonly foreign = new Map<string, string>(); // sheet id -> snapshot
  readonly typed = new Map<string, Typed>();
  /** Tables the person renamed (id -> name): still the add-in's. */
  readonly renamedTables = new Map<string, string>();
  readonly log: string[] = [];

  constructor() {
    fakeParse = (a) => this.fake.helpers.parseAddress(a).rect;
    const s1 = this.fake.helpers.sheet("Sheet1");
    if (!s1) throw new Error("no Sheet1");
    this.fake.helpers.setValues("Sheet1", "A1:C2", [
      ["mine", 1, "=B1*2"],
      ['\'=HYPERLINK("y")', "'+x", "=A1&B1"],
    ]);
    this.foreign.set(s1.id, this.fake.helpers.snapshot("Sheet1"));
  }

  sheetById(id: string): FakeSheet | undefined {
    return this.fake.workbook.sheets.find((s) => s.id === id);
  }
  registry(): ReturnType<typeof parseRegistry> {
    return parseRegistry(this.fake.helpers.setting(REGISTRY_KEY) ?? null);
  }
  /** The add-in's sheets: every sheet the person did not add. */
  ourSheets(): FakeSheet[] {
    return this.fake.workbook.sheets.filter((s) => !this.foreign.has(s.id));
  }
  foreignSheets(): FakeSheet[] {
    return this.fake.workbook.sheets.filter((s) => this.foreign.has(s.id));
  }
  snapForeign(s: FakeSheet): void {
    this.foreign.set(s.id, this.fake.helpers.snapshot(s.name));
  }
  /** What the add-in occupies on one of its sheets: its registered blocks, tables and merges. */
  footprint(s: FakeSheet): FakeRect[] {
    const reg = this.registry();
    const out: FakeRect[] = [];
    for (const o of Object.values(reg.sheets)) {
      if (o?.id !== s.id) continue;
      for (const a of Object.values(o.blocks)) {
        const r = rectOf(a);
        if (r) out.push(r);
      }
    }
    for (const t of this.fake.workbook.tables) if (t.sheet === s) out.push(t.rect);
    out.push(...s.merges);
    return out;
  }
  offersTable(): FakeExcel["workbook"]["tables"][number] | undefined {
    const id = this.registry().sheets.offers?.id;
    return id ? this.fake.workbook.tables.find((t) => t.sheet.id === id) : undefined;
  }
  track(s: FakeSheet, r: number, c: number, inOffers: boolean): void {
    const cell = s.cells.get(`${r},${c}`);
    this.typed.set(key(s.id, r, c), {
      sheetId: s.id,
      r,
      c,
      value: cell ? cell.value : "",
      formula: cell ? cell.formula : null,
      numberFormat: cell ? cell.numberFormat : "General",
      inOffers,
    });
  }
  untrackIn(s: FakeSheet, rect: FakeRect): void {
    for (const [k, t] of this.typed) if (t.sheetId === s.id && inRect(rect, t.r, t.c)) this.typed.delete(k);
  }
  wholeState(): string {
    const h = this.fake.helpers;
    return JSON.stringify({
      sheets: this.fake.workbook.sheets.map((s) => h.snapshot(s.name)),
      names: h.names(),
      tables: h.tables(),
      reg: h.setting(REGISTRY_KEY) ?? null,
    });
  }

  /* --- the person --- */

  person(cmd: Cmd): void {
    const h = this.fake.helpers;
    switch (cmd.kind) {
      case "editOffers": {
        const t = this.offersTable();
        if (!t) return;
        const s = t.sheet;
        const oldRows = t.rect.rows - 1;
        const n = Math.max(1, cmd.rows.length);
        const cols = t.rect.cols;
        if (cols !== 10) return;
        const first = t.rect.r0 + 1;
        if (n < oldRows) {
          // Deleting table rows: the cells go, with their formats.
          const gone = { r0: first + n, c0: t.rect.c0, rows: oldRows - n, cols };
          for (let r = gone.r0; r < gone.r0 + gone.rows; r++)
            for (let c = gone.c0; c < gone.c0 + cols; c++) {
              s.cells.delete(`${r},${c}`);
              s.styles.delete(`${r},${c}`);
              s.validations.delete(`${r},${c}`);
            }
          this.untrackIn(s, gone);
        }
        const body = { r0: first, c0: t.rect.c0, rows: n, cols };
        const clash = this.fake.workbook.tables.some(
          (x) => x !== t && x.sheet === s && overlapsF(x.rect, body),
        );
        if (clash) return;
        t.rect = { ...t.rect, rows: n + 1 };
        const reg = this.registry();
        const f = offerFormulas(resolveRole(PLAN).role, reg.weightsName ?? "OfferWeights");
        const current = h.formulas(s.name, h.rectToA1({ r0: first, c0: t.rect.c0, rows: 1, cols }))[0];
        const keep = (j: number, fallback: string): string =>
          typeof current[j] === "string" && String(current[j]).startsWith("=")
            ? String(current[j])
            : fallback;
        const rows = cmd.rows.length > 0 ? cmd.rows : [null];
        const typed = rows.map((o) =>
          o === null
            ? ["", "", "", keep(3, f.scope), "", "", "", "", keep(8, f.score), keep(9, f.rank)]
            : [
                o.company === "" ? "" : "'" + o.company,
                o.title === "" ? "" : "'" + o.title,
                o.scopeType,
                o.scope ?? keep(3, f.scope),
                ...o.ratings.map((v) => (typeof v === "string" && v !== "" ? "'" + v : v)),
                o.notes === "" ? "" : "'" + o.notes,
                keep(8, f.score),
                keep(9, f.rank),
              ],
        );
        this.untrackIn(s, body);
        h.setValues(s.name, h.rectToA1(body), typed);
        rows.forEach((o, i) => {
          for (const j of [0, 1, 2, 4, 5, 6, 7]) this.track(s, first + i, t.rect.c0 + j, true);
          if (o && o.scope !== null) this.track(s, first + i, t.rect.c0 + 3, true);
        });
        return;
      }
      case "renameOurSheet": {
        const ours = this.ourSheets();
        if (ours.length === 0) return;
        const s = ours[cmd.pick % ours.length];
        if (h.sheet(cmd.name)) return;
        h.renameSheet(s.name, cmd.name);
        return;
      }
      case "renameForeignSheet": {
        const fs = this.foreignSheets();
        const s = fs[cmd.pick % fs.length];
        if (h.sheet(cmd.name)) return;
        h.renameSheet(s.name, cmd.name);
        this.snapForeign(s);
        return;
      }
      case "addForeignSheet": {
        let name: string = cmd.title;
        for (let i = 2; h.sheet(name); i++) name = `${cmd.title} (${i})`;
        const s = h.addSheet(name);
        h.setValues(name, "A1:B1", [["the person's", TYPED[cmd.typed]]]);
        this.snapForeign(s);
        return;
      }
      case "addForeignTable": {
        const fs = this.foreignSheets();
        const s = fs[cmd.pick % fs.length];
        const taken = [...h.tables().map((t) => t.name), ...h.names().map((n) => n.name)];
        if (taken.some((t) => t.toLowerCase() === cmd.name.toLowerCase())) return;
        const r0 = 40 + 5 * (cmd.pick % 8);
        if (
          this.fake.workbook.tables.some(
            (t) => t.sheet === s && t.rect.r0 <= r0 + 2 && t.rect.r0 + t.rect.rows > r0,
          )
        )
          return;
        h.setValues(s.name, `A${r0 + 1}:B${r0 + 2}`, [
          ["Company", "Note"],
          ["Mine", "keep"],
        ]);
        h.addTable(s.name, `A${r0 + 1}:B${r0 + 2}`, cmd.name);
        this.snapForeign(s);
        return;
      }
      case "typeForeign": {
        const fs = this.foreignSheets();
        const s = fs[cmd.pick % fs.length];
        const hit = this.fake.workbook.tables.find((t) => t.sheet === s && inRect(t.rect, cmd.row, cmd.col));
        if (hit) return;
        h.setValues(s.name, h.rectToA1({ r0: cmd.row, c0: cmd.col, rows: 1, cols: 1 }), [[TYPED[cmd.input]]]);
        this.snapForeign(s);
        return;
      }
      case "typeOurs": {
        const ours = this.ourSheets();
        if (ours.length === 0) return;
        const recId = this.registry().sheets.recommendation?.id;
        const s =
          cmd.where === "belowRanking" ? ours.find((x) => x.id === recId) : ours[cmd.pick % ours.length];
        if (!s) return;
        const fp = this.footprint(s);
        let r: number;
        let c: number;
        if (cmd.where === "right") {
          r = (cmd.j * 7 + cmd.k) % 45;
          c = 20 + cmd.k;
        } else {
          // Directly below one of the add-in's tables (or its lowest block).
          const tables = this.fake.workbook.tables.filter((t) => t.sheet === s);
          const base =
            cmd.where === "belowRanking"
              ? lowest(tables.map((t) => t.rect))
              : tables.length > 0
                ? tables[cmd.j % tables.length].rect
                : lowest(fp);
          if (!base) return;
          r = base.r0 + base.rows + cmd.k;
          c = base.c0 + (cmd.j % base.cols);
        }
        if (fp.some((x) => inRect(x, r, c))) return;
        h.setValues(s.name, h.rectToA1({ r0: r, c0: c, rows: 1, cols: 1 }), [[TYPED[cmd.input]]]);
        if (cmd.fmt) {
          const cell = s.cells.get(`${r},${c}`);
          if (cell) cell.numberFormat = "0.00%";
        }
        this.track(s, r, c, false);
        return;
      }
      case "clearTyped": {
        const mine = [...this.typed.values()].filter((t) => !t.inOffers);
        if (mine.length === 0) return;
        const t = mine[cmd.pick % mine.length];
        const s = this.sheetById(t.sheetId);
        if (s) s.cells.delete(`${t.r},${t.c}`);
        this.typed.delete(key(t.sheetId, t.r, t.c));
        return;
      }
      case "renameOurTable": {
        const ours = new Set(this.ourSheets());
        const tables = this.fake.workbook.tables.filter((t) => ours.has(t.sheet));
        if (tables.length === 0) return;
        const t = tables[cmd.pick % tables.length];
        const taken = [...h.tables().map((x) => x.name), ...h.names().map((n) => n.name)];
        if (taken.some((x) => x.toLowerCase() === cmd.name.toLowerCase())) return;
        t.name = cmd.name;
        this.renamedTables.set(t.id, cmd.name);
        return;
      }
      default:
        throw new Error(`not a person's command: ${cmd.kind}`);
    }
  }

  /* --- the add-in --- */

  async button(cmd: Cmd): Promise<WriteResult> {
    const opts = writerOpts(this.fake);
    switch (cmd.kind) {
      case "setup":
        return setUpOffersSheet(PLANS[cmd.plan], opts);
      case "rec":
        return writeRecommendation(PLANS[cmd.plan], opts);
      case "roadmap":
        return writeRoadmap(PLANS[cmd.plan], opts);
      case "weights":
        return writeWeights(cmd.w, opts);
      default:
        throw new Error(`not a button: ${cmd.kind}`);
    }
  }

  /* --- invariants --- */

  check(where: string, result?: WriteResult, before?: string): void {
    const fail = (msg: string): never => {
      throw new Error(`${where}: ${msg}\nsteps:\n  ${this.log.join("\n  ")}`);
    };
    const h = this.fake.helpers;
    if (result) {
      if (result.syncs > 3 || this.fake.stats.syncs > 3)
        fail(`${result.syncs} syncs reported, ${this.fake.stats.syncs} made`);
      if (typeof result.message !== "string" || result.message === "") fail("no message");
      if (result.blocked && result.blocked.length > 0 && before !== undefined && this.wholeState() !== before)
        fail(`the button stopped (${result.message}) but changed the workbook`);
    }
    // Foreign sheets, bit for bit.
    for (const [id, snap] of this.foreign) {
      const s = this.sheetById(id);
      if (!s) fail(`foreign sheet ${id} is gone`);
      else if (h.snapshot(s.name) !== snap) fail(`foreign sheet "${s.name}" changed`);
    }
    // Every cell the person typed.
    for (const t of this.typed.values()) {
      const s = this.sheetById(t.sheetId);
      if (!s) fail(`the sheet of a typed cell is gone`);
      const cell = s?.cells.get(`${t.r},${t.c}`);
      const now = {
        value: cell ? cell.value : "",
        formula: cell ? cell.formula : null,
        numberFormat: cell ? cell.numberFormat : "General",
      };
      const addr = `${s?.name}!${h.rectToA1({ r0: t.r, c0: t.c, rows: 1, cols: 1 })}`;
      if (now.value !== t.value || now.formula !== t.formula)
        fail(
          `${addr} was ${JSON.stringify([t.value, t.formula])}, now ${JSON.stringify([now.value, now.formula])}`,
        );
      if (!t.inOffers && now.numberFormat !== t.numberFormat)
        fail(`${addr} number format ${t.numberFormat} became ${now.numberFormat}`);
    }
    // The add-in's sheets: each registered once, with its tables once.
    const reg = this.registry();
    const byId = new Map<string, string>();
    for (const [k, o] of Object.entries(reg.sheets)) if (o) byId.set(o.id, k);
    for (const s of this.ourSheets()) {
      const k = byId.get(s.id);
      if (!k) fail(`sheet "${s.name}" is the add-in's but not in its registry (orphaned sheet)`);
      const tables = this.fake.workbook.tables.filter((t) => t.sheet === s);
      if (tables.length !== EXPECTED_TABLES[k as string])
        fail(`"${s.name}" holds ${tables.length} tables: ${tables.map((t) => t.name).join(", ")}`);
      for (const t of tables) {
        const renamed = this.renamedTables.get(t.id);
        if (
          renamed !== undefined
            ? t.name !== renamed
            : !TABLE_BASES.some((b) => new RegExp(`^${b}\\d*$`).test(t.name))
        )
          fail(`unexpected table name ${t.name}`);
      }
      // Nothing outside the current blocks and the person's cells.
      const fp = this.footprint(s);
      const isPersons = (r: number, c: number): boolean => this.typed.has(key(s.id, r, c));
      const stray = (what: string, k2: string): void => {
        const [r, c] = k2.split(",").map(Number);
        if (!fp.some((x) => inRect(x, r, c)) && !isPersons(r, c))
          fail(`orphaned ${what} at ${s.name}!${h.rectToA1({ r0: r, c0: c, rows: 1, cols: 1 })}`);
      };
      for (const [k2, cell] of s.cells)
        if (cell.value !== "" || cell.formula !== null || cell.numberFormat !== "General") stray("cell", k2);
      for (const k2 of s.styles.keys()) stray("format", k2);
      for (const k2 of s.validations.keys()) stray("validation", k2);
      for (const m of s.merges)
        if (!fp.some((x) => x !== m && containsF(x, m)))
          fail(`orphaned merge on ${s.name}: ${h.rectToA1(m)}`);
      // The registry never claims the person's cells.
      for (const t of this.typed.values()) {
        if (t.sheetId !== s.id || t.inOffers) continue;
        const claimed = Object.values(reg.sheets)
          .filter((o) => o?.id === s.id)
          .flatMap((o) => Object.values(o?.blocks ?? {}))
          .some((a) => {
            const r = rectOf(a);
            return r !== null && inRect(r, t.r, t.c);
          });
        if (claimed) fail(`the registry claims the person's cell ${s.name}!${t.r},${t.c}`);
      }
    }
    const perKey = new Map<string, number>();
    for (const s of this.ourSheets()) {
      const k = byId.get(s.id) ?? "?";
      perKey.set(k, (perKey.get(k) ?? 0) + 1);
    }
    for (const [k, n] of perKey) if (n > 1) fail(`${n} sheets for ${k}`);
  }
}

function overlapsF(a: FakeRect, b: FakeRect): boolean {
  return a.r0 < b.r0 + b.rows && b.r0 < a.r0 + a.rows && a.c0 < b.c0 + b.cols && b.c0 < a.c0 + a.cols;
}
function containsF(outer: FakeRect, inner: FakeRect): boolean {
  return (
    inner.r0 >= outer.r0 &&
    inner.c0 >= outer.c0 &&
    inner.r0 + inner.rows <= outer.r0 + outer.rows &&
    inner.c0 + inner.cols <= outer.c0 + outer.cols
  );
}
function lowest(rects: FakeRect[]): FakeRect | undefined {
  return [...rects].sort((a, b) => b.r0 + b.rows - (a.r0 + a.rows))[0];
}

const BUTTONS = new Set(["setup", "rec", "roadmap", "weights"]);

/** What the runs exercised (printed with NOTHING_LOST_STATS=1). */
const STATS = new Map<string, number>();
const count = (k: string): void => {
  STATS.set(k, (STATS.get(k) ?? 0) + 1);
};

async function runSequence(cmds: Cmd[]): Promise<WriteResult[]> {
  const results: WriteResult[] = [];
  const w = new World();
  w.check("start");
  for (const cmd of cmds) {
    w.log.push(JSON.stringify(cmd));
    if (BUTTONS.has(cmd.kind)) {
      const before = w.wholeState();
      w.fake.stats.reset();
      let r: WriteResult;
      try {
        r = await w.button(cmd);
      } catch (e) {
        throw new Error(`${cmd.kind} threw ${String(e)}\nsteps:\n  ${w.log.join("\n  ")}`);
      }
      w.log.push(`  -> ${r.blocked && r.blocked.length > 0 ? "BLOCKED " : ""}${r.message.slice(0, 160)}`);
      w.check(cmd.kind, r, before);
      results.push(r);
      count(r.blocked ? `${cmd.kind} stopped` : cmd.kind);
      if (/\(\d+\)" sheet|was written to "/.test(r.message)) count(`${cmd.kind} to a "(n)" sheet`);
    } else {
      const before = w.wholeState();
      w.person(cmd);
      w.check(cmd.kind);
      count(w.wholeState() === before ? `${cmd.kind} (no-op)` : cmd.kind);
    }
  }
  return results;
}

afterAll(() => {
  if (process.env.NOTHING_LOST_STATS)
    console.log(
      [...STATS.entries()]
        .sort()
        .map(([k, n]) => `${k}: ${n}`)
        .join("\n"),
    );
});

const WARM_UP: Cmd[] = [
  { kind: "setup", plan: 0 },
  {
    kind: "editOffers",
    rows: [3, 4, 2].map((n, i) => ({
      company: INJECTIONS[i],
      title: "ML Engineer",
      scopeType: TYPES[i],
      scope: null,
      ratings: [n, 3, 4],
      notes: INJECTIONS[i + 3],
    })),
  },
  { kind: "rec", plan: 0 },
];

describe("nothing lost: random write sequences on the fake workbook", () => {
  test(`every foreign sheet and user cell survives, tables exist once (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(cmdArb, { minLength: 1, maxLength: 18 }),
        async (warm, cmds) => {
          // Half the runs start from a workbook in use: offers filled in, a recommendation written.
          await runSequence(warm ? [...WARM_UP, ...cmds] : cmds);
        },
      ),
      { numRuns: RUNS },
    );
  }, 600_000);

  test("the hard case: a note typed directly below the ranking table stops a longer ranking", async () => {
    const steps: Cmd[] = [
      { kind: "setup", plan: 0 },
      { kind: "rec", plan: 0 },
      { kind: "typeOurs", pick: 2, where: "below", k: 0, j: 1, input: 0, fmt: false },
      {
        kind: "editOffers",
        rows: [1, 2, 3].map((i) => ({
          company: `C${i}`,
          title: "x",
          scopeType: "models",
          scope: null,
          ratings: [3, 3, 3],
          notes: "",
        })),
      },
      { kind: "rec", plan: 0 },
    ];
    const results = await runSequence(steps);
    const last = results[results.length - 1];
    expect(last.blocked).toEqual(["Recommendation!B37"]);
    expect(last.message).toMatch(
      /^Nothing was written: .* Recommendation!B37 has your text; move it or delete it, then try again\.$/,
    );
    expect(last.syncs).toBe(3);
  });
});
