/** OFFER.RANGE and OFFER.PFIRST with Excel-shaped arguments, and ranges read by SCORE, EXPLAIN and TIPPING. */
import * as F from "../../functions/functions";

import { col, isErr, thrown, type Err } from "./helpers";

describe("ranges in SCORE, EXPLAIN and TIPPING: the midpoint", () => {
  test("a range scores as its midpoint typed as a number", () => {
    const w = [[2, 1, 1, 1]];
    expect(F.score(col("3-4", "2 to 5"), col(2, "1\u20133"), col(5, 5), col("4 - 4", 1), w)).toEqual(
      F.score(col(3.5, 3.5), col(2, 2), col(5, 5), col(4, 1), w),
    );
    expect(F.score([["3-4"]], [[2]], [[5]], [[4]], w)).toEqual(F.score([[3.5]], [[2]], [[5]], [[4]], w));
    expect(F.explain(col("1-5", 2), col(3, "2-3"), col(null, 4), col(4, 4), w)).toEqual(
      F.explain(col(3, 2), col(3, 2.5), col(null, 4), col(4, 4), w),
    );
    expect(F.tippingFn(col("4-5", 3), col(2, "2-4"), col(3, 3), col(3, 4))).toEqual(
      F.tippingFn(col(4.5, 3), col(2, 3), col(3, 3), col(3, 4)),
    );
  });

  test("a bad range fails only its own offer, naming the cell's text", () => {
    const out = F.score(col(5, "5-3", "3 or 4"), col(1, 1, 1), col(3, 3, 3), col(4, 4, 4));
    expect(typeof out[0][0]).toBe("number");
    expect((out[1][0] as Err).message).toMatch(/^scope \(row 2\): the range "5-3"/);
    expect((out[2][0] as Err).message).toMatch(/^scope \(row 3\): .*got the text "3 or 4"/);
  });
});

describe("OFFER.RANGE", () => {
  test("one row [lowest, highest] per offer; plain offers give SCORE twice; unrated offers blank", () => {
    const w = [[2, 1, 1, 1]];
    const args = [col(5, 3, null, "4-5"), col("1-3", 5, null, 3), col(4, null, null, 2), col(4, 3, null, 5)];
    const r = F.rangeFn(args[0], args[1], args[2], args[3], w);
    // Acme: 25 * (8 + [0, 2] + 3 + 3) / 5. Beta: support blank, 25 * (4 + 4 + [0, 4] + 2) / 5.
    // Gamma: 25 * (2 * [3, 4] + 2 + 1 + 4) / 5.
    expect(r).toEqual([
      [70, 80],
      [50, 70],
      ["", ""],
      [65, 75],
    ]);
    const plain = F.rangeFn(col(5, 3), col(2, 5), col(4, 3), col(4, 3), w);
    const score = F.score(col(5, 3), col(2, 5), col(4, 3), col(4, 3), w);
    expect(plain).toEqual(score.map((x) => [x[0], x[0]]));
  });

  test("a 2-D block gives one row per offer in row order; single cells broadcast", () => {
    const r = F.rangeFn([[5, "1-5"]], [[1, 1]], [[1, 1]], [[1, 1]]);
    expect(r).toEqual([
      [25, 25],
      [0, 25],
    ]);
    expect(F.rangeFn(col(5, "1-5"), [[1]], [[1]], [[1]])).toEqual([
      [25, 25],
      [0, 25],
    ]);
  });

  test("a bad cell fails only its own row, with both cells the error", () => {
    const r = F.rangeFn(col(5, "x"), col(1, 1), col(1, 1), col(1, 1));
    expect(r[0]).toEqual([25, 25]);
    expect(isErr(r[1][0]) && isErr(r[1][1])).toBe(true);
    expect((r[1][0] as Err).message).toMatch(/^scope \(row 2\): /);
  });

  test("whole-call errors: shapes and weights", () => {
    expect(thrown(() => F.rangeFn(col(5, 4), col(1, 2, 3), [[3]], [[4]])).message).toMatch(/same size/);
    expect(thrown(() => F.rangeFn([[5]], [[1]], [[3]], [[4]], [[0, 0, 0, 0]])).message).toMatch(/^weights: /);
  });
});

