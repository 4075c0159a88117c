/**
 * The report CLI's workbook carries the guide (issue 13), read back from the written .xlsx: the
 * Recommendation sheet's five comparison rows under "Your role", and the Roadmap's "Start now" line
 * (2-3 weeks at 10 hours a week), "Proof to show" and the plan's mistakes with a Done column.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { COMPARISON, MISTAKES, PROOF_TO_SHOW } from "../../src/content";
import { roadmap, toExcelSerial } from "../../src/scoring";

jest.setTimeout(120000);

const BIN = path.resolve(__dirname, "../../bin/offer-evaluator.js");
const HEADER = ["Company", "Title", "Scope type", "Scope", "Data maturity", "Support", "Growth", "Notes"];
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "offer-cli-guide-"));
  fs.writeFileSync(
    path.join(dir, "offers.csv"),
    `${HEADER.join(",")}\nAlpha,Data Scientist,models,,4,2,3,\nBeta,ML Engineer,deployment,,3,4,5,\n`,
  );
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs the report with these answers and reads the written workbook back. */
async function report(
  name: string,
  answers: (number | null)[],
  hoursPerWeek: number,
): Promise<ExcelJS.Workbook> {
  fs.writeFileSync(
    path.join(dir, `${name}.json`),
    JSON.stringify({ answers, plan: { startDate: "2027-01-04", hoursPerWeek } }),
  );
  const r = spawnSync(
    process.execPath,
    [BIN, "report", "offers.csv", "-o", `${name}.xlsx`, "--answers", `${name}.json`, "-q"],
    { cwd: dir, encoding: "utf8", timeout: 120000 },
  );
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, `${name}.xlsx`));
  return wb;
}

/** Every row of a sheet as text cells, 1-based like Excel (row 0 unused). */
function rowsOf(ws: ExcelJS.Worksheet): string[][] {
  const out: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    out[n] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      out[n][c - 1] = cell.text;
    });
  });
  return out;
}

test("Data Scientist at 10 hours a week: the comparison, Start now in 2-3 weeks, proof, the plan's mistakes", async () => {
  const wb = await report("ds", [5, 5, 4, 5, 1, 2, 1, 1], 10);
  const rec = rowsOf(wb.getWorksheet("Recommendation") as ExcelJS.Worksheet);
  const at = rec.findIndex((r) => r?.[0] === "Aspect");
  expect(at).toBeGreaterThan(0);
  // Under "Your role": its card comes first.
  expect(rec.findIndex((r) => r?.[0] === "Your role")).toBeLessThan(at);
  expect(rec[at].slice(0, 3)).toEqual(["Aspect", "Data Scientist (your role)", "Machine Learning Engineer"]);
  expect(rec.slice(at + 1, at + 6).map((r) => r.slice(0, 3))).toEqual(
    COMPARISON.map((c) => [c.label, c.DS, c.MLE]),
  );
  // A clear lean, not borderline: no hybrid-first advice.
  expect(rec.flat().some((t) => /Hybrid first/.test(t ?? ""))).toBe(false);

  const road = rowsOf(wb.getWorksheet("Roadmap") as ExcelJS.Worksheet);
  const text = Array.from(road, (r) => (r ?? []).join(" | "));
  const start = text.findIndex((t) => t.startsWith("Start now"));
  expect(text[start]).toMatch(
    /^Start now, alongside phase 1: one small proof-of-skill project, finished end to end in your first 2-3 weeks at 10 hours a week \(2027-01-04 to 2027-01-24 at the latest\), then a second one that shows breadth/,
  );
  const phase1 = text.findIndex((t) => t.startsWith("Phase | Weeks"));
  expect(start).toBeLessThan(phase1);
  expect(text.some((t) => t.startsWith("Proof to show"))).toBe(true);
  expect(text.some((t) => t.includes(PROOF_TO_SHOW.DS))).toBe(true);

  const mistakesHeader = Array.from(road, (r) => r?.[4]).indexOf("Mistake to avoid");
  expect(road[mistakesHeader].slice(0, 7)).toEqual([
    "Phase",
    "Weeks",
    "Start",
    "End",
    "Mistake to avoid",
    "What to do instead",
    "Done",
  ]);
  // The Data Scientist plan has no deployment phase: the guide gives that mistake for ML Engineers.
  const placed = MISTAKES.filter((m) => m.phase.DS !== undefined);
  expect(placed.map((m) => m.id)).not.toContain("deployment");
  const body = road.slice(mistakesHeader + 1, mistakesHeader + 1 + placed.length);
  expect(body.map((r) => r[4]).sort()).toEqual(placed.map((m) => m.mistake).sort());
  expect(road[mistakesHeader + 1 + placed.length]?.[4] ?? "").not.toMatch(/deployment/);
  const phases = roadmap("DS", {
    startSerial: toExcelSerial(new Date(Date.UTC(2027, 0, 4))),
    hoursPerWeek: 10,
  });
  for (const r of body) {
    const m = MISTAKES.find((x) => x.mistake === r[4]);
    const p = phases[Number(m?.phase.DS ?? 0) - 1];
    expect([r[0], r[1], r[5], r[6]]).toEqual([String(p.phase), p.weeks, m?.instead, "false"]);
  }
});

test("Hybrid at 5 hours a week: the hybrid-first advice, Start now in 4-6 weeks, both roles' proof", async () => {
  const wb = await report("hybrid", [3, 3, 3, 3, 3, 3, 3, 3], 5);
  const rec = rowsOf(wb.getWorksheet("Recommendation") as ExcelJS.Worksheet).flat();
  expect(rec).toContain("Data Scientist (first, for Hybrid)");
  expect(rec.join("\n")).toMatch(
    /Hybrid first: learn the Data Scientist fundamentals first \(SQL, Python, statistics\), then move on to MLOps and deployment/,
  );
  const road = rowsOf(wb.getWorksheet("Roadmap") as ExcelJS.Worksheet)
    .flat()
    .join("\n");
  expect(road).toMatch(/Start now, alongside phase 1: .* in your first 4-6 weeks at 5 hours a week/);
  expect(road).toContain(PROOF_TO_SHOW.DS);
  expect(road).toContain(PROOF_TO_SHOW.MLE);
});
