/**
 * Issue 11 through the CLI, run as a user would (`node bin/offer-evaluator.js report ...`): workbooks
 * written by openpyxl and LibreOffice (tests/fixtures/files), scores checked against a recomputation
 * written here (the weighted mean of the ratings, not the scoring code), every bad cell in one run,
 * a header without offers, the round trip through the CLI's own report, and the command line itself:
 * --help loads no ExcelJS, a usage error is one line and a hint, and without --answers the report says
 * how to give the answers.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { readOffersXlsx } from "../../src/workbook/offersFile";

jest.setTimeout(120000);

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin/offer-evaluator.js");
const FIXTURES = path.join(ROOT, "tests/fixtures/files");
let dir: string;

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: "utf8", timeout: 120000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const fixture = (name: string): string => path.join(FIXTURES, name);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "offer-cli-foreign-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * The score as the README defines it, computed here: each rating r (a range at its middle) counts
 * 25 (r - 1) points, weighted by the plan's weights over the rated criteria. Scope left blank with a
 * scope type takes the scope type's fit for the role; for the default role (Hybrid, no quiz
 * answers) the README's table gives models 4, deployment 4, end-to-end 5, reporting 2.
 */
const HYBRID_FIT: Record<string, number> = { models: 4, deployment: 4, "end-to-end": 5, reporting: 2 };
function middle(v: number | string): number {
  if (typeof v === "number") return v;
  const [lo, hi] = v.split(/\s*(?:-|\u2013|to)\s*/).map(Number);
  return (lo + hi) / 2;
}
function expectedScore(
  scopeType: string,
  scope: number | string | null,
  ratings: (number | string)[],
  weights = [1, 1, 1, 1],
): number {
  const r = [scope === null ? HYBRID_FIT[scopeType] : middle(scope), ...ratings.map(middle)];
  const total = weights.reduce((a, b) => a + b, 0);
  return r.reduce((sum, x, k) => sum + (25 * (x - 1) * weights[k]) / total, 0);
}

/** The ranking table of the CLI's text report: offer name -> score printed. */
function printedScores(stdout: string): Map<string, number> {
  const out = new Map<string, number>();
  const ranking = stdout.slice(stdout.indexOf("Ranking"), stdout.indexOf("Tipping points"));
  for (const m of ranking.matchAll(/^\s+\d+\s+(\S.*?)\s{2,}(\d+\.\d)\s/gm)) out.set(m[1], Number(m[2]));
  return out;
}

