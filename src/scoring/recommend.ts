/**
 * The recommendation: offers ranked by score (ties share a rank), what separates the top two, whether
 * one rating step could swap them, what a partly rated leader's blanks would have to hold to lose the
 * lead, and the tipping table. Every score and difference goes through roundScore.
 */
import { roundScore } from "./round";
import { explainOffer, scoreOffer } from "./score";
import { tipping, type TippingResult } from "./tipping";
import { CRITERIA, type Criterion, DomainError, type OfferRatings, type Weights } from "./types";

export interface RankedOffer {
  /** 0-based input position. */
  readonly index: number;
  readonly score: number;
  /** 1 = best; tied scores share a rank, like Excel's RANK.EQ. */
  readonly rank: number;
  readonly contributions: readonly [number, number, number, number];
  /** How many of the four criteria are rated ("3 of 4"). */
  readonly rated: number;
}

/** One rating moved by one step (+1 or -1, staying within 1..5). */
export interface RatingChange {
  /** 0-based input position of the offer whose rating changes. */
  readonly offer: number;
  readonly criterion: Criterion;
  readonly from: number;
  readonly to: number;
  /** With the change, the runner-up ties the leader or passes it (scores recomputed and rounded). */
  readonly effect: "tie" | "pass";
}

/** A leader rated on fewer than four criteria, and what its blanks would have to hold to lose the lead. */
export interface PartialLeader {
  /** 0-based input position of the leader. */
  readonly offer: number;
  /** How many of its criteria are rated (1..3). */
  readonly rated: number;
  readonly unrated: readonly Criterion[];
  /** 0-based input position of the runner-up it is measured against. */
  readonly rival: number;
  /**
   * The largest whole rating (1..5) such that if every unrated criterion were rated that or lower,
   * the runner-up would be strictly ahead of it (its score rises with each rating, so any lower
   * ratings keep the runner-up ahead). Null when even 1 everywhere would not put the runner-up ahead.
   */
  readonly rivalAheadAtOrBelow: number | null;
}

export interface Recommendation {
  /** Scored offers, best first (ties keep input order). All-blank offers are left out. */
  readonly ranked: readonly RankedOffer[];
  /** Leader's score minus the runner-up's (rounded; 0 for a tie); null with fewer than two offers. */
  readonly margin: number | null;
  /**
   * The top two are a close call when one step in a single rating of either (blanks excluded)
   * would let the runner-up tie or pass (always so for a tie at the top).
   */
  readonly closeCall: boolean;
  /**
   * The first such change: the runner-up's ratings raised in criterion order, then the leader's
   * lowered. For a tie at the top, the first change that makes the runner-up pass, if any.
   */
  readonly closeCallChange: RatingChange | null;
  /**
   * The criterion where the leader gains most over the runner-up, and by how many points; null with
   * fewer than two offers, when the top two tie (nothing sets a tied leader apart) or when either is
   * partly rated (its points are shares of a smaller weight total, not comparable).
   */
  readonly deciding: { readonly criterion: Criterion; readonly points: number } | null;
  /** Set when the leader (ranked[0]) is partly rated and there is a runner-up. */
  readonly partialLeader: PartialLeader | null;
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
  let closeCallChange: RatingChange | null = null;
  let closeCall = false;
  let partialLeader: PartialLeader | null = null;
  if (ranked.length >= 2) {
    const [lead, second] = ranked;
    margin = roundScore(lead.score - second.score);
    // Points of a partly rated offer are shares of a smaller total: comparing them says nothing.
    if (margin > 0 && lead.rated === 4 && second.rated === 4) {
      let bestK = 0;
      let bestGain = -Infinity;
      CRITERIA.forEach((_, k) => {
        const gain = roundScore(lead.contributions[k] - second.contributions[k]);
        if (gain > bestGain) {
          bestGain = gain;
          bestK = k;
        }
      });
      deciding = { criterion: CRITERIA[bestK], points: bestGain };
    }
    closeCallChange = oneStepFlip(offers, w, lead.index, second.index, margin === 0);
    closeCall = margin === 0 || closeCallChange !== null;
    if (lead.rated < 4) partialLeader = partial(offers[lead.index], w, lead, second);
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
    closeCall,
    closeCallChange,
    deciding,
    partialLeader,
    tipping: tip,
    tippingNote,
    skipped,
  };
}

/** Scores with one rating replaced; null if the offer cannot be scored. */
function scoreWith(r: OfferRatings, k: number, v: number, w: Weights): number | null {
  const c = [...r] as [number | null, number | null, number | null, number | null];
  c[k] = v;
  try {
    return scoreOffer(c, w);
  } catch (e) {
    if (e instanceof DomainError) return null;
    throw e;
  }
}

/**
 * The first single one-step rating change that lets the runner-up tie or pass the leader (only
 * raising the runner-up or lowering the leader can: scores never fall as a rating rises).
 */
function oneStepFlip(
  offers: readonly OfferRatings[],
  w: Weights,
  lead: number,
  second: number,
  strict: boolean,
): RatingChange | null {
  const leadScore = scoreOffer(offers[lead], w) as number;
  const secondScore = scoreOffer(offers[second], w) as number;
  const tries: [number, 1 | -1][] = [
    [second, 1],
    [lead, -1],
  ];
  for (const [who, step] of tries) {
    for (let k = 0; k < 4; k++) {
      const from = offers[who][k];
      if (from === null) continue;
      const to = from + step;
      if (to < 1 || to > 5) continue;
      const s = scoreWith(offers[who], k, to, w);
      if (s === null) continue;
      const l = who === lead ? s : leadScore;
      const r = who === second ? s : secondScore;
      if (r > l || (!strict && r === l)) {
        return { offer: who, criterion: CRITERIA[k], from, to, effect: r > l ? "pass" : "tie" };
      }
    }
  }
  return null;
}

function partial(r: OfferRatings, w: Weights, lead: RankedOffer, second: RankedOffer): PartialLeader {
  const unrated = CRITERIA.filter((_, k) => r[k] === null);
  let below: number | null = null;
  for (let v = 5; v >= 1 && below === null; v--) {
    const filled = r.map((x) => (x === null ? v : x)) as unknown as OfferRatings;
    const s = scoreOffer(filled, w) as number;
    if (second.score > s) below = v;
  }
  return { offer: lead.index, rated: lead.rated, unrated, rival: second.index, rivalAheadAtOrBelow: below };
}
