/**
 * The CLI's text report: the ranked table (score, score range, rated, chance first, close call), the
 * tipping table both ways with the raw weight each share means, the borderline role and the
 * verdict. Figures are checked against the closed form 25 * sum w (r - 1) / sum w and, for chances,
 * against exact probabilities of uniform draws; ranges typed in a CSV and in an xlsx give the same.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { summaryText } from "../../src/cli/summary";
import { evaluate, type OfferInput, type PlanInput, type RatingCell } from "../../src/workbook/inputs";

jest.setTimeout(120000);

const BIN = path.resolve(__dirname, "../../bin/offer-evaluator.js");
const HEADER = ["Company", "Title", "Scope type", "Scope", "Data maturity", "Support", "Growth", "Notes"];
// Acme's data maturity is uniform on [2, 5]: Acme passes Beta exactly when it is above 3 (2/3).
const ROWS: RatingCell[][] = [
  ["Acme", "T", null, 4, "2-5", 3, 3, null],
  ["Beta", "T", null, 4, 3, 3, 3, null],
  ["Gamma", "T", null, 2, 2, 2, "1 to 2", null],
];
let dir: string;

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: "utf8", timeout: 120000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const closed = (r: readonly number[]): number => (25 * r.reduce((s, x) => s + (x - 1), 0)) / 4;
const one = (x: number): string => (Math.round(x * 10) / 10).toFixed(1);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "offer-summary-"));
  const csv = [HEADER, ...ROWS].map((r) => r.map((x) => (x === null ? "" : String(x))).join(","));
  fs.writeFileSync(path.join(dir, "ranges.csv"), csv.join("\n"));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Offers");
  ws.addRow(HEADER);
  ROWS.forEach((r) => ws.addRow(r));
  await wb.xlsx.writeFile(path.join(dir, "ranges.xlsx"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The ranking rows of the printed table: cells split on two or more spaces. */
function ranking(stdout: string): string[][] {
  const lines = stdout.split("\n");
  const start = lines.findIndex((l) => /^\s+Rank\s+Offer/.test(l));
  const out: string[][] = [];
  for (let i = start + 2; i < lines.length && lines[i].trim() !== ""; i++) {
    out.push(lines[i].trim().split(/\s{2,}/));
  }
  return out;
}

describe("CLI text report", () => {
  test("ranges in a CSV: score, score range, rated, chance and close call, each recomputed", () => {
    const r = run("report", "ranges.csv", "-o", "out-csv.xlsx");
    expect(r.code).toBe(0);
    const rows = ranking(r.stdout);
    expect(rows.map((x) => x[1])).toEqual(["Acme (T)", "Beta (T)", "Gamma (T)"]);
    // Scores at the midpoints; ranges at the ends.
    expect(rows[0].slice(2, 5)).toEqual([
      one(closed([4, 3.5, 3, 3])),
      `${one(closed([4, 2, 3, 3]))} to ${one(closed([4, 5, 3, 3]))}`,
      "4 of 4",
    ]);
    expect(rows[1].slice(2, 5)).toEqual([one(closed([4, 3, 3, 3])), "56.3", "4 of 4"]);
    expect(rows[2].slice(2, 5)).toEqual([
      one(closed([2, 2, 2, 1.5])),
      `${one(closed([2, 2, 2, 1]))} to ${one(closed([2, 2, 2, 2]))}`,
      "4 of 4",
    ]);
    // Chances: Acme 2/3 and Beta 1/3 within sampling error (0.015 at 10,000 samples, plus rounding);
    // Gamma's best (25) is below Beta's sure 56.25: exactly 0.
    const pc = rows.map((x) => Number(x[5].replace("%", "")) / 100);
    expect(Math.abs(pc[0] - 2 / 3)).toBeLessThanOrEqual(0.02);
    expect(Math.abs(pc[1] - 1 / 3)).toBeLessThanOrEqual(0.02);
    expect(rows[2][5]).toBe("0%");
    // Close call: one step in Beta's scope (4 -> 5) passes Acme's midpoint score.
    expect(closed([5, 3, 3, 3])).toBeGreaterThan(closed([4, 3.5, 3, 3]));
    expect(rows[0][6]).toBe("Yes");
    expect(rows[1][6]).toBe("Yes");
    expect(rows[2][6]).toBeUndefined();
    expect(r.stdout).toMatch(
      /Verdict\n\s+Acme \(T\) comes first in \d+% of plausible scenarios; Beta \(T\) in \d+%/,
    );
  });

  test("the same ranges typed into an xlsx give the same report", () => {
    const a = run("report", "ranges.csv", "-o", "a.xlsx");
    const b = run("report", "ranges.xlsx", "-o", "b.xlsx");
    expect(b.code).toBe(0);
    const body = (s: string): string => s.slice(s.indexOf("\n"));
    expect(body(b.stdout)).toBe(body(a.stdout));
  });
});

