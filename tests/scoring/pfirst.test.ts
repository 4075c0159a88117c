/**
 * pFirst (OFFER.PFIRST) against chances worked out by hand: exact cases, closed forms for one range,
 * a blank and a weight spread, ties, and the properties every answer must have.
 */
import fc from "fast-check";
import { pFirst, type OfferRanges, type RangedRating, type Weights } from "../../src/scoring";

const RUNS = Number(process.env.FC_RUNS ?? 100);
const TOL = 0.015;

/** An offer from the values a person types: a number, "lo-hi" or null (blank). */
function o(...v: (number | string | null)[]): OfferRanges {
  return v.map((x): RangedRating => {
    if (x === null) return null;
    if (typeof x === "number") return { lo: x, hi: x };
    const [lo, hi] = x.split("-").map(Number);
    return { lo, hi };
  }) as unknown as OfferRanges;
}
const EQUAL: Weights = [1, 1, 1, 1];

describe("exact cases: nothing uncertain", () => {
  test("a unique leader gets 1, the others 0", () => {
    expect(pFirst([o(5, 1, 3, 4), o(3, 3, 3, 3), o(1, 1, 1, 1)], EQUAL)).toEqual([1, 0, 0]);
    expect(pFirst([o(5, 1, 3, 4), o(3, 3, 3, 3)], [0, 1, 1, 1])).toEqual([0, 1]);
  });

  test("a k-way tie gets exactly 1/k each; unrated offers take no part", () => {
    expect(pFirst([o(4, 2, 3, 3), o(3, 3, 3, 3), o(2, 4, 3, 3), o(1, 1, 1, 1)], EQUAL)).toEqual([
      1 / 3,
      1 / 3,
      1 / 3,
      0,
    ]);
    expect(pFirst([o(5, 5, 5, 5), o(null, null, null, null), o(5, 5, 5, 5)], EQUAL)).toEqual([
      0.5,
      null,
      0.5,
    ]);
  });

  test("a range with equal ends is a plain rating", () => {
    expect(pFirst([o("4-4", 2, 3, 3), o(3, 3, 3, 3)], EQUAL)).toEqual([0.5, 0.5]);
  });

  test("scores equal in exact arithmetic tie, though their floating-point sums differ", () => {
    // 0.1 + 0.2 !== 0.3 in floating point; the scores are both 25 * 0.3 / 4 and must tie.
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(pFirst([o(1.1, 1.2, 1, 1), o(1.3, 1, 1, 1)], EQUAL)).toEqual([0.5, 0.5]);
  });

  test("fewer than two rated offers is #N/A", () => {
    expect(() => pFirst([o(5, 5, 5, 5)], EQUAL)).toThrow(/^offers: .*at least two rated offers; found 1/);
    expect(() => pFirst([o(5, 5, 5, 5), o(null, null, null, null)], EQUAL)).toThrow(/found 1/);
  });

  test("options out of range name the argument", () => {
    const two = [o(5, 5, 5, 5), o("1-5", 5, 5, 5)];
    for (const s of [-0.1, 0.91, NaN, Infinity])
      expect(() => pFirst(two, EQUAL, { weightSpread: s })).toThrow(/^weight_spread: /);
    for (const n of [999, 100_001, 1500.5, NaN])
      expect(() => pFirst(two, EQUAL, { samples: n })).toThrow(/^samples: /);
  });
});

