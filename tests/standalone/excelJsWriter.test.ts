/**
 * ExcelJS round trip: the workbook the ExcelJS renderer writes, read back with ExcelJS, matches the
 * layout module's blocks cell by cell (values; formulas' computed values), with every sheet, table
 * and the named range present.
 */
import ExcelJS from "exceljs";
import { isFormulaCell, type Cell, type SheetLayout, validationFormula } from "../../src/workbook/layout";
import { RATING_RULE } from "../../src/workbook/sheets/blocks";
import { buildWorkbookLayouts, TABLE_NAMES, WEIGHTS_NAME } from "../../src/workbook/sheets";
import {
  callsOfferFunction,
  fileColumnWidth,
  fileFormula,
  layoutsToXlsx,
  RANGE_CHART_NOTE,
  rangeBar,
  textBar,
  VALUE_NOTE,
} from "../../src/workbook/excelJsWriter";
import type { OfferInput, PlanInput } from "../../src/workbook/inputs";
import { fromExcelSerial, quizResult, scopeFit } from "../../src/scoring";
import { ROADMAPS, SKILLS } from "../../src/content";

const plan: PlanInput = {
  answers: [2, 2, 1, 2, 5, 5, 4, 5],
  skills: { engineering: 2, mlops: 1, systems: 4 },
  weights: [0.4, 0.2, 0.2, 0.2],
  startSerial: 46027,
  hoursPerWeek: 10,
};
const offers: OfferInput[] = [
  {
    company: '=HYPERLINK("http://evil")',
    title: "DS",
    scopeType: "models",
    scope: null,
    dataMaturity: 4,
    support: 2,
    growth: 3,
    notes: "+cmd",
  },
  {
    company: "Beta",
    title: "MLE",
    scopeType: "deployment",
    scope: null,
    dataMaturity: 3,
    support: 4,
    growth: 5,
    notes: "",
  },
  {
    company: "Gamma",
    title: "MLE",
    scopeType: "end-to-end",
    scope: 4,
    dataMaturity: 2,
    support: 5,
    growth: 4,
    notes: "@SUM(A1)",
  },
];

/** What a layout cell should read back as. */
function expected(c: Cell): unknown {
  const v = isFormulaCell(c) ? c.value : c;
  return v === "" ? null : v;
}

/** A read-back ExcelJS value as a plain scalar (dates as serials, formulas as their result). */
function actual(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return Math.round(v.getTime() / 86400000 + 25569);
  if (typeof v === "object" && "formula" in v)
    return actual((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if (typeof v === "object" && "error" in v) return (v as { error: string }).error;
  return v === "" ? null : v;
}

let layouts: SheetLayout[];
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  layouts = buildWorkbookLayouts(plan, offers);
  const bytes = await layoutsToXlsx(ExcelJS, layouts);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
});

test("every sheet is there, in order", () => {
  expect(wb.worksheets.map((w) => w.name)).toEqual(layouts.map((l) => l.title));
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Offers", "Assumptions", "Recommendation", "Roadmap"]);
});

test("every block matches cell by cell (values, and formulas' computed values)", () => {
  let checked = 0;
  for (const layout of layouts) {
    const ws = wb.getWorksheet(layout.title) as ExcelJS.Worksheet;
    for (const b of layout.blocks) {
      b.rows.forEach((row, i) =>
        row.forEach((c, j) => {
          const got = actual(ws.getCell(b.row + i + 1, b.col + j + 1).value);
          const want = expected(c);
          if (typeof want === "number") expect(got).toBeCloseTo(want, 9);
          else
            expect({ at: `${layout.title}!${b.key}[${i}][${j}]`, v: got }).toEqual({
              at: `${layout.title}!${b.key}[${i}][${j}]`,
              v: want,
            });
          checked++;
        }),
      );
    }
  }
  expect(checked).toBeGreaterThan(200);
});

