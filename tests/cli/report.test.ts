/**
 * The headless report CLI, run as a user would: `node bin/offer-evaluator.js report ...` against
 * fixtures made in a temp folder (xlsx via ExcelJS, csv as text). Exit codes: 0 ok, 1 bad input,
 * 2 usage error, 3 cannot write the output.
 */
import { spawnSync } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";

jest.setTimeout(120000);

const BIN = path.resolve(__dirname, "../../bin/offer-evaluator.js");
const HEADER = ["Company", "Title", "Scope type", "Scope", "Data maturity", "Support", "Growth", "Notes"];
let dir: string;

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: "utf8", timeout: 120000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const file = (name: string): string => path.join(dir, name);
const sha = (p: string): string => crypto.createHash("sha256").update(fs.readFileSync(p)).digest("hex");

async function writeXlsx(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  await wb.xlsx.writeFile(file(name));
  return file(name);
}

async function readBack(p: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(p);
  return wb;
}

const ROWS = [
  ["Alpha", "Data Scientist", "models", null, 4, 2, 3, '=HYPERLINK("x")'],
  ["Beta", "ML Engineer", "deployment", null, 3, 4, 5, null],
];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "offer-cli-"));
  // The Offers table as the add-in writes it, on a sheet with another name, below other cells.
  await writeXlsx("table.xlsx", (wb) => {
    wb.addWorksheet("Notes").getCell("A1").value = "not offers";
    const ws = wb.addWorksheet("Job offers");
    ws.getCell("A1").value = "My offers";
    ws.addTable({
      name: "Offers",
      ref: "A3",
      headerRow: true,
      columns: [...HEADER, "Score", "Rank"].map((name) => ({ name })),
      rows: ROWS.map((r) => [...r, null, null]),
    });
  });
  // A plain sheet named Offers (no table).
  await writeXlsx("sheet.xlsx", (wb) => {
    const ws = wb.addWorksheet("Offers");
    ws.addRow(HEADER);
    ROWS.forEach((r) => ws.addRow(r));
  });
  await writeXlsx("nooffers.xlsx", (wb) => {
    wb.addWorksheet("Budget").addRow(["Item", "Cost"]);
  });
  await writeXlsx("missingcol.xlsx", (wb) => {
    const ws = wb.addWorksheet("Offers");
    ws.addRow(HEADER.filter((h) => h !== "Growth"));
    ws.addRow(["A", "T", "models", null, 4, 2, "n"]);
  });
  await writeXlsx("outofrange.xlsx", (wb) => {
    const ws = wb.addWorksheet("Offers");
    ws.addRow(HEADER);
    ws.addRow(ROWS[0]);
    ws.addRow(["Beta", "MLE", "deployment", null, 3, 9, 5, null]);
  });
  fs.writeFileSync(file("fake.xlsx"), "Company,Title\nthis is not a zip\n");
  fs.writeFileSync(
    file("offers.csv"),
    `\uFEFF${HEADER.join(",")}\r\nAlpha,Data Scientist,models,,4,2,3,"=HYPERLINK(""x"")"\r\nBeta,ML Engineer,deployment,,3,4,5,\r\n`,
  );
  fs.writeFileSync(
    file("answers.json"),
    JSON.stringify({
      answers: [1, 1, 1, 1, 5, 5, 5, 5],
      plan: { startDate: "2026-01-05", hoursPerWeek: 10 },
    }),
  );
  fs.writeFileSync(file("bad-answers.json"), JSON.stringify({ answers: [1, 1, 1, 1, 5, 5, 5, 9] }));
}, 60000);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("good input", () => {
  test("xlsx with an Offers table -> report workbook (exit 0), input untouched", async () => {
    const before = sha(file("table.xlsx"));
    const r = run("report", "table.xlsx", "-o", "report.xlsx", "--answers", "answers.json");
    expect(r.stderr).toMatch(/2 offers from table "Offers" on sheet "Job offers"/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/wrote report\.xlsx: 2 offers, role Machine Learning Engineer, leader: Beta/);
    expect(sha(file("table.xlsx"))).toBe(before);
    const wb = await readBack(file("report.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Offers", "Assumptions", "Recommendation", "Roadmap"]);
    const offers = wb.getWorksheet("Offers") as ExcelJS.Worksheet;
    expect(offers.getCell("A5").value).toBe("Alpha");
    expect(offers.getCell("H5").value).toBe('=HYPERLINK("x")');
    // Scope follows the role: a plain-Excel lookup of the scope type, its value cached (deployment for an MLE).
    expect(offers.getCell("D6").value).toMatchObject({ result: 5 });
    expect(String((offers.getCell("D6").value as ExcelJS.CellFormulaValue).formula)).toMatch(/Scope type/);
    expect(offers.getCell("I6").value).toBeCloseTo(25 * (0.25 * 4 + 0.25 * 2 + 0.25 * 3 + 0.25 * 4), 9);
    expect((wb.getWorksheet("Recommendation") as ExcelJS.Worksheet).getCell("B35").value).toBe("Beta");
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 60000);

  test("slider weights in the answers file: the report speaks in the numbers the person set", () => {
    fs.writeFileSync(
      file("sliders.json"),
      JSON.stringify({
        weights: { mode: "sliders", sliders: [50, 30, 10, 10], judgments: [1, 1, 1, 1, 1, 1] },
      }),
    );
    const r = run("report", "offers.csv", "-o", "sliders.xlsx", "--answers", "sliders.json");
    expect(r.code).toBe(0);
    // Each "X weight W instead of V" in the tipping table: V is the slider as set, and W gives the
    // share printed beside it with the other sliders unchanged: share = W / (W + sum of the others).
    const claims = [
      ...r.stdout.matchAll(
        /(\d+(?:\.\d)?)%\s+\S+ \((scope|data maturity|support|growth) weight ([\d.]+) instead of (\d+)\)/g,
      ),
    ];
    expect(claims.length).toBeGreaterThan(0);
    const sliders: Record<string, number> = { scope: 50, "data maturity": 30, support: 10, growth: 10 };
    for (const [, share, label, w, v] of claims) {
      expect(Number(v)).toBe(sliders[label]);
      const others = 100 - sliders[label];
      expect((100 * Number(w)) / (Number(w) + others)).toBeCloseTo(Number(share), 0);
    }
  }, 60000);

  test("a sheet named Offers without a table, and a CSV, give the same scores", async () => {
    expect(run("report", "sheet.xlsx", "-o", "from-sheet.xlsx").code).toBe(0);
    expect(run("report", "offers.csv", "-o", "from-csv.xlsx", "-q").code).toBe(0);
    const a = (await readBack(file("from-sheet.xlsx"))).getWorksheet("Offers") as ExcelJS.Worksheet;
    const b = (await readBack(file("from-csv.xlsx"))).getWorksheet("Offers") as ExcelJS.Worksheet;
    for (const addr of ["A5", "D5", "I5", "A6", "D6", "I6"])
      expect(b.getCell(addr).value).toEqual(a.getCell(addr).value);
    expect(b.getCell("H5").value).toBe('=HYPERLINK("x")');
  }, 60000);

  test("an existing output is replaced whole; progress is reported for large inputs", async () => {
    const lines = [HEADER.join(",")];
    for (let i = 0; i < 10500; i++) lines.push(`Co ${i},T,models,,${1 + (i % 5)},3,4,`);
    fs.writeFileSync(file("big.csv"), lines.join("\n"));
    fs.writeFileSync(file("big-report.xlsx"), "old contents");
    const r = run("report", "big.csv", "-o", "big-report.xlsx");
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/read 10,000 rows/);
    expect(r.stderr).toMatch(/10,500 offers/);
    const wb = await readBack(file("big-report.xlsx"));
    expect((wb.getWorksheet("Offers") as ExcelJS.Worksheet).getCell("A10504").value).toBe("Co 10499");
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 120000);
});

describe("bad input: exit 1 with file, sheet, row and column", () => {
  test("not an xlsx", () => {
    const r = run("report", "fake.xlsx", "-o", "x.xlsx");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/fake\.xlsx: not an xlsx file/);
    expect(fs.existsSync(file("x.xlsx"))).toBe(false);
  });
  test("no offers table", () => {
    const r = run("report", "nooffers.xlsx", "-o", "x.xlsx");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /nooffers\.xlsx: no offers table: no table named "Offers", no sheet named "Offers".*"Budget"/,
    );
  });
  test("missing column", () => {
    const r = run("report", "missingcol.xlsx", "-o", "x.xlsx");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /missingcol\.xlsx, sheet "Offers", row 1: the header row has no column "Growth" \(it has "Company", "Title", "Scope type", "Scope", "Data maturity", "Support", "Notes"\)/,
    );
  });
  test("rating out of range", () => {
    const r = run("report", "outofrange.xlsx", "-o", "x.xlsx");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /outofrange\.xlsx, sheet "Offers", cell F3 \(Support\): found 9; expected a rating from 1 to 5, a range such as "3-4" or "2 to 3", or a blank cell/,
    );
  });
  test("rating out of range in a CSV names the line and column", () => {
    fs.writeFileSync(file("bad.csv"), `${HEADER.join(",")}\nA,T,models,,4,2,3,\nB,T,models,,0,2,3,\n`);
    const r = run("report", "bad.csv", "-o", "x.xlsx");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /bad\.csv, row 3, column 5 \(Data maturity\): found "0"; expected a rating from 1 to 5/,
    );
  });
  test("answers file fails the schema", () => {
    const r = run("report", "offers.csv", "-o", "x.xlsx", "--answers", "bad-answers.json");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /bad-answers\.json: 1 problem in the answers file .*\n {2}answers\[7\]: found 9; expected a whole number from 1/,
    );
    fs.writeFileSync(file("extra.json"), JSON.stringify({ answer: [] }));
    expect(run("report", "offers.csv", "-o", "x.xlsx", "--answers", "extra.json").stderr).toMatch(
      /extra\.json: .*answer/,
    );
    fs.writeFileSync(file("broken.json"), "{");
    expect(run("report", "offers.csv", "-o", "x.xlsx", "--answers", "broken.json").stderr).toMatch(
      /broken\.json: not valid JSON/,
    );
  });
  test("a missing input file", () => {
    const r = run("report", "nope.csv", "-o", "x.xlsx");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nope\.csv: cannot read it \(no such file\)/);
    expect(fs.existsSync(file("x.xlsx"))).toBe(false);
  });
});

