/**
 * OFFER.PFIRST against a bare sampling loop: the same 20 offers, the same 10,000 scenarios drawn
 * from the same xoshiro128** stream, the same winners counted, but no argument parsing and no
 * typed-array set-up; rounds interleaved, medians reported.
 */
import * as F from "../functions/functions";
import { PFIRST_SEED, seedState } from "../src/scoring/random";
import { roundScore } from "../src/scoring/round";
import { pair, type Pair } from "./scoreBench";

type Grid = unknown[][];

/** 20 offers as a person might type them: mostly plain ratings, a third ranges, a few blanks. */
export function offerColumns(n: number): Grid[] {
  let x = 7;
  const next = (): number => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x;
  };
  return [0, 1, 2, 3].map(() =>
    Array.from({ length: n }, (): unknown[] => {
      const kind = next() % 20;
      const a = 1 + (next() % 9) / 2;
      if (kind < 3) return [null];
      if (kind < 10) {
        const b = 1 + (next() % 9) / 2;
        return [`${Math.min(a, b)}-${Math.max(a, b)}`];
      }
      return [a];
    }),
  );
}

/** The same cells as numbers: low end and width per offer and criterion (blank: 1 and 4). */
function lowAndSpan(cols: Grid[], n: number): [Float64Array, Float64Array] {
  const lo: number[] = [];
  const span: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < 4; k++) {
      const v = cols[k][i][0];
      if (v === null) {
        lo.push(1);
        span.push(4);
      } else if (typeof v === "number") {
        lo.push(v);
        span.push(0);
      } else {
        const [a, b] = String(v).split("-").map(Number);
        lo.push(a);
        span.push(b - a);
      }
    }
  }
  return [Float64Array.from(lo), Float64Array.from(span)];
}

/**
 * The baseline: one plain function, the generator's state in locals, drawing each scenario's numbers
 * in PFIRST's documented order (four weight factors, then each uncertain rating offer by offer) and
 * sharing ties on rounded scores, as a correct PFIRST must. Inputs are already typed arrays of numbers.
 */
export function bareFirst(
  lo: Float64Array,
  span: Float64Array,
  w: readonly number[],
  s: number,
  samples: number,
): number[] {
  const n = lo.length / 4;
  let draws = 4;
  for (let b = 0; b < lo.length; b++) if (span[b] > 0) draws++;
  let [s0, s1, s2, s3] = seedState(PFIRST_SEED);
  const u = new Float64Array(draws);
  const wins = new Float64Array(n);
  const score = new Float64Array(n);
  for (let t = 0; t < samples; t++) {
    for (let q = 0; q < draws; q++) {
      const m = Math.imul(s1, 5);
      u[q] = (Math.imul((m << 7) | (m >>> 25), 9) >>> 0) / 4294967296;
      const x = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= x;
      s3 = (s3 << 11) | (s3 >>> 21);
    }
    const w0 = w[0] * (1 - s + 2 * s * u[0]);
    const w1 = w[1] * (1 - s + 2 * s * u[1]);
    const w2 = w[2] * (1 - s + 2 * s * u[2]);
    const w3 = w[3] * (1 - s + 2 * s * u[3]);
    const total = w0 + w1 + w2 + w3;
    let j = 4;
    let best = -Infinity;
    let second = -Infinity;
    let bestAt = 0;
    for (let i = 0; i < n; i++) {
      const b = 4 * i;
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
      } else if (x > second) second = x;
    }
    if (second < best - 2e-9) {
      wins[bestAt]++;
      continue;
    }
    const top = roundScore(best);
    let k = 0;
    for (let i = 0; i < n; i++) if (roundScore(score[i]) === top) k++;
    for (let i = 0; i < n; i++) if (roundScore(score[i]) === top) wins[i] += 1 / k;
  }
  return Array.from(wins, (x) => x / samples);
}

export function pfirstPair(rounds = 9, offers = 20, samples = 10_000, callsPerRound = 5): Pair {
  const cols = offerColumns(offers);
  const [lo, span] = lowAndSpan(cols, offers);
  const weights: Grid = [[2, 1, 1, 1]];
  const scaled = [1, 0.5, 0.5, 0.5]; // what parseWeights hands the sampler: the largest weight is 1
  const spread = 0.2;
  const ours = (): unknown[][] => F.pfirst(cols[0], cols[1], cols[2], cols[3], weights, spread, samples);
  // Same numbers, or the comparison means nothing.
  const a = ours().map((r) => r[0]);
  const b = bareFirst(lo, span, scaled, spread, samples);
  if (a.some((x, i) => x !== b[i])) throw new Error(`bench: PFIRST and the bare loop disagree: ${a} vs ${b}`);
  let sink = 0;
  const p = pair(
    `PFIRST, ${offers} offers x ${samples.toLocaleString("en-US")} scenarios`,
    2,
    "ms per call",
    rounds,
    () => {
      for (let c = 0; c < callsPerRound; c++) sink += ours().length;
    },
    () => {
      for (let c = 0; c < callsPerRound; c++) sink += bareFirst(lo, span, scaled, spread, samples).length;
    },
  );
  if (sink < 0) console.log(sink);
  return { ...p, oursMs: p.oursMs / callsPerRound, bareMs: p.bareMs / callsPerRound };
}
