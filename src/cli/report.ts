/**
 * The headless report: reads an offers table (.xlsx as the add-in writes it, or .csv with the same
 * headers), scores it with the shared scoring module and writes the report workbook with the same
 * sheet layouts as the add-in, through the ExcelJS renderer.
 *
 *   offer-evaluator report <offers.xlsx|offers.csv> -o <report.xlsx> [--answers answers.json]
 *
 * After writing, it prints the ranking, tipping table and verdict as text (summary.ts).
 * Exit codes: 0 ok, 1 bad input, 2 usage error, 3 cannot write the output.
 */
import * as fs from "fs";
import * as path from "path";
import { z } from "zod";
import {
  answersSchema,
  defaultState,
  planSchema,
  skillsSchema,
  STATE_VERSION,
  planInTypedWeights,
  weightsSchema,
  type PersonState,
} from "../ui/state";
import { layoutsToXlsx, loadExcelJs } from "../workbook/excelJsWriter";
import {
  InputError,
  PROGRESS_EVERY,
  readOffersCsv,
  readOffersXlsx,
  type OffersFromFile,
} from "../workbook/offersFile";
import { buildWorkbookLayouts } from "../workbook/sheets";
import { evaluate } from "../workbook/inputs";
import { summaryText } from "./summary";
import { ROLE_NAMES } from "../scoring";

export const EXIT = { ok: 0, badInput: 1, usage: 2, cannotWrite: 3 } as const;

export const USAGE = `Usage: offer-evaluator report <offers.xlsx|offers.csv> -o <report.xlsx> [--answers <answers.json>]

Reads the offers table (a table or sheet named Offers with the columns Company, Title,
Scope type, Scope, Data maturity, Support, Growth, Notes; or a CSV file with those headers),
scores it and writes a report workbook with the Offers, Assumptions, Recommendation and
Roadmap sheets, as the Excel add-in writes them; then prints the ranking (score, score range,
criteria rated, chance of coming first, close call), the tipping points and the verdict.
A rating may be a number from 1 to 5 or a range typed as text ("3-4", "2 to 3").

Options:
  -o, --output <file>    the report to write (.xlsx); never the input file
  --answers <file>       JSON with the quiz answers, skills, weights and plan (the add-in's saved
                         state, or any of its parts: answers, skills, weights, plan)
  -q, --quiet            no progress messages
  -h, --help             this help

Exit codes: 0 ok, 1 bad input, 2 usage error, 3 cannot write the output.`;

export interface Streams {
  readonly stdout: { write(s: string): unknown };
  readonly stderr: { write(s: string): unknown };
}

class UsageError extends Error {}
class OutputError extends Error {}

interface Args {
  input: string;
  output: string;
  answers: string | null;
  quiet: boolean;
}

function parseArgs(argv: readonly string[]): Args | "help" {
  if (argv.includes("-h") || argv.includes("--help")) return "help";
  if (argv.length === 0) throw new UsageError('no command: the command is "report".');
  const [command, ...rest] = argv;
  if (command !== "report") throw new UsageError(`unknown command "${command}"; the command is "report".`);
  let input: string | null = null;
  let output: string | null = null;
  let answers: string | null = null;
  let quiet = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = (): string => {
      const v = rest[++i];
      if (v === undefined || v === "") throw new UsageError(`${a} needs a file name.`);
      return v;
    };
    if (a === "-o" || a === "--output") output = value();
    else if (a.startsWith("--output=")) output = a.slice("--output=".length);
    else if (a === "--answers") answers = value();
    else if (a.startsWith("--answers=")) answers = a.slice("--answers=".length);
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

/** What an answers file may hold: the saved state, or any of its parts. Unknown keys are refused. */
const answersFileSchema = z
  .object({
    version: z.literal(STATE_VERSION).optional(),
    answers: answersSchema.optional(),
    skills: skillsSchema.partial().optional(),
    weights: weightsSchema.optional(),
    plan: planSchema.optional(),
  })
  .strict();

function formatPath(p: readonly PropertyKey[]): string {
  let s = "";
  for (const k of p) s += typeof k === "number" ? `[${k}]` : s === "" ? String(k) : `.${String(k)}`;
  return s || "(the whole file)";
}

export function readAnswersFile(file: string, text: string): PersonState {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new InputError(`not valid JSON (${e instanceof Error ? e.message : String(e)}).`, { file });
  }
  const parsed = answersFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more)` : "";
    throw new InputError(
      `does not match the answers schema at ${formatPath(issue.path)}: ${issue.message}${more}. ` +
        "Expected an object with any of: answers (8 numbers 1-5 or null), skills, weights, plan.",
      { file },
    );
  }
  const base = defaultState();
  const d = parsed.data;
  return {
    ...base,
    answers: d.answers ?? base.answers,
    skills: { ...base.skills, ...(d.skills ?? {}) },
    weights: d.weights ?? base.weights,
    plan: d.plan ?? base.plan,
  };
}

function sameFile(a: string, b: string): boolean {
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

/** Writes bytes to file atomically: a temp file in the same folder, then a rename over the target. */
export function writeAtomic(file: string, bytes: Uint8Array): void {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    fs.writeFileSync(tmp, bytes, { flag: "wx" });
    fs.renameSync(tmp, file);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing to clean up
    }
    throw new OutputError(`cannot write ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
}

