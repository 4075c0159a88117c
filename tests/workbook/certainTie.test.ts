/**
 * A tie at the top that no range or blank can change (new-user trial 2, item 1): the chances split
 * it evenly, which is not uncertainty, so the verdict says the offers share first place in every
 * scenario and never that "the ranges are too wide". Checked against a computation written here:
 * exact integer scores, each other offer at its highest (ranges at their top, blanks at 5).
 */
import fc from "fast-check";
import { evaluate, type RatingCell } from "../../src/workbook/inputs";
import { untitled, weightsPlan } from "../fixtures";
import { verdictText } from "../../src/workbook/verdict";

type W = [number, number, number, number];
const plan = weightsPlan;
const offer = untitled;

/** A cell's lowest and highest value: a number, "lo-hi", or a blank of a rated offer (1 to 5). */
function bounds(c: RatingCell): [number, number] | null {
  if (c === null) return null;
  if (typeof c === "number") return [c, c];
  const [lo, hi] = c.split("-").map(Number);
  return [lo, hi];
}
/** Score as an exact fraction num/den of 25 * sum w (r - 1) / sum w, with every rating at `pick`. */
function exactAt(r: readonly RatingCell[], w: W, pick: 0 | 1, blank: number | null): [number, number] {
  let num = 0;
  let den = 0;
  r.forEach((c, k) => {
    const b = bounds(c);
    const x = b === null ? blank : b[pick];
    if (x === null) return;
    num += w[k] * (x - 1);
    den += w[k];
  });
  return [num, den];
}
const cmp = (p: [number, number], q: [number, number]): number => Math.sign(p[0] * q[1] - q[0] * p[1]);

/** The independent rule: two or more exact offers share the top score, every other offer's best is below. */
function certainTie(rows: readonly (readonly RatingCell[])[], w: W): boolean {
  const isExact = (r: readonly RatingCell[]): boolean =>
    r.every((c) => c !== null && (typeof c === "number" || bounds(c)![0] === bounds(c)![1]));
  const rated = rows.filter((r) => r.some((c) => c !== null));
  // Ranking score: ranges at their midpoints, blanks left out.
  const mid = (r: readonly RatingCell[]): [number, number] => {
    const lo = exactAt(r, w, 0, null);
    const hi = exactAt(r, w, 1, null);
    return [lo[0] + hi[0], lo[1] * 2];
  };
  let best = mid(rated[0]);
  for (const r of rated) if (cmp(mid(r), best) > 0) best = mid(r);
  const top = rated.filter((r) => cmp(mid(r), best) === 0);
  if (top.length < 2 || !top.every(isExact)) return false;
  return rated.filter((r) => !top.includes(r)).every((r) => cmp(exactAt(r, w, 1, 5), best) < 0);
}

const cell = fc.oneof(
  fc.integer({ min: 1, max: 5 }).map((x): RatingCell => x),
  fc.constant<RatingCell>(null),
  fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
    .map(([lo, d]): RatingCell => `${lo}-${Math.min(5, lo + d)}`),
);
const exactRow = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 4, maxLength: 4 });

test("the sentence appears exactly when the tie is certain, and 'too wide' never with it", () => {
  fc.assert(
    fc.property(
      exactRow,
      fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
      fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 4, maxLength: 4 }),
      fc.boolean(),
      (tied, others, weights, copy) => {
        const w = weights as W;
        // Half the cases hold the same exact row twice, so certain ties are common.
        const rows: RatingCell[][] = [tied, ...(copy ? [tied] : []), ...others].map((r) => [...r]);
        const ev = evaluate(
          plan(w),
          rows.map((r, i) => offer(`Offer${i + 1}`, r)),
        );
        const text = verdictText(ev);
        const says = /share first place in every plausible scenario/.test(text);
        // With every rating exact the verdict says so instead (nothing is drawn at random).
        const allExact = rows.every((r) => r.every((c) => typeof c === "number"));
        expect(says).toBe(!allExact && certainTie(rows, w));
        if (says) expect(text).not.toMatch(/too wide to decide/);
      },
    ),
    { numRuns: 50, seed: 20261201 },
  );
});

test("trial 2's shape: Acme Retail and StreamCo tie at 62.5 while StartupX's range tops out at 37.5", () => {
  // As in the trial: two exact offers level at the top, a third whose range cannot reach them.
  const ev = evaluate(plan([1, 1, 1, 1]), [
    offer("Acme Retail", [5, 3, 3, 3]),
    offer("StreamCo", [3, 3, 3, 5]),
    offer("StartupX", [2, 2, 2, "2-4"]),
  ]);
  const text = verdictText(ev);
  expect(text).toMatch(/^Acme Retail and StreamCo share first place in every plausible scenario/);
  expect(text).not.toMatch(/too wide|comes first in 50%/);
  // The tied scores carry no "(each range at its midpoint)": neither has a range.
  expect(text).toMatch(/are tied at 62\.5 out of 100\./);
});
