/**
 * The security lint rules fire: markup from strings and code from strings are errors in the
 * project's own code (issue: no innerHTML, eval or new Function). ESLint runs as a child process
 * because its flat config is an ES module, which jest's CommonJS sandbox cannot import.
 */
import { spawnSync } from "child_process";
import path from "path";

const ROOT = path.resolve(__dirname, "..");
const ESLINT = path.join(ROOT, "node_modules", "eslint", "bin", "eslint.js");

function lint(code: string, file = "src/taskpane/sample.ts"): { rules: string[]; status: number | null } {
  const r = spawnSync(process.execPath, [ESLINT, "--stdin", "--stdin-filename", file, "--format", "json"], {
    cwd: ROOT,
    input: code,
    encoding: "utf8",
  });
  const report = JSON.parse(r.stdout) as { messages: { ruleId: string | null }[] }[];
  return { rules: report.flatMap((f) => f.messages.map((m) => m.ruleId ?? "")), status: r.status };
}

jest.setTimeout(60_000);

test.each([
  ['document.body.innerHTML = "<b>x</b>";\n', "no-restricted-properties"],
  ['document.body.outerHTML = "<b>x</b>";\n', "no-restricted-properties"],
  ['document.body.insertAdjacentHTML("beforeend", "<b>x</b>");\n', "no-restricted-properties"],
  ['eval("1 + 1");\n', "no-eval"],
  ['export const f = new Function("return 1");\n', "no-new-func"],
])("%s is an error", (code, rule) => {
  const r = lint(code);
  expect(r.status).toBe(1);
  expect(r.rules).toContain(rule);
});

test("textContent passes", () => {
  const r = lint('document.body.textContent = "<b>x</b>";\n');
  expect(r.rules.filter((x) => x !== "prettier/prettier")).toEqual([]);
});
