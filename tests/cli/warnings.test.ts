/**
 * Rows that read but may not be what was meant: the same Company and Title twice, a row with no
 * Company, an unknown Scope type next to a typed Scope. Each is a warning naming its rows (the
 * report is still written); the same rules for .xlsx and .csv; -q keeps them.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { readOffersCsv, readOffersXlsx } from "../../src/workbook/offersFile";

jest.setTimeout(120000);

/** The trial's t_edge2 layout: header on row 1, a blank row 4. */
const ROWS: (string | number | null)[][] = [
  ["Company", "Scope", "Scope type", "Data maturity", "Support", "Growth"],
  ["Acme", null, null, 4, 4, 4],
  ["Beta", 3, "Deployment ", "3-5", 3, 3],
  [null, null, null, null, null, null],
  ["Gamma", 4, "ML platform", 3, 2, 5],
  [null, 4, null, 3, 3, 3],
  ["Acme", 5, null, 5, 5, 5],
  ["Eps", "4 to 5", null, "3-4", " 2 - 3 ", 4],
];

const EXPECTED = (where: (row: number) => string, file: string): string[] => [
  `${where(5)}: the Scope type "ML platform" is not one of models, deployment, end-to-end, reporting; it is ignored, and the Scope typed in the row is used.`,
  `${where(6)}: no Company, so the report calls this offer "Offer 4"; type the company's name.`,
  `${file}, rows 2 and 7: both name "Acme" with no Title, so the report cannot tell them apart; give each a Title or a different Company name (such as "Acme (London)").`,
];

async function xlsxBytes(rows: typeof ROWS): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Offers");
  rows.forEach((r, i) => r.forEach((v, j) => (ws.getCell(i + 1, j + 1).value = v)));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
const csvText = (rows: typeof ROWS): string =>
  rows.map((r) => r.map((v) => v ?? "").join(",")).join("\n") + "\n";

test("xlsx: each warning names its sheet and rows; the offers are all read", async () => {
  const read = await readOffersXlsx(ExcelJS, await xlsxBytes(ROWS), "e.xlsx");
  expect(read.offers).toHaveLength(6);
  expect(read.warnings).toEqual(
    EXPECTED((r) => `e.xlsx, sheet "Offers", row ${r}`, 'e.xlsx, sheet "Offers"'),
  );
});

test("csv: the same rules, rows being the file's lines", () => {
  const read = readOffersCsv(csvText(ROWS), "e.csv");
  expect(read.warnings).toEqual(EXPECTED((r) => `e.csv, row ${r}`, "e.csv"));
});

test("nothing to warn about: no warnings; a Title tells two rows of one company apart; case and spaces do not", () => {
  const ok = readOffersCsv(
    "Company,Title,Scope type,Scope,Data maturity,Support,Growth\nAcme,DS,models,,3,3,3\nAcme,MLE,deployment,,3,3,3\n",
    "ok.csv",
  );
  expect(ok.warnings).toEqual([]);
  expect(
    readOffersCsv(
      "Company,Title,Scope,Data maturity,Support,Growth\nAcme,DS,3,3,3,3\n acme ,ds,4,4,4,4\nAcme,ds,1,1,1,1\n",
      "d.csv",
    ).warnings,
  ).toEqual([
    'd.csv, rows 2, 3 and 4: all 3 name "Acme" with the Title "DS", so the report cannot tell them apart; give each a Title or a different Company name (such as "Acme (London)").',
  ]);
});

test("the CLI prints them on stderr, also with -q, and still writes the report (exit 0)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "offer-cli-warn-"));
  try {
    fs.writeFileSync(path.join(dir, "e.csv"), csvText(ROWS));
    const r = spawnSync(
      process.execPath,
      [path.resolve(__dirname, "../../bin/offer-evaluator.js"), "report", "e.csv", "-o", "r.xlsx", "-q"],
      { cwd: dir, encoding: "utf8" },
    );
    expect(r.status).toBe(0);
    expect(r.stderr.trimEnd().split("\n")).toEqual(
      EXPECTED((row) => `e.csv, row ${row}`, "e.csv").map((w) => `offer-evaluator: warning: ${w}`),
    );
    expect(fs.existsSync(path.join(dir, "r.xlsx"))).toBe(true);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
