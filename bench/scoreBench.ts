/**
 * OFFER.SCORE against the bare arithmetic on the same Excel-shaped arrays, in one process, rounds
 * interleaved so that both see the same machine state; medians reported.
 */
import * as F from "../functions/functions";

type Grid = unknown[][];

/** What Excel hands a function for a column: one array per row. */
export function column(n: number, seed: number): Grid {
  let x = seed;
  const out: Grid = new Array(n);
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    // Mostly whole ratings, some halves, as people type them.
    out[i] = [1 + (x % 9) / 2];
  }
  return out;
}

/**
 * The baseline: type and range checks and the weighted sum in a plain loop, producing the same
 * Excel-shaped result (a row array per offer). Nothing a correct SCORE could skip.
 */
export function bareColumn(s: Grid, d: Grid, u: Grid, g: Grid, w: Grid): unknown[][] {
  const w0 = w[0][0] as number;
  const w1 = w[0][1] as number;
  const w2 = w[0][2] as number;
  const w3 = w[0][3] as number;
  const total = w0 + w1 + w2 + w3;
  const n = s.length;
  const out: unknown[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const a = s[i][0];
    const b = d[i][0];
    const c = u[i][0];
    const e = g[i][0];
    if (
      typeof a === "number" &&
      a >= 1 &&
      a <= 5 &&
      typeof b === "number" &&
      b >= 1 &&
      b <= 5 &&
      typeof c === "number" &&
      c >= 1 &&
      c <= 5 &&
      typeof e === "number" &&
      e >= 1 &&
      e <= 5
    ) {
      out[i] = [(25 * (w0 * (a - 1) + w1 * (b - 1) + w2 * (c - 1) + w3 * (e - 1))) / total];
    } else {
      out[i] = [""];
    }
  }
  return out;
}

/** The bare cost of one single-cell call: check the weights and the four cells, compute, wrap as Excel expects. */
export function bareCell(s: Grid, d: Grid, u: Grid, g: Grid, w: Grid): unknown[][] {
  const row = w[0];
  if (row.length !== 4) return [["#VALUE!"]];
  const w0 = row[0],
    w1 = row[1],
    w2 = row[2],
    w3 = row[3];
  if (typeof w0 !== "number" || typeof w1 !== "number" || typeof w2 !== "number" || typeof w3 !== "number")
    return [["#VALUE!"]];
  if (w0 < 0 || w1 < 0 || w2 < 0 || w3 < 0) return [["#VALUE!"]];
  const total = w0 + w1 + w2 + w3;
  if (total <= 0) return [["#VALUE!"]];
  const a = s[0][0],
    b = d[0][0],
    c = u[0][0],
    e = g[0][0];
  if (
    typeof a === "number" &&
    a >= 1 &&
    a <= 5 &&
    typeof b === "number" &&
    b >= 1 &&
    b <= 5 &&
    typeof c === "number" &&
    c >= 1 &&
    c <= 5 &&
    typeof e === "number" &&
    e >= 1 &&
    e <= 5
  ) {
    return [[(25 * (w0 * (a - 1) + w1 * (b - 1) + w2 * (c - 1) + w3 * (e - 1))) / total]];
  }
  return [[""]];
}

export const ourScore = F.score as (s: Grid, d: Grid, u: Grid, g: Grid, w?: Grid) => unknown[][];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export interface Pair {
  name: string;
  oursMs: number;
  bareMs: number;
  ratio: number;
  goal: number;
  unit: string;
}

/** Runs both sides `rounds` times, alternating which goes first, and returns the medians. */
export function pair(
  name: string,
  goal: number,
  unit: string,
  rounds: number,
  ours: () => void,
  bare: () => void,
): Pair {
  const o: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? [ours, bare] : [bare, ours];
    for (const f of order) {
      // Collect the other side's garbage first, so neither pays for the other's allocations.
      (globalThis as { gc?: () => void }).gc?.();
      const t0 = process.hrtime.bigint();
      f();
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      (f === ours ? o : b).push(ms);
    }
  }
  const oursMs = median(o);
  const bareMs = median(b);
  return { name, oursMs, bareMs, ratio: oursMs / bareMs, goal, unit };
}

export function scorePairs(rounds = 7, rows = 1_000_000, calls = 200_000): Pair[] {
  const s = column(rows, 1),
    d = column(rows, 2),
    u = column(rows, 3),
    g = column(rows, 4);
  const w: Grid = [[2, 1, 1, 1]];
  // Same answers, or the comparison means nothing.
  const check = ourScore(s.slice(0, 1000), d.slice(0, 1000), u.slice(0, 1000), g.slice(0, 1000), w);
  const bareCheck = bareColumn(s.slice(0, 1000), d.slice(0, 1000), u.slice(0, 1000), g.slice(0, 1000), w);
  check.forEach((r, i) => {
    if (Math.abs((r[0] as number) - (bareCheck[i][0] as number)) > 1e-9)
      throw new Error(`bench: SCORE and the baseline disagree at row ${i}`);
  });
  let sink = 0;
  const col = pair(
    `SCORE over a ${rows.toLocaleString("en-US")}-row column`,
    3,
    "ms per call",
    rounds,
    () => {
      sink += ourScore(s, d, u, g, w).length;
    },
    () => {
      sink += bareColumn(s, d, u, g, w).length;
    },
  );
  // One formula a row: Excel calls once per row with 1x1 ranges it builds for that call.
  const cells = Array.from({ length: calls }, (_, i) => [[s[i]], [d[i]], [u[i]], [g[i]]] as Grid[]);
  const single = pair(
    `${calls.toLocaleString("en-US")} single-cell SCORE calls`,
    5,
    "ms per batch",
    rounds,
    () => {
      for (const c of cells) sink += ourScore(c[0], c[1], c[2], c[3], w).length;
    },
    () => {
      for (const c of cells) sink += bareCell(c[0], c[1], c[2], c[3], w).length;
    },
  );
  if (sink < 0) console.log(sink);
  return [col, single];
}