describe("workbooks from other producers", () => {
  test.each([
    ["openpyxl-offers-table.xlsx", 'table "Offers" on sheet "Offers"'],
    ["openpyxl-other-table.xlsx", 'sheet "Offers"'],
    ["libreoffice-offers-table.xlsx", 'table "Offers" on sheet "Offers"'],
    ["openpyxl-title-rows.xlsx", 'table "Offers" on sheet "My job search"'],
    ["libreoffice-title-rows.xlsx", 'table "Offers" on sheet "My job search"'],
    ["openpyxl-chart.xlsx", 'sheet "Offers"'],
    ["libreoffice-chart.xlsx", 'table "Offers" on sheet "Offers"'],
  ])("%s: exit 0, its three offers, scores equal to the weighted mean of the ratings", (name, source) => {
    const r = run("report", fixture(name), "-o", `${name}.report.xlsx`);
    expect(r.stderr).toContain(`3 offers from ${source} in ${fixture(name)}`);
    expect(r.code).toBe(0);
    const scores = printedScores(r.stdout);
    const key = (company: string, title: string): string =>
      name.includes("title-rows") ? company : `${company} (${title})`;
    const want: [string, number][] = [
      [key("Acme", "Data Scientist"), expectedScore("models", null, [4, 2, 3])],
      [key("Beta", "ML Engineer"), expectedScore("deployment", null, [3, 4, 5])],
      [key("Gamma", "ML Engineer"), expectedScore("end-to-end", 4, [2, 5, 4])],
    ];
    for (const [offer, score] of want) {
      expect({ offer, printed: scores.get(offer) }).toEqual({ offer, printed: expect.any(Number) });
      expect(Math.abs((scores.get(offer) as number) - score)).toBeLessThanOrEqual(0.05 + 1e-9);
    }
  });

  test("ranges typed as text: scores at the ranges' middles, with the plan's weights from an answers file", () => {
    fs.writeFileSync(path.join(dir, "w.json"), JSON.stringify({ weights: [40, 30, 20, 10] }));
    const r = run("report", fixture("openpyxl-ranges.xlsx"), "-o", "ranges.xlsx", "--answers", "w.json");
    expect(r.code).toBe(0);
    const w = [40, 30, 20, 10];
    const scores = printedScores(r.stdout);
    const want: [string, number][] = [
      ["Acme (DS)", expectedScore("models", null, ["3-5", "2 to 3", 4], w)],
      ["Beta (MLE)", expectedScore("", "3.5 - 4", [4, 2.5, "4\u20135"], w)],
      ["Gamma (MLE)", expectedScore("reporting", null, [3, 3, 3], w)],
    ];
    for (const [offer, score] of want)
      expect(Math.abs((scores.get(offer) as number) - score)).toBeLessThanOrEqual(0.05 + 1e-9);
    // Score ranges: Acme's lowest and highest, from the ranges' ends.
    expect(r.stdout).toMatch(
      new RegExp(
        `Acme \\(DS\\)\\s+[\\d.]+\\s+${expectedScore("models", null, [3, 2, 4], w).toFixed(1)}\\s+to\\s+${expectedScore("models", null, [5, 3, 4], w).toFixed(1)}`,
      ),
    );
  });
});

describe("bad input: every problem in one run, exit 1", () => {
  test("56 bad cells: 50 lines naming file, sheet and cell, then the count of the rest; nothing written", () => {
    const r = run("report", fixture("openpyxl-bad-cells.xlsx"), "-o", "bad.xlsx");
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines[0]).toMatch(
      /^offer-evaluator: .*openpyxl-bad-cells\.xlsx: 56 cells to fix before the offers can be read/,
    );
    expect(
      lines.filter((l) => /^ {2}.*openpyxl-bad-cells\.xlsx, sheet "Offers", cell [EF]\d+ \(/.test(l)),
    ).toHaveLength(50);
    expect(lines[lines.length - 1]).toBe("  and 6 more.");
    expect(fs.existsSync(path.join(dir, "bad.xlsx"))).toBe(false);
  });

  test("a header with no offers under it: exit 1 with a clear message, no report", () => {
    fs.writeFileSync(
      path.join(dir, "header-only.csv"),
      "Company,Title,Scope type,Scope,Data maturity,Support,Growth,Notes\n",
    );
    const r = run("report", "header-only.csv", "-o", "empty.xlsx");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /header-only\.csv, row 1: the offers table has a header row but no offers below it/,
    );
    expect(fs.existsSync(path.join(dir, "empty.xlsx"))).toBe(false);
  });
});

test("round trip through the CLI: its report read again gives the same offers, ranges and role-following Scope", async () => {
  expect(run("report", fixture("openpyxl-ranges.xlsx"), "-o", "first.xlsx", "-q").code).toBe(0);
  expect(run("report", "first.xlsx", "-o", "second.xlsx", "-q").code).toBe(0);
  const original = await readOffersXlsx(ExcelJS, fs.readFileSync(fixture("openpyxl-ranges.xlsx")), "o.xlsx");
  for (const f of ["first.xlsx", "second.xlsx"]) {
    const again = await readOffersXlsx(ExcelJS, fs.readFileSync(path.join(dir, f)), f);
    expect(again.offers).toEqual(original.offers);
  }
  expect(original.offers[0].scope).toBeNull();
});

