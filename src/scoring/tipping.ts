/**
 * Tipping points: for each criterion, how far its share of the weight would have to fall or rise
 * before another offer really takes the lead. Pure; every comparison of scores uses roundScore.
 */
import { roundScore } from "./round";
import { scoreOffer } from "./score";
import { CRITERIA, type Criterion, DomainError, type OfferRatings, type Weights } from "./types";

/** OFFER.TIPPING's header row, which the sheet, the page and the CLI show too, exactly as issue 9 words it. */
export const TIPPING_HEADERS = [
  "Criterion",
  "Share now",
  "Lower share",
  "Leader below",
  "Higher share",
  "Leader above",
] as const;

export interface TippingRow {
  readonly criterion: Criterion;
  /** The criterion's share of the total weight now, 0..1. */
  readonly currentShare: number;
  /**
   * The largest share below the current one at which the leader stops being the only top offer
   * while another offer is strictly ahead for every share just below it; null if none (a tie at
   * share 0 does not count). When offers tie for first now, the current share itself.
   */
  readonly lowerShare: number | null;
  /** 0-based input position of the offer strictly ahead just below lowerShare; null if none. */
  readonly leaderBelow: number | null;
  /** The same going up (a tie at share 1 does not count). */
  readonly higherShare: number | null;
  /** 0-based input position of the offer strictly ahead just above higherShare; null if none. */
  readonly leaderAbove: number | null;
}

export interface TippingResult {
  /** 0-based input position of the current leader (the first in input order when several tie). */
  readonly leader: number;
  /** 0-based input positions of every offer tied for first now (one entry when the lead is clear). */
  readonly leaders: readonly number[];
  readonly rows: readonly TippingRow[];
}

/** One offer's score as a line in t, the criterion's share: a at t = 0, b at t = 1 (points, unrounded). */
interface Line {
  readonly pos: number;
  readonly a: number;
  readonly b: number;
  /** roundScore(a), roundScore(b): equal end points decide end-point ties and identical lines. */
  readonly ra: number;
  readonly rb: number;
  /** The rounded score now (what SCORE shows), which decides who leads now. */
  readonly now: number;
}

/** Roots closer than this (in share) are the same crossing; distinct roots of real inputs are far apart. */
const SAME_ROOT = 1e-12;

/**
 * For each criterion k, let its share t run over [0, 1] while the other shares keep their
 * proportions and sum to 1 - t (if k holds all the weight, the rest is shared equally). Every score
 * is then linear in t, so each crossing is found exactly, not by scanning. Offers whose lines are
 * identical to the leader's (the same rounded score at t = 0 and at t = 1) tie it on the whole
 * range and never count as a change of leader.
 */
export function tipping(offers: readonly OfferRatings[], w: Weights): TippingResult {
  const positions: number[] = [];
  const x: number[][] = []; // 25 (r - 1) per criterion: the points at a share of 1
  offers.forEach((r, i) => {
    const rated = r.filter((v) => v !== null).length;
    if (rated === 0) return;
    if (rated < 4) {
      throw new DomainError(
        "notAvailable",
        `offer ${i + 1}: rate all four criteria (or none) before looking for tipping points; it has ${rated} of 4.`,
      );
    }
    positions.push(i);
    x.push((r as readonly number[]).map((v) => 25 * (v - 1)));
  });
  if (positions.length < 2) {
    throw new DomainError(
      "notAvailable",
      `offers: tipping points need at least two rated offers; found ${positions.length}.`,
    );
  }
  const total = w[0] + w[1] + w[2] + w[3];
  if (!(total > 0)) throw new DomainError("invalid", "weights: at least one weight must be above 0.");
  const share = w.map((v) => v / total);
  const now = positions.map((p) => scoreOffer(offers[p], w) as number);
  const best = Math.max(...now);
  const leaders = positions.filter((_, j) => now[j] === best);

  const rows = CRITERIA.map((criterion, k): TippingRow => {
    const s0 = share[k];
    const lines: Line[] = x.map((xi, j) => {
      let num = 0;
      let den = 0;
      for (let m = 0; m < 4; m++) {
        if (m === k) continue;
        const sm = s0 >= 1 ? 1 : share[m];
        num += sm * xi[m];
        den += sm;
      }
      const a = den > 0 ? num / den : 0;
      return { pos: positions[j], a, b: xi[k], ra: roundScore(a), rb: roundScore(xi[k]), now: now[j] };
    });
    const below = direction(lines, s0, best, -1);
    const above = direction(lines, s0, best, +1);
    return {
      criterion,
      currentShare: s0,
      lowerShare: below.share,
      leaderBelow: below.who,
      higherShare: above.share,
      leaderAbove: above.who,
    };
  });
  return { leader: leaders[0], leaders, rows };
}

/** The first real change of leader going down (dir -1) or up (dir +1) from s0. */
function direction(
  lines: readonly Line[],
  s0: number,
  best: number,
  dir: -1 | 1,
): { share: number | null; who: number | null } {
  const none = { share: null, who: null };
  if ((dir < 0 && s0 <= 0) || (dir > 0 && s0 >= 1)) return none;
  // The score at the far end of this direction, rounded: who is ahead there is exact.
  const end = (l: Line): number => (dir > 0 ? l.rb : l.ra);
  const top = lines.filter((l) => l.now === best);
  const lead = top[0];
  const twin = (l: Line, m: Line): boolean => l.ra === m.ra && l.rb === m.rb;
  if (!top.every((l) => twin(l, lead))) {
    // Offers with different lines tie now, so any move decides between them: lines through one
    // point are ordered beyond it as they are at the far end.
    let win = top[0];
    for (const l of top) if (end(l) > end(win)) win = l;
    // Different lines through one point with the same far end: possible only within rounding.
    if (top.some((l) => end(l) === end(win) && !twin(l, win))) return none;
    return { share: s0, who: win.pos };
  }
  let share: number | null = null;
  let who: Line | null = null;
  for (const l of lines) {
    if (l.now === best || end(l) <= end(lead)) continue; // a twin, or never strictly ahead before the end
    // gap(t) = (a_l - a_L) + t ((b_l - a_l) - (b_L - a_L)) is < 0 at s0 and > 0 at the far end.
    const slope = l.b - l.a - (lead.b - lead.a);
    if (!(dir * slope > 0)) continue; // only within rounding of the end points; no crossing to report
    let t = (lead.a - l.a) / slope;
    // Float error cannot carry the crossing past s0 or the end.
    if (dir > 0) t = Math.min(Math.max(t, s0), 1);
    else t = Math.min(Math.max(t, 0), s0);
    if (share === null || dir * (share - t) > SAME_ROOT) {
      share = t;
      who = l;
    } else if (Math.abs(share - t) <= SAME_ROOT && who !== null && end(l) > end(who)) {
      who = l;
    }
  }
  if (who === null || share === null) return none;
  // 12 decimals drop float leftovers (0.10000000000000014), unless that would land on s0 or an end.
  const r = Math.round(share * 1e12) / 1e12;
  return { share: r === s0 || r <= 0 || r >= 1 ? share : r, who: who.pos };
}

/**
 * The raw weight criterion k would need for its share to be t, the other weights unchanged:
 * w_k' = t / (1 - t) * (sum of the others). Null when no weight expresses it: t = 1 (the others
 * would have to be 0), or the others are all 0 and t < 1.
 */
export function shareToWeight(w: Weights, k: number, t: number): number | null {
  let others = 0;
  for (let j = 0; j < 4; j++) if (j !== k) others += w[j];
  if (!(t >= 0 && t < 1) || !(others > 0)) return null;
  return (t / (1 - t)) * others;
}
