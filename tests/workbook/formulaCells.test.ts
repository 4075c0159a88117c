/**
 * Formula cells in an imported workbook: a formula with no saved result (openpyxl and other tools
 * that do not calculate write none) is never read as a blank. In a rating, Company or Scope type it
 * is a problem named with its cell; in Title and Notes its text is kept; the add-in's own Scope
 * formula still follows the role; a formula with a saved result reads as that result.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { FileProblems, readOffersXlsx } from "../../src/workbook/offersFile";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const BrowserExcelJS = require("exceljs/dist/exceljs.min.js") as typeof ExcelJS;

const DIR = path.resolve(__dirname, "../fixtures/files");
const bytesOf = (name: string): Uint8Array => new Uint8Array(fs.readFileSync(path.join(DIR, name)));

async function problemsOf(lib: typeof ExcelJS, bytes: Uint8Array): Promise<string[]> {
  try {
    await readOffersXlsx(lib, bytes, "f.xlsx");
  } catch (e) {
    if (e instanceof FileProblems) return e.message.split("\n").slice(1);
    throw e;
  }
  throw new Error("read without a problem");
}

describe.each([
  ["ExcelJS (Node)", ExcelJS],
  ["ExcelJS (browser build)", BrowserExcelJS],
])("openpyxl formulas with no saved result, read with %s", (_name, lib) => {
  test("a rating, a Company and a Scope type holding one are each named with file, sheet, cell and the formula", async () => {
    const lines = await problemsOf(lib, bytesOf("openpyxl-formulas.xlsx"));
    expect(lines).toHaveLength(3);
    const expected = [
      ["G2 (Growth)", "=AVERAGE(3,5)"],
      ["A3 (Company)", '="Be"&"ta"'],
      ["C4 (Scope type)", '=LOWER("MODELS")'],
    ];
    expected.forEach(([cell, formula], i) => {
      expect(lines[i]).toContain(
        `f.xlsx, sheet "Offers", cell ${cell}: found the formula ${formula} with no saved result`,
      );
      expect(lines[i]).toMatch(/open the file in Excel or LibreOffice and save it .*, or type the value$/);
    });
    // The add-in's own Scope formula (D3, =OFFER.SCOPEFIT) is no problem: it follows the role.
    expect(lines.join("\n")).not.toContain("D3");
  });

  test("in Title and Notes the formula's text is kept, not lost", async () => {
    const read = await readOffersXlsx(lib, bytesOf("openpyxl-formula-text.xlsx"), "t.xlsx");
    expect(read.offers[0].title).toBe('="Data "&"Scientist"');
    expect(read.offers[0].notes).toBe('=HYPERLINK("https://example.com/acme","posting")');
    expect(read.offers.map((o) => [o.company, o.growth])).toEqual([
      ["Acme", 3],
      ["Beta", 5],
    ]);
  });
});

test("a formula with a saved result reads as that result (plain and shared formulas)", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Offers");
  ws.addRow(["Company", "Scope", "Data maturity", "Support", "Growth"]);
  ws.addRow(["Acme", 4, 2, 4, null]);
  ws.addRow(["Beta", 3, 5, 3, null]);
  ws.getCell("E2").value = { formula: "AVERAGE(3,5)", result: 4 } as ExcelJS.CellFormulaValue;
  ws.getCell("E3").value = { sharedFormula: "E2", result: 2 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell("A4").value = { formula: '"Ga"&"mma"', result: "Gamma" } as ExcelJS.CellFormulaValue;
  ws.getCell("B4").value = 1;
  ws.getCell("C4").value = 1;
  ws.getCell("D4").value = 1;
  ws.getCell("E4").value = 1;
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const read = await readOffersXlsx(ExcelJS, bytes, "r.xlsx");
  expect(read.offers.map((o) => [o.company, o.growth])).toEqual([
    ["Acme", 4],
    ["Beta", 2],
    ["Gamma", 1],
  ]);
});
