/**
 * The headless report: reads an offers table (.xlsx from any producer, or .csv), scores it with the
 * shared scoring module and writes the report workbook with the same sheet layouts as the add-in,
 * through the ExcelJS renderer.
 *
 *   offer-evaluator report <offers.xlsx|offers.csv> -o <report.xlsx> [--answers answers.json]
 *
 * After writing, it prints the ranking, tipping table and verdict as text (summary.ts).
 * Exit codes: 0 ok, 1 bad input, 2 usage error, 3 cannot write the output.
 * Everything past the command line (zod, the readers, the layouts, ExcelJS) is loaded only when a
 * report is made, so --help and a usage error answer at once.
 */
import * as fs from "fs";
import * as path from "path";
import type { PersonState } from "../ui/state";
import { InputError } from "../workbook/fileErrors";
import { type Args, EXIT, HELP_HINT, packageVersion, parseArgs, sameFile, UsageError, USAGE } from "./usage";

export { EXIT, USAGE } from "./usage";

export interface Streams {
  readonly stdout: { write(s: string): unknown };
  readonly stderr: { write(s: string): unknown };
}

class OutputError extends Error {}

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

/** The answers file's contents as the person's state (answers.ts, loaded with zod when needed). */
export async function readAnswersFile(file: string, text: string): Promise<PersonState> {
  return (await import("./answers")).readAnswersFile(file, text);
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

  const [{ defaultState, planInTypedWeights }, files, { buildWorkbookLayouts }, { evaluate, offerName }] =
    await Promise.all([
      import("../ui/state"),
      import("../workbook/offersFile"),
      import("../workbook/sheets"),
      import("../workbook/inputs"),
    ]);
  let state = defaultState();
  if (args.answers !== null)
    state = await readAnswersFile(args.answers, readFile(args.answers).toString("utf8"));

  const data = readFile(args.input);
  const onRows = (n: number): void => progress(`read ${n.toLocaleString("en-US")} rows...`);
  const { layoutsToXlsx, loadExcelJs } = await import("../workbook/excelJsWriter");
  const read = /\.csv$/i.test(args.input)
    ? files.readOffersCsv(data.toString("utf8"), args.input, onRows)
    : await files.readOffersXlsx(await loadExcelJs(), data, args.input, onRows);
  progress(`${plural(read.offers.length, "offer")} from ${read.source} in ${args.input}`);
  // Warnings are not progress: -q keeps them. Many are counted, not all listed.
  for (const w of read.warnings.slice(0, files.MAX_WARNING_LINES))
    io.stderr.write(`offer-evaluator: warning: ${w}\n`);
  if (read.warnings.length > files.MAX_WARNING_LINES)
    io.stderr.write(
      `offer-evaluator: warning: and ${plural(read.warnings.length - files.MAX_WARNING_LINES, "more warning")} like these.\n`,
    );

  const plan = planInTypedWeights(state);
  const ev = evaluate(plan, read.offers);
  const layouts = buildWorkbookLayouts(plan, read.offers, {}, ev);
  if (read.offers.length >= files.PROGRESS_EVERY) progress("scored; writing the workbook...");
  const bytes = await layoutsToXlsx(await loadExcelJs(), layouts);
  writeAtomic(args.output, bytes);

  const { CRITERIA, CRITERION_LABELS, ROLE_NAMES } = await import("../scoring");
  const { leaderText, summaryText, wrap } = await import("./summary");
  const leadText = leaderText(ev, offerName);
  const { ahpView } = await import("../ui/weights");
  // Pairwise weights: the consistency ratio always, and the pane's own warning above CR_LIMIT.
  const ahpLine = (s: PersonState): string | null => {
    if (s.weights.mode !== "ahp") return null;
    const view = ahpView(s.weights.judgments);
    return (
      `Weights from pairwise judgments (AHP): ${CRITERIA.map((c, i) => `${CRITERION_LABELS[c].toLowerCase()} ${view.percentages[i]}%`).join(", ")}. ${view.crText}` +
      (view.warning === null
        ? ""
        : ` ${view.warning} Change "judgments" in ${args.answers ?? "the answers file"} and run the report again before trusting the ranking.`)
    );
  };
  io.stdout.write(
    `wrote ${args.output}: ${plural(read.offers.length, "offer")}, role ${ROLE_NAMES[ev.role.role]}, ${leadText}\n`,
  );
  const ahp = ahpLine(state);
  if (ahp !== null) io.stdout.write(`${wrap(ahp).join("\n")}\n`);
  io.stdout.write(`\n${summaryText(ev, { answersFile: args.answers })}`);
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: readonly string[], io: Streams): Promise<number> {
  let args: Args | "help" | "version";
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`offer-evaluator: ${e.message}\n${HELP_HINT}\n`);
      return EXIT.usage;
    }
    throw e;
  }
  if (args === "help") {
    io.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (args === "version") {
    io.stdout.write(`offer-evaluator ${packageVersion()}\n`);
    return EXIT.ok;
  }
  try {
    await report(args, io);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`offer-evaluator: ${e.message}\n${HELP_HINT}\n`);
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
