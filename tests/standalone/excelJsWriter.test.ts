/**
 * ExcelJS round trip: the workbook the ExcelJS renderer writes, read back with ExcelJS, matches the
 * layout module's blocks cell by cell (values; formulas' computed values), with every sheet, table
 * and the named range present.
 */
import ExcelJS from "exceljs";
import { isFormulaCell, type Cell, type SheetLayout } from "../../src/workbook/layout";
import { buildWorkbookLayouts, TABLE_NAMES, WEIGHTS_NAME } from "../../src/workbook/sheets";
import { callsOfferFunction, fileFormula, layoutsToXlsx, VALUE_NOTE } from "../../src/workbook/excelJsWriter";
import type { OfferInput, PlanInput } from "../../src/workbook/inputs";
import { fromExcelSerial } from "../../src/scoring";

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
  expect(tables("Roadmap")).toEqual([TABLE_NAMES.roadmap]);
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

test("OFFER.* formulas are stored as values with a note; other formulas stay live", () => {
  const ws = wb.getWorksheet("Offers") as ExcelJS.Worksheet;
  expect(typeof ws.getCell("I5").value).toBe("number"); // Score: OFFER.SCORE -> value
  expect(typeof ws.getCell("D5").value).toBe("number"); // Scope: OFFER.SCOPEFIT -> value
  expect(ws.getCell("I4").note).toBe(VALUE_NOTE);
  expect(String(ws.getCell("A3").value)).toMatch(/computed when this file was made/);
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

test("the chart is drawn as bars next to the ranking", () => {
  const ws = wb.getWorksheet("Recommendation") as ExcelJS.Worksheet;
  expect(ws.getCell("L4").value).toBe("Scores");
  expect(ws.getCell("L6").value).toBe("Beta");
  expect(ws.getCell("M6").value).toBeCloseTo(
    layouts[2].blocks.find((b) => b.key === "ranking")!.rows[1][3] as number,
    9,
  );
  expect(String(ws.getCell("N6").value)).toMatch(/^\u2588+$/);
});

test("roadmap dates are real dates", () => {
  const ws = wb.getWorksheet("Roadmap") as ExcelJS.Worksheet;
  expect(ws.getCell("C6").value).toEqual(fromExcelSerial(46027));
  expect(ws.getCell("C6").numFmt).toBe("yyyy-mm-dd");
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
