/**
 * Each offer's chance of coming first (rank acceptability, as in SMAA): the share of sampled
 * scenarios, with every uncertain rating and weight drawn at random, in which it has the top score.
 * Pure and deterministic (fixed seed); no Office, no DOM.
 */
import { PFIRST_SEED, fillUniform, newState } from "./random";
import { isUnrated, type OfferRanges } from "./ranges";
import { roundScore } from "./round";
import { DomainError, type Weights } from "./types";

export const PFIRST_DEFAULT_SAMPLES = 10_000;
export const PFIRST_MIN_SAMPLES = 1_000;
export const PFIRST_MAX_SAMPLES = 100_000;
export const MAX_WEIGHT_SPREAD = 0.9;

export interface PFirstOptions {
  /** s, 0 to 0.9: each weight is multiplied by an independent uniform draw from [1 - s, 1 + s]. Default 0. */
  readonly weightSpread?: number;
  /** Scenarios to sample, a whole number from 1,000 to 100,000. Default 10,000. */
  readonly samples?: number;
}

// Two scores that round (roundScore, 9 decimals) to the same value differ by at most ~1.01e-9, so an
// offer this far below the best cannot tie it, and the rounding can be skipped.
const TIE_MARGIN = 2e-9;

/**
 * P(first) per offer, in the order given; null for an offer with no rating (it takes no part).
 * In each scenario:
 * 1. when s > 0, four uniforms u_k give the weights w_k * (1 - s + 2 s u_k), in criterion order;
 * 2. then, offer by offer and criterion by criterion, each rating that is a range [lo, hi] with
 *    lo < hi takes lo + (hi - lo) u, and each blank 1 + 4u; plain ratings take no draw;
 * 3. every rated offer's score is roundScore(25 * sum_k w_k (r_k - 1) / sum_k w_k), all four
 *    criteria counted; the offers with the highest score share the scenario equally.
 * u are consecutive outputs of one xoshiro128** stream started at PFIRST_SEED on every call.
 * When nothing is drawn (no ranges, no blanks, s = 0) every scenario is the same, and the answer is
 * exact: 1 for a unique leader, 1/k each for a k-way tie, 0 for the others.
 */
export function pFirst(
  offers: readonly OfferRanges[],
  w: Weights,
  options: PFirstOptions = {},
): (number | null)[] {
  const s = options.weightSpread ?? 0;
  const samples = options.samples ?? PFIRST_DEFAULT_SAMPLES;
  checkOptions(s, samples);
  const rated: number[] = [];
  offers.forEach((o, i) => {
    if (!isUnrated(o)) rated.push(i);
  });
  if (rated.length < 2) {
    throw new DomainError(
      "notAvailable",
      `offers: the chance of coming first needs at least two rated offers; found ${rated.length}.`,
    );
  }
  const m = rated.length;
  // Each rated offer's four ratings as low end and width, blanks as the whole 1-5 scale.
  const lo = new Float64Array(4 * m);
  const span = new Float64Array(4 * m);
  let draws = s > 0 ? 4 : 0;
  rated.forEach((idx, i) => {
    for (let k = 0; k < 4; k++) {
      const r = offers[idx][k];
      lo[4 * i + k] = r === null ? 1 : r.lo;
      span[4 * i + k] = r === null ? 4 : r.hi - r.lo;
      if (span[4 * i + k] > 0) draws++;
    }
  });
  const wins = draws === 0 ? oneScenario(lo, m, w) : sample(lo, span, m, w, s, samples, draws);
  const out: (number | null)[] = offers.map(() => null);
  rated.forEach((idx, i) => {
    out[idx] = wins[i];
  });
  return out;
}

function checkOptions(s: number, samples: number): void {
  if (!(Number.isFinite(s) && s >= 0 && s <= MAX_WEIGHT_SPREAD)) {
    throw new DomainError(
      "invalid",
      `weight_spread: expected a number from 0 to ${MAX_WEIGHT_SPREAD} (0.2 lets each weight vary by up to 20% either way), got ${s}.`,
    );
  }
  if (!(Number.isInteger(samples) && samples >= PFIRST_MIN_SAMPLES && samples <= PFIRST_MAX_SAMPLES)) {
    throw new DomainError(
      "invalid",
      `samples: expected a whole number from 1,000 to 100,000 (default 10,000), got ${samples}.`,
    );
  }
}

/** Nothing uncertain: the one scenario there is, as exact shares. */
function oneScenario(lo: Float64Array, m: number, w: Weights): number[] {
  const total = w[0] + w[1] + w[2] + w[3];
  const scores: number[] = [];
  for (let i = 0; i < m; i++) {
    const b = 4 * i;
    scores.push(
      roundScore(
        (25 *
          (w[0] * (lo[b] - 1) + w[1] * (lo[b + 1] - 1) + w[2] * (lo[b + 2] - 1) + w[3] * (lo[b + 3] - 1))) /
          total,
      ),
    );
  }
  const best = Math.max(...scores);
  const k = scores.filter((x) => x === best).length;
  return scores.map((x) => (x === best ? 1 / k : 0));
}

/** The sampler. Written as one flat loop over typed arrays: it runs samples x offers times a call. */
function sample(
  lo: Float64Array,
  span: Float64Array,
  m: number,
  w: Weights,
  s: number,
  samples: number,
  draws: number,
): number[] {
  const rng = newState(PFIRST_SEED);
  const u = new Float64Array(draws);
  const wins = new Float64Array(m);
  const score = new Float64Array(m);
  const tied = new Int32Array(m);
  const n = 4 * m;
  let w0 = w[0];
  let w1 = w[1];
  let w2 = w[2];
  let w3 = w[3];
  for (let t = 0; t < samples; t++) {
    fillUniform(rng, u, draws);
    let j = 0;
    if (s > 0) {
      w0 = w[0] * (1 - s + 2 * s * u[0]);
      w1 = w[1] * (1 - s + 2 * s * u[1]);
      w2 = w[2] * (1 - s + 2 * s * u[2]);
      w3 = w[3] * (1 - s + 2 * s * u[3]);
      j = 4;
    }
    const total = w0 + w1 + w2 + w3;
    let best = -Infinity;
    let second = -Infinity;
    let bestAt = 0;
    for (let b = 0, i = 0; b < n; b += 4, i++) {
      const r0 = span[b] > 0 ? lo[b] + span[b] * u[j++] : lo[b];
      const r1 = span[b + 1] > 0 ? lo[b + 1] + span[b + 1] * u[j++] : lo[b + 1];
      const r2 = span[b + 2] > 0 ? lo[b + 2] + span[b + 2] * u[j++] : lo[b + 2];
      const r3 = span[b + 3] > 0 ? lo[b + 3] + span[b + 3] * u[j++] : lo[b + 3];
      const x = (25 * (w0 * (r0 - 1) + w1 * (r1 - 1) + w2 * (r2 - 1) + w3 * (r3 - 1))) / total;
      score[i] = x;
      if (x > best) {
        second = best;
        best = x;
        bestAt = i;
      } else if (x > second) {
        second = x;
      }
    }
    if (second < best - TIE_MARGIN) {
      wins[bestAt] += 1;
      continue;
    }
    // Close enough to tie: decide on the rounded scores, as every displayed score is rounded.
    const top = roundScore(best);
    let k = 0;
    for (let i = 0; i < m; i++)
      if (score[i] >= best - TIE_MARGIN && roundScore(score[i]) === top) tied[k++] = i;
    for (let q = 0; q < k; q++) wins[tied[q]] += 1 / k;
  }
  return Array.from(wins, (x) => x / samples);
}
