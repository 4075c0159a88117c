/**
 * What each OFFER.* function does with Excel-shaped arguments: checks shapes, parses cells,
 * calls the scoring module and shapes the result. Excel passes ranges as row-major 2-D arrays
 * whose cells are numbers, strings, booleans or null (blank).
 */
import {
  CRITERION_LABELS,
  DomainError,
  ahpWeights,
  describe,
  explainOffer,
  isBlank,
  lean,
  parseAnswers,
  parseJudgments,
  parseRatingMidpoint,
  parseRole,
  parseScopeType,
  parseWeights,
  quizResult,
  roadmap,
  scopeFit,
  scoreFullyRated,
  scoreRatings,
  tipping,
  TIPPING_HEADERS,
  type OfferRatings,
  type Role,
  type Weights,
  SCOPE_TYPES,
  ROLE_NAMES,
  MAX_HOURS_PER_WEEK,
  MIN_HOURS_PER_WEEK,
} from "../src/scoring";
import { toExcelError } from "./excelErrors";

export type Cell = unknown;
export type Matrix = readonly (readonly Cell[])[];
export type Out = string | number | boolean | CustomFunctions.Error;

export const RATING_ARGS = ["scope", "data_maturity", "support", "growth"] as const;

/** True when an optional argument was left out (Excel passes null or nothing). */
export function omitted(v: unknown): v is null | undefined {
  return v === null || v === undefined;
}

function isMatrix(v: unknown): v is Matrix {
  if (!Array.isArray(v) || v.length === 0 || !Array.isArray(v[0])) return false;
  const cols = (v[0] as unknown[]).length;
  if (cols === 0) return false;
  for (let i = 1; i < v.length; i++) {
    const row: unknown = v[i];
    if (!Array.isArray(row) || row.length !== cols) return false;
  }
  return true;
}

/** The range argument as a matrix; a plain value (a literal typed into the formula) counts as one cell. */
function asMatrix(v: unknown, arg: string): Matrix {
  if (isMatrix(v)) return v;
  if (Array.isArray(v)) throw new DomainError("invalid", `${arg}: expected a rectangular range of cells.`);
  return [[v]];
}

/**
 * The common shape of the four rating arguments: all the same rows x columns, except that a single
 * cell is broadcast to the others' size.
 */
function ratingShape(args: readonly Matrix[]): [number, number] {
  // The first range bigger than one cell sets the size; the others must match it.
  const ref = args.findIndex((m) => m.length !== 1 || m[0].length !== 1);
  if (ref < 0) return [1, 1];
  const rows = args[ref].length;
  const cols = args[ref][0].length;
  args.forEach((m, k) => {
    const single = m.length === 1 && m[0].length === 1;
    if (!single && (m.length !== rows || m[0].length !== cols)) {
      throw new DomainError(
        "invalid",
        `${RATING_ARGS[k]}: is ${m.length} x ${m[0].length} but ${RATING_ARGS[ref]} is ${rows} x ${cols}; ` +
          "the four rating ranges must be the same size (or a single cell).",
      );
    }
  });
  return [rows, cols];
}

export function where(rows: number, cols: number, i: number, j: number): string {
  if (rows === 1 && cols === 1) return "";
  return cols === 1
    ? ` (row ${i + 1})`
    : rows === 1
      ? ` (column ${j + 1})`
      : ` (row ${i + 1}, column ${j + 1})`;
}

function parseRatingAt(
  m: Matrix,
  i: number,
  j: number,
  k: number,
  rows: number,
  cols: number,
): OfferRatings[number] {
  const single = m.length === 1 && m[0].length === 1;
  return parseRatingMidpoint(single ? m[0][0] : m[i][j], RATING_ARGS[k] + where(rows, cols, i, j));
}

function offerAt(ms: readonly Matrix[], i: number, j: number, rows: number, cols: number): OfferRatings {
  return [
    parseRatingAt(ms[0], i, j, 0, rows, cols),
    parseRatingAt(ms[1], i, j, 1, rows, cols),
    parseRatingAt(ms[2], i, j, 2, rows, cols),
    parseRatingAt(ms[3], i, j, 3, rows, cols),
  ];
}

export function prepare(
  scope: unknown,
  dataMaturity: unknown,
  support: unknown,
  growth: unknown,
  weights: unknown,
): { ms: Matrix[]; rows: number; cols: number; w: Weights } {
  const ms = [
    asMatrix(scope, "scope"),
    asMatrix(dataMaturity, "data_maturity"),
    asMatrix(support, "support"),
    asMatrix(growth, "growth"),
  ];
  const w = parseWeights(omitted(weights) ? null : asMatrix(weights, "weights"));
  const [rows, cols] = ratingShape(ms);
  return { ms, rows, cols, w };
}

