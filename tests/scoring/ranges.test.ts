/** Rating ranges in cells, OFFER.RANGE's score ranges (against brute force over every corner) and the generator. */
import fc from "fast-check";
import {
  DomainError,
  PFIRST_SEED,
  fillUniform,
  newState,
  nextUint32,
  nextUniform,
  formatRatingRange,
  midpoint,
  midpointRatings,
  parseRatingMidpoint,
  parseRatingRange,
  scoreOffer,
  scoreRange,
  type OfferRanges,
  type RangedRating,
  type Weights,
} from "../../src/scoring";
import { roundScore } from "../../src/scoring/round";

const RUNS = Number(process.env.FC_RUNS ?? 300);

describe("parseRatingRange", () => {
  test.each([
    ["3-5", 3, 5],
    ["3.5 - 4", 3.5, 4],
    ["2 to 3", 2, 3],
    ["2 TO 3", 2, 3],
    ["4\u20135", 4, 5],
    [" 1 - 5 ", 1, 5],
    ["4-4", 4, 4],
    ["1.25-1.75", 1.25, 1.75],
  ])("%s is a range", (text, lo, hi) => {
    expect(parseRatingRange(text, "scope")).toEqual({ lo, hi });
  });

  test("numbers are point ranges, blanks are null", () => {
    expect(parseRatingRange(4, "scope")).toEqual({ lo: 4, hi: 4 });
    expect(parseRatingRange(1.5, "scope")).toEqual({ lo: 1.5, hi: 1.5 });
    for (const b of [null, undefined, ""]) expect(parseRatingRange(b, "scope")).toBeNull();
  });

  test.each([
    ["5-3", /range "5-3" must run from a low end to a high end, both from 1 to 5/],
    ["0-3", /range "0-3"/],
    ["4-6", /range "4-6"/],
    ["0.5 to 2", /range "0.5 to 2"/],
    ["x", /expected a rating from 1 to 5, a range such as "3-4".*got the text "x"/],
    ["3", /got the text "3"/],
    ["3-", /got the text "3-"/],
    ["-1-3", /got the text "-1-3"/],
    ["3--4", /got the text "3--4"/],
    ["2to3", /got the text "2to3"/],
    ["3,5-4", /got the text "3,5-4"/],
    ["3 \u2014 4", /got the text/],
    ["1-2-3", /got the text "1-2-3"/],
  ])("%s is #VALUE! naming the text", (text, message) => {
    let err: unknown;
    try {
      parseRatingRange(text, "growth (row 2)");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).kind).toBe("invalid");
    expect((err as DomainError).message).toMatch(/^growth \(row 2\): /);
    expect((err as DomainError).message).toMatch(message);
  });

  test("other values are named too", () => {
    for (const v of [0, 6, NaN, Infinity, true, {}]) {
      expect(() => parseRatingRange(v, "support")).toThrow(/^support: expected a rating from 1 to 5/);
    }
  });

  test("the midpoint is what SCORE uses; formatting types a range back", () => {
    expect(parseRatingMidpoint("3-4", "scope")).toBe(3.5);
    expect(parseRatingMidpoint("2 to 5", "scope")).toBe(3.5);
    expect(parseRatingMidpoint(2, "scope")).toBe(2);
    expect(parseRatingMidpoint("", "scope")).toBeNull();
    expect(midpoint({ lo: 1, hi: 4 })).toBe(2.5);
    expect(formatRatingRange({ lo: 3, hi: 4 })).toBe("3-4");
    expect(formatRatingRange({ lo: 3.5, hi: 3.5 })).toBe("3.5");
    expect(parseRatingRange(formatRatingRange({ lo: 1.5, hi: 4.25 }), "scope")).toEqual({
      lo: 1.5,
      hi: 4.25,
    });
  });

  test("property: any cell gives a valid range, null, or a DomainError naming the argument", () => {
    const cell = fc.oneof(
      fc.anything(),
      fc.double(),
      fc.string({ maxLength: 12 }),
      fc.stringMatching(/^ ?-?[0-9.]{0,4} ?(-|\u2013|to|—)? ?[0-9.]{0,4} ?$/),
    );
    fc.assert(
      fc.property(cell, (v) => {
        try {
          const r = parseRatingRange(v, "scope");
          expect(r === null || (r.lo >= 1 && r.lo <= r.hi && r.hi <= 5)).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(DomainError);
          expect((e as DomainError).message).toMatch(/^scope: /);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("property: any valid pair of numbers typed with any separator parses back to itself", () => {
    const end = fc.integer({ min: 100, max: 500 }).map((x) => x / 100);
    fc.assert(
      fc.property(end, end, fc.constantFrom("-", " - ", "\u2013", " \u2013 ", " to "), (a, b, sep) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(parseRatingRange(`${lo}${sep}${hi}`, "scope")).toEqual({ lo, hi });
      }),
      { numRuns: RUNS },
    );
  });
});

/** Brute force: the score with all four criteria counted, at every corner of the offer's box. */
function corners(o: OfferRanges): number[][] {
  const ends = o.map((r) => (r === null ? [1, 5] : [r.lo, r.hi]));
  const out: number[][] = [];
  for (let mask = 0; mask < 16; mask++) out.push(ends.map((e, k) => e[(mask >> k) & 1]));
  return out;
}
function fullScore(r: number[], w: Weights): number {
  let num = 0;
  let den = 0;
  for (let k = 0; k < 4; k++) {
    num += w[k] * (r[k] - 1);
    den += w[k];
  }
  return (100 * num) / 4 / den;
}

const rangedRating: fc.Arbitrary<RangedRating> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 4, max: 20 }).map((x) => ({ lo: x / 4, hi: x / 4 })),
  fc
    .tuple(fc.double({ min: 1, max: 5, noNaN: true }), fc.double({ min: 1, max: 5, noNaN: true }))
    .map(([a, b]) => ({ lo: Math.min(a, b), hi: Math.max(a, b) })),
);
const offer = fc.tuple(rangedRating, rangedRating, rangedRating, rangedRating) as fc.Arbitrary<OfferRanges>;
const weights = fc
  .array(fc.integer({ min: 0, max: 5 }), { minLength: 4, maxLength: 4 })
  .filter((w) => w.some((x) => x > 0)) as unknown as fc.Arbitrary<Weights>;

describe("scoreRange (OFFER.RANGE)", () => {
  test("property: the ends are the lowest and highest corner score, and random inner points lie between", () => {
    fc.assert(
      fc.property(
        offer,
        weights,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
        (o, w, t) => {
          const r = scoreRange(o, w);
          if (o.every((x) => x === null)) return expect(r).toBeNull();
          const at = corners(o).map((c) => fullScore(c, w));
          expect(r).not.toBeNull();
          const [lo, hi] = r as [number, number];
          expect(Math.abs(lo - Math.min(...at))).toBeLessThan(1e-9);
          expect(Math.abs(hi - Math.max(...at))).toBeLessThan(1e-9);
          const inner = o.map((x, k) => (x === null ? 1 + 4 * t[k] : x.lo + (x.hi - x.lo) * t[k]));
          const v = fullScore(inner, w);
          expect(v).toBeGreaterThanOrEqual(lo - 1e-9);
          expect(v).toBeLessThanOrEqual(hi + 1e-9);
        },
      ),
      { numRuns: RUNS },
    );
  });

  test("property: a fully rated point offer's range is its score, rounded; otherwise it brackets SCORE at the midpoints", () => {
    fc.assert(
      fc.property(offer, weights, (o, w) => {
        const r = scoreRange(o, w);
        const mids = midpointRatings(o);
        let s: number | null;
        try {
          s = scoreOffer(mids, w);
        } catch {
          return; // rated criteria all weigh 0: SCORE is #N/A, nothing to bracket
        }
        if (s === null) return expect(r).toBeNull();
        const [lo, hi] = r as [number, number];
        if (o.every((x) => x !== null && x.lo === x.hi)) {
          expect(lo).toBe(roundScore(s));
          expect(hi).toBe(roundScore(s));
        }
        expect(s).toBeGreaterThanOrEqual(lo - 1e-9);
        expect(s).toBeLessThanOrEqual(hi + 1e-9);
      }),
      { numRuns: RUNS },
    );
  });

  test("by hand: a blank is the whole scale, ranges at their ends", () => {
    // (scope 5, data maturity 1-3, support blank, growth 4), weights 2,1,1,1: 25 * (8 + [0,2] + [0,4] + 3) / 5.
    expect(scoreRange([{ lo: 5, hi: 5 }, { lo: 1, hi: 3 }, null, { lo: 4, hi: 4 }], [2, 1, 1, 1])).toEqual([
      55, 85,
    ]);
    expect(scoreRange([null, null, null, null], [1, 1, 1, 1])).toBeNull();
  });
});

/** xoshiro128** and its seeding written again in BigInt arithmetic, straight from the published algorithm. */
function referenceStream(seed: number, n: number): number[] {
  const M = 0xffffffffn;
  const mul = (a: bigint, b: bigint): bigint => (a * b) & M;
  const rotl = (x: bigint, k: bigint): bigint => ((x << k) | (x >> (32n - k))) & M;
  const fmix = (h: bigint): bigint => {
    h = mul(h ^ (h >> 16n), 0x85ebca6bn);
    h = mul(h ^ (h >> 13n), 0xc2b2ae35n);
    return h ^ (h >> 16n);
  };
  const s = [1n, 2n, 3n, 4n].map((i) => fmix((BigInt(seed) + i * 0x9e3779b9n) & M));
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    out.push(Number(mul(rotl(mul(s[1], 5n), 7n), 9n)));
    const t = (s[1] << 9n) & M;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11n);
  }
  return out;
}

