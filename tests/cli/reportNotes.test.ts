/**
 * The report file's notes, read back from what the CLI writes: they describe a file (fixed values,
 * no task pane) and, when no skills were given, say how to give them in the CLI's own terms.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";

jest.setTimeout(120000);

const BIN = path.resolve(__dirname, "../../bin/offer-evaluator.js");
let dir: string;

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: "utf8", timeout: 120000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function report(answers: object | null): Promise<ExcelJS.Workbook> {
  const args = ["report", "offers.csv", "-o", "report.xlsx", "-q"];
  if (answers) {
    fs.writeFileSync(path.join(dir, "answers.json"), JSON.stringify(answers));
    args.push("--answers", "answers.json");
  }
  const r = run(...args);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, "report.xlsx"));
  return wb;
}

const text = (wb: ExcelJS.Workbook, sheet: string, a1: string): string =>
  String((wb.getWorksheet(sheet) as ExcelJS.Worksheet).getCell(a1).value ?? "");

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "offer-notes-"));
  fs.writeFileSync(
    path.join(dir, "offers.csv"),
    "Company,Scope,Data maturity,Support,Growth\nAlpha,4,2,3,4\nBeta,3,4,5,2\n",
  );
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

test("without skills: every phase says the skills check was not taken, and the note says how to give skills", async () => {
  const wb = await report(null);
  const phases = [6, 7, 8, 9].map((r) => text(wb, "Roadmap", `G${r}`));
  expect(text(wb, "Roadmap", "G5")).toBe("Skills to stress");
  expect(phases).toEqual(Array(4).fill("Skills check not taken"));
  expect(text(wb, "Roadmap", "A2")).toMatch(/No skills check was taken/);
  expect(text(wb, "Roadmap", "A2")).toMatch(/"skills" in the answers file of offer-evaluator report/);
  // The note's pointer is real: the help documents a skills key in the answers file.
  const help = run("--help");
  expect(help.stdout).toMatch(/^ {2}skills +\{ "<skill>": 1-5 or null \}/m);
  // And no add-in wording anywhere in the notes.
  expect(text(wb, "Assumptions", "A2")).not.toMatch(/task pane|recalculates/);
  expect(text(wb, "Recommendation", "A2")).not.toMatch(/Write the recommendation again/);
  expect(text(wb, "Roadmap", "A4")).not.toMatch(/writing the roadmap again/);
});

test("with skills in the answers file: the weak ones are named and the hint is gone", async () => {
  // Hybrid role (no quiz answers): its first phase exercises SQL and data analysis.
  const wb = await report({ skills: { sql: 2, analysis: 5 } });
  expect(text(wb, "Roadmap", "G6")).toBe("SQL");
  expect(text(wb, "Roadmap", "A2")).not.toMatch(/skills check/i);
  expect([7, 8, 9].map((r) => text(wb, "Roadmap", `G${r}`)).join(" ")).not.toMatch(/not taken/);
});
