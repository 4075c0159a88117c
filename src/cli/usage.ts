/**
 * The report CLI's command line: its help text (what is read, the answers file's format) and the
 * parsing of its arguments. Kept apart from everything that reads or writes a workbook, so that
 * `--help` and a usage error load nothing heavy (ExcelJS, the scoring, the sheet layouts).
 */
import * as fs from "fs";
import * as path from "path";
import { CHECKLIST } from "../content/checklist";
import { SKILL_IDS } from "../content/skills";

export const EXIT = { ok: 0, badInput: 1, usage: 2, cannotWrite: 3 } as const;

/** Said after a usage error, instead of the whole help. */
export const HELP_HINT = "Run offer-evaluator --help for the usage.";

/** The answers file's example, as printed by --help and shown in the README. */
export const ANSWERS_EXAMPLE = `{
    "answers": [2, 2, 1, 2, 5, 5, 4, 5],
    "weights": [40, 20, 20, 20],
    "plan": { "startDate": "2026-01-05", "hoursPerWeek": 10 }
  }`;

const statements = CHECKLIST.map((c, i) => `    ${i + 1}. ${c.statement}`).join("\n");

export const USAGE = `Usage: offer-evaluator report <offers.xlsx|offers.csv> -o <report.xlsx> [--answers <answers.json>]

Reads the offers and writes a report workbook with the Offers, Assumptions, Recommendation and
Roadmap sheets, as the Excel add-in writes them; then prints the ranking (score, score range,
criteria rated, chance of coming first, close call), the tipping points and the verdict.

What is read:
  .xlsx  a table named Offers; else a sheet named Offers; else the first sheet with a header row
         that has a Company column. A workbook from Excel, LibreOffice or openpyxl is read as it
         is; parts the report does not need (other tables, charts, pivots, styles) are skipped.
  .csv   comma-, semicolon- or tab-separated (the header line decides). In a semicolon or tab
         file a decimal comma in a rating is a point: 3,5 is 3.5, "2,5-4" is kept as "2.5-4".
  The header row may sit below title rows and start in any column; columns come in any order,
  case and spacing do not matter, and other columns are ignored.
  Needed: Company, Data maturity, Support, Growth, and Scope or Scope type. Optional: Title,
  Scope type, Notes. A rating is a number from 1 to 5, a range typed as text ("3-4", "2 to 3"),
  or blank. A blank Scope with a Scope type (models, deployment, end-to-end, reporting) follows
  the role; an unknown Scope type is then a bad cell, while next to a typed Scope it is ignored
  with a warning. Every bad cell is listed (file, sheet, cell) and nothing is written until it is
  fixed. Warnings go to stderr (also with -q) and the report is still written: two rows with the
  same Company and Title, a row with no Company (it is called "Offer N"), an ignored Scope type.

Options:
  -o, --output <file>    the report to write (.xlsx); never the input file
  --answers <file>       your role quiz answers, weights and plan, as JSON (below). Without it the
                         role is Hybrid and the four weights are equal.
  -q, --quiet            no progress messages
  -h, --help             this help
  --version              the version of offer-evaluator

Answers file (JSON; every key may be left out):
  ${ANSWERS_EXAMPLE}
  answers  how much you agree with each statement, 1 (strongly disagree) to 5 (strongly agree), or null:
${statements}
    Statements 1-4 lean Data Scientist, 5-8 ML Engineer; the role needs answers on both sides.
  weights  scope, data maturity, support, growth, each 0-100 (relative); or the add-in's saved
           { "mode": "sliders" | "ahp", "sliders": [...], "judgments": [...] }: six judgments
           from 1/9 to 9, as numbers (3, 0.2, 0.111) or fractions in quotes ("1/9"); the report
           prints their consistency ratio and warns above 0.10.
  skills   { "<skill>": 1-5 or null } for the Roadmap, the skills being
           ${SKILL_IDS.slice(0, 5).join(", ")},
           ${SKILL_IDS.slice(5).join(", ")}.
  plan     the Roadmap's start date (YYYY-MM-DD, a real date, or null) and hours per week (1-80).
  Unknown keys are refused at every level; every problem is listed.
  The state the add-in and the page save has the same keys, so it can be given as it is.

Exit codes: 0 ok, 1 bad input, 2 usage error, 3 cannot write the output.`;

export class UsageError extends Error {}

/** The package's version (package.json, two folders up from this file in a checkout). */
export function packageVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "../../package.json"), "utf8")) as {
    version?: unknown;
  };
  return typeof pkg.version === "string" ? pkg.version : "unknown";
}

export interface Args {
  readonly input: string;
  readonly output: string;
  readonly answers: string | null;
  readonly quiet: boolean;
}

export function sameFile(a: string, b: string): boolean {
  const ra = path.resolve(a);
  const rb = path.resolve(b);
  if (ra === rb) return true;
  try {
    const sa = fs.statSync(ra);
    const sb = fs.statSync(rb);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    try {
      return fs.realpathSync(ra) === fs.realpathSync(path.dirname(rb)) + path.sep + path.basename(rb);
    } catch {
      return false;
    }
  }
}

export function parseArgs(argv: readonly string[]): Args | "help" | "version" {
  if (argv.includes("-h") || argv.includes("--help")) return "help";
  if (argv.includes("--version")) return "version";
  if (argv.length === 0) throw new UsageError('no command: the command is "report".');
  const [command, ...rest] = argv;
  if (command !== "report") throw new UsageError(`unknown command "${command}"; the command is "report".`);
  let input: string | null = null;
  let output: string | null = null;
  let answers: string | null = null;
  let quiet = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    // A value that looks like an option is one: `--answers -o x.xlsx` left out the answers file.
    const checked = (v: string | undefined): string => {
      if (v === undefined || v === "") throw new UsageError(`${a.replace(/=.*$/, "")} needs a file name.`);
      if (v.startsWith("-"))
        throw new UsageError(
          `${a.replace(/=.*$/, "")} needs a file name; got the option "${v}" (a file whose name starts with "-" can be given as ./${v}).`,
        );
      return v;
    };
    const once = (name: string, before: string | null, v: string): string => {
      if (before !== null)
        throw new UsageError(`${name} given twice ("${before}" and "${v}"); give it once.`);
      return v;
    };
    if (a === "-o" || a === "--output") output = once("-o/--output", output, checked(rest[++i]));
    else if (a.startsWith("--output="))
      output = once("-o/--output", output, checked(a.slice("--output=".length)));
    else if (a === "--answers") answers = once("--answers", answers, checked(rest[++i]));
    else if (a.startsWith("--answers="))
      answers = once("--answers", answers, checked(a.slice("--answers=".length)));
    else if (a === "-q" || a === "--quiet") quiet = true;
    else if (a.startsWith("-") && a !== "-") throw new UsageError(`unknown option ${a}.`);
    else if (input === null) input = a;
    else throw new UsageError(`one input file only; got "${input}" and "${a}".`);
  }
  if (input === null) throw new UsageError("no input file: give the offers .xlsx or .csv.");
  if (output === null) throw new UsageError("no output file: add -o report.xlsx.");
  if (sameFile(input, output)) {
    throw new UsageError(
      `the output ${output} is the input file; choose another name (the input is never overwritten).`,
    );
  }
  if (!/\.xlsx$/i.test(output)) throw new UsageError(`the output must be an .xlsx file; got "${output}".`);
  return { input, output, answers, quiet };
}
