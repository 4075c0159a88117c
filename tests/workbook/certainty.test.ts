/**
 * How sure the verdict is (issue 10): every claim of its opening sentences is read back out of the
 * text and recomputed here: the chances by calling pFirst on ranges this file builds from the typed
 * cells, the "settling" rating by trying every uncertain rating, and a two-offer case against its
 * closed form.
 */
import * as fs from "fs";
import * as path from "path";
import { evaluate, type RatingCell } from "../../src/workbook/inputs";
import { verdictText } from "../../src/workbook/verdict";
import { CLEAR_CHANCE_PERCENT, SETTLE_MIN_SPREAD, settlingRating } from "../../src/workbook/certainty";
import { pFirst, type OfferRanges, type RangedRating } from "../../src/scoring";
import { untitled, weightsPlan } from "../fixtures";

type Cells = [RatingCell, RatingCell, RatingCell, RatingCell];
type W = [number, number, number, number];
const LABELS = ["scope", "data maturity", "support", "growth"];

const plan = weightsPlan;
const offer = untitled;
/** The test's own reading of a cell: a number, "lo-hi" or "lo to hi", or blank. */
function cellRange(c: RatingCell): RangedRating {
  if (c === null || c === "") return null;
  if (typeof c === "number") return { lo: c, hi: c };
  const m = /^\s*([\d.]+)\s*(?:-|–|to)\s*([\d.]+)\s*$/.exec(c);
  if (!m) throw new Error(`test cell ${c}`);
  return { lo: Number(m[1]), hi: Number(m[2]) };
}
function rangesOf(cells: readonly Cells[]): OfferRanges[] {
  return cells.map((r) => [cellRange(r[0]), cellRange(r[1]), cellRange(r[2]), cellRange(r[3])]);
}
/** How the verdict prints a chance, by its documented rule. */
function printed(p: number): string {
  if (p > 0 && p < 0.005) return "under 1%";
  if (p < 1 && p >= 0.995) return "over 99%";
  return `${Math.round(p * 100)}%`;
}
function printedNumber(p: number): number {
  return p > 0 && p < 0.005 ? 0 : p < 1 && p >= 0.995 ? 99 : Math.round(p * 100);
}

