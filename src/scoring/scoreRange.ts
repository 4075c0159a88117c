/**
 * The lowest and highest score an offer can have when some of its ratings are ranges or blank, and
 * the one-number ratings (midpoints) SCORE uses for it. Pure; no Office, no DOM.
 */
import { roundScore } from "./round";
import { isUnrated, midpoint, type OfferRanges } from "./ranges";
import { scoreFullyRated } from "./score";
import { DomainError, type OfferRatings, type Weights } from "./types";

/**
 * [lowest, highest] score, rounded like every score (roundScore), or null for an offer with no rating.
 * Every criterion counts, a blank as the whole 1-5 scale: the score is then
 * 25 * sum_k w_k (r_k - 1) / sum_k w_k with a fixed denominator, increasing in each r_k (w_k >= 0),
 * so the lowest score has every rating at its low end and the highest every rating at its high end.
 * For an offer with four plain ratings both ends are its SCORE; otherwise they bracket SCORE at the
 * midpoints (blanks left out), which is a weighted average of the same (r - 1) / 4 terms.
 */
export function scoreRange(o: OfferRanges, w: Weights): [number, number] | null {
  if (isUnrated(o)) return null;
  const total = w[0] + w[1] + w[2] + w[3];
  if (!(total > 0))
    throw new DomainError(
      "invalid",
      "weights: all four weights are 0; give at least one criterion a weight above 0.",
    );
  const [a, b, c, d] = o;
  const lo = scoreFullyRated(a?.lo ?? 1, b?.lo ?? 1, c?.lo ?? 1, d?.lo ?? 1, w, total);
  const hi = scoreFullyRated(a?.hi ?? 5, b?.hi ?? 5, c?.hi ?? 5, d?.hi ?? 5, w, total);
  return [roundScore(lo), roundScore(hi)];
}

/** The ratings SCORE, EXPLAIN and TIPPING use for an offer with ranges: each range at its midpoint, blanks blank. */
export function midpointRatings(o: OfferRanges): OfferRatings {
  const m = (r: OfferRanges[number]): number | null => (r === null ? null : midpoint(r));
  return [m(o[0]), m(o[1]), m(o[2]), m(o[3])];
}