test("tables are present with their header rows", () => {
  const tables = (name: string) =>
    Object.keys((wb.getWorksheet(name) as ExcelJS.Worksheet & { tables: object }).tables);
  expect(tables("Offers")).toEqual([TABLE_NAMES.offers]);
  expect(tables("Recommendation").sort()).toEqual([TABLE_NAMES.ranking, TABLE_NAMES.tipping].sort());
  expect(tables("Roadmap")).toEqual([TABLE_NAMES.roadmap, TABLE_NAMES.mistakes]);
  const t = (wb.getWorksheet("Offers") as ExcelJS.Worksheet).getTable(TABLE_NAMES.offers) as unknown as {
    table: { tableRef: string; columns: { name: string }[] };
  };
  expect(t.table.tableRef).toBe(`A4:J${4 + offers.length}`);
  expect(t.table.columns.map((c) => c.name)).toEqual([
    "Company",
    "Title",
    "Scope type",
    "Scope",
    "Data maturity",
    "Support",
    "Growth",
    "Notes",
    "Score",
    "Rank",
  ]);
});

test("the named range OfferWeights points at the weights", () => {
  const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  expect(names).toEqual([{ name: WEIGHTS_NAME, ranges: ["Assumptions!$B$6:$E$6"] }]);
  const ws = wb.getWorksheet("Assumptions") as ExcelJS.Worksheet;
  expect([2, 3, 4, 5].map((c) => ws.getCell(6, c).value)).toEqual([...plan.weights]);
});

