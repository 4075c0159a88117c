/**
 * Rating ranges through the readers (issue 10, item 5): a range is text in a cell and survives the
 * xlsx round trip as typed; an invalid rating is an issue naming row and column (a file import) or,
 * with keepInvalid, also kept as typed (a grid that shows it back).
 */
import ExcelJS from "exceljs";
import { layoutsToXlsx } from "../../src/workbook/excelJsWriter";
import { evaluate, type OfferInput, readOffersTable } from "../../src/workbook/inputs";
import { readOffersCsv, readOffersXlsx } from "../../src/workbook/offersFile";
import { buildWorkbookLayouts } from "../../src/workbook/sheets";
import { evenPlan } from "../fixtures";

const PLAN = evenPlan([3, 3, 3, 3, 4, 4, 4, 4]);
const HEADER = ["Company", "Title", "Scope type", "Scope", "Data maturity", "Support", "Growth", "Notes"];

const OFFERS: OfferInput[] = [
  {
    company: "Acme",
    title: "DS",
    scopeType: "models",
    scope: null,
    dataMaturity: "3-5",
    support: "2 to 3",
    growth: 4,
    notes: "",
  },
  {
    company: "Beta",
    title: "MLE",
    scopeType: "",
    scope: "3.5 - 4",
    dataMaturity: 4,
    support: "4\u20135",
    growth: 2.5,
    notes: "n",
  },
];

test("ranges written to the report workbook read back exactly as typed", async () => {
  const bytes = await layoutsToXlsx(ExcelJS, buildWorkbookLayouts(PLAN, OFFERS));
  const read = await readOffersXlsx(ExcelJS, bytes, "round.xlsx");
  const cells = (o: OfferInput): unknown[] => [o.dataMaturity, o.support, o.growth];
  expect(read.offers.map(cells)).toEqual(OFFERS.map(cells));
  // A typed scope comes back as typed; a blank one holds the Scope formula and follows the role again.
  expect(read.offers[1].scope).toBe("3.5 - 4");
  expect(read.offers[0].scope).toBeNull();
  // The same offers give the same chances and score ranges after the round trip.
  const a = evaluate(PLAN, OFFERS);
  const b = evaluate(PLAN, read.offers);
  expect(b.chances).toEqual(a.chances);
  expect(b.scoreRanges).toEqual(a.scoreRanges);
});

test("an xlsx, a CSV and the table reader agree on ranges typed as text", async () => {
  const rows = [
    ["A", "T", "", 4, "2-5", 3, "3 to 4", ""],
    ["B", "T", "", 4, 3, "3", 3, ""],
  ];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Offers");
  ws.addRow(HEADER);
  rows.forEach((r) => ws.addRow(r));
  const fromXlsx = await readOffersXlsx(ExcelJS, new Uint8Array(await wb.xlsx.writeBuffer()), "t.xlsx");
  const fromCsv = readOffersCsv([HEADER, ...rows].map((r) => r.join(",")).join("\n"), "t.csv");
  expect(fromXlsx.offers).toEqual(fromCsv.offers);
  expect(fromCsv.offers[1].support).toBe(3);
  expect(evaluate(PLAN, fromXlsx.offers).chances).toEqual(evaluate(PLAN, fromCsv.offers).chances);
});

test("a date where a range was meant is an issue with a hint", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Offers");
  ws.addRow(HEADER);
  ws.addRow(["A", "T", "", 4, new Date(Date.UTC(2026, 2, 5)), 3, 3, ""]);
  await expect(
    readOffersXlsx(ExcelJS, new Uint8Array(await wb.xlsx.writeBuffer()), "d.xlsx"),
  ).rejects.toThrow(
    /d\.xlsx, sheet "Offers", cell E2 \(Data maturity\): found "2026-03-05"; .*looks like a date/,
  );
});

test("readOffersTable: invalid text is an issue per cell; keepInvalid also keeps it as typed", () => {
  const body = [["A", "T", "", "four", "3-4", 9, "4e", ""]];
  const plain = readOffersTable(HEADER, body);
  expect(plain.issues.map((i) => [i.row, i.column])).toEqual([
    [1, "Scope"],
    [1, "Support"],
    [1, "Growth"],
  ]);
  expect(plain.offers[0]).toMatchObject({ scope: null, dataMaturity: "3-4", support: null, growth: null });
  const kept = readOffersTable(HEADER, body, { keepInvalid: true });
  expect(kept.issues).toEqual(plain.issues);
  expect(kept.offers[0]).toMatchObject({ scope: "four", dataMaturity: "3-4", support: 9, growth: "4e" });
  // evaluate() then reports each, and leaves the offer out rather than scoring it as blank.
  const ev = evaluate(PLAN, kept.offers);
  expect(ev.invalid.map((x) => [x.criterion, x.text])).toEqual([
    ["scope", "four"],
    ["support", "9"],
    ["growth", "4e"],
  ]);
  expect(ev.recommendation.ranked).toEqual([]);
});
