/** The worked example in docs/functions.md is computed by the real functions, so the doc cannot drift from them. */
import * as F from "../../functions/functions";
import { shareToWeight } from "../../src/scoring";

const col = (...v: unknown[]): unknown[][] => v.map((x) => [x]);

test("docs/functions.md worked example", () => {
  const scope = F.scopefit(col("models", "deployment", "end-to-end"), "DS");
  expect(scope).toEqual([[5], [3], [4]]);
  const args: [unknown[][], unknown[][], unknown[][], unknown[][], unknown[][]] = [
    scope,
    col(2, 5, 3),
    col(4, 3, 2),
    col(4, 3, 5),
    [[2, 1, 1, 1]],
  ];
  expect(F.score(...args)).toEqual([[75], [60], [65]]);
  expect(F.explain(...args).map((r) => r.map((v) => Math.round(v as number)))).toEqual([
    [40, 5, 15, 15],
    [20, 20, 10, 10],
    [30, 10, 5, 20],
  ]);
  const tip = F.tippingFn(...args);
  expect(tip[0]).toEqual([
    "Criterion",
    "Share now",
    "Lower share",
    "Leader below",
    "Higher share",
    "Leader above",
  ]);
  const r3 = (v: unknown): unknown => (typeof v === "number" ? Number(v.toFixed(3)) : v);
  expect(tip.slice(1).map((r) => r.map(r3))).toEqual([
    ["Scope", 0.4, 0.143, 2, "", "none"],
    ["Data maturity", 0.2, "", "none", 0.333, 2],
    ["Support", 0.2, "", "none", "", "none"],
    ["Growth", 0.2, "", "none", 0.429, 3],
  ]);
  // The raw weights the prose gives for those shares (the other weights unchanged), and the support claim.
  expect(shareToWeight([2, 1, 1, 1], 0, tip[1][2] as number)).toBeCloseTo(0.5, 9);
  expect(shareToWeight([2, 1, 1, 1], 1, tip[2][4] as number)).toBeCloseTo(2, 9);
  expect(shareToWeight([2, 1, 1, 1], 3, tip[4][4] as number)).toBeCloseTo(3, 9);
  const atSupport0 = F.score(scope, col(2, 5, 3), col(4, 3, 2), col(4, 3, 5), [[2, 1, 0, 1]]);
  expect(atSupport0).toEqual([[75], [62.5], [75]]);
  expect(F.leanFn([[4, 5, 3, 4, 2, 3, 2, 2]])).toBe(-0.4375);
  expect(F.role([[4, 5, 3, 4, 2, 3, 2, 2]])).toBe("Data Scientist");
  const r = F.roadmapFn("DS", 46388, 6);
  expect(r.slice(1).map((x) => x[1])).toEqual(["1-5", "6-10", "11-15", "16-20"]);
  expect([r[1][2], r[1][3]]).toEqual([46388, 46422]); // 2027-01-01 .. 2027-02-04
  expect(F.ahpweights([[3, 2, 1, 1, 0.5, 0.5]])[0].map((v) => Number((v as number).toFixed(3)))).toEqual([
    0.363, 0.148, 0.163, 0.326, 0.008,
  ]);
});
