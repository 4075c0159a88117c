/**
 * The command line's options: a value that is another option, a repeated -o or --answers, and
 * --version, through parseArgs and through the CLI itself.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { parseArgs, UsageError } from "../../src/cli/usage";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin/offer-evaluator.js");

function usageError(argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  }
  throw new Error(`no usage error for ${JSON.stringify(argv)}`);
}

describe("option values", () => {
  test.each([
    [["report", "in.xlsx", "--answers", "-o", "x.xlsx"], /^--answers needs a file name; got the option "-o"/],
    [["report", "in.xlsx", "-o", "--answers", "a.json"], /^-o needs a file name; got the option "--answers"/],
    [
      ["report", "in.xlsx", "-o", "x.xlsx", "--answers=-q"],
      /^--answers needs a file name; got the option "-q"/,
    ],
    [["report", "in.xlsx", "--output="], /^--output needs a file name\.$/],
    [
      ["report", "in.xlsx", "-o", "a.xlsx", "-o", "b.xlsx"],
      /^-o\/--output given twice \("a\.xlsx" and "b\.xlsx"\)/,
    ],
    [["report", "in.xlsx", "-o", "a.xlsx", "--output=b.xlsx"], /^-o\/--output given twice/],
    [
      ["report", "in.xlsx", "-o", "a.xlsx", "--answers", "p.json", "--answers=q.json"],
      /^--answers given twice \("p\.json" and "q\.json"\)/,
    ],
  ])("%j is refused", (argv, message) => {
    expect(usageError(argv as string[])).toMatch(message as RegExp);
  });

  test("a file whose name starts with - is given as ./-name", () => {
    expect(parseArgs(["report", "in.xlsx", "--answers", "./-o", "-o", "x.xlsx"])).toMatchObject({
      answers: "./-o",
      output: "x.xlsx",
    });
  });

  test("the CLI: exit 2, the message and the hint, nothing written", () => {
    const r = spawnSync(process.execPath, [BIN, "report", "in.xlsx", "--answers", "-o", "x.xlsx"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--answers needs a file name/);
    expect(r.stderr).not.toMatch(/one input file only/);
  });
});

test("--version prints the package's version and exits 0", () => {
  const version = (
    JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }
  ).version;
  const r = spawnSync(process.execPath, [BIN, "--version"], { encoding: "utf8" });
  expect(r.status).toBe(0);
  expect(r.stdout).toBe(`offer-evaluator ${version}\n`);
  expect(parseArgs(["report", "x.csv", "--version"])).toBe("version");
  expect(usageError(["--help-me"])).toMatch(/unknown command/);
});
