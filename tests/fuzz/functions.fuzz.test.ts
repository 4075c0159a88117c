/**
 * Random matrices of mixed values into every OFFER function: the answer is always a value or an
 * Excel error, never another exception, NaN, Infinity, undefined or a ragged array.
 * The regular suite runs a few hundred cases per function; `npm run fuzz` runs 10,000+ (FC_RUNS).
 */
import fc from "fast-check";
import * as F from "../../functions/functions";

const RUNS = Number(process.env.FC_RUNS ?? 300);

const cellValue = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 5 }) },
  { weight: 2, arbitrary: fc.double({ min: -10, max: 10 }) }, // includes NaN, -0 and out-of-range values
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      null,
      undefined,
      "",
      " ",
      "models",
      "DS",
      "MLE",
      "Hybrid",
      "end-to-end",
      "=1+1",
      "x",
      "3-4",
      "2 to 5",
      "4\u20135",
      "5-3",
      "0-9",
      "1.5 - 2.5",
    ),
  },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(Infinity, -Infinity, NaN, 1 / 9, 9, 1e308, Number.MIN_VALUE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

/** Mostly rectangular matrices (as Excel sends), sometimes ragged, empty or a bare value (as a fuzzer might). */
const matrix = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .integer({ min: 1, max: 4 })
      .chain((cols) =>
        fc.array(fc.array(cellValue, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 6 }),
      ),
  },
  { weight: 1, arbitrary: fc.array(fc.array(cellValue, { maxLength: 4 }), { maxLength: 4 }) },
  { weight: 1, arbitrary: cellValue },
);
const optional = fc.option(matrix, { nil: undefined });

function isExcelError(v: unknown): boolean {
  return v instanceof CustomFunctions.Error;
}

/** Calls f; a thrown CustomFunctions.Error is a legitimate answer, anything else fails the property. */
function call(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    if (isExcelError(e)) return e;
    throw new Error(`threw a non-Excel exception: ${e instanceof Error ? e.stack : String(e)}`);
  }
}

function checkCell(v: unknown): void {
  if (isExcelError(v)) {
    expect(typeof (v as { message: unknown }).message).toBe("string");
    expect((v as { message: string }).message.length).toBeGreaterThan(10);
    return;
  }
  expect(["string", "number", "boolean"]).toContain(typeof v);
  if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
}

function checkResult(out: unknown): void {
  if (isExcelError(out)) return checkCell(out);
  if (!Array.isArray(out)) return checkCell(out);
  expect(out.length).toBeGreaterThan(0);
  const width = (out[0] as unknown[]).length;
  expect(width).toBeGreaterThan(0);
  for (const row of out) {
    expect(Array.isArray(row)).toBe(true);
    expect((row as unknown[]).length).toBe(width);
    (row as unknown[]).forEach(checkCell);
  }
}

type Fn = (...args: never[]) => unknown;
const fns: [string, Fn, fc.Arbitrary<unknown[]>][] = [
  ["SCORE", F.score as Fn, fc.tuple(matrix, matrix, matrix, matrix, optional)],
  ["EXPLAIN", F.explain as Fn, fc.tuple(matrix, matrix, matrix, matrix, optional)],
  ["TIPPING", F.tippingFn as Fn, fc.tuple(matrix, matrix, matrix, matrix, optional)],
  ["SCOPEFIT", F.scopefit as Fn, fc.tuple(matrix, fc.option(cellValue, { nil: undefined }))],
  ["LEAN", F.leanFn as Fn, fc.tuple(matrix)],
  ["ROLE", F.role as Fn, fc.tuple(matrix)],
  [
    "ROADMAP",
    F.roadmapFn as Fn,
    fc.tuple(cellValue, fc.option(cellValue, { nil: undefined }), fc.option(cellValue, { nil: undefined })),
  ],
  ["AHPWEIGHTS", F.ahpweights as Fn, fc.tuple(matrix)],
  ["RANGE", F.rangeFn as Fn, fc.tuple(matrix, matrix, matrix, matrix, optional)],
  [
    "PFIRST",
    F.pfirst as Fn,
    fc.tuple(
      matrix,
      matrix,
      matrix,
      matrix,
      optional,
      fc.option(fc.oneof(cellValue, matrix), { nil: undefined }),
      fc.option(fc.oneof(cellValue, fc.integer({ min: 900, max: 2000 })), { nil: undefined }),
    ),
  ],
];

describe.each(fns)("fuzz OFFER.%s", (_name, fn, args) => {
  test(`${RUNS} random calls give a value or an Excel error`, () => {
    fc.assert(
      fc.property(args, (a) => {
        checkResult(call(() => (fn as (...x: unknown[]) => unknown)(...a)));
      }),
      { numRuns: RUNS },
    );
  });
});

describe("fuzz: rating-shaped inputs exercise the scoring paths, not just the error paths", () => {
  const rating = fc.oneof(
    fc.integer({ min: 1, max: 5 }),
    fc.double({ min: 1, max: 5, noNaN: true }),
    fc.constant(null),
  );
  const col = (n: number): fc.Arbitrary<unknown[][]> =>
    fc.array(
      rating.map((v) => [v]),
      { minLength: n, maxLength: n },
    );
  test("SCORE, EXPLAIN and TIPPING on valid columns", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(col(n), col(n), col(n), col(n))),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 4, maxLength: 4 }),
        ([s, d, u, g], w) => {
          const weights = w.some((x) => x > 0) ? [w] : undefined;
          const score = call(() => F.score(s, d, u, g, weights));
          checkResult(score);
          expect((score as unknown[][]).length).toBe(s.length);
          checkResult(call(() => F.explain(s, d, u, g, weights)));
          checkResult(call(() => F.tippingFn(s, d, u, g, weights)));
        },
      ),
      { numRuns: RUNS },
    );
  });

  test("RANGE and PFIRST on valid columns with range texts: ordered ranges, chances that sum to 1", () => {
    const ranged = fc.oneof(
      rating,
      fc
        .tuple(
          fc.integer({ min: 2, max: 10 }),
          fc.integer({ min: 2, max: 10 }),
          fc.constantFrom("-", " to ", " \u2013 "),
        )
        .map(([a, b, sep]) => `${Math.min(a, b) / 2}${sep}${Math.max(a, b) / 2}`),
    );
    const rcol = (n: number): fc.Arbitrary<unknown[][]> =>
      fc.array(
        ranged.map((v) => [v]),
        { minLength: n, maxLength: n },
      );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }).chain((n) => fc.tuple(rcol(n), rcol(n), rcol(n), rcol(n))),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 4, maxLength: 4 }),
        fc.constantFrom(0, 0.25, 0.9),
        ([s, d, u, g], w, spread) => {
          const weights = w.some((x) => x > 0) ? [w] : undefined;
          const range = call(() => F.rangeFn(s, d, u, g, weights)) as unknown[][];
          checkResult(range);
          expect(range).toHaveLength(s.length);
          for (const [lo, hi] of range) {
            if (lo === "") expect(hi).toBe("");
            else expect(lo as number).toBeLessThanOrEqual(hi as number);
          }
          const p = call(() => F.pfirst(s, d, u, g, weights, spread, 1000));
          checkResult(p);
          if (!isExcelError(p)) {
            const sum = (p as unknown[][]).reduce((t, r) => t + (r[0] === "" ? 0 : (r[0] as number)), 0);
            expect(Math.abs(sum - 1)).toBeLessThan(1e-12);
          } else {
            expect((p as { code: string }).code).toBe("#N/A");
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
