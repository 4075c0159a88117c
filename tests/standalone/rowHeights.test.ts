/**
 * A file's wrapped rows are tall enough for their longest cell over all columns: the roles compared
 * on the Recommendation sheet, in each role's order, read back from the .xlsx. Lines are counted here by a plain greedy word wrap at the column's width in
 * characters, less one for the cell's padding.
 */
import ExcelJS from "exceljs";
import { ROLE_NAMES, type Rating } from "../../src/scoring";
import { layoutsToXlsx } from "../../src/workbook/excelJsWriter";
import { EXAMPLE_OFFERS } from "../../src/workbook/inputs";
import { buildWorkbookLayouts, RECOMMENDATION_ROWS } from "../../src/workbook/sheets";
import { evenPlan } from "../fixtures";

function lines(text: string, width: number): number {
  const perLine = Math.floor(width) - 1;
  return text.split("\n").reduce((n, paragraph) => {
    let count = 1;
    let line = "";
    for (const word of paragraph.split(" ").filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (candidate.length <= perLine) line = candidate;
      else {
        // A word longer than a line breaks; otherwise it starts the next line.
        count += line ? 1 : 0;
        count += Math.ceil(word.length / perLine) - 1;
        line = word.slice(-(word.length % perLine || perLine));
      }
    }
    return n + count;
  }, 0);
}

const ANSWERS: Record<string, Rating[]> = {
  DS: [5, 5, 4, 5, 2, 2, 3, 2],
  MLE: [2, 1, 2, 2, 5, 4, 5, 5],
  Hybrid: [4, 4, 4, 4, 4, 4, 4, 4],
};

async function recommendationSheet(answers: Rating[]): Promise<ExcelJS.Worksheet> {
  const plan = { ...evenPlan(answers), startSerial: 46391 };
  const bytes = await layoutsToXlsx(ExcelJS, buildWorkbookLayouts(plan, EXAMPLE_OFFERS));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb.getWorksheet("Recommendation") as ExcelJS.Worksheet;
}

test("the greedy count: the trial's cut-off cells need 4 and 3 lines at width 24", () => {
  expect(lines("ML systems that are deployed, scaled and monitored: shipping it at scale", 24)).toBe(4);
  expect(lines("Software engineering, systems design, automation, MLOps", 24)).toBe(3);
  expect(lines("short", 24)).toBe(1);
});

test.each(Object.keys(ANSWERS))(
  "%s: every row of the roles compared is as tall as its longest cell needs",
  async (role) => {
    const ws = await recommendationSheet(ANSWERS[role]);
    expect(String(ws.getCell(RECOMMENDATION_ROWS.compare + 1, 2).value)).toContain(
      role === "MLE" ? ROLE_NAMES.MLE : ROLE_NAMES.DS,
    );
    const short: string[] = [];
    // The header row and the five aspects (sheet rows are 1-based here).
    for (let r = RECOMMENDATION_ROWS.compare + 1; r <= RECOMMENDATION_ROWS.compare + 6; r++) {
      const height = ws.getRow(r).height ?? 15;
      for (let c = 1; c <= 3; c++) {
        const needed = lines(String(ws.getCell(r, c).value ?? ""), ws.getColumn(c).width ?? 8.43) * 15;
        if (height < needed) short.push(`${"ABC"[c - 1]}${r}: ${height} pt, needs ${needed}`);
      }
    }
    expect(short).toEqual([]);
  },
);
