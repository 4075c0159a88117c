/**
 * The verdict's sentences that new-user trial 1 found referring to nothing or untrue (items 4, 5 and
 * 12): each claim is read out of the text and checked against a brute force over the ratings
 * (exact integer arithmetic, every single one-step change, every filling of the blanks), or against
 * pFirst called on ranges this file builds, never against the code that wrote the sentence.
 */
import fc from "fast-check";
import { summaryText } from "../../src/cli/summary";
import { pFirst, type OfferRanges } from "../../src/scoring";
import { evaluate, type RatingCell } from "../../src/workbook/inputs";
import { verdictText } from "../../src/workbook/verdict";
import { untitled, weightsPlan } from "../fixtures";

type Cells = [RatingCell, RatingCell, RatingCell, RatingCell];
type W = [number, number, number, number];
const LABEL_INDEX: Record<string, number> = { scope: 0, "data maturity": 1, support: 2, growth: 3 };

const plan = weightsPlan;
const offer = untitled;
/** sum w (r - 1) over the rated criteria, and sum w: the score is 25 * num / den. */
function exact(r: readonly (number | null)[], w: readonly number[]): [number, number] {
  let num = 0;
  let den = 0;
  r.forEach((x, k) => {
    if (x === null) return;
    num += w[k] * (x - 1);
    den += w[k];
  });
  return [num, den];
}
const cmp = (p: [number, number], q: [number, number]): number => Math.sign(p[0] * q[1] - q[0] * p[1]);
/** The names in "A", "A and B", "A, B and C". */
function names(list: string): string[] {
  return list.split(/, | and /);
}

describe("a partly rated leader's blanks are named (trial 1, item 4a)", () => {
  test("tie.csv: A = 5,5,-,- and B = 5,5,5,5 tie; the sentence names A's blanks and holds for every filling", () => {
    const w: W = [1, 1, 1, 1];
    const rows: [string, (number | null)[]][] = [
      ["A", [5, 5, null, null]],
      ["B", [5, 5, 5, 5]],
      ["C", [4, 4, 4, 4]],
    ];
    const text = verdictText(
      evaluate(
        plan(w),
        rows.map(([n, r]) => offer(n, r as Cells)),
      ),
    );
    expect(text).not.toMatch(/those criteria|that criterion/);
    const m = /If A's ([a-z ,]+) \(blank\) were each rated (\d) or lower, B would be ahead of A\./.exec(text);
    expect(m).not.toBeNull();
    const blanks = names((m as RegExpExecArray)[1]).map((l) => LABEL_INDEX[l]);
    expect(blanks).toEqual([2, 3]);
    const x = Number((m as RegExpExecArray)[2]);
    const b = exact([5, 5, 5, 5], w);
    const filled = (s: number, g: number): [number, number] => exact([5, 5, s, g], w);
    for (let s = 1; s <= 5; s++) {
      for (let g = 1; g <= 5; g++) {
        // B strictly ahead exactly when both blanks are at most x.
        if (s <= x && g <= x) expect(cmp(b, filled(s, g))).toBe(1);
      }
    }
    expect(cmp(b, filled(x + 1, x + 1))).toBeLessThan(1);
  });
});

/** Every offer with the top score (names), with offer `who`'s rating k set to `to` (or none changed). */
function topWith(
  os: readonly (readonly (number | null)[])[],
  w: readonly number[],
  who = -1,
  k = 0,
  to = 0,
): number[] {
  const val = os.map((r, i) => exact(i === who ? r.map((x, j) => (j === k ? to : x)) : r, w));
  let best = val[0];
  for (const v of val) if (cmp(v, best) > 0) best = v;
  return val.flatMap((v, i) => (cmp(v, best) === 0 ? [i] : []));
}

