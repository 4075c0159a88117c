/**
 * Exact ties stay ties: offers whose weighted sums are equal in exact rational arithmetic get
 * identical SCORE values on every path (one cell, a column, a broadcast range, partly rated offers),
 * identical EXPLAIN rows and one shared rank. Ties are found in integer arithmetic (reduced
 * fractions of whole numbers far below 2^53, so exact), never with the floats under test.
 */
import fc from "fast-check";
import * as F from "../../functions/functions";
import { recommend, roundScore, type OfferRatings, type Weights } from "../../src/scoring";

const RUNS = Number(process.env.FC_RUNS ?? 100);
const col = (...v: unknown[]): unknown[][] => v.map((x) => [x]);

type Offer = (number | null)[];

/** Every offer with whole ratings 1-5 or blank (not all blank): 1,295 of them. */
const ALL: Offer[] = [];
for (let a = 0; a <= 5; a++)
  for (let b = 0; b <= 5; b++)
    for (let c = 0; c <= 5; c++)
      for (let d = 0; d <= 5; d++) {
        const o = [a, b, c, d].map((x) => (x === 0 ? null : x));
        if (o.some((x) => x !== null)) ALL.push(o);
      }

/** The exact score / 25 as a fraction num/den of integers (weights given as integers n / scale). */
function exact(o: Offer, wInt: readonly number[]): [number, number] | null {
  let num = 0;
  let den = 0;
  for (let k = 0; k < 4; k++) {
    const r = o[k];
    if (r === null) continue;
    num += wInt[k] * (r - 1);
    den += wInt[k];
  }
  return den === 0 ? null : [num, den];
}

function sameExact(p: [number, number], q: [number, number]): boolean {
  return p[0] * q[1] === q[0] * p[1];
}

/** SCORE of every offer in one column call (the column path, and the general path for blanks). */
function columnScores(offers: readonly Offer[], w: readonly number[]): unknown[] {
  const c = (k: number): unknown[][] => offers.map((o) => [o[k] ?? null]);
  return F.score(c(0), c(1), c(2), c(3), [[...w]]).map((r) => r[0]);
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return Math.abs(a);
}

/** Groups offers by exact score (reduced fractions) and checks each group has one value; returns the tied pairs. */
function checkGroups(offers: readonly Offer[], wInt: readonly number[], values: readonly unknown[]): number {
  const groups = new Map<string, { key: [number, number]; value: unknown }>();
  let pairs = 0;
  offers.forEach((o, i) => {
    const key = exact(o, wInt);
    if (key === null) return;
    const g0 = gcd(key[0], key[1]) || 1;
    const id = `${key[0] / g0}/${key[1] / g0}`;
    const g = groups.get(id);
    if (g) {
      pairs++;
      if (!sameExact(g.key, key)) expect(key).toEqual(g.key);
      if (values[i] !== g.value) expect(values[i]).toBe(g.value);
    } else groups.set(id, { key, value: values[i] });
  });
  return pairs;
}

/** No float leftovers: at most 9 decimals. */
function clean(v: unknown): void {
  expect(typeof v).toBe("number");
  expect(Number((v as number).toFixed(9))).toBe(v);
}