describe("the generator", () => {
  test("matches a BigInt xoshiro128** from the same seed, and fillUniform gives the same stream", () => {
    const ref = referenceStream(PFIRST_SEED, 2000);
    const g = newState(PFIRST_SEED);
    expect(Array.from({ length: 1000 }, () => nextUint32(g))).toEqual(ref.slice(0, 1000));
    const buf = new Float64Array(1000);
    fillUniform(g, buf, 1000);
    expect(Array.from(buf)).toEqual(ref.slice(1000).map((x) => x / 2 ** 32));
    const other = newState(7);
    expect(Array.from({ length: 5 }, () => nextUint32(other))).toEqual(referenceStream(7, 5));
  });

  test("its uniforms look uniform: mean, variance and deciles of 100,000 draws", () => {
    const g = newState();
    const n = 100_000;
    const bins = new Array(10).fill(0);
    let sum = 0;
    let sq = 0;
    for (let i = 0; i < n; i++) {
      const u = nextUniform(g);
      if (!(u >= 0 && u < 1)) throw new Error(`draw ${i} is ${u}, outside [0, 1)`);
      sum += u;
      sq += u * u;
      bins[Math.floor(u * 10)]++;
    }
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(sq / n - (sum / n) ** 2 - 1 / 12)).toBeLessThan(0.002);
    // Chi-square with 9 degrees of freedom: above 27.9 happens by chance 1 time in 1,000.
    const chi = bins.reduce((c, b) => c + (b - n / 10) ** 2 / (n / 10), 0);
    expect(chi).toBeLessThan(27.9);
  });
});
