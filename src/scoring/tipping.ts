import { scoreOffer } from "./score";
import { CRITERIA, type Criterion, DomainError, type OfferRatings, type Weights } from "./types";

export interface TippingRow {
  readonly criterion: Criterion;
  /** The criterion's share of the total weight now, 0..1. */
  readonly currentShare: number;
  /** The share (0..1) nearest the current one at which another offer catches the leader; null if none does. */
  readonly tippingWeight: number | null;
  /** 0-based input position of the offer that would lead there; null if none. */
  readonly newLeader: number | null;
}

export interface TippingResult {
  /** 0-based input position of the current leader. */
  readonly leader: number;
  readonly rows: readonly TippingRow[];
}

/**
 * For each criterion k, let its weight share t run over [0, 1] while the other shares keep their
 * proportions and sum to 1 - t. Every score is then linear in t, so each rival's gap to the leader is
 * a + b*t and the point where it closes is found exactly, not by scanning.
 */
export function tipping(offers: readonly OfferRatings[], w: Weights): TippingResult {
  const positions: number[] = [];
  const x: number[][] = []; // (r - 1) / 4 per criterion, 0..1
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
    x.push((r as readonly number[]).map((v) => (v - 1) / 4));
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

  let leader = 0;
  let best = -Infinity;
  positions.forEach((p, j) => {
    const s = scoreOffer(offers[p], w) as number;
    if (s > best) {
      best = s;
      leader = j;
    }
  });

  const rows = CRITERIA.map((criterion, k): TippingRow => {
    const c = share[k];
    // Score_i(t) / 100 = t * x_ik + (1 - t) * rest_i, with rest_i the others' proportional average.
    const rest = (xi: readonly number[]): number => {
      let num = 0;
      let den = 0;
      for (let j = 0; j < 4; j++) {
        if (j === k) continue;
        const sj = c >= 1 ? 1 : share[j];
        num += sj * xi[j];
        den += sj;
      }
      return den > 0 ? num / den : 0;
    };
    const xl = x[leader];
    const restL = rest(xl);
    let bestT: number | null = null;
    let bestDist = Infinity;
    let bestWho: number | null = null;
    x.forEach((xi, j) => {
      if (j === leader) return;
      // gap(t) = a + b t, the rival minus the leader
      const a = rest(xi) - restL;
      const b = xi[k] - xl[k] - a;
      const t = nearestNonNegative(a, b, c);
      if (t === null) return;
      const dist = Math.abs(t - c);
      if (dist < bestDist) {
        bestDist = dist;
        bestT = t;
        bestWho = positions[j];
      }
    });
    return { criterion, currentShare: c, tippingWeight: bestT, newLeader: bestWho };
  });
  return { leader: positions[leader], rows };
}

/** The t in [0, 1] nearest c where a + b t >= 0, or null if there is none. */
function nearestNonNegative(a: number, b: number, c: number): number | null {
  const at = (t: number): number => a + b * t;
  // Gaps within rounding of zero count as ties (a tie at the current weights returns c).
  const eps = 1e-12;
  if (at(c) >= -eps) return c;
  if (b === 0) return null;
  const root = -a / b;
  // A root a rounding error outside [0, 1] is a tie at the end point.
  if (root < -1e-9 || root > 1 + 1e-9) return null;
  return Math.min(1, Math.max(0, root));
}