/** Recomputes every claim of the opening sentences; returns the text for case-specific checks. */
function checkClaims(names: readonly string[], cells: readonly Cells[], w: W): string {
  const ev = evaluate(
    plan(w),
    names.map((n, i) => offer(n, cells[i])),
  );
  const text = verdictText(ev);
  const ranges = rangesOf(cells);
  const chances = pFirst(ranges, w);
  const certain = ranges.every(
    (r) => r.every((x) => x === null) || r.every((x) => x !== null && x.lo === x.hi),
  );
  if (certain) {
    expect(text).toMatch(
      /^Every offer compared has a single number for each of the four criteria, so the order follows directly/,
    );
    expect(text).not.toMatch(/comes first in|too wide|settle/);
    return text;
  }
  // The chance list: who, in order, each with the percentage printed from pFirst.
  const head = text.slice(0, text.indexOf(" (each range, and each blank"));
  const items = head.split("; ");
  const order = chances
    .map((p, i) => ({ p: p ?? -1, i }))
    .sort((a, b) => b.p - a.p || a.i - b.i)
    .filter((x) => x.p >= 0);
  let j = 0;
  for (const item of items) {
    const m =
      /^(\S+)(?: \(rated on only (\d) of the 4 criteria\))? (?:comes first )?in (under 1%|over 99%|\d+%)/.exec(
        item,
      );
    if (!m) {
      expect(item).toMatch(/^\d+ other offers? shares? the rest$/);
      continue;
    }
    const who = names.indexOf(m[1]);
    expect(who).toBe(order[j].i);
    expect(m[3]).toBe(printed(chances[who] as number));
    const rated = ranges[who].filter((x) => x !== null).length;
    expect(m[2] === undefined ? 4 : Number(m[2])).toBe(rated);
    if (j > 0) expect(chances[who] as number).toBeGreaterThanOrEqual(0.01);
    j++;
  }
  // Too wide: said exactly when the favourite's printed chance is below the threshold.
  const top = printedNumber(order[0].p);
  expect(/too wide to decide: no offer comes first in 60% of scenarios or more/.test(text)).toBe(
    top < CLEAR_CHANCE_PERCENT,
  );
  // The settling rating, by trying every uncertain rating of every compared offer.
  const fav = order[0].i;
  interface Pin {
    i: number;
    k: number;
    lo: number;
    hi: number;
    atLo: number;
    atHi: number;
    spread: number;
  }
  const pins: Pin[] = [];
  ranges.forEach((r, i) => {
    if (chances[i] === null) return;
    r.forEach((x, k) => {
      const [lo, hi] = x === null ? [1, 5] : [x.lo, x.hi];
      if (lo === hi) return;
      const pin = (v: number): number => {
        const alt = ranges.map((o) => [...o] as [RangedRating, RangedRating, RangedRating, RangedRating]);
        alt[i][k] = { lo: v, hi: v };
        return pFirst(alt, w)[fav] as number;
      };
      const atLo = pin(lo);
      const atHi = pin(hi);
      pins.push({ i, k, lo, hi, atLo, atHi, spread: Math.abs(atHi - atLo) });
    });
  });
  expect(pins.length).toBeGreaterThan(0);
  // The largest spread; the first in offer then criterion order on a tie.
  const b = pins.reduce((a, p) => (p.spread > a.spread ? p : a));
  if (b.spread >= SETTLE_MIN_SPREAD) {
    const m =
      /Pinning down (\S+)'s ([a-z ]+) \((?:blank, so anything from 1 to 5|[\d.]+-[\d.]+)\) would settle it most: at ([\d.]+) (\S+) would come first in (under 1%|over 99%|\d+%) of scenarios, at ([\d.]+) in (under 1%|over 99%|\d+%)\./.exec(
        text,
      );
    expect(m).not.toBeNull();
    const mm = m as RegExpExecArray;
    expect(names.indexOf(mm[1])).toBe(b.i);
    expect(LABELS.indexOf(mm[2])).toBe(b.k);
    expect(Number(mm[3])).toBe(b.lo);
    expect(names.indexOf(mm[4])).toBe(fav);
    expect(mm[5]).toBe(printed(b.atLo));
    expect(Number(mm[6])).toBe(b.hi);
    expect(mm[7]).toBe(printed(b.atHi));
  } else {
    expect(text).toContain(
      `No single rating pinned to either end of its range would move ${names[fav]}'s chance by 5 percentage points or more.`,
    );
  }
  return text;
}

