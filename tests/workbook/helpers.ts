import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from "../fake-excel/fake-excel";
import type { WriterOptions } from "../../src/workbook";

export { PLAN } from "../fixtures";

export function newFake(opts?: FakeExcelOptions): FakeExcel {
  const fake = createFakeExcel(opts);
  fake.helpers.addSheet("Sheet1");
  return fake;
}

export function writerOpts(fake: FakeExcel, extra: Partial<WriterOptions> = {}): WriterOptions {
  return { run: fake.Excel.run.bind(fake.Excel) as WriterOptions["run"], ...extra };
}

const TYPES = ["models", "deployment", "end-to-end", "reporting"];

/** n offer rows as the person would type them (Scope left to the formula). */
export function offerRows(n: number, seed = 1): (string | number | null)[][] {
  let x = seed;
  const rnd = (): number => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
  const rows: (string | number | null)[][] = [];
  for (let i = 0; i < n; i++) {
    rows.push([
      `Company ${i + 1}`,
      i % 2 ? "Data Scientist" : "ML Engineer",
      TYPES[i % 4],
      null,
      1 + Math.round(rnd() * 8) / 2,
      1 + Math.round(rnd() * 8) / 2,
      1 + Math.round(rnd() * 8) / 2,
      `Note for offer ${i + 1}`,
      null,
      null,
    ]);
  }
  return rows;
}

/**
 * Fills the add-in's Offers table with rows as a person would: resizes the table (the fake's model)
 * and types the cells; the formula columns get the add-in's formulas like a calculated column.
 */
export function fillOffers(fake: FakeExcel, rows: (string | number | null)[][], sheetName = "Offers"): void {
  const t = fake.workbook.tables.find((x) => x.sheet.name === sheetName);
  if (!t) throw new Error("no offers table");
  const formulas = fake.helpers.formulas(
    sheetName,
    fake.helpers.rectToA1({ r0: t.rect.r0 + 1, c0: t.rect.c0, rows: 1, cols: 10 }),
  )[0];
  t.rect = { ...t.rect, rows: rows.length + 1 };
  const withFormulas = rows.map((r) =>
    r.map((v, j) => (v === null && (j === 3 || j === 8 || j === 9) ? formulas[j] : v === null ? "" : v)),
  );
  // Text the person types is text: mimic typing with a quote prefix for strings that Excel would otherwise interpret.
  const typed = withFormulas.map((r) =>
    r.map((v, j) => (typeof v === "string" && v !== "" && !(j === 3 || j === 8 || j === 9) ? "'" + v : v)),
  );
  fake.helpers.setValues(
    sheetName,
    fake.helpers.rectToA1({ r0: t.rect.r0 + 1, c0: t.rect.c0, rows: rows.length, cols: 10 }),
    typed,
  );
}

/** A sheet's cells except the ones inside `except` (A1), for "nothing else changed" checks. */
export function cellsOf(fake: FakeExcel, sheetName: string): string {
  return fake.helpers.snapshot(sheetName);
}