describe("exact ties give identical values", () => {
  test("the issue's cases: P/Q with weights 1,2,3,0 and North/South with 40/20/20/20", () => {
    const pq = F.score(col(5, 2), col(4, 4), col(4, 5), col(3, 1), [[1, 2, 3, 0]]);
    expect(pq[0][0]).toBe(pq[1][0]);
    expect(pq[0][0]).toBe(79.166666667);
    const p1 = F.score([[5]], [[4]], [[4]], [[3]], [[1, 2, 3, 0]]);
    const q1 = F.score([[2]], [[4]], [[5]], [[1]], [[1, 2, 3, 0]]);
    expect(p1[0][0]).toBe(q1[0][0]);
    const ns = F.score(col(4, 5), col(5, 5), col(5, 4), col(5, 4), [[40, 20, 20, 20]]);
    expect(ns).toEqual([[90], [90]]);
    const rec = recommend(
      [
        [5, 4, 4, 3],
        [2, 4, 5, 1],
      ],
      [1, 2, 3, 0],
    );
    expect(rec.ranked.map((r) => r.rank)).toEqual([1, 1]);
    expect(rec.margin).toBe(0);
    expect(rec.deciding).toBeNull();
  });

  test("every whole-number weight vector 0-5: all 1,295 offers (blanks too), column and single-cell paths", () => {
    let pairs = 0;
    for (let n = 1; n < 6 ** 4; n++) {
      const w = [0, 1, 2, 3].map((k) => Math.floor(n / 6 ** k) % 6);
      const wInt = w;
      const values = columnScores(ALL, w);
      values.forEach((v) => {
        if (typeof v === "number" && Number(v.toFixed(9)) !== v) clean(v);
      });
      pairs += checkGroups(ALL, wInt, values);
      // The 1x1 fast path gives the column path's value (a sample, to keep the test quick).
      if (n % 37 === 0) {
        ALL.forEach((o, i) => {
          if (o.some((x) => x === null)) return;
          const one = F.score([[o[0]]], [[o[1]]], [[o[2]]], [[o[3]]], [w])[0][0];
          if (one !== values[i]) expect(one).toBe(values[i]);
        });
      }
    }
    expect(pairs).toBeGreaterThan(100_000); // ties are common, so the check is not vacuous
  });

  test("property: decimal weights (two decimals) and a broadcast range", () => {
    const weight = fc.integer({ min: 0, max: 500 });
    const rating = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 6 });
    fc.assert(
      fc.property(
        fc.tuple(weight, weight, weight, weight).filter((w) => w.some((x) => x > 0)),
        fc.array(fc.tuple(rating, rating, rating, rating), { minLength: 2, maxLength: 60 }),
        (wn, offers) => {
          const w = wn.map((n) => n / 100);
          const wInt = wn;
          const os = offers as Offer[];
          const values = columnScores(os, w).map((v) => (typeof v === "number" ? v : null));
          checkGroups(os, wInt, values);
          values.forEach((v) => v !== null && clean(v));
          // A row of offers (broadcast path: support given as one cell) agrees with the column.
          const support = 3;
          const row = (k: number): unknown[][] => [os.map((o) => o[k])];
          const flat = F.score(row(0), row(1), [[support]], row(3), [w])[0];
          const withSupport = os.map((o) => [o[0], o[1], support, o[3]]);
          checkGroups(
            withSupport,
            wInt,
            flat.map((v) => (typeof v === "number" ? v : null)),
          );
          // Tied offers share a rank in recommend().
          const rec = recommend(os as unknown as OfferRatings[], w as unknown as Weights);
          rec.ranked.forEach((a) =>
            rec.ranked.forEach((b) => {
              const ea = exact(os[a.index], wInt);
              const eb = exact(os[b.index], wInt);
              if (ea && eb && sameExact(ea, eb)) expect(a.rank).toBe(b.rank);
            }),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  test("EXPLAIN: contributions of exactly equal size are identical and clean", () => {
    const w = [1, 2, 3, 0];
    const out = F.explain(col(5, 2), col(4, 4), col(4, 5), col(3, 1), [w]);
    // Both rate data maturity 4 with the same rated weight total: identical points.
    expect(out[0][1]).toBe(out[1][1]);
    out.flat().forEach(clean);
    const sum = (r: unknown[]): number => r.reduce<number>((a, b) => a + (b as number), 0);
    expect(Math.abs(sum(out[0]) - 79.166666667)).toBeLessThan(1e-8);
  });

  test("roundScore: 9 decimals, noise on either side of a value gives the same result", () => {
    expect(roundScore(79.16666666666666)).toBe(roundScore(79.16666666666667));
    expect(roundScore(95.00000000000001)).toBe(95);
    expect(roundScore(-0)).toBe(0);
    expect(Object.is(roundScore(-1e-15), 0)).toBe(true);
  });
});
