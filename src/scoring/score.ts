/** One offer's score and its per-criterion points, all rounded by roundScore (round.ts). */
import { roundScore } from "./round";
import { DomainError, type OfferRatings, type Rating, type Weights } from "./types";

/**
 * The score of one offer, 0..100: 100 * sum_k w_k (r_k - 1) / 4 / sum_k w_k, both sums over the
 * rated criteria only, rounded to 9 decimals (roundScore) so that exactly equal weighted sums give
 * identical values. Returns null when nothing is rated, so empty table rows stay empty.
 * Takes the four ratings as arguments (not an array) because SCORE calls it once per cell on
 * columns of a million rows, where an allocation per call is the dominant cost.
 */
export function scoreRatings(a: Rating, b: Rating, c: Rating, d: Rating, w: Weights): number | null {
  if (a !== null && b !== null && c !== null && d !== null) {
    return scoreFullyRated(a, b, c, d, w, w[0] + w[1] + w[2] + w[3]);
  }
  let num = 0;
  let den = 0;
  let rated = 0;
  if (a !== null) {
    num += w[0] * (a - 1);
    den += w[0];
    rated++;
  }
  if (b !== null) {
    num += w[1] * (b - 1);
    den += w[1];
    rated++;
  }
  if (c !== null) {
    num += w[2] * (c - 1);
    den += w[2];
    rated++;
  }
  if (d !== null) {
    num += w[3] * (d - 1);
    den += w[3];
    rated++;
  }
  if (rated === 0) return null;
  if (den === 0) throw zeroWeightError();
  return roundScore((25 * num) / den);
}

/**
 * The hot path: all four criteria rated and the weight total already known (it is the same for
 * every offer in a call). Callers guarantee 1 <= r <= 5 and weightTotal = w0 + w1 + w2 + w3 > 0.
 */
export function scoreFullyRated(
  a: number,
  b: number,
  c: number,
  d: number,
  w: Weights,
  weightTotal: number,
): number {
  return roundScore((25 * (w[0] * (a - 1) + w[1] * (b - 1) + w[2] * (c - 1) + w[3] * (d - 1))) / weightTotal);
}

export function scoreOffer(r: OfferRatings, w: Weights): number | null {
  return scoreRatings(r[0], r[1], r[2], r[3], w);
}

/**
 * Each criterion's share of the score, in points: 100 * w_k (r_k - 1) / 4 / sum over rated w.
 * Each is rounded to 9 decimals like the score, so the four add up to scoreOffer within a few units
 * of the 9th decimal. An unrated criterion contributes 0. Null when nothing is rated.
 */
export function explainOffer(r: OfferRatings, w: Weights): [number, number, number, number] | null {
  let den = 0;
  let rated = 0;
  for (let k = 0; k < 4; k++) {
    if (r[k] !== null) {
      den += w[k];
      rated++;
    }
  }
  if (rated === 0) return null;
  if (den === 0) throw zeroWeightError();
  const out: [number, number, number, number] = [0, 0, 0, 0];
  for (let k = 0; k < 4; k++) {
    const rk = r[k];
    if (rk !== null) out[k] = roundScore((25 * w[k] * (rk - 1)) / den);
  }
  return out;
}

function zeroWeightError(): DomainError {
  return new DomainError(
    "notAvailable",
    "weights: every criterion this offer rates has weight 0, so there is nothing to score. Give a rated criterion a weight above 0.",
  );
}