export async function report(args: Args, io: Streams): Promise<void> {
  const progress = (msg: string): void => {
    if (!args.quiet) io.stderr.write(`${msg}\n`);
  };
  if (sameFile(args.input, args.output)) {
    throw new UsageError(
      `the output ${args.output} is the input file; choose another name (the input is never overwritten).`,
    );
  }
  if (args.answers !== null && sameFile(args.answers, args.output)) {
    throw new UsageError(`the output ${args.output} is the answers file; choose another name.`);
  }
  const outDir = path.dirname(path.resolve(args.output));
  if (!fs.existsSync(outDir) || !fs.statSync(outDir).isDirectory()) {
    throw new OutputError(`cannot write ${args.output}: the folder ${outDir} does not exist.`);
  }
  // Found before reading a possibly large input, with words instead of the rename's EISDIR.
  if (fs.existsSync(args.output) && fs.statSync(args.output).isDirectory()) {
    throw new OutputError(`cannot write ${args.output}: it is a folder; give a file name ending in .xlsx.`);
  }

  const readFile = (file: string): Buffer => {
    try {
      return fs.readFileSync(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why =
        code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : (e as Error).message;
      throw new InputError(`cannot read it (${why}).`, { file });
    }
  };

  let state = defaultState();
  if (args.answers !== null) state = readAnswersFile(args.answers, readFile(args.answers).toString("utf8"));

  const data = readFile(args.input);
  const onRows = (n: number): void => progress(`read ${n.toLocaleString("en-US")} rows...`);
  let read: OffersFromFile;
  if (/\.csv$/i.test(args.input)) {
    read = readOffersCsv(data.toString("utf8"), args.input, onRows);
  } else {
    const ExcelJS = await loadExcelJs();
    read = await readOffersXlsx(ExcelJS, data, args.input, onRows);
  }
  progress(`${plural(read.offers.length, "offer")} from ${read.source} in ${args.input}`);

  const plan = planInTypedWeights(state);
  const ev = evaluate(plan, read.offers);
  const layouts = buildWorkbookLayouts(plan, read.offers, {}, ev);
  if (read.offers.length >= PROGRESS_EVERY) progress("scored; writing the workbook...");
  const ExcelJS = await loadExcelJs();
  const bytes = await layoutsToXlsx(ExcelJS, layouts);
  writeAtomic(args.output, bytes);

  const lead = ev.recommendation.ranked[0];
  const leadText = lead
    ? `leader: ${read.offers[lead.index].company || `offer ${lead.index + 1}`} (${lead.score.toFixed(1)})`
    : "no offer could be scored";
  io.stdout.write(
    `wrote ${args.output}: ${plural(read.offers.length, "offer")}, role ${ROLE_NAMES[ev.role.role]}, ${leadText}\n`,
  );
  io.stdout.write(`\n${summaryText(ev)}`);
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: readonly string[], io: Streams): Promise<number> {
  let args: Args | "help";
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`offer-evaluator: ${e.message}\n\n${USAGE}\n`);
      return EXIT.usage;
    }
    throw e;
  }
  if (args === "help") {
    io.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  try {
    await report(args, io);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`offer-evaluator: ${e.message}\n`);
      return EXIT.usage;
    }
    if (e instanceof InputError) {
      io.stderr.write(`offer-evaluator: ${e.message}\n`);
      return EXIT.badInput;
    }
    if (e instanceof OutputError) {
      io.stderr.write(`offer-evaluator: ${e.message}\n`);
      return EXIT.cannotWrite;
    }
    throw e;
  }
}