function isRating(v: unknown): v is number {
  return typeof v === "number" && v >= 1 && v <= 5;
}

function cell1x1(v: unknown): unknown {
  return Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1 ? v[0][0] : undefined;
}

export function scoreMatrix(
  scope: unknown,
  dataMaturity: unknown,
  support: unknown,
  growth: unknown,
  weights?: unknown,
): Out[][] {
  // A table with one formula a row calls SCORE once per offer with 1x1 ranges: answer those without
  // building the general machinery, which would cost more than the arithmetic.
  const a1 = cell1x1(scope);
  const b1 = cell1x1(dataMaturity);
  const c1 = cell1x1(support);
  const e1 = cell1x1(growth);
  if (isRating(a1) && isRating(b1) && isRating(c1) && isRating(e1)) {
    const w1 = parseWeights(omitted(weights) ? null : asMatrix(weights, "weights"));
    return [[scoreFullyRated(a1, b1, c1, e1, w1, w1[0] + w1[1] + w1[2] + w1[3])]];
  }
  const { ms, rows, cols, w } = prepare(scope, dataMaturity, support, growth, weights);
  const total = w[0] + w[1] + w[2] + w[3];
  const [s, d, u, g] = ms;
  const single = (m: Matrix): boolean => m.length === 1 && m[0].length === 1;
  const out: Out[][] = new Array(rows);
  if (cols === 1 && (rows === 1 || (!single(s) && !single(d) && !single(u) && !single(g)))) {
    // The usual case, a column of offers (or one offer): a loop with nothing in it but the checks and the sum.
    for (let i = 0; i < rows; i++) {
      const a = s[i][0];
      const b = d[i][0];
      const c = u[i][0];
      const e = g[i][0];
      out[i] = [
        isRating(a) && isRating(b) && isRating(c) && isRating(e)
          ? scoreFullyRated(a, b, c, e, w, total)
          : scoreCell(ms, i, 0, rows, cols, w),
      ];
    }
    return out;
  }
  // Broadcast single cells by reading row 0 / column 0 of them.
  const si = single(s) ? 0 : 1;
  const di = single(d) ? 0 : 1;
  const ui = single(u) ? 0 : 1;
  const gi = single(g) ? 0 : 1;
  for (let i = 0; i < rows; i++) {
    const sr = s[i * si];
    const dr = d[i * di];
    const ur = u[i * ui];
    const gr = g[i * gi];
    const row: Out[] = new Array(cols);
    for (let j = 0; j < cols; j++) {
      const a = sr[j * si];
      const b = dr[j * di];
      const c = ur[j * ui];
      const e = gr[j * gi];
      // Fast path: all four rated with numbers in range, which is nearly every row of a real table.
      row[j] =
        isRating(a) && isRating(b) && isRating(c) && isRating(e)
          ? scoreFullyRated(a, b, c, e, w, total)
          : scoreCell(ms, i, j, rows, cols, w);
    }
    out[i] = row;
  }
  return out;
}

function scoreCell(ms: readonly Matrix[], i: number, j: number, rows: number, cols: number, w: Weights): Out {
  try {
    const r = offerAt(ms, i, j, rows, cols);
    const v = scoreRatings(r[0], r[1], r[2], r[3], w);
    return v === null ? "" : v;
  } catch (e) {
    return toExcelError(e);
  }
}

export function explainMatrix(
  scope: unknown,
  dataMaturity: unknown,
  support: unknown,
  growth: unknown,
  weights?: unknown,
): Out[][] {
  const { ms, rows, cols, w } = prepare(scope, dataMaturity, support, growth, weights);
  return rowPerOffer(rows, cols, 4, (i, j) => {
    const c = explainOffer(offerAt(ms, i, j, rows, cols), w);
    return c === null ? ["", "", "", ""] : [c[0], c[1], c[2], c[3]];
  });
}

/**
 * One output row of `width` cells per offer, offers in row-major order; a failure fills only that
 * offer's row with its Excel error, so one bad cell does not hide the other offers.
 */
export function rowPerOffer(
  rows: number,
  cols: number,
  width: number,
  row: (i: number, j: number) => Out[],
): Out[][] {
  const out: Out[][] = [];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      try {
        out.push(row(i, j));
      } catch (e) {
        out.push(new Array<Out>(width).fill(toExcelError(e)));
      }
    }
  }
  return out;
}