describe("summaryText", () => {
  const NO_ANSWERS = [null, null, null, null, null, null, null, null];
  const plan = (answers: (number | null)[] = NO_ANSWERS): PlanInput => ({
    answers,
    skills: {},
    weights: [1, 1, 1, 1],
    startSerial: null,
    hoursPerWeek: 10,
  });
  const offer = (company: string, r: RatingCell[], scopeType = ""): OfferInput => ({
    company,
    title: "",
    scopeType,
    scope: r[0],
    dataMaturity: r[1],
    support: r[2],
    growth: r[3],
    notes: "",
  });

  test("a tie now: both directions at today's share, said as just under / just over today's weight", () => {
    // North (4,5,5,5) and South (5,5,4,4) at 40/20/20/20 both score 90 (by hand: 25 * (1.2+0.8+0.8+0.8)
    // = 90 and 25 * (1.6+0.8+0.6+0.6) = 90); more scope favours South (5), less favours North (4).
    const ev = evaluate({ ...plan(), weights: [40, 20, 20, 20] }, [
      offer("North", [4, 5, 5, 5]),
      offer("South", [5, 5, 4, 4]),
    ]);
    const scope = summaryText(ev)
      .split("\n")
      .find((l) => /^\s+Scope\s/.test(l)) as string;
    expect(scope.trim().split(/\s{2,}/)).toEqual([
      "Scope",
      "40%",
      "40%",
      "North (scope weight just under 40)",
      "40%",
      "South (scope weight just over 40)",
    ]);
    expect(summaryText(ev)).not.toMatch(/instead of 40\)/);
  });

  test("tipping both ways, each share with the raw weight it means (issue 9's L/R1/R2)", () => {
    const text = summaryText(
      evaluate(plan(), [
        offer("L", [3, 3, 3, 3]),
        offer("R1", [1, 29 / 9, 29 / 9, 29 / 9]),
        offer("R2", [5, 5 / 3, 5 / 3, 5 / 3]),
      ]),
    );
    const scope = text.split("\n").find((l) => /^\s+Scope\s/.test(l)) as string;
    const cells = scope.trim().split(/\s{2,}/);
    // Lower share 0.1: scope weight w with w / (w + 3) = 0.1 -> w = 1/3; higher 0.4 -> w = 2.
    expect(cells).toEqual([
      "Scope",
      "25%",
      "10%",
      "R1 (scope weight 0.33 instead of 1)",
      "40%",
      "R2 (scope weight 2 instead of 1)",
    ]);
    // The lines cross where the issue says: L = 50 for every share; R1 = 50 at 0.1, R2 = 50 at 0.4.
    const line = (r: number[], t: number): number => t * 25 * (r[0] - 1) + (1 - t) * 25 * (r[1] - 1);
    expect(line([1, 29 / 9], 0.1)).toBeCloseTo(50, 9);
    expect(line([5, 5 / 3], 0.4)).toBeCloseTo(50, 9);
  });

  test("partly rated offers show 'n of 4', and the tipping table says why it is not shown", () => {
    const text = summaryText(
      evaluate(plan(), [offer("Solo", [5, null, null, null]), offer("Full", [5, 4, 4, 4])]),
    );
    const rows = ranking(text);
    expect(rows.map((r) => [r[1], r[4]])).toEqual([
      ["Solo", "1 of 4"],
      ["Full", "4 of 4"],
    ]);
    expect(text).toMatch(/Not shown\. Offer 1 \(Solo\) has 1 of the 4 criteria rated/);
  });

  test("a borderline role is named with its neighbour and the offer that would lead then", () => {
    const ev = evaluate(plan([4, 4, 3, 3, 3, 3, 3, 3]), [
      offer("ModelsCo", [null, 4, 3, 4], "models"),
      offer("E2ECo", [null, 4, 3, 4], "end-to-end"),
    ]);
    const text = summaryText(ev);
    expect(text).toMatch(
      /^Role: Data Scientist \(from the role quiz\)\n\s+Borderline: answering \d instead of \d to statement \d would make it Hybrid; E2ECo would then lead\./,
    );
    expect(ev.borderline[0].leaderThen).toBe(1);
  });

  test("an invalid rating is listed as left out, with what was typed", () => {
    const text = summaryText(evaluate(plan(), [offer("A", [4, "four", 3, 3]), offer("B", [3, 3, 3, 3])]));
    expect(text).toMatch(/Left out: A: the data maturity rating "four" is neither a number from 1 to 5/);
    expect(ranking(text).map((r) => r[1])).toEqual(["B"]);
  });
});
