/**
 * Text that looks like a formula (=, +, -, @, a leading tab or carriage return) is written to the
 * downloaded/report workbook as the literal text and never becomes a formula, in every column that
 * takes the person's text. (The Office.js writer's side is in tests/workbook/officeWriter.test.ts.)
 */
import ExcelJS from "exceljs";
import { layoutsToXlsx } from "../../src/workbook/excelJsWriter";
import type { OfferInput } from "../../src/workbook/inputs";
import { buildWorkbookLayouts } from "../../src/workbook/sheets";
import { evenPlan } from "../fixtures";

const INJECTIONS = [
  '=HYPERLINK("http://x","click")',
  "+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(A1)",
  "\t=1+1",
  "\r=1+1",
  // Looks like the file format's own escape for a carriage return: must come back as typed.
  "a_x000D_b",
];

const PLAN = evenPlan([3, 3, 3, 3, 4, 4, 4, 4]);

test("every injection string lands as literal text in company, title and notes, on every sheet", async () => {
  const offers: OfferInput[] = INJECTIONS.map((text, i) => ({
    company: text,
    title: text,
    scopeType: "models",
    scope: null,
    dataMaturity: 1 + (i % 5),
    support: 3,
    growth: 4,
    notes: text,
  }));
  const bytes = await layoutsToXlsx(ExcelJS, buildWorkbookLayouts(PLAN, offers));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const seen = new Map<string, number>();
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (typeof v === "string" && INJECTIONS.includes(v)) seen.set(v, (seen.get(v) ?? 0) + 1);
        // No cell anywhere holds a formula built from the person's text.
        if (v && typeof v === "object" && "formula" in v) {
          for (const text of INJECTIONS) expect(String(v.formula)).not.toContain(text.trim().slice(1, 8));
        }
      }),
    ),
  );
  // Company, title and notes on Offers at least: three times each.
  // Each text by name, so a failure says which one was altered.
  expect(Object.fromEntries(INJECTIONS.map((t) => [JSON.stringify(t), (seen.get(t) ?? 0) >= 3]))).toEqual(
    Object.fromEntries(INJECTIONS.map((t) => [JSON.stringify(t), true])),
  );
});