describe("the close call sentence and column (trial 1, items 4c and 12)", () => {
  // Some blanks too (a partly rated offer is scored on its rated criteria), never a whole blank offer.
  const rating = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 6 });
  const offersArb = fc.array(
    fc.tuple(rating, rating, rating, rating).filter((r) => r.some((x) => x !== null)),
    { minLength: 2, maxLength: 5 },
  );
  const weightsArb = fc.tuple(...[0, 1, 2, 3].map(() => fc.integer({ min: 1, max: 3 })));

  test("property: 'ahead' is strictly ahead of every offer, 'tied' names the whole top, and Close call marks exactly the offers one step could put first", () => {
    fc.assert(
      fc.property(offersArb, weightsArb, (os, wt) => {
        const w = wt as W;
        const label = (i: number): string => `O${i + 1}`;
        const ev = evaluate(
          plan(w),
          os.map((r, i) => offer(label(i), r as Cells)),
        );
        const text = verdictText(ev);
        const now = topWith(os, w);
        // Brute force: every single one-step change of every offer's ratings.
        const reach = new Set(now);
        let another = false; // some change brings a non-leader to the top (one leader now)
        let alone = false; // some change leaves one offer alone on top (a tie now)
        os.forEach((r, i) =>
          r.forEach((from, k) => {
            if (from === null) return; // blanks are left alone
            for (const to of [from - 1, from + 1]) {
              if (to < 1 || to > 5) continue;
              const top = topWith(os, w, i, k, to);
              top.forEach((t) => reach.add(t));
              if (top.some((t) => !now.includes(t))) another = true;
              if (top.length === 1) alone = true;
            }
          }),
        );
        const yes = reach.size >= 2 ? reach : new Set<number>();
        expect(
          ev.recommendation.ranked
            .filter((o) => o.closeCall)
            .map((o) => o.index)
            .sort(),
        ).toEqual([...yes].sort());
        const summary = summaryText(ev);
        for (const i of os.keys()) {
          const row =
            summary.split("\n").find((l) => new RegExp(`^\\s+\\d+\\s+${label(i)}\\s`).test(l)) ?? "";
          expect(/\sYes$/.test(row)).toBe(yes.has(i));
        }

        const m =
          /(This is a close call|On the ratings): (?:raising|lowering) (O\d)'s ([a-z ]+) rating from (\d) to (\d) would (?:put (O\d) ahead(?: of every other offer)?|leave (O\d) tied with (.+?) at the top)\./.exec(
            text.replace("On the ratings, ", "On the ratings: "),
          );
        if (now.length === 1) {
          expect(m !== null).toBe(another);
          expect(text.includes("This is a close call")).toBe(another);
        } else {
          expect(m !== null).toBe(alone);
        }
        if (!m) return;
        const who = Number(m[2].slice(1)) - 1;
        const k = LABEL_INDEX[m[3]];
        expect(os[who][k]).toBe(Number(m[4]));
        const top = topWith(os, w, who, k, Number(m[5]));
        if (m[6]) expect(top).toEqual([Number(m[6].slice(1)) - 1]);
        else {
          const tied = [m[7], ...names(m[8])].map((n) => Number(n.slice(1)) - 1).sort();
          expect(top).toEqual(tied);
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });

  test("24 offers tied at 100: no one-step change is said to put one of them ahead (big.csv)", () => {
    const os = Array.from({ length: 24 }, (_, i) => offer(`T${i + 1}`, [5, 5, 5, 5]));
    const text = verdictText(evaluate(plan([1, 1, 1, 1]), [...os, offer("Low", [2, 2, 2, 2])]));
    expect(text).toContain("24 offers (T1, T2, T3, T4 and 20 more) are tied at 100.0 out of 100.");
    expect(text).not.toMatch(/would put \S+ ahead/);
  });

  test("tied runners-up are all marked Close call (fav.csv), with the leader", () => {
    const ev = evaluate(plan([1, 1, 1, 1]), [
      offer("B", [3.5, 3.5, 3.5, 3.5]),
      ...[1, 2, 3, 4].map((i) => offer(`C${i}`, ["1-5", "1-5", "2-5", "2-5"])),
    ]);
    const rows = summaryText(ev)
      .split("\n")
      .filter((l) => /^\s+\d\s+(B|C\d)\s/.test(l));
    expect(rows).toHaveLength(5);
    // Each C scores 25 * (2 + 2 + 2.5 + 2.5) / 4 = 56.25 on midpoints; raising its scope 3 -> 4 gives 62.5 = B.
    rows.forEach((l) => expect(l).toMatch(/\sYes$/));
  });
});

describe("no 'nothing is left to chance' beside a close call (trial 1, item 12a)", () => {
  test("we2.csv's shape: plain ratings and a close call", () => {
    const text = verdictText(
      evaluate(plan([2, 1, 1, 1]), [offer("Acme", [5, 2, 4, 4]), offer("Gamma", [4, 3, 2, 5])]),
    );
    expect(text).toMatch(/This is a close call/);
    expect(text).not.toMatch(/left to chance/);
    expect(text).toMatch(
      /follows directly from your ratings as typed: there are no ranges or blanks to weigh\./,
    );
  });
});

describe("offers named as 'likeliest to come first' have a chance (trial 1, item 4b)", () => {
  test("one offer with a range far ahead of 100 offers with ranges: only offers with a chance are named", () => {
    const w: W = [1, 1, 1, 1];
    const cells: Cells[] = [
      ["4-5", 5, 5, 5],
      ...Array.from({ length: 100 }, (): Cells => ["1-2", 1, 1, "1-2"]),
    ];
    const labels = cells.map((_, i) => (i === 0 ? "Top" : `N${i}`));
    const ev = evaluate(
      plan(w),
      cells.map((c, i) => offer(labels[i], c)),
    );
    const ranges: OfferRanges[] = cells.map(
      (r) =>
        r.map((c) => {
          if (typeof c === "number") return { lo: c, hi: c };
          const [lo, hi] = String(c).split("-").map(Number);
          return { lo, hi };
        }) as unknown as OfferRanges,
    );
    const chances = pFirst(ranges, w) as number[];
    const text = verdictText(ev);
    const m = /Of the ratings of ([^(]+?) \(([^)]+)\), /.exec(text);
    expect(m).not.toBeNull();
    const named = names((m as RegExpExecArray)[1]);
    named.forEach((n) => expect(chances[labels.indexOf(n)]).toBeGreaterThan(0));
    if ((m as RegExpExecArray)[2] === "the only offer with a chance of coming first") {
      expect(named).toHaveLength(1);
      expect(chances.filter((p) => p > 0)).toHaveLength(1);
    }
  });
});

describe("lists of offer names are capped (trial 1, item 5)", () => {
  test("30 partly rated offers: counted, four named, and the same long list never printed", () => {
    const os = [
      offer("F1", [4, 4, 4, 4]),
      offer("F2", [3, 3, 3, 3]),
      ...Array.from({ length: 30 }, (_, i) => offer(`P${i + 1}`, [2, 2, null, 2])),
    ];
    const ev = evaluate(plan([1, 1, 1, 1]), os);
    const text = summaryText(ev, { answersFile: null });
    expect(text).toContain(
      "30 offers (Offer 3 (P1), Offer 4 (P2), Offer 5 (P3), Offer 6 (P4) and 26 more) are only partly rated",
    );
    // Past the ranking table, no partly rated offer after the fourth is named.
    const prose = text.slice(text.indexOf("Tipping points"));
    for (let i = 5; i <= 30; i++) expect(prose).not.toMatch(new RegExp(`\\bP${i}\\b`));
  });

  test("12 offers with an invalid rating: three named, the rest counted, in the verdict and the CLI", () => {
    const os = [
      offer("F1", [4, 4, 4, 4]),
      offer("F2", [3, 3, 3, 3]),
      ...Array.from({ length: 12 }, (_, i) => offer(`Bad${i + 1}`, [2, "x", 2, 2])),
    ];
    const ev = evaluate(plan([1, 1, 1, 1]), os);
    const text = summaryText(ev, { answersFile: null });
    expect(text.match(/Left out:/g)).toHaveLength(4);
    expect(text).toContain("9 more ratings are not valid either, in 9 offers");
    for (let i = 4; i <= 12; i++) expect(text).not.toMatch(new RegExp(`\\bBad${i}\\b`));
  });
});