describe("the command line", () => {
  test("--help loads no ExcelJS, no zod and no sheet layouts", () => {
    const script = `
      require(${JSON.stringify(path.join(ROOT, "scripts/ts-register.js"))});
      const { main } = require(${JSON.stringify(path.join(ROOT, "src/cli/report.ts"))});
      let out = "";
      main(["--help"], { stdout: { write: (s) => (out += s) }, stderr: { write: () => {} } }).then((code) => {
        const loaded = Object.keys(require.cache);
        process.stdout.write(JSON.stringify({
          code,
          usage: out.startsWith("Usage: offer-evaluator report"),
          heavy: loaded.filter((f) => /node_modules[\\\\/](exceljs|zod|jszip)[\\\\/]|src[\\\\/]workbook[\\\\/](sheets|excelJsWriter|offersFile)/.test(f)),
        }));
      });`;
    const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 60000 });
    expect(JSON.parse(r.stdout)).toEqual({ code: 0, usage: true, heavy: [] });
  });

  test("after the install's prepare step warms the cache, --help never loads the TypeScript compiler", () => {
    const warm = spawnSync(process.execPath, [path.join(ROOT, "scripts/warm-ts-cache.js")], {
      encoding: "utf8",
      timeout: 120000,
    });
    expect(warm.stdout).toMatch(/^offer-evaluator: \d+ TypeScript files ready for the command line/);
    const script = `
      require(${JSON.stringify(path.join(ROOT, "scripts/ts-register.js"))});
      const { main } = require(${JSON.stringify(path.join(ROOT, "src/cli/report.ts"))});
      main(["--help"], { stdout: { write: () => {} }, stderr: { write: () => {} } }).then((code) => {
        const compiler = Object.keys(require.cache).filter((f) => /typescript[\\\\/]lib[\\\\/]/.test(f));
        process.stdout.write(JSON.stringify({ code, compiler }));
      });`;
    const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 60000 });
    expect(JSON.parse(r.stdout)).toEqual({ code: 0, compiler: [] });
  }, 150000);

  test("--help says what is read and the answers file's format", () => {
    const r = run("--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/title rows/);
    expect(r.stdout).toMatch(/Needed: Company, Data maturity, Support, Growth, and Scope or Scope type/);
    expect(r.stdout).toMatch(/Answers file \(JSON/);
    expect(r.stdout).toMatch(/"answers": \[/);
    // The eight statements the answers are given to, numbered.
    expect(r.stdout.match(/^ {4}[1-8]\. /gm)).toHaveLength(8);
  });

  test.each([
    [[], /no command/],
    [["report", "x.csv"], /no output file/],
    [["report", "x.csv", "-o", "y.xlsx", "--frobnicate"], /unknown option --frobnicate/],
  ])("a usage error %j is one line and the hint to run --help", (args, message) => {
    const r = run(...(args as string[]));
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(message as RegExp);
    expect(lines[1]).toBe("Run offer-evaluator --help for the usage.");
  });

  test("without --answers the report says how to give them, not to answer a quiz it cannot show", () => {
    const r = run("report", fixture("openpyxl-offers-table.xlsx"), "-o", "noanswers.xlsx", "-q");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Role: Hybrid \(the default, as no quiz answers were given: add --answers answers\.json/m,
    );
    expect(r.stdout).not.toMatch(/until the role quiz has answers/);
    const verdict = r.stdout.slice(r.stdout.indexOf("Verdict")).replace(/\s+/g, " ");
    expect(verdict).toMatch(/add --answers answers\.json with your 8 answers/);
  });

  test("with answers on both sides the role comes from them, and the file is named", () => {
    fs.writeFileSync(path.join(dir, "a.json"), JSON.stringify({ answers: [1, 1, 1, 1, 5, 5, 5, 5] }));
    const r = run(
      "report",
      fixture("openpyxl-offers-table.xlsx"),
      "-o",
      "answers.xlsx",
      "-q",
      "--answers",
      "a.json",
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Role: Machine Learning Engineer \(from the role quiz answers in a\.json\)/m);
  });
});
