/** OFFER.TIPPING and OFFER.EXPLAIN over 10,000 offers: time per call (median of rounds). */
import * as F from "../functions/functions";
import { column } from "./scoreBench";

export interface PerCall {
  name: string;
  msPerCall: number;
  rounds: number;
}

function medianMs(rounds: number, f: () => void): number {
  const xs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = process.hrtime.bigint();
    f();
    xs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  xs.sort((a, b) => a - b);
  return xs[Math.floor(xs.length / 2)];
}

export function perCallBench(offers = 10_000, rounds = 9): PerCall[] {
  const s = column(offers, 11),
    d = column(offers, 12),
    u = column(offers, 13),
    g = column(offers, 14);
  const w = [[2, 1, 1, 1]];
  let sink = 0;
  const out: PerCall[] = [
    {
      name: `TIPPING over ${offers.toLocaleString("en-US")} offers`,
      msPerCall: medianMs(rounds, () => {
        sink += F.tippingFn(s, d, u, g, w).length;
      }),
      rounds,
    },
    {
      name: `EXPLAIN over ${offers.toLocaleString("en-US")} offers`,
      msPerCall: medianMs(rounds, () => {
        sink += F.explain(s, d, u, g, w).length;
      }),
      rounds,
    },
  ];
  if (sink < 0) console.log(sink);
  return out;
}
