/**
 * The CLI with its output piped into a reader that stops early (`... | head -1`): no crash, no stack
 * trace, exit 0 (the report workbook is written before anything is printed).
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

jest.setTimeout(120000);

const BIN = path.resolve(__dirname, "../../bin/offer-evaluator.js");
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "offer-cli-pipes-"));
  const rows = Array.from({ length: 40 }, (_, i) => `Co${i},${(i % 5) + 1},${((i + 2) % 5) + 1},3,4`);
  fs.writeFileSync(
    path.join(dir, "in.csv"),
    ["Company,Scope,Data maturity,Support,Growth", ...rows].join("\n"),
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI with the read end of stdout or stderr closed before it writes anything. */
function runClosed(
  which: "stdout" | "stderr",
  args: string[],
): Promise<{ code: number | null; other: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    child[which].destroy();
    const keep = which === "stdout" ? child.stderr : child.stdout;
    let other = "";
    keep.setEncoding("utf8");
    keep.on("data", (s: string) => (other += s));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, other }));
  });
}

test("stdout closed early: exit 0, the report written, no EPIPE stack trace", async () => {
  const r = await runClosed("stdout", ["report", "in.csv", "-o", "out.xlsx", "-q"]);
  expect(r.other).not.toMatch(/EPIPE|Error|at /);
  expect(r.code).toBe(0);
  expect(fs.statSync(path.join(dir, "out.xlsx")).size).toBeGreaterThan(0);
});

test("stderr closed early (progress messages on): exit 0, the ranking still printed", async () => {
  const r = await runClosed("stderr", ["report", "in.csv", "-o", "out2.xlsx"]);
  expect(r.code).toBe(0);
  expect(r.other).toMatch(/^wrote out2\.xlsx: 40 offers/);
  expect(r.other).toContain("Ranking");
});

test("a usage error with stderr closed still exits 2, quietly", async () => {
  const r = await runClosed("stderr", ["report"]);
  expect(r.code).toBe(2);
  expect(r.other).toBe("");
});