function roleArg(v: unknown, arg: string, required: boolean): Role {
  if (omitted(v) || v === "") {
    if (required)
      throw new DomainError("invalid", `${arg}: expected a role: DS, MLE or Hybrid (or the full names).`);
    return "Hybrid";
  }
  const role = typeof v === "string" ? parseRole(v) : null;
  if (role === null) {
    throw new DomainError(
      "invalid",
      `${arg}: ${describe(v)} is not a role; expected DS (Data Scientist), MLE (Machine Learning Engineer) or Hybrid.`,
    );
  }
  return role;
}

/** A role argument may be a cell reference, which arrives as a 1x1 matrix. */
export function scalar(v: unknown, arg: string): unknown {
  if (Array.isArray(v)) {
    const m = asMatrix(v, arg);
    if (m.length !== 1 || m[0].length !== 1)
      throw new DomainError("invalid", `${arg}: expected a single cell or value.`);
    return m[0][0];
  }
  return v;
}

export function scopeFitMatrix(scopeType: unknown, role?: unknown): Out[][] {
  const r = roleArg(scalar(role, "role"), "role", false);
  const m = asMatrix(scopeType, "scope_type");
  return m.map((row, i) =>
    row.map((v, j): Out => {
      if (isBlank(v)) return "";
      const t = typeof v === "string" ? parseScopeType(v) : null;
      if (t === null) {
        return toExcelError(
          new DomainError(
            "invalid",
            `scope_type${where(m.length, row.length, i, j)}: ${describe(v)} is not a scope type; expected one of ${SCOPE_TYPES.join(", ")}.`,
          ),
        );
      }
      return scopeFit(t, r);
    }),
  );
}

export function leanValue(answers: unknown): number {
  return lean(parseAnswers(asMatrix(answers, "answers")));
}

export function roleValue(answers: unknown): string {
  return ROLE_NAMES[quizResult(parseAnswers(asMatrix(answers, "answers"))).role];
}

export const ROADMAP_HEADER = ["Phase", "Weeks", "Start", "End", "Focus", "Topics"] as const;

export function roadmapMatrix(role: unknown, startDate?: unknown, hoursPerWeek?: unknown): Out[][] {
  const r = roleArg(scalar(role, "role"), "role", true);
  const start = scalar(startDate, "start_date");
  const hours = scalar(hoursPerWeek, "hours_per_week");
  if (!omitted(start) && start !== "" && typeof start !== "number") {
    throw new DomainError("invalid", `start_date: expected a date, got ${describe(start)}.`);
  }
  if (!omitted(hours) && hours !== "" && typeof hours !== "number") {
    throw new DomainError(
      "invalid",
      `hours_per_week: expected a number of hours from ${MIN_HOURS_PER_WEEK} to ${MAX_HOURS_PER_WEEK}, got ${describe(hours)}.`,
    );
  }
  const phases = roadmap(r, {
    startSerial: typeof start === "number" ? start : null,
    hoursPerWeek: typeof hours === "number" ? hours : undefined,
  });
  return [
    [...ROADMAP_HEADER],
    ...phases.map((p): Out[] => [
      p.phase,
      p.weeks,
      p.startSerial ?? "",
      p.endSerial ?? "",
      p.focus,
      p.topics,
    ]),
  ];
}

export function tippingMatrix(
  scope: unknown,
  dataMaturity: unknown,
  support: unknown,
  growth: unknown,
  weights?: unknown,
): Out[][] {
  const { ms, rows, cols, w } = prepare(scope, dataMaturity, support, growth, weights);
  const offers: OfferRatings[] = [];
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) offers.push(offerAt(ms, i, j, rows, cols));
  const result = tipping(offers, w);
  // A share with no change of leader is "" and its leader "none": the share column stays numeric.
  return [
    [...TIPPING_HEADERS],
    ...result.rows.map((row): Out[] => [
      CRITERION_LABELS[row.criterion],
      row.currentShare,
      row.lowerShare ?? "",
      row.leaderBelow === null ? "none" : row.leaderBelow + 1,
      row.higherShare ?? "",
      row.leaderAbove === null ? "none" : row.leaderAbove + 1,
    ]),
  ];
}

export function ahpMatrix(judgments: unknown): Out[][] {
  const r = ahpWeights(parseJudgments(asMatrix(judgments, "judgments")));
  return [[r.weights[0], r.weights[1], r.weights[2], r.weights[3], r.cr]];
}
