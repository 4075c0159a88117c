/**
 * The worked example with ranges in docs/functions.md, recomputed by the real functions and checked
 * against the chances worked out by hand there, so the doc cannot drift from either.
 */
import fs from "fs";
import path from "path";
import * as F from "../../functions/functions";
import { PFIRST_SEED } from "../../src/scoring";

const col = (...v: unknown[]): unknown[][] => v.map((x) => [x]);
const doc = fs.readFileSync(path.join(__dirname, "../../docs/functions.md"), "utf8");
const args: [unknown[][], unknown[][], unknown[][], unknown[][], unknown[][]] = [
  col(5, 3, 4),
  col("1-3", 5, 3),
  col("3-5", null, 2),
  col(4, 3, 5),
  [[2, 1, 1, 1]],
];

test("the table in the doc is the table computed here", () => {
  expect(doc).toContain("| 2 (Acme) | 5 | `1-3` | `3-5` | 4 |");
  expect(doc).toContain("| 3 (Beta) | 3 | 5 | *(blank)* | 3 |");
  expect(doc).toContain("| 4 (Gamma) | 4 | 3 | 2 | 5 |");
});

test("SCORE at the midpoints and RANGE", () => {
  expect(F.score(...args)).toEqual([[75], [62.5], [65]]);
  expect(doc).toContain("→ **75**, **62.5**, **65**");
  // By hand, as the doc says: 5 * (sum of w (r - 1)) with the ranges at their ends, Beta's blank 1 to 5.
  expect(F.rangeFn(...args)).toEqual([
    [5 * (8 + 0 + 2 + 3), 5 * (8 + 2 + 4 + 3)],
    [5 * (4 + 4 + 0 + 2), 5 * (4 + 4 + 4 + 2)],
    [65, 65],
  ]);
  expect(doc).toContain("spills `65, 85` / `50, 70` / `65, 65`");
});

test("PFIRST: the doc's figures, and the chance worked out by hand (1/96)", () => {
  const p = F.pfirst(...args).map((r) => r[0] as number);
  expect(p).toEqual([0.9885, 0.0115, 0]);
  expect(doc).toContain("→ **0.9885**, **0.0115**, **0**");
  // Three standard errors of a 1/96 chance at 10,000 samples: 3 * sqrt((1/96)(95/96)/10000) = 0.003.
  expect(Math.abs(p[1] - 1 / 96)).toBeLessThan(0.003);
  const spread = F.pfirst(...args, 0.2).map((r) => r[0] as number);
  expect(spread).toEqual([0.9738, 0.02, 0.0062]);
  expect(doc).toContain("→ **0.9738**, **0.02**,\n  **0.0062**");
});

test("the sampling error the doc quotes", () => {
  expect(1.96 * Math.sqrt(0.25 / 10_000)).toBeCloseTo(0.0098, 4);
  expect(doc).toContain("1.96·√(0.25/10,000) = 0.0098");
  expect(doc).toContain(`\`fmix32(${PFIRST_SEED} + i · 0x9E3779B9)\``);
});