describe("closed forms, matched within 0.015 at 10,000 samples", () => {
  test("one rating is a range: B leads exactly when its scope is above 3.5", () => {
    // Weights 2,1,1,1. A = (4, 2, 3, 3): sum w (r - 1) = 2*3 + 1 + 2 + 2 = 11.
    // B = (x, 3, 3, 3), x uniform on [1, 5]: 2(x - 1) + 2 + 2 + 2 = 2x + 4 > 11 iff x > 3.5.
    // P(B first) = (5 - 3.5) / (5 - 1) = 0.375; x = 3.5 exactly has probability 0.
    const [a, b] = pFirst([o(4, 2, 3, 3), o("1-5", 3, 3, 3)], [2, 1, 1, 1]) as number[];
    expect(Math.abs(b - 0.375)).toBeLessThan(TOL);
    expect(Math.abs(a - 0.625)).toBeLessThan(TOL);
  });

  test("a narrower range on the other side: P = (hi - threshold) / (hi - lo)", () => {
    // Equal weights. A = (3, 3, 3, 3). B = (y, 2, 3, 3), y uniform on [2, 5]: B leads iff (y - 1) + 1 + 2 + 2 > 2 + 2 + 2 + 2,
    // i.e. y > 4.
    // P(B first) = (5 - 4) / (5 - 2) = 1/3.
    const [, b] = pFirst([o(3, 3, 3, 3), o("2-5", 2, 3, 3)], EQUAL) as number[];
    expect(Math.abs(b - 1 / 3)).toBeLessThan(TOL);
  });

  test("blanks count as anywhere from 1 to 5, with their full weight", () => {
    // Equal weights. A = (4, 4, 4, 4): sum (r - 1) = 12. B = (5, blank, blank, blank): 4 + V1 + V2 + V3 with
    // V uniform on [0, 4]. B leads iff V1 + V2 + V3 > 8, i.e. U1 + U2 + U3 > 2 for U uniform on [0, 1]:
    // by symmetry (U -> 1 - U) that is P(U1 + U2 + U3 < 1) = 1/6 (the volume of the corner simplex).
    const [a, b] = pFirst([o(4, 4, 4, 4), o(5, null, null, null)], EQUAL) as number[];
    expect(Math.abs(b - 1 / 6)).toBeLessThan(TOL);
    expect(Math.abs(a - 5 / 6)).toBeLessThan(TOL);
  });

  test("weight spread: A = (5,1,1,1) leads B = (1,4,1,1) iff 4 f1 > 3 f2, f uniform on [0.5, 1.5]", () => {
    // P(f1 <= 0.75 f2) = integral over f2 in [2/3, 1.5] of (0.75 f2 - 0.5) d f2
    //                  = [0.375 f2^2 - 0.5 f2] from 2/3 to 1.5 = 0.09375 + 1/6 = 0.2604166...
    const pB = 0.375 * 1.5 ** 2 - 0.5 * 1.5 - (0.375 * (2 / 3) ** 2 - 0.5 * (2 / 3));
    expect(pB).toBeCloseTo(0.2604167, 6);
    const [a, b] = pFirst([o(5, 1, 1, 1), o(1, 4, 1, 1)], EQUAL, { weightSpread: 0.5 }) as number[];
    expect(Math.abs(b - pB)).toBeLessThan(TOL);
    expect(Math.abs(a - (1 - pB))).toBeLessThan(TOL);
  });

  test("ties in a scenario are shared: two identical plain offers split what the ranged one leaves", () => {
    // C = (x, 3, 3, 3), x uniform on [1, 5], leads iff x > 3 (P = 1/2); otherwise A and B tie (x = 3 has P 0).
    const [a, b, c] = pFirst([o(3, 3, 3, 3), o(3, 3, 3, 3), o("1-5", 3, 3, 3)], EQUAL) as number[];
    expect(a).toBe(b);
    expect(Math.abs(c - 0.5)).toBeLessThan(TOL);
    expect(Math.abs(a - 0.25)).toBeLessThan(TOL);
  });

  test("ties decided on rounded scores inside the sampler too", () => {
    // A and B both score 25 * 0.3 / 4 = 1.875 (their float sums differ); C = (x, 1, 1, 1), x on [1, 2],
    // scores 6.25 (x - 1): it leads iff x > 1.3, P = 0.7; otherwise A and B share: 0.15 each, equal.
    const [a, b, c] = pFirst([o(1.1, 1.2, 1, 1), o(1.3, 1, 1, 1), o("1-2", 1, 1, 1)], EQUAL) as number[];
    expect(a).toBe(b);
    expect(Math.abs(c - 0.7)).toBeLessThan(TOL);
  });
});

