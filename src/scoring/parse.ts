/**
 * Argument parsers: turn what a cell can hold (Excel passes numbers, strings, booleans, null,
 * or an error value) into domain values, or a DomainError that names the argument and what is
 * expected. They take `unknown` and return typed values, so no `any` leaks past them.
 */
import { DomainError, type Rating, type Weights } from "./types";

export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

/** A cell's rating: null when blank, else a number from 1 to 5. */
export function parseRating(v: unknown, arg: string): Rating {
  if (typeof v === "number" && v >= 1 && v <= 5) return v;
  if (isBlank(v)) return null;
  throw new DomainError(
    "invalid",
    `${arg}: expected a rating from 1 to 5 or a blank cell, got ${describe(v)}.`,
  );
}

/** Flattens a 1-row or 1-column range (row-major), rejecting a 2-D block. */
export function flattenVector(
  cells: readonly (readonly unknown[])[],
  arg: string,
  expected: number,
): unknown[] {
  const rows = cells.length;
  const cols = rows > 0 ? cells[0].length : 0;
  if (!(rows === 1 || cols === 1) || rows * cols !== expected) {
    throw new DomainError(
      "invalid",
      `${arg}: expected ${expected} cells in one row or one column, got ${rows} row${rows === 1 ? "" : "s"} x ${cols} column${cols === 1 ? "" : "s"}.`,
    );
  }
  const out: unknown[] = [];
  for (const row of cells) for (const v of row) out.push(v);
  return out;
}

/** Four non-negative weights in criterion order, not all zero. Omitted: equal weights. */
export function parseWeights(
  cells: readonly (readonly unknown[])[] | null | undefined,
  arg = "weights",
): Weights {
  if (cells === null || cells === undefined) return [1, 1, 1, 1];
  // Fast path for the usual 1x4 row of ordinary weights: SCORE parses the weights on every call.
  if (cells.length === 1 && cells[0].length === 4) {
    const [a, b, c, d] = cells[0];
    if (
      typeof a === "number" &&
      a >= 0 &&
      a < Infinity &&
      typeof b === "number" &&
      b >= 0 &&
      b < Infinity &&
      typeof c === "number" &&
      c >= 0 &&
      c < Infinity &&
      typeof d === "number" &&
      d >= 0 &&
      d < Infinity
    ) {
      const max = a > b ? (a > c ? (a > d ? a : d) : c > d ? c : d) : b > c ? (b > d ? b : d) : c > d ? c : d;
      if (max > 0) return [a / max, b / max, c / max, d / max];
    }
  }
  const flat = flattenVector(cells, arg, 4);
  const w = flat.map((v, i) => {
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      throw new DomainError(
        "invalid",
        `${arg}: weight ${i + 1} (${CRITERION_ORDER[i]}) is ${describe(v)}; expected a number 0 or above.`,
      );
    }
    return v;
  });
  if (w[0] + w[1] + w[2] + w[3] <= 0) {
    throw new DomainError(
      "invalid",
      `${arg}: all four weights are 0; give at least one criterion a weight above 0.`,
    );
  }
  // Scaled so the largest is 1: scores do not change, and tiny weights cannot underflow against each other.
  const max = Math.max(w[0], w[1], w[2], w[3]);
  return [w[0] / max, w[1] / max, w[2] / max, w[3] / max];
}

const CRITERION_ORDER = ["scope", "data maturity", "support", "growth"];

/** Eight quiz answers, each 1..5 or blank. */
export function parseAnswers(cells: readonly (readonly unknown[])[], arg = "answers"): Rating[] {
  return flattenVector(cells, arg, 8).map((v, i) => {
    if (isBlank(v)) return null;
    if (typeof v === "number" && v >= 1 && v <= 5) return v;
    throw new DomainError(
      "invalid",
      `${arg}: answer ${i + 1} is ${describe(v)}; expected 1 to 5 or a blank cell.`,
    );
  });
}

/** Six pairwise judgments on Saaty's scale, 1/9 to 9. */
export function parseJudgments(cells: readonly (readonly unknown[])[], arg = "judgments"): number[] {
  return flattenVector(cells, arg, 6).map((v, i) => {
    if (typeof v === "number" && v >= 1 / 9 - 1e-12 && v <= 9 + 1e-12) return v;
    throw new DomainError(
      "invalid",
      `${arg}: judgment ${i + 1} is ${describe(v)}; expected a number from 1/9 to 9 (3 means the first matters 3 times as much).`,
    );
  });
}

/**
 * Excel data types as they arrive in their JSON form (Range.valuesAsJson; a custom function whose
 * metadata allows custom data for "any" parameters): the `type` field names the kind.
 */
const DATA_TYPES: Record<string, string> = {
  Entity: "an entity",
  LinkedEntity: "a linked data type such as Stocks or Geography",
  WebImage: "an image in the cell",
  Array: "an array",
  Reference: "a reference",
  Function: "a function",
  FormattedNumber: "a formatted number",
  Double: "a number",
};

function dataTypeOf(v: object): string | null {
  const t = (v as { type?: unknown }).type;
  if (typeof t !== "string" || !(t in DATA_TYPES)) return null;
  const shown =
    (v as { text?: unknown; basicValue?: unknown }).text ?? (v as { basicValue?: unknown }).basicValue;
  const label = typeof shown === "string" || typeof shown === "number" ? String(shown) : "";
  const quoted = label === "" ? "" : ` showing "${label.length > 30 ? label.slice(0, 30) + "..." : label}"`;
  return `an Excel data type (${DATA_TYPES[t]}${quoted}), not a plain value: type the value itself in the cell`;
}

/** A short, safe rendering of a cell value for an error message. */
export function describe(v: unknown): string {
  if (v === null || v === undefined || v === "") return "a blank cell";
  if (typeof v === "string") return `the text "${v.length > 30 ? v.slice(0, 30) + "..." : v}"`;
  if (typeof v === "boolean") return `the logical value ${v ? "TRUE" : "FALSE"}`;
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "a number Excel cannot hold";
  if (typeof v === "object") return dataTypeOf(v) ?? "an error value";
  return "an unsupported value";
}