test("OFFER.* formulas are stored as values with a note, unless Excel's own functions compute the same; other formulas stay live", () => {
  const ws = wb.getWorksheet("Offers") as ExcelJS.Worksheet;
  expect(typeof ws.getCell("I5").value).toBe("number"); // Score: OFFER.SCORE -> value
  // Scope following the role: OFFER.SCOPEFIT has a plain-Excel twin, written live with its value.
  const scope = ws.getCell("D5").value as ExcelJS.CellFormulaValue;
  expect(scope.formula).toMatch(/^IF\(TRIM\(Offers\[\[#This Row\],\[Scope type\]\]\)=""/);
  expect(scope.result).toBe(scopeFit("models", quizResult(plan.answers).role));
  expect(ws.getCell("I4").note).toBe(VALUE_NOTE);
  expect(ws.getCell("D4").note).toBeUndefined();
  expect(String(ws.getCell("A3").value)).toMatch(/Score holds the values computed when it was made/);
  const rank = ws.getCell("J5").value as ExcelJS.CellFormulaValue;
  expect(rank.formula).toBe(
    'IF(Offers[[#This Row],[Score]]="","",_xlfn.RANK.EQ(Offers[[#This Row],[Score]],Offers[Score]))',
  );
  const share = (wb.getWorksheet("Assumptions") as ExcelJS.Worksheet).getCell("B7")
    .value as ExcelJS.CellFormulaValue;
  expect(share.formula).toBe("B6/SUM($B$6:$E$6)");
  expect(share.result).toBeCloseTo(0.4, 12);
});

test("text from cells lands as text, never as a formula", () => {
  const ws = wb.getWorksheet("Offers") as ExcelJS.Worksheet;
  expect(ws.getCell("A5").value).toBe('=HYPERLINK("http://evil")');
  expect(ws.getCell("A5").type).toBe(ExcelJS.ValueType.String);
  expect(ws.getCell("H5").value).toBe("+cmd");
  expect(ws.getCell("H7").value).toBe("@SUM(A1)");
});

test("the chart is drawn as range bars beside its numbers, below the ranking, the score after its bar", () => {
  const ws = wb.getWorksheet("Recommendation") as ExcelJS.Worksheet;
  const data = layouts[2].blocks.find((b) => b.key === "chartData")!;
  // The ranking ends on sheet row 34 + offers; one blank row, then the chart's numbers (A-D) and,
  // beside them from column E, the title, the note and one bar per offer: name, bar, score.
  const top = 36 + offers.length;
  expect(ws.getCell(`A${top}`).value).toBe("Offer");
  expect(ws.getCell(`E${top}`).value).toBe("Scores with their ranges");
  expect(ws.getCell(`E${top + 1}`).value).toBe(RANGE_CHART_NOTE);
  const [name, lo, score, hi] = data.rows[1] as [string, number, number, number];
  expect(ws.getCell(`A${top + 1}`).value).toBe(name);
  expect(ws.getCell(`E${top + 2}`).value).toBe(name);
  expect(String(ws.getCell(`F${top + 2}`).value)).toBe(rangeBar(lo, score, hi));
  expect(ws.getCell(`G${top + 2}`).value).toBeCloseTo(score, 9);
  expect(ws.getCell(`G${top + 2}`).numFmt).toBe("0.0");
  // No data bar under the numbers.
  const cf = (ws as unknown as { conditionalFormattings: { rules: { type: string }[] }[] })
    .conditionalFormattings;
  expect(cf.flatMap((c) => c.rules.map((r) => r.type))).not.toContain("dataBar");
});

test("rangeBar: solid to the lowest, dark shade to the score, light shade to the highest", () => {
  expect(rangeBar(50, 50, 50)).toBe(textBar(50));
  expect(rangeBar(50, 62.5, 75)).toBe("\u2588".repeat(10) + "\u2593".repeat(3) + "\u2591".repeat(2));
  expect(rangeBar(0, 50, 100)).toBe("\u2593".repeat(10) + "\u2591".repeat(10));
  for (const [lo, v, hi] of [
    [10, 40, 90],
    [33, 34, 35],
    [0, 0, 100],
  ])
    expect(rangeBar(lo, v, hi)).toHaveLength(Math.round(hi / 5));
});

test("textBar: a block per 5 points, eighths for the rest", () => {
  expect(textBar(0)).toBe("");
  expect(textBar(100)).toBe("\u2588".repeat(20));
  expect(textBar(50)).toBe("\u2588".repeat(10));
  expect(textBar(52.5)).toBe("\u2588".repeat(10) + "\u258C");
  expect(textBar(81.25)).toBe("\u2588".repeat(16) + "\u258E");
});

test("roadmap dates are real dates", () => {
  const ws = wb.getWorksheet("Roadmap") as ExcelJS.Worksheet;
  expect(ws.getCell("C6").value).toEqual(fromExcelSerial(46027));
  expect(ws.getCell("C6").numFmt).toBe("yyyy-mm-dd");
});

test("number formats: percentages for weights and shares, 0.0 points, signed lean", () => {
  const a = wb.getWorksheet("Assumptions") as ExcelJS.Worksheet;
  // plan.weights sum to 1: still raw weights (0.40), not shares; the share row is the percentage.
  for (const c of ["B", "C", "D", "E"]) {
    expect(a.getCell(`${c}6`).numFmt).toBe("0.00");
    expect(a.getCell(`${c}7`).numFmt).toBe("0.0%");
    expect(a.getCell(`${c}6`).alignment).toMatchObject({ horizontal: "center" });
  }
  expect(a.getCell("B36").numFmt).toMatch(/^\+0\.00/);
  const r = wb.getWorksheet("Recommendation") as ExcelJS.Worksheet;
  for (const c of ["B", "C", "E"]) expect(r.getCell(`${c}27`).numFmt).toBe("0.0%");
  for (const c of ["D", "I", "J", "K", "L"]) expect(r.getCell(`${c}35`).numFmt).toBe("0.0");
  expect(r.getCell("F35").numFmt).toBe("0%");
  expect(r.getCell("B8").numFmt).toMatch(/^\+0\.00/);
});

test("alignment: centred numbers, top-aligned wrapped rows, wrapped headers that grow", () => {
  const rm = wb.getWorksheet("Roadmap") as ExcelJS.Worksheet;
  for (const a of ["A5", "A6", "B6", "C6", "I6"])
    expect({ a, al: rm.getCell(a).alignment }).toMatchObject({ a, al: { horizontal: "center" } });
  for (const a of ["A6", "B6", "E6", "H9"])
    expect({ a, al: rm.getCell(a).alignment }).toMatchObject({ a, al: { vertical: "top" } });
  const r = wb.getWorksheet("Recommendation") as ExcelJS.Worksheet;
  expect(r.getCell("F34").alignment).toMatchObject({ wrapText: true });
  expect(r.getRow(34).height).toBeGreaterThanOrEqual(30);
  const o = wb.getWorksheet("Offers") as ExcelJS.Worksheet;
  for (const a of ["D5", "E5", "F5", "G5", "I5", "J5"])
    expect({ a, al: o.getCell(a).alignment }).toMatchObject({ a, al: { horizontal: "center" } });
});

test("the Offers intro is merged across the table and wraps; widths are the layout's", () => {
  const o = wb.getWorksheet("Offers") as ExcelJS.Worksheet;
  expect(o.getCell("J2").master.address).toBe("A2");
  expect(o.getCell("A2").alignment).toMatchObject({ wrapText: true, vertical: "top" });
  expect(o.getRow(2).height).toBeGreaterThanOrEqual(30);
  // Every width is in the file, 9 included (ExcelJS drops a width equal to its default of 9).
  for (const l of layouts) {
    const ws = wb.getWorksheet(l.title) as ExcelJS.Worksheet;
    l.columnWidths.forEach((w, j) =>
      expect({ at: `${l.title} ${j}`, w: ws.getColumn(j + 1).width }).toEqual({
        at: `${l.title} ${j}`,
        w: fileColumnWidth(w as number),
      }),
    );
  }
});

describe("fileFormula", () => {
  test("spells out structured references and prefixes new functions", () => {
    expect(fileFormula('=IF([@[Scope type]]="","",X([@[Scope type]],"[@a]"))', "T")).toBe(
      'IF(T[[#This Row],[Scope type]]="","",X(T[[#This Row],[Scope type]],"[@a]"))',
    );
    expect(fileFormula("=rank.eq([@Score],[Score])", "T")).toBe(
      "_xlfn.RANK.EQ(T[[#This Row],[Score]],T[Score])",
    );
    expect(fileFormula("=SUM(T[Score])", "T")).toBe("SUM(T[Score])");
  });
  test("recognises OFFER.* calls outside string literals", () => {
    expect(callsOfferFunction("=OFFER.SCORE(A1,B1,C1,D1)")).toBe(true);
    expect(callsOfferFunction('=IF(A1="","",offer.scopefit(A1,"DS"))')).toBe(true);
    expect(callsOfferFunction('=IF(A1="OFFER.SCORE(",1,2)')).toBe(false);
    expect(callsOfferFunction("=MYOFFER.SCORE(1)")).toBe(false);
  });
});

test("rating cells: one custom rule per column, on its top cell's address (Excel shifts it), accepting 1-5 or range text", () => {
  const ws = wb.getWorksheet("Offers") as ExcelJS.Worksheet;
  for (const [a, top] of [
    ["E5", "E5"],
    ["F6", "F5"],
    ["G7", "G5"],
  ]) {
    const v = ws.getCell(a).dataValidation;
    expect(v).toMatchObject({ type: "custom", allowBlank: true, showErrorMessage: true });
    expect(v.formulae).toEqual([validationFormula(RATING_RULE, top).slice(1)]);
    expect(v.prompt).toMatch(/range: 3 to 4/);
  }
});

describe("a file's notes say what the file holds, not what the add-in does", () => {
  /** Every non-empty cell of a sheet: its address, its text (or formula result) and its formula. */
  function cellsOf(name: string): { at: string; text: string; formula: string | null }[] {
    const out: { at: string; text: string; formula: string | null }[] = [];
    (wb.getWorksheet(name) as ExcelJS.Worksheet).eachRow((row) =>
      row.eachCell((c) => {
        const v = c.value;
        const formula =
          typeof v === "object" && v !== null && "formula" in v
            ? (v as ExcelJS.CellFormulaValue).formula
            : null;
        out.push({ at: `${name}!${c.address}`, text: String(actual(v)), formula });
      }),
    );
    return out;
  }
  const SHEETS = ["Offers", "Assumptions", "Recommendation", "Roadmap"];

  test("no note promises a recalculation, the task pane or a Write button", () => {
    const texts = SHEETS.flatMap(cellsOf);
    expect(texts.length).toBeGreaterThan(200);
    for (const c of texts)
      expect({
        at: c.at,
        bad: /recalculates|task pane|Write the recommendation again|writing the roadmap again/.test(c.text),
      }).toEqual({
        at: c.at,
        bad: false,
      });
  });

  test("Assumptions!A2 says a weight changes no score, and no formula but the shares reads the weights", () => {
    const a2 = String((wb.getWorksheet("Assumptions") as ExcelJS.Worksheet).getCell("A2").value);
    expect(a2).toMatch(/In this file Score holds the values computed when it was made/);
    expect(a2).toMatch(/changing a weight here does not change the scores/);
    // What makes it true: the only formulas naming the weights (by name or by their cells) are the
    // share row under them, and Score is a number, not a formula.
    const readers = SHEETS.flatMap(cellsOf).filter(
      (c) => c.formula !== null && /OfferWeights|\$?[B-E]\$?6\b/i.test(c.formula),
    );
    expect(readers.map((c) => c.at)).toEqual(["B7", "C7", "D7", "E7"].map((x) => `Assumptions!${x}`));
    for (const row of [5, 6, 7])
      expect(typeof (wb.getWorksheet("Offers") as ExcelJS.Worksheet).getCell(`I${row}`).value).toBe("number");
  });

  test("Recommendation!A2 says the sheet stays as it was made, and it holds no formula", () => {
    const a2 = String((wb.getWorksheet("Recommendation") as ExcelJS.Worksheet).getCell("A2").value);
    expect(a2).toMatch(
      /computed when this file was made, and stays as it is when a rating or a weight changes/,
    );
    expect(cellsOf("Recommendation").filter((c) => c.formula !== null)).toEqual([]);
  });

  test("Roadmap: Skills to stress names the weak skills and the unrated ones; no tick note about writing again", () => {
    const ws = wb.getWorksheet("Roadmap") as ExcelJS.Worksheet;
    expect(String(ws.getCell("A4").value)).not.toMatch(/again/);
    // plan rates engineering 2, mlops 1, systems 4: every phase skill it rates at 3 or lower is named,
    // every one it leaves out is listed as not rated, and "None flagged" only where all were rated.
    const role = quizResult(plan.answers).role;
    const name = (id: string): string => SKILLS.find((s) => s.id === id)?.name ?? id;
    const rated = plan.skills as Record<string, number>;
    ROADMAPS[role].forEach((phase, i) => {
      const ids: readonly string[] = phase.skills;
      const weak = ids.filter((id) => rated[id] !== undefined && rated[id] <= 3);
      const unrated = ids.filter((id) => rated[id] === undefined);
      const cell = String(ws.getCell(6 + i, 7).value);
      for (const id of weak) expect(cell).toContain(name(id));
      if (unrated.length > 0)
        expect(cell).toMatch(new RegExp(`not rated: ${unrated.map(name).join(", ")}`, "i"));
      else expect(cell).not.toMatch(/not rated/i);
      if (weak.length === 0 && unrated.length === 0) expect(cell).toBe("None flagged by your skills check");
    });
  });
});
