import { DomainError, type Weights } from "./types";

/** The six pairwise judgments, in the order the functions and the taskpane take them. */
export const AHP_PAIRS: readonly (readonly [number, number])[] = [
  [0, 1],
  [0, 2],
  [0, 3],
  [1, 2],
  [1, 3],
  [2, 3],
];

/** Saaty's random index for a 4x4 matrix. */
export const RANDOM_INDEX_4 = 0.9;
/** Above this consistency ratio the judgments are usually worth revisiting. */
export const CR_LIMIT = 0.1;

export interface AhpResult {
  readonly weights: Weights;
  readonly lambdaMax: number;
  readonly cr: number;
  /** 0-based index of the judgment furthest from what the weights imply: the one to revisit. */
  readonly worstJudgment: number;
}

export function ahpWeights(judgments: readonly number[]): AhpResult {
  if (judgments.length !== 6) {
    throw new DomainError(
      "invalid",
      `judgments: expected exactly 6 pairwise judgments, got ${judgments.length}.`,
    );
  }
  judgments.forEach((v, i) => {
    if (!(typeof v === "number" && v >= 1 / 9 - 1e-12 && v <= 9 + 1e-12)) {
      throw new DomainError(
        "invalid",
        `judgments: judgment ${i + 1} is ${v}; each must be from 1/9 to 9 (Saaty's scale).`,
      );
    }
  });
  const A = [
    [1, 0, 0, 0],
    [0, 1, 0, 0],
    [0, 0, 1, 0],
    [0, 0, 0, 1],
  ];
  AHP_PAIRS.forEach(([i, j], n) => {
    A[i][j] = judgments[n];
    A[j][i] = 1 / judgments[n];
  });
  // A positive matrix: power iteration converges to the Perron vector. Start from the row geometric means.
  let v = A.map((row) => Math.pow(row[0] * row[1] * row[2] * row[3], 0.25));
  v = normalise(v);
  for (let iter = 0; iter < 10_000; iter++) {
    const next = normalise(A.map((row) => row[0] * v[0] + row[1] * v[1] + row[2] * v[2] + row[3] * v[3]));
    const change = Math.max(...next.map((x, i) => Math.abs(x - v[i])));
    v = next;
    if (change < 1e-15) break;
  }
  const Av = A.map((row) => row[0] * v[0] + row[1] * v[1] + row[2] * v[2] + row[3] * v[3]);
  const lambdaMax = Av.reduce((s, x, i) => s + x / v[i], 0) / 4;
  const cr = Math.max(0, (lambdaMax - 4) / 3 / RANDOM_INDEX_4);
  let worstJudgment = 0;
  let worst = -1;
  AHP_PAIRS.forEach(([i, j], n) => {
    const dev = Math.abs(Math.log((judgments[n] * v[j]) / v[i]));
    if (dev > worst + 1e-12) {
      worst = dev;
      worstJudgment = n;
    }
  });
  return { weights: [v[0], v[1], v[2], v[3]], lambdaMax, cr, worstJudgment };
}

function normalise(v: readonly number[]): number[] {
  const s = v.reduce((a, b) => a + b, 0);
  return v.map((x) => x / s);
}