describe("how sure the verdict is", () => {
  const EQ: W = [1, 1, 1, 1];

  test("plain ratings, none blank: the order is certain and no chance is printed", () => {
    const text = checkClaims(
      ["Acme", "Beta"],
      [
        [4, 4, 3, 3],
        [3, 3, 3, 3],
      ],
      EQ,
    );
    expect(text).toMatch(/Acme leads with 62\.5 out of 100, 12\.5 points ahead/);
    const ev = evaluate(plan(EQ), [offer("Acme", [4, 4, 3, 3]), offer("Beta", [3, 3, 3, 3])]);
    expect(ev.chances).toEqual([1, 0]);
    expect(settlingRating(ev)).toBeNull();
  });

  test("two offers, one range: the printed chance matches the closed form within sampling error", () => {
    // A = (4,3,3,3); B's scope uniform on [2, 5], the rest 3: B is first exactly when its scope > 4,
    // probability (5 - 4) / (5 - 2) = 1/3; A first with 2/3.
    const text = checkClaims(
      ["A", "B"],
      [
        [4, 3, 3, 3],
        ["2-5", 3, 3, 3],
      ],
      EQ,
    );
    const m = /^A comes first in (\d+)% of plausible scenarios; B in (\d+)%/.exec(text);
    expect(m).not.toBeNull();
    expect(Math.abs(Number(m?.[1]) / 100 - 2 / 3)).toBeLessThanOrEqual(0.015 + 0.005);
    expect(Math.abs(Number(m?.[2]) / 100 - 1 / 3)).toBeLessThanOrEqual(0.015 + 0.005);
    // 67% is above the threshold: not too wide; B's scope is the only uncertain rating and moves A's
    // chance from 1 (pinned at 2) to 0 (pinned at 5, B passes A).
    expect(text).not.toMatch(/too wide/);
    expect(text).toMatch(
      /Pinning down B's scope \(2-5\) would settle it most: at 2 A would come first in 100% of scenarios, at 5 in 0%\./,
    );
    // Scores are those of the midpoints, and say so: A 25 * 9 / 4 = 56.25, B at 3.5: 25 * 8.5 / 4 = 53.125.
    expect(text).toMatch(
      /A leads with 56\.3 out of 100 \(each range at its midpoint\), 3\.1 points ahead of B \(53\.1\)/,
    );
    // The close call on a range says the range and the midpoint it is counted as: B at 4.5 scores
    // 25 * 9.5 / 4 = 59.375 > 56.25.
    expect(text).toMatch(
      /This is a close call: raising B's scope \(2-5, counted as 3\.5\) to 4\.5 would put B ahead\./,
    );
  });

  test("a coin flip is too wide to decide", () => {
    const text = checkClaims(
      ["A", "B"],
      [
        [3, 3, 3, 3],
        ["1-5", 3, 3, 3],
      ],
      EQ,
    );
    expect(text).toMatch(/The ranges are too wide to decide/);
  });

  test("the favourite can differ from the leader on midpoints, and the verdict says so", () => {
    // A is a sure 50.5; B and C are centred on 50 but wide: each beats A more often than A beats both.
    const text = checkClaims(
      ["A", "B", "C"],
      [
        [3, 3, 3, 3.08],
        ["1-5", 3, 3, 3],
        [3, "1-5", 3, 3],
      ],
      EQ,
    );
    const ev = evaluate(plan(EQ), [
      offer("A", [3, 3, 3, 3.08]),
      offer("B", ["1-5", 3, 3, 3]),
      offer("C", [3, "1-5", 3, 3]),
    ]);
    const c = ev.chances as number[];
    const fav = c.indexOf(Math.max(...c));
    expect(fav).not.toBe(0);
    expect(c.filter((x) => x === c[fav])).toHaveLength(1);
    expect(ev.recommendation.ranked[0].index).toBe(0);
    expect(text).toContain(
      `${"ABC"[fav]} comes first most often, although A has the higher score (each range at its midpoint).`,
    );
  });

  test("a partly rated offer is said to be so where its chance is given", () => {
    const text = checkClaims(
      ["Solo", "Full"],
      [
        [5, null, null, null],
        [5, 4, 4, 4],
      ],
      EQ,
    );
    expect(text).toMatch(/Solo \(rated on only 1 of the 4 criteria\) in \d+%/);
    expect(text).toMatch(
      /Solo is rated on only 1 of the 4 criteria; data maturity, support and growth are blank\./,
    );
  });

  test("an invalid rating leaves its offer out of the ranking and the chances, named with what was typed", () => {
    const offers = [
      offer("Acme", [4, "4e", 3, 3]),
      offer("Beta", [3, "3-4", 3, 3]),
      offer("Gamma", [2, 2, 2, 2]),
    ];
    const ev = evaluate(plan(EQ), offers);
    expect(ev.invalid).toEqual([
      expect.objectContaining({ index: 0, criterion: "dataMaturity", text: "4e" }),
    ]);
    expect(ev.invalid[0].message).toMatch(
      /^Acme: the data maturity rating "4e" is neither a number from 1 to 5 nor a range such as "3-4"/,
    );
    expect(ev.ranges[0]).toBeNull();
    expect(ev.scoreRanges[0]).toBeNull();
    expect(ev.recommendation.ranked.map((r) => r.index)).toEqual([1, 2]);
    expect(ev.chances).toEqual([null, 1, 0]);
    expect(verdictText(ev)).toContain(ev.invalid[0].message);
  });

  test("score ranges bracket the midpoint score and equal it for plain ratings", () => {
    const w: W = [2, 1, 1, 3];
    const ev = evaluate(plan(w), [
      offer("A", [4, "2 to 3", 5, 1]),
      offer("B", [4, 2, 5, 1]),
      offer("C", [null, 3, null, "3.5 - 4"]),
    ]);
    const closed = (r: number[]): number => (25 * r.reduce((s, x, k) => s + w[k] * (x - 1), 0)) / 7;
    expect(ev.scoreRanges[0]?.[0]).toBeCloseTo(closed([4, 2, 5, 1]), 9);
    expect(ev.scoreRanges[0]?.[1]).toBeCloseTo(closed([4, 3, 5, 1]), 9);
    expect(ev.scoreRanges[1]).toEqual([
      ev.recommendation.ranked.find((r) => r.index === 1)?.score,
      ev.recommendation.ranked.find((r) => r.index === 1)?.score,
    ]);
    expect(ev.scoreRanges[2]?.[0]).toBeCloseTo(closed([1, 3, 1, 3.5]), 9);
    expect(ev.scoreRanges[2]?.[1]).toBeCloseTo(closed([5, 3, 5, 4]), 9);
    for (const r of ev.recommendation.ranked) {
      const [lo, hi] = ev.scoreRanges[r.index] as [number, number];
      expect(r.score).toBeGreaterThanOrEqual(lo);
      expect(r.score).toBeLessThanOrEqual(hi);
    }
  });

  test("fewer than two rated offers: no chances, and a note says why", () => {
    const ev = evaluate(plan(EQ), [offer("A", ["3-4", 3, 3, 3]), offer("B", [null, null, null, null])]);
    expect(ev.chances).toBeNull();
    expect(ev.chanceNote).toMatch(/at least two offers/);
    expect(verdictText(ev)).not.toMatch(/comes first in/);
  });

  test("random offer sets: every claim recomputed", () => {
    // A small fixed-seed generator: the cases are the same on every run.
    let seed = 12345;
    const rand = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const cellOf = (): RatingCell => {
      const x = rand();
      if (x < 0.15) return null;
      const a = 1 + Math.floor(rand() * 5);
      if (x < 0.6) return a;
      const b = a + Math.floor(rand() * (6 - a));
      return b === a ? a : `${a}-${b}`;
    };
    for (let t = 0; t < 12; t++) {
      const n = 2 + Math.floor(rand() * 3);
      const names = Array.from({ length: n }, (_, i) => `O${i + 1}`);
      const cells = names.map((): Cells => [cellOf(), cellOf(), cellOf(), cellOf()]);
      if (cells.filter((c) => c.some((x) => x !== null)).length < 2) continue;
      const w: W = [1 + Math.floor(rand() * 3), 1, 1 + Math.floor(rand() * 2), 1];
      checkClaims(names, cells, w);
    }
  });
});

