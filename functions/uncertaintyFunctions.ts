/**
 * What OFFER.RANGE and OFFER.PFIRST do with Excel-shaped arguments: read each rating cell as a
 * range (a number, a text such as "3-4", or a blank), check the options, call the scoring module
 * and shape the result. The four rating arguments and the weights follow the same rules as SCORE.
 */
import {
  DomainError,
  MAX_WEIGHT_SPREAD,
  PFIRST_DEFAULT_SAMPLES,
  describe,
  pFirst,
  parseRatingRange,
  scoreRange,
  type OfferRanges,
} from "../src/scoring";
import {
  RATING_ARGS,
  omitted,
  prepare,
  rowPerOffer,
  scalar,
  where,
  type Matrix,
  type Out,
} from "./offerFunctions";

function offerRangesAt(ms: readonly Matrix[], i: number, j: number, rows: number, cols: number): OfferRanges {
  const at = (k: number): OfferRanges[number] => {
    const m = ms[k];
    const single = m.length === 1 && m[0].length === 1;
    return parseRatingRange(single ? m[0][0] : m[i][j], RATING_ARGS[k] + where(rows, cols, i, j));
  };
  return [at(0), at(1), at(2), at(3)];
}

/** One row [lowest, highest] per offer, offers in row order; a bad cell fails only its own offer's row. */
export function rangeMatrix(
  scope: unknown,
  dataMaturity: unknown,
  support: unknown,
  growth: unknown,
  weights?: unknown,
): Out[][] {
  const { ms, rows, cols, w } = prepare(scope, dataMaturity, support, growth, weights);
  return rowPerOffer(rows, cols, 2, (i, j) => {
    const r = scoreRange(offerRangesAt(ms, i, j, rows, cols), w);
    return r === null ? ["", ""] : [r[0], r[1]];
  });
}

/** An optional number argument: omitted or blank gives the default; anything but a number is named. */
function optionalNumber(v: unknown, arg: string, fallback: number, expected: string): number {
  const x = scalar(v, arg);
  if (omitted(x) || x === "") return fallback;
  if (typeof x !== "number")
    throw new DomainError("invalid", `${arg}: expected ${expected}, got ${describe(x)}.`);
  return x;
}

/**
 * One column, a row per offer in row order: its chance of coming first, "" for an offer with no
 * rating. Offers are compared with each other, so a bad cell fails the whole call (as in TIPPING).
 */
export function pfirstMatrix(
  scope: unknown,
  dataMaturity: unknown,
  support: unknown,
  growth: unknown,
  weights?: unknown,
  weightSpread?: unknown,
  samples?: unknown,
): Out[][] {
  const { ms, rows, cols, w } = prepare(scope, dataMaturity, support, growth, weights);
  const s = optionalNumber(weightSpread, "weight_spread", 0, `a number from 0 to ${MAX_WEIGHT_SPREAD}`);
  const n = optionalNumber(
    samples,
    "samples",
    PFIRST_DEFAULT_SAMPLES,
    "a whole number from 1,000 to 100,000",
  );
  const offers: OfferRanges[] = [];
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) offers.push(offerRangesAt(ms, i, j, rows, cols));
  return pFirst(offers, w, { weightSpread: s, samples: n }).map((p): Out[] => [p === null ? "" : p]);
}