describe("properties", () => {
  const rating: fc.Arbitrary<RangedRating> = fc.oneof(
    fc.constant(null),
    fc.integer({ min: 1, max: 5 }).map((x) => ({ lo: x, hi: x })),
    fc
      .tuple(fc.integer({ min: 2, max: 10 }), fc.integer({ min: 2, max: 10 }))
      .map(([a, b]) => ({ lo: Math.min(a, b) / 2, hi: Math.max(a, b) / 2 })),
  );
  const offers = fc.array(fc.tuple(rating, rating, rating, rating) as fc.Arbitrary<OfferRanges>, {
    minLength: 2,
    maxLength: 8,
  });
  const weights = fc
    .array(fc.integer({ min: 0, max: 4 }), { minLength: 4, maxLength: 4 })
    .filter((w) => w.some((x) => x > 0)) as unknown as fc.Arbitrary<Weights>;
  const spread = fc.constantFrom(0, 0.3, 0.9);

  test("each chance is in [0, 1], the rated offers' chances sum to 1 within 1e-12, unrated ones are null, twice the same", () => {
    fc.assert(
      fc.property(offers, weights, spread, (os, w, s) => {
        const rated = os.filter((x) => x.some((r) => r !== null)).length;
        if (rated < 2)
          return expect(() => pFirst(os, w, { weightSpread: s, samples: 1000 })).toThrow(/^offers: /);
        const p = pFirst(os, w, { weightSpread: s, samples: 1000 });
        expect(p).toHaveLength(os.length);
        let sum = 0;
        p.forEach((x, i) => {
          if (os[i].every((r) => r === null)) return expect(x).toBeNull();
          expect(x).not.toBeNull();
          expect(x as number).toBeGreaterThanOrEqual(0);
          expect(x as number).toBeLessThanOrEqual(1);
          sum += x as number;
        });
        expect(Math.abs(sum - 1)).toBeLessThan(1e-12);
        expect(pFirst(os, w, { weightSpread: s, samples: 1000 })).toEqual(p);
      }),
      { numRuns: RUNS },
    );
  });

  test("an offer that cannot reach another's lowest score has chance 0 (no weight spread)", () => {
    fc.assert(
      fc.property(offers, weights, (os, w) => {
        if (os.filter((x) => x.some((r) => r !== null)).length < 2) return;
        const p = pFirst(os, w, { samples: 1000 });
        // Highest possible (all at high ends, blanks 5) of each, against the best lowest (low ends, blanks 1).
        const total = w[0] + w[1] + w[2] + w[3];
        const at = (x: OfferRanges, end: "lo" | "hi"): number =>
          x.reduce((s, r, k) => s + w[k] * ((r === null ? (end === "lo" ? 1 : 5) : r[end]) - 1), 0) / total;
        const rated = os.map((x, i) => [x, i] as const).filter(([x]) => x.some((r) => r !== null));
        const bestLow = Math.max(...rated.map(([x]) => at(x, "lo")));
        for (const [x, i] of rated) if (at(x, "hi") < bestLow - 1e-9) expect(p[i]).toBe(0);
      }),
      { numRuns: RUNS },
    );
  });

  test("the same call twice gives identical results, and more samples keep the answer close", () => {
    const os = [o("2-4", 3, null, 4), o(3, "3-5", 2, 4), o(4, 2, "1-5", 3)];
    const a = pFirst(os, [2, 1, 1, 1], { weightSpread: 0.2 });
    expect(pFirst(os, [2, 1, 1, 1], { weightSpread: 0.2 })).toEqual(a);
    const big = pFirst(os, [2, 1, 1, 1], { weightSpread: 0.2, samples: 100_000 });
    big.forEach((x, i) => expect(Math.abs((x as number) - (a[i] as number))).toBeLessThan(0.03));
  });
});
