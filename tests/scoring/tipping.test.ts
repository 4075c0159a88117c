import fc from "fast-check";
import { DomainError, scoreOffer, tipping, type OfferRatings, type Weights } from "../../src/scoring";

const RUNS = Number(process.env.FC_RUNS ?? 100);

/** The weights with criterion k's share set to t and the others keeping their proportions. */
function shifted(w: Weights, k: number, t: number): Weights {
  const total = w.reduce((a, b) => a + b, 0);
  const share = w.map((x) => x / total);
  const restShare = 1 - share[k];
  return share.map((s, j) =>
    j === k ? t : restShare > 0 ? (s * (1 - t)) / restShare : (1 - t) / 3,
  ) as unknown as Weights;
}

/** Brute force: scan t on a grid and report the first grid point, moving out from the current share, where a rival catches the leader. */
function scan(offers: OfferRatings[], w: Weights, k: number, leader: number, steps = 4000): number | null {
  const total = w.reduce((a, b) => a + b, 0);
  const c = w[k] / total;
  let best: number | null = null;
  for (let s = 0; s <= steps; s++) {
    const t = s / steps;
    const ws = shifted(w, k, t);
    const lead = scoreOffer(offers[leader], ws) as number;
    const caught = offers.some((o, i) => i !== leader && (scoreOffer(o, ws) as number) >= lead - 1e-9);
    if (caught && (best === null || Math.abs(t - c) < Math.abs(best - c))) best = t;
  }
  return best;
}

describe("tipping", () => {
  test("a hand-worked case: two offers that trade scope against growth", () => {
    // A: scope 5, growth 1; B: scope 1, growth 5; data and support equal. Equal weights: tie at 50, A leads (first).
    // Tipping on scope: any t below 0.25 lets B pass, and 0.25 is a tie already -> the current share.
    const r = tipping(
      [
        [5, 3, 3, 1],
        [1, 3, 3, 5],
      ],
      [1, 1, 1, 1],
    );
    expect(r.leader).toBe(0);
    expect(r.rows[0].tippingWeight).toBeCloseTo(0.25, 12);
    expect(r.rows[0].newLeader).toBe(1);
  });

  test("exact root: the leader loses when scope's share falls to a computed value", () => {
    // A = [5,1,1,1], B = [1,3,3,3], weights 2,1,1,1 (scope share 0.4).
    // A(t) = t, B(t) = 0.5 (1 - t): equal at t = 1/3.
    const r = tipping(
      [
        [5, 1, 1, 1],
        [1, 3, 3, 3],
      ],
      [2, 1, 1, 1],
    );
    expect(r.leader).toBe(0);
    expect(r.rows[0].tippingWeight).toBeCloseTo(1 / 3, 12);
    expect(r.rows[0].newLeader).toBe(1);
    // Raising data maturity's share: A(t) = 0.5 (1 - t), B(t) = 0.5 t + 0.25 (1 - t): equal at t = 1/3.
    expect(r.rows[1].tippingWeight).toBeCloseTo(1 / 3, 12);
  });

  test("none when no weight changes the leader (it dominates on every criterion)", () => {
    const r = tipping(
      [
        [2, 2, 2, 2],
        [4, 4, 4, 4],
      ],
      [1, 1, 1, 1],
    );
    expect(r.leader).toBe(1);
    r.rows.forEach((row) => {
      expect(row.tippingWeight).toBeNull();
      expect(row.newLeader).toBeNull();
    });
  });

  test("all-blank offers are skipped but positions count them", () => {
    const r = tipping(
      [
        [null, null, null, null],
        [5, 1, 1, 1],
        [1, 3, 3, 3],
      ],
      [2, 1, 1, 1],
    );
    expect(r.leader).toBe(1);
    expect(r.rows[0].newLeader).toBe(2);
  });

  test("partly rated offers and fewer than two offers are notAvailable", () => {
    const kind = (f: () => unknown): string | undefined => {
      try {
        f();
      } catch (e) {
        return e instanceof DomainError ? e.kind : "other";
      }
      return undefined;
    };
    expect(
      kind(() =>
        tipping(
          [
            [5, 1, 1, 1],
            [1, null, 3, 3],
          ],
          [1, 1, 1, 1],
        ),
      ),
    ).toBe("notAvailable");
    expect(kind(() => tipping([[5, 1, 1, 1]], [1, 1, 1, 1]))).toBe("notAvailable");
    expect(
      kind(() =>
        tipping(
          [
            [5, 1, 1, 1],
            [null, null, null, null],
          ],
          [1, 1, 1, 1],
        ),
      ),
    ).toBe("notAvailable");
  });

  test("a criterion holding all the weight hands the rest out equally as it falls", () => {
    const r = tipping(
      [
        [5, 1, 1, 1],
        [1, 5, 5, 5],
      ],
      [1, 0, 0, 0],
    );
    // A(t) = t, B(t) = 1 - t: equal at 0.5
    expect(r.rows[0].currentShare).toBe(1);
    expect(r.rows[0].tippingWeight).toBeCloseTo(0.5, 12);
  });

  test("property: agrees with a brute-force scan of t", () => {
    const r = fc.integer({ min: 1, max: 5 });
    const offer = fc.tuple(r, r, r, r);
    const w = fc
      .tuple(...[0, 1, 2, 3].map(() => fc.integer({ min: 0, max: 5 })))
      .filter((x) => x.some((v) => v > 0));
    fc.assert(
      fc.property(fc.array(offer, { minLength: 2, maxLength: 5 }), w, (offers, weights) => {
        const os = offers as unknown as OfferRatings[];
        const ws = weights as unknown as Weights;
        const res = tipping(os, ws);
        res.rows.forEach((row, k) => {
          const brute = scan(os, ws, k, res.leader);
          if (row.tippingWeight === null) {
            expect(brute).toBeNull();
            return;
          }
          // The exact answer is as near the current share as the scan's (within one grid step; two points
          // on either side can be equally near), and at it the new leader really has caught up.
          expect(brute).not.toBeNull();
          const c = row.currentShare;
          expect(
            Math.abs(Math.abs(row.tippingWeight - c) - Math.abs((brute as number) - c)),
          ).toBeLessThanOrEqual(1 / 4000 + 1e-9);
          const at = shifted(ws, k, row.tippingWeight);
          expect(scoreOffer(os[row.newLeader as number], at) as number).toBeGreaterThanOrEqual(
            (scoreOffer(os[res.leader], at) as number) - 1e-7,
          );
        });
      }),
      { numRuns: RUNS },
    );
  });
});
