import { explainOffer, scoreOffer } from "./score";
import { tipping, type TippingResult } from "./tipping";
import { CRITERIA, type Criterion, DomainError, type OfferRatings, type Weights } from "./types";

/** Two offers this close (in points) are a close call: small changes in the ratings could swap them. */
export const CLOSE_CALL_POINTS = 5;

export interface RankedOffer {
  /** 0-based input position. */
  readonly index: number;
  readonly score: number;
  /** 1 = best; tied scores share a rank, like Excel's RANK.EQ. */
  readonly rank: number;
  readonly contributions: readonly [number, number, number, number];
  /** How many of the four criteria are rated. */
  readonly rated: number;
}

export interface Recommendation {
  /** Scored offers, best first (ties keep input order). All-blank offers are left out. */
  readonly ranked: readonly RankedOffer[];
  /** Leader's score minus the runner-up's; null with fewer than two offers. */
  readonly margin: number | null;
  readonly closeCall: boolean;
  /** The criterion where the leader gains most over the runner-up, and by how many points. */
  readonly deciding: { readonly criterion: Criterion; readonly points: number } | null;
  /** The tipping table, or null with the reason when it cannot be computed. */
  readonly tipping: TippingResult | null;
  readonly tippingNote: string | null;
  /** Offers left out of the ranking and why (0-based positions). */
  readonly skipped: readonly { readonly index: number; readonly reason: string }[];
}

export function recommend(offers: readonly OfferRatings[], w: Weights): Recommendation {
  const scored: RankedOffer[] = [];
  const skipped: { index: number; reason: string }[] = [];
  offers.forEach((r, index) => {
    try {
      const score = scoreOffer(r, w);
      const contributions = explainOffer(r, w);
      if (score === null || contributions === null) return;
      scored.push({ index, score, rank: 0, contributions, rated: r.filter((v) => v !== null).length });
    } catch (e) {
      if (e instanceof DomainError) skipped.push({ index, reason: e.message });
      else throw e;
    }
  });
  const sorted = [...scored].sort((a, b) => b.score - a.score || a.index - b.index);
  let rank = 0;
  const ranked = sorted.map((o, i) => {
    if (i === 0 || o.score !== sorted[i - 1].score) rank = i + 1;
    return { ...o, rank };
  });

  let margin: number | null = null;
  let deciding: Recommendation["deciding"] = null;
  if (ranked.length >= 2) {
    const [lead, second] = ranked;
    margin = lead.score - second.score;
    let bestK = 0;
    let bestGain = -Infinity;
    CRITERIA.forEach((_, k) => {
      const gain = lead.contributions[k] - second.contributions[k];
      if (gain > bestGain) {
        bestGain = gain;
        bestK = k;
      }
    });
    deciding = { criterion: CRITERIA[bestK], points: bestGain };
  }

  let tip: TippingResult | null = null;
  let tippingNote: string | null = null;
  try {
    tip = tipping(offers, w);
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    tippingNote = e.message;
  }
  return {
    ranked,
    margin,
    closeCall: margin !== null && margin <= CLOSE_CALL_POINTS,
    deciding,
    tipping: tip,
    tippingNote,
    skipped,
  };
}
