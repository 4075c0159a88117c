import fc from "fast-check";
import { DomainError, explainOffer, scoreOffer, type OfferRatings, type Weights } from "../../src/scoring";

const rating = fc.option(fc.double({ min: 1, max: 5, noNaN: true }), { nil: null });
const offer = fc.tuple(rating, rating, rating, rating) as fc.Arbitrary<OfferRatings>;
const weights = fc
  // Weights as people type them: 0 or an ordinary positive number (subnormal weights underflow in any float code).
  .tuple(...[0, 1, 2, 3].map(() => fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 10, noNaN: true }))))
  .filter((w) => w.reduce((a, b) => a + b, 0) > 0.01) as unknown as fc.Arbitrary<Weights>;
const RUNS = Number(process.env.FC_RUNS ?? 200);

describe("scoreOffer", () => {
  test("the worked examples", () => {
    expect(scoreOffer([5, 1, 3, 4], [1, 1, 1, 1])).toBeCloseTo(56.25, 12);
    expect(scoreOffer([5, 1, 3, 4], [2, 1, 1, 0])).toBeCloseTo(62.5, 12);
    expect(scoreOffer([5, 5, 5, 5], [1, 1, 1, 1])).toBe(100);
    expect(scoreOffer([1, 1, 1, 1], [1, 2, 3, 4])).toBe(0);
  });

  test("unrated criteria are left out of the average", () => {
    // Only scope (5) and growth (3) rated: (4 + 2) / 4 / 2 = 0.75
    expect(scoreOffer([5, null, null, 3], [1, 1, 1, 1])).toBeCloseTo(75, 12);
  });

  test("all blank gives null; rated criteria with zero weight give notAvailable", () => {
    expect(scoreOffer([null, null, null, null], [1, 1, 1, 1])).toBeNull();
    expect(() => scoreOffer([4, null, null, null], [0, 1, 1, 1])).toThrow(DomainError);
    try {
      scoreOffer([4, null, null, null], [0, 1, 1, 1]);
    } catch (e) {
      expect((e as DomainError).kind).toBe("notAvailable");
      expect((e as DomainError).message).toMatch(/weights/);
    }
  });

  test("property: a score is within 0..100", () => {
    fc.assert(
      fc.property(offer, weights, (r, w) => {
        try {
          const s = scoreOffer(r, w);
          if (s === null) return r.every((v) => v === null);
          return s >= -1e-9 && s <= 100 + 1e-9;
        } catch (e) {
          return e instanceof DomainError && e.kind === "notAvailable";
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("property: raising a rating never lowers the score", () => {
    fc.assert(
      fc.property(
        fc.tuple(...[0, 1, 2, 3].map(() => fc.double({ min: 1, max: 5, noNaN: true }))),
        weights,
        fc.integer({ min: 0, max: 3 }),
        fc.double({ min: 0, max: 4, noNaN: true }),
        (r, w, k, bump) => {
          const raised = [...r];
          raised[k] = Math.min(5, raised[k] + bump);
          const before = scoreOffer(r as unknown as OfferRatings, w) as number;
          const after = scoreOffer(raised as unknown as OfferRatings, w) as number;
          return after >= before - 1e-9;
        },
      ),
      { numRuns: RUNS },
    );
  });

  test("property: scaling all weights by a constant changes nothing", () => {
    fc.assert(
      fc.property(offer, weights, fc.double({ min: 0.1, max: 100, noNaN: true }), (r, w, c) => {
        try {
          const a = scoreOffer(r, w);
          const b = scoreOffer(r, w.map((x) => x * c) as unknown as Weights);
          return a === null ? b === null : Math.abs(a - (b as number)) < 1e-9;
        } catch (e) {
          return e instanceof DomainError;
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe("explainOffer", () => {
  test("contributions of the worked example", () => {
    const c = explainOffer([5, 1, 3, 4], [1, 1, 1, 1]) as number[];
    expect(c[0]).toBeCloseTo(25, 12);
    expect(c[1]).toBe(0);
    expect(c[2]).toBeCloseTo(12.5, 12);
    expect(c[3]).toBeCloseTo(18.75, 12);
  });

  test("property: a row of contributions sums to the score, and unrated criteria contribute 0", () => {
    fc.assert(
      fc.property(offer, weights, (r, w) => {
        let s: number | null;
        try {
          s = scoreOffer(r, w);
        } catch {
          expect(() => explainOffer(r, w)).toThrow(DomainError);
          return true;
        }
        const c = explainOffer(r, w);
        if (s === null) return c === null;
        if (c === null) return false;
        r.forEach((v, k) => {
          if (v === null) expect(c[k]).toBe(0);
        });
        // Each of the five numbers is rounded to 9 decimals (half a unit each way at most).
        return Math.abs(c[0] + c[1] + c[2] + c[3] - s) <= 2.5e-9 + 1e-12;
      }),
      { numRuns: RUNS },
    );
  });
});
