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
  /**
   * The offer is first now or would be first (alone or tied) after one step up or down in a single
   * rating of any offer (blanks left alone), and at least two offers are so: see Recommendation.closeCall.
   */
  readonly closeCall: boolean;
}

/** One rating moved by one step (+1 or -1, staying within 1..5). */
export interface RatingChange {
  /** 0-based input position of the offer whose rating changes. */
  readonly offer: number;
  readonly criterion: Criterion;
  readonly from: number;
  readonly to: number;
  /**
   * With the change (scores recomputed and rounded), "pass": `rival` alone has the top score, strictly
   * ahead of every other offer; "tie": `rival` shares the top score with the other offers in `top`.
   */
  readonly effect: "tie" | "pass";
  /** 0-based input position of the offer the change brings to the top. */
  readonly rival: number;
  /** Every offer with the top score after the change, in today's rank order (ties: input order). */
  readonly top: readonly number[];
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
   * A close call: at least two offers are first now (a tie) or would be first, alone or tied, after
   * one step up or down (within 1..5) in a single rating of any offer, blanks left alone. Those
   * offers have RankedOffer.closeCall set; none has when this is false.
   */
  readonly closeCall: boolean;
  /**
   * With one leader: the first change that brings another offer to the top (alone or tied), trying
   * every other offer's ratings raised (offers in rank order, criteria in order), then the leader's
   * lowered. With a tie at the top: the first change after which one offer alone is on top, trying
   * the other tied offers' ratings raised, then the first's lowered, then the first's raised, the
   * other tied offers' lowered, and the offers below the tie raised; null if none does.
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
      scored.push({
        index,
        score,
        rank: 0,
        contributions,
        rated: r.filter((v) => v !== null).length,
        closeCall: false,
      });
    } catch (e) {
      if (e instanceof DomainError) skipped.push({ index, reason: e.message });
      else throw e;
    }
  });
  const sorted = [...scored].sort((a, b) => b.score - a.score || a.index - b.index);
  let rank = 0;
  const ranks = sorted.map((o, i) => {
    if (i === 0 || o.score !== sorted[i - 1].score) rank = i + 1;
    return { ...o, rank };
  });
  const close = ranks.length >= 2 ? closeCallSet(offers, w, ranks) : new Set<number>();
  const ranked = ranks.map((o) => ({ ...o, closeCall: close.has(o.index) }));

  let margin: number | null = null;
  let deciding: Recommendation["deciding"] = null;
  let closeCallChange: RatingChange | null = null;
  const closeCall = close.size > 0;
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
    closeCallChange = oneStepChange(offers, w, ranked);
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

/** Every single one-step change of a rating (blanks left alone) of offer `who`, up (+1) or down (-1). */
function* steps(
  offers: readonly OfferRatings[],
  w: Weights,
  who: number,
  step: 1 | -1,
): Generator<{ k: number; from: number; to: number; score: number }> {
  for (let k = 0; k < 4; k++) {
    const from = offers[who][k];
    if (from === null) continue;
    const to = from + step;
    if (to < 1 || to > 5) continue;
    const score = scoreWith(offers[who], k, to, w);
    if (score !== null) yield { k, from, to, score };
  }
}

/**
 * The top after offer `who`'s score becomes `s`, the others unchanged: the best score among the
 * others (ranked is sorted, so it is the first or second entry) decides who else shares the top.
 */
function topAfter(ranked: readonly RankedOffer[], who: number, s: number): { best: number; others: number } {
  const others = othersBest(ranked, who);
  return { best: Math.max(s, others), others };
}
function othersBest(ranked: readonly RankedOffer[], who: number): number {
  return ranked[0].index === who ? ranked[1].score : ranked[0].score;
}

/**
 * The offers that are first now or would be first (alone or tied) after one single one-step rating
 * change; empty when that is one offer only (the leader, with nothing close). Linear in the offers:
 * a change moves one offer's score, so the others' top is the best or second-best score now.
 */
function closeCallSet(
  offers: readonly OfferRatings[],
  w: Weights,
  ranked: readonly RankedOffer[],
): Set<number> {
  const out = new Set<number>();
  const levels = new Set<number>([ranked[0].score]);
  for (const o of ranked) {
    for (const step of [1, -1] as const) {
      for (const c of steps(offers, w, o.index, step)) {
        const t = topAfter(ranked, o.index, c.score);
        if (c.score === t.best) out.add(o.index);
        // The others at their best share the top; the changed offer, if it is among them, is first now.
        if (t.others === t.best) levels.add(t.others);
      }
    }
  }
  for (const o of ranked) if (levels.has(o.score)) out.add(o.index);
  return out.size >= 2 ? out : new Set<number>();
}

/** The change as a RatingChange: who is at the top after it, and whether alone. */
function describeChange(
  ranked: readonly RankedOffer[],
  who: number,
  c: { k: number; from: number; to: number; score: number },
  rivalOf: (top: readonly number[]) => number | null,
): RatingChange | null {
  const t = topAfter(ranked, who, c.score);
  const top = ranked.filter((o) => (o.index === who ? c.score : o.score) === t.best).map((o) => o.index);
  const rival = rivalOf(top);
  if (rival === null) return null;
  return {
    offer: who,
    criterion: CRITERIA[c.k],
    from: c.from,
    to: c.to,
    effect: top.length === 1 ? "pass" : "tie",
    rival,
    top,
  };
}

/** Recommendation.closeCallChange: see there for the order in which changes are tried. */
function oneStepChange(
  offers: readonly OfferRatings[],
  w: Weights,
  ranked: readonly RankedOffer[],
): RatingChange | null {
  const lead = ranked[0].index;
  const tiedNow = ranked[1].score === ranked[0].score;
  const tied = ranked.filter((o) => o.score === ranked[0].score).map((o) => o.index);
  const tries: [number, 1 | -1][] = tiedNow
    ? [
        ...tied.slice(1).map((i): [number, 1] => [i, 1]),
        [lead, -1],
        [lead, 1],
        ...tied.slice(1).map((i): [number, -1] => [i, -1]),
        ...ranked.slice(tied.length).map((o): [number, 1] => [o.index, 1]),
      ]
    : [...ranked.slice(1).map((o): [number, 1] => [o.index, 1]), [lead, -1]];
  const count = new Map<number, number>();
  const scoreOf = new Map<number, number>();
  for (const o of ranked) {
    count.set(o.score, (count.get(o.score) ?? 0) + 1);
    scoreOf.set(o.index, o.score);
  }
  // With one leader, the change must bring another offer to the top; with a tie, leave one alone there.
  const rivalOf = (top: readonly number[]): number | null =>
    tiedNow ? (top.length === 1 ? top[0] : null) : (top.find((i) => i !== lead) ?? null);
  for (const [who, step] of tries) {
    for (const c of steps(offers, w, who, step)) {
      // Cheap tests first (describeChange looks at every offer): who can be at the top after it.
      const t = topAfter(ranked, who, c.score);
      if (!tiedNow && who !== lead && c.score < t.others) continue;
      if (tiedNow && c.score === t.others) continue;
      const othersAtBest = (count.get(t.others) ?? 0) - (scoreOf.get(who) === t.others ? 1 : 0);
      if (tiedNow && c.score < t.others && othersAtBest > 1) continue;
      const d = describeChange(ranked, who, c, rivalOf);
      if (d) return d;
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