describe("OFFER.PFIRST", () => {
  test("one column, unrated offers blank, rated ones summing to 1; exact without uncertainty", () => {
    const p = F.pfirst(col(5, null, 3, 4), col(1, null, 3, 2), col(3, null, 3, 3), col(4, null, 3, 3));
    // Sums of (r - 1): 9, -, 8, 8: the first leads alone.
    expect(p).toEqual([[1], [""], [0], [0]]);
    expect(F.pfirst(col(4, 3), col(2, 3), col(3, 3), col(3, 3))).toEqual([[0.5], [0.5]]);
  });

  test("options: weight_spread and samples as values, cells (1x1) or blanks (defaults)", () => {
    const args = [col("1-5", 3), col(3, 3), col(3, 3), col(3, 3)] as const;
    const base = F.pfirst(...args);
    expect(F.pfirst(...args, undefined, null, null)).toEqual(base);
    expect(F.pfirst(...args, undefined, [[""]], [[10_000]])).toEqual(base);
    expect(F.pfirst(...args, undefined, 0, 10_000)).toEqual(base);
    // Weights left out (Excel passes null for ",,") are equal weights, with a spread too.
    expect(F.pfirst(...args, null as unknown as undefined, 0.2)).toEqual(
      F.pfirst(...args, [[1, 1, 1, 1]], 0.2),
    );
    const spread = F.pfirst(...args, [[1, 1, 1, 1]], [[0.3]], 2000);
    expect(spread).toHaveLength(2);
    expect(Math.abs((spread[0][0] as number) + (spread[1][0] as number) - 1)).toBeLessThan(1e-12);
  });

  test("bad options and cells fail the whole call, naming the argument", () => {
    const args = [col("1-5", 3), col(3, 3), col(3, 3), col(3, 3)] as const;
    const cases: [unknown, unknown, RegExp][] = [
      ["lots", undefined, /^weight_spread: expected a number from 0 to 0.9, got the text "lots"/],
      [1, undefined, /^weight_spread: expected a number from 0 to 0.9/],
      [-0.1, undefined, /^weight_spread: /],
      [true, undefined, /^weight_spread: .*logical value TRUE/],
      [[[0.1, 0.2]], undefined, /^weight_spread: expected a single cell/],
      [0, 999, /^samples: expected a whole number from 1,000 to 100,000/],
      [0, 100_001, /^samples: /],
      [0, 2500.5, /^samples: /],
      [0, "many", /^samples: .*the text "many"/],
    ];
    for (const [s, n, msg] of cases) {
      const e = thrown(() => F.pfirst(...args, undefined, s, n));
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toMatch(msg);
    }
    const cell = thrown(() => F.pfirst(col(5, 3), col(1, "4-9"), col(3, 3), col(3, 3)));
    expect(cell.code).toBe("#VALUE!");
    expect(cell.message).toMatch(/^data_maturity \(row 2\): the range "4-9"/);
  });

  test("fewer than two rated offers is #N/A", () => {
    const one = thrown(() => F.pfirst(col(5, null), col(1, null), col(3, null), col(3, null)));
    expect(one.code).toBe("#N/A");
    expect(one.message).toMatch(/^offers: .*at least two rated offers; found 1/);
  });

  test("the same call twice gives identical results", () => {
    const args: [unknown[][], unknown[][], unknown[][], unknown[][], unknown[][]] = [
      col("2-4", 3, 4),
      col(3, "3-5", 2),
      col(null, 2, "1-5"),
      col(4, 4, 3),
      [[2, 1, 1, 1]],
    ];
    expect(F.pfirst(...args, 0.2)).toEqual(F.pfirst(...args, 0.2));
  });
});
