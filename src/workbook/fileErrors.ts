/**
 * The errors a file reader throws for bad input, each saying where (file, sheet, cell or row and
 * column). Apart from the readers so that the CLI can tell them from other failures without loading
 * the readers.
 */
export interface Where {
  readonly file: string;
  readonly sheet?: string;
  /** A1 address of the cell (xlsx), with its column's header name: "F3 (Support)". */
  readonly cell?: string;
  /** 1-based sheet row (xlsx) or line (csv). */
  readonly row?: number;
  /** Column letter (xlsx) or 1-based number (csv), with the header's name. */
  readonly column?: string;
}

export function describeWhere(w: Where): string {
  const parts = [w.file];
  if (w.sheet !== undefined) parts.push(`sheet "${w.sheet}"`);
  if (w.cell !== undefined) parts.push(`cell ${w.cell}`);
  if (w.row !== undefined) parts.push(`row ${w.row}`);
  if (w.column !== undefined) parts.push(`column ${w.column}`);
  return parts.join(", ");
}

/** Bad input: the message starts with where it is (file, sheet, cell or row and column). */
export class InputError extends Error {
  constructor(
    public readonly problem: string,
    public readonly where: Where,
  ) {
    super(`${describeWhere(where)}: ${problem}`);
    this.name = "InputError";
  }
}

/** One bad cell: where, what it holds, what it should hold. */
export interface CellProblem {
  readonly where: Where;
  readonly found: string;
  readonly expected: string;
}

/** Problems listed one per line; the rest are counted. */
export const MAX_PROBLEM_LINES = 50;

export function problemLine(p: CellProblem): string {
  return `${describeWhere(p.where)}: found ${p.found}; expected ${p.expected}`;
}

/** Every bad cell of a file, so that one run shows all of them. Nothing is imported. */
export class FileProblems extends InputError {
  constructor(
    file: string,
    public readonly problems: readonly CellProblem[],
  ) {
    const n = problems.length;
    const lines = problems.slice(0, MAX_PROBLEM_LINES).map((p) => `  ${problemLine(p)}`);
    if (n > MAX_PROBLEM_LINES) lines.push(`  and ${n - MAX_PROBLEM_LINES} more.`);
    super(
      `${n} cell${n === 1 ? "" : "s"} to fix before the offers can be read (nothing was imported):\n${lines.join("\n")}`,
      { file },
    );
    this.name = "FileProblems";
  }
}