describe("docs/functions.md: how the verdict says how sure it is", () => {
  const doc = fs.readFileSync(path.join(__dirname, "../../docs/functions.md"), "utf8");
  const w: W = [2, 1, 1, 1];
  const cells: Cells[] = [
    [5, "1-3", "3-5", 4],
    [3, 5, null, 3],
    [4, 3, 2, 5],
  ];

  test("the worked example's opening is the verdict's, word for word, and every claim holds", () => {
    const text = checkClaims(["Acme", "Beta", "Gamma"], cells, w);
    const quoted = (/> Acme comes first in[^]*?\n\n/.exec(doc)?.[0] ?? "")
      .replace(/\n> /g, " ")
      .replace(/^> /, "")
      .trim();
    expect(quoted.length).toBeGreaterThan(100);
    expect(text.startsWith(quoted)).toBe(true);
  });

  test("the closed forms in the doc match pFirst within sampling error", () => {
    const ranges = rangesOf(cells);
    const pinned = (i: number, k: number, v: number): number => {
      const alt = ranges.map((o) => [...o] as [RangedRating, RangedRating, RangedRating, RangedRating]);
      alt[i][k] = { lo: v, hi: v };
      return pFirst(alt, w)[0] as number;
    };
    expect(Math.abs(pinned(1, 2, 5) - 7 / 8)).toBeLessThanOrEqual(0.015);
    expect(pinned(1, 2, 1)).toBe(1);
    expect(Math.abs(pinned(0, 1, 1) - 15 / 16)).toBeLessThanOrEqual(0.015);
    expect(Math.abs(pinned(0, 2, 3) - 15 / 16)).toBeLessThanOrEqual(0.015);
    expect(pinned(0, 1, 3)).toBe(1);
    expect(pinned(0, 2, 5)).toBe(1);
    expect(doc).toMatch(/probability 1\/8, so Acme's chance is 7\/8 =\n87\.5%/);
    expect(doc).toMatch(/below \*\*60%\*\*/);
    expect(CLEAR_CHANCE_PERCENT).toBe(60);
    expect(doc).toMatch(/at least \*\*5 percentage points\*\*/);
    expect(SETTLE_MIN_SPREAD).toBe(0.05);
  });
});

describe("the settling rating with many offers", () => {
  test("only the likeliest offers' ratings are tried, within the budget, and the verdict says which", () => {
    const w: W = [1, 1, 1, 1];
    // 101 offers, each with two ranges: 202 uncertain ratings, over max(4, floor(400 / 101)) = 4.
    const names = Array.from({ length: 101 }, (_, i) => `N${i + 1}`);
    const cells = names.map((_, i): Cells => [`${1 + (i % 3)}-5`, 3, `2-${3 + (i % 3)}`, 3]);
    const ev = evaluate(
      plan(w),
      names.map((n, i) => offer(n, cells[i])),
    );
    const s = settlingRating(ev);
    expect(s).not.toBeNull();
    const tried = s?.triedOnly as number[];
    expect(tried.length).toBe(2);
    // They are the offers with the highest chances (ties in input order).
    const chances = pFirst(rangesOf(cells), w) as number[];
    const order = chances.map((p, i) => ({ p, i })).sort((a, b) => b.p - a.p || a.i - b.i);
    expect(tried).toEqual(order.slice(0, 2).map((x) => x.i));
    // Among their ratings the named one moves the favourite's chance most.
    const fav = order[0].i;
    const ranges = rangesOf(cells);
    let best = -1;
    for (const i of [...tried].sort((a, b) => a - b)) {
      for (const k of [0, 2]) {
        const r = ranges[i][k] as { lo: number; hi: number };
        const pin = (v: number): number => {
          const alt = ranges.map((o) => [...o] as [RangedRating, RangedRating, RangedRating, RangedRating]);
          alt[i][k] = { lo: v, hi: v };
          return pFirst(alt, w)[fav] as number;
        };
        best = Math.max(best, Math.abs(pin(r.hi) - pin(r.lo)));
      }
    }
    expect(s?.spread).toBe(best);
    expect(verdictText(ev)).toMatch(
      /Of the ratings of N\d+ and N\d+ \(the offers likeliest to come first\), /,
    );
  });
});

test("many offers tied at the top are counted, and only the first few named", () => {
  const offers = Array.from({ length: 7 }, (_, i) => offer(`T${i + 1}`, [4, 4, 4, 4]));
  const text = verdictText(evaluate(plan([1, 1, 1, 1]), [...offers, offer("Low", [1, 1, 1, 1])]));
  // Seven offers at 25 * 12 / 4 = 75.
  expect(text).toContain("7 offers (T1, T2, T3, T4 and 3 more) are tied at 75.0 out of 100.");
});
