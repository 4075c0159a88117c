/** The worked example in docs/functions.md is computed by the real functions, so the doc cannot drift from them. */
import * as F from "../../functions/functions";

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
  const t = F.tippingFn(...args).slice(1);
  expect(t.map((r) => [r[0], Number((r[1] as number).toFixed(3)), r[2]])).toEqual([
    ["Scope", 0.143, 2],
    ["Data maturity", 0.333, 2],
    ["Support", 0, 3],
    ["Growth", 0.429, 3],
  ]);
  expect(F.leanFn([[4, 5, 3, 4, 2, 3, 2, 2]])).toBe(-0.4375);
  expect(F.role([[4, 5, 3, 4, 2, 3, 2, 2]])).toBe("Data Scientist");
  const r = F.roadmapFn("DS", 46388, 6);
  expect(r.slice(1).map((x) => x[1])).toEqual(["1-5", "6-10", "11-15", "16-20"]);
  expect([r[1][2], r[1][3]]).toEqual([46388, 46422]); // 2027-01-01 .. 2027-02-04
  expect(F.ahpweights([[3, 2, 1, 1, 0.5, 0.5]])[0].map((v) => Number((v as number).toFixed(3)))).toEqual([
    0.363, 0.148, 0.163, 0.326, 0.008,
  ]);
});