describe("usage errors: exit 2", () => {
  test("--help prints usage and exits 0", () => {
    const r = run("--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: offer-evaluator report/);
    expect(r.stdout).toMatch(/Exit codes: 0 ok, 1 bad input, 2 usage error, 3 cannot write the output/);
  });
  test.each([
    [[], /no command/],
    [["convert", "a.csv"], /unknown command "convert"/],
    [["report", "offers.csv"], /no output file/],
    [["report", "-o", "x.xlsx"], /no input file/],
    [["report", "offers.csv", "-o", "x.csv"], /must be an \.xlsx/],
    [["report", "offers.csv", "-o", "offers.csv"], /is the input file/],
    [["report", "offers.csv", "-o", "x.xlsx", "--frobnicate"], /unknown option --frobnicate/],
  ])("%j", (args, message) => {
    const r = run(...(args as string[]));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
  });
  test("refuses to overwrite the input, however the path is spelled", () => {
    const before = sha(file("table.xlsx"));
    const r = run("report", "table.xlsx", "-o", `./sub/../table.xlsx`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is the input file/);
    fs.symlinkSync(file("table.xlsx"), file("link.xlsx"));
    expect(run("report", "table.xlsx", "-o", "link.xlsx").code).toBe(2);
    expect(sha(file("table.xlsx"))).toBe(before);
  });
});

describe("CSV as Excel saves it in comma-decimal locales", () => {
  test("semicolons between fields and decimal commas in ratings", async () => {
    fs.writeFileSync(
      file("semi.csv"),
      "Company;Title;Scope type;Scope;Data maturity;Support;Growth;Notes\r\nAlpha;DS;models;4,5;3,5;2;3;Notes, with a comma\r\n",
    );
    const r = run("report", "semi.csv", "-o", "semi.xlsx");
    expect(r.stderr).toMatch(/^1 offer from the CSV file/m);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/: 1 offer, /);
    const ws = (await readBack(file("semi.xlsx"))).getWorksheet("Offers");
    const values: unknown[] = [];
    ws?.eachRow((row) => row.eachCell((c) => values.push(c.value)));
    expect(values).toContain(4.5);
    expect(values).toContain(3.5);
    expect(values).toContain("Notes, with a comma");
  });
});

describe("cannot write: exit 3", () => {
  test("the output folder does not exist", () => {
    const r = run("report", "offers.csv", "-o", "no/such/dir/out.xlsx");
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/cannot write no\/such\/dir\/out\.xlsx: the folder .* does not exist/);
  });
  test("the output is a folder: nothing half-written is left behind", () => {
    fs.mkdirSync(file("taken.xlsx"));
    const r = run("report", "offers.csv", "-o", "taken.xlsx");
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/cannot write taken\.xlsx: it is a folder/);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
