/**
 * How sure the answer is: each offer's chance of coming first (from evaluate()), said as a person
 * reads it, whether the ranges are too wide to decide, and which single uncertain rating, pinned
 * down, would settle it most. Every figure comes from the scoring module's pFirst.
 */
import {
  CRITERIA,
  CRITERION_LABELS,
  type Criterion,
  formatRatingRange,
  type OfferRanges,
  pFirst,
  type RatingRange,
  WHOLE_SCALE,
} from "../scoring";
import type { Evaluation } from "./inputs";

/**
 * The ranges are "too wide to decide" when the favourite's chance of coming first, as printed
 * (whole percent, chancePercent), is below this many percent: then even the likeliest answer fails
 * in more than 2 of 5 plausible scenarios.
 */
export const CLEAR_CHANCE_PERCENT = 60;
/**
 * A rating "settles it" only when pinning it to one end instead of the other moves the favourite's
 * chance by at least this much: less is within a few times the sampling error (about 0.5 to 1
 * percentage point at 10,000 samples) of pinning a rating that does not matter.
 */
export const SETTLE_MIN_SPREAD = 0.05;
/** Pins are tried on at most max(4, floor(SETTLE_BUDGET / offers compared)) ratings: a pin costs one pFirst call over every offer, twice. */
export const SETTLE_BUDGET = 400;

/**
 * A chance as printed: whole percent; "under 1%" for a chance above 0 that would print as 0, and
 * "over 99%" for one below 1 that would print as 100, so a printed 0% or 100% is exact.
 */
export function chancePercent(p: number): string {
  if (p > 0 && p < 0.005) return "under 1%";
  if (p < 1 && p >= 0.995) return "over 99%";
  return `${Math.round(p * 100)}%`;
}

/** The whole percent chancePercent prints (0 for "under 1%", 100 for "over 99%" is never reached: 99). */
function printedPercent(p: number): number {
  if (p > 0 && p < 0.005) return 0;
  if (p < 1 && p >= 0.995) return 99;
  return Math.round(p * 100);
}

/** Offers with a chance, highest chance first (ties in input order). Empty without chances. */
export function byChance(ev: Evaluation): number[] {
  const c = ev.chances;
  if (!c) return [];
  const out: number[] = [];
  c.forEach((p, i) => {
    if (p !== null) out.push(i);
  });
  return out.sort((a, b) => (c[b] as number) - (c[a] as number) || a - b);
}

/** The offer most likely to come first (ties: the first in input order); null without chances. */
export function favourite(ev: Evaluation): number | null {
  return byChance(ev)[0] ?? null;
}

/** True when the ratings leave nothing to chance: every compared offer has four plain ratings. */
export function isCertain(ev: Evaluation): boolean {
  if (!ev.chances) return false;
  return ev.chances.every((p, i) => {
    if (p === null) return true;
    const r = ev.ranges[i];
    return r !== null && r.every((x) => x !== null && x.lo === x.hi);
  });
}

/**
 * The offers that share first place in every scenario, when there are two or more: each has one
 * possible score (no range, no blank), they are equal, and every other compared offer's highest
 * possible score is below it. Their chances are then an even split of a tie, not uncertainty.
 * Empty otherwise.
 */
export function certainTieAtTop(ev: Evaluation): number[] {
  if (!ev.chances) return [];
  const compared = ev.chances.flatMap((p, i) => (p === null ? [] : [i]));
  const top = ev.recommendation.ranked.filter((o) => o.rank === 1).map((o) => o.index);
  if (top.length < 2) return [];
  const exact = top.map((i) => ev.scoreRanges[i]);
  const s = exact[0]?.[0];
  if (s === undefined || exact.some((r) => r === null || r[0] !== s || r[1] !== s)) return [];
  const others = compared.filter((i) => !top.includes(i));
  return others.every((i) => {
    const r = ev.scoreRanges[i];
    return r !== null && r[1] < s;
  })
    ? top
    : [];
}

/** True when the favourite's printed chance is below CLEAR_CHANCE_PERCENT (and the ratings are uncertain). */
export function tooWideToDecide(ev: Evaluation): boolean {
  const f = favourite(ev);
  if (f === null || isCertain(ev) || certainTieAtTop(ev).length > 0) return false;
  return printedPercent((ev.chances as readonly (number | null)[])[f] as number) < CLEAR_CHANCE_PERCENT;
}

/** One uncertain rating: a range with lo < hi, or a blank of a rated offer (counted as 1 to 5). */
export interface UncertainRating {
  readonly offer: number;
  readonly criterion: Criterion;
  readonly range: RatingRange;
  /** The cell is blank (the range is the whole scale). */
  readonly blank: boolean;
}

export interface SettlingRating extends UncertainRating {
  /** The offer whose chance is measured: favourite(ev). */
  readonly favourite: number;
  /** The favourite's chance with this rating pinned at range.lo, and at range.hi (the others as they are). */
  readonly atLow: number;
  readonly atHigh: number;
  /** |atHigh - atLow|. */
  readonly spread: number;
  /**
   * Offers whose ratings were tried, when the budget left some out (highest chance first, each with
   * a chance above 0); null when all were.
   */
  readonly triedOnly: readonly number[] | null;
  /** With triedOnly: every offer with a chance above 0 was tried (the others have none). */
  readonly triedAllWithChance: boolean;
  /** With triedOnly: each offer tried has a higher chance than every offer left out. */
  readonly triedLikeliest: boolean;
}

/** Every uncertain rating of the offers that have a chance, offer by offer, in criterion order. */
export function uncertainRatings(
  ev: Evaluation,
  offers: readonly number[] = byChance(ev),
): UncertainRating[] {
  const out: UncertainRating[] = [];
  for (const i of [...offers].sort((a, b) => a - b)) {
    const r = ev.ranges[i];
    if (!r) continue;
    r.forEach((x, k) => {
      if (x === null) out.push({ offer: i, criterion: CRITERIA[k], range: WHOLE_SCALE, blank: true });
      else if (x.lo < x.hi) out.push({ offer: i, criterion: CRITERIA[k], range: x, blank: false });
    });
  }
  return out;
}

/** The favourite's chance with one rating pinned to a value (pFirst with default options, as evaluate()). */
export function chanceWithPin(ev: Evaluation, u: UncertainRating, value: number, who: number): number {
  const k = CRITERIA.indexOf(u.criterion);
  const ranges = ev.ranges.map((r, i): OfferRanges => {
    const base: OfferRanges = r ?? [null, null, null, null];
    if (i !== u.offer) return base;
    const c = [...base] as [OfferRanges[0], OfferRanges[1], OfferRanges[2], OfferRanges[3]];
    c[k] = { lo: value, hi: value };
    return c;
  });
  return pFirst(ranges, ev.weights)[who] as number;
}

/**
 * The rating that, pinned down, would settle the answer most: for each uncertain rating (a range,
 * or a blank of a rated offer as 1 to 5), the favourite's chance is recomputed with that rating
 * pinned at its low end and at its high end (everything else unchanged); the rating with the
 * largest difference between the two wins, ties going to the first in offer then criterion order.
 * Ratings are tried offer by offer, highest chance first, while they fit in
 * max(4, floor(SETTLE_BUDGET / offers compared)); when not all fit, only offers with a chance above 0
 * are tried (at least the favourite), and `triedOnly` lists them. Null without chances or without
 * any uncertain rating.
 */
export function settlingRating(ev: Evaluation): SettlingRating | null {
  // The verdict may be written several times from one evaluation (sheet, page, CLI): compute once.
  if (settled.has(ev)) return settled.get(ev) ?? null;
  const s = computeSettling(ev);
  settled.set(ev, s);
  return s;
}
const settled = new WeakMap<Evaluation, SettlingRating | null>();

function computeSettling(ev: Evaluation): SettlingRating | null {
  const f = favourite(ev);
  if (f === null) return null;
  const order = byChance(ev);
  const cap = Math.max(4, Math.floor(SETTLE_BUDGET / order.length));
  const chances = ev.chances as readonly (number | null)[];
  const chance = (i: number): number => chances[i] as number;
  let tried: number[] = [];
  let count = 0;
  for (const i of order) {
    const n = uncertainRatings(ev, [i]).length;
    if (count + n > cap && tried.length > 0) break;
    tried.push(i);
    count += n;
  }
  const all = tried.length === order.length;
  // Only some fit: then an offer that never came first is not among "the offers likeliest to come first".
  if (!all) tried = tried.filter((i, j) => j === 0 || chance(i) > 0);
  const left = order.filter((i) => !tried.includes(i));
  const triedAllWithChance = left.every((i) => chance(i) === 0);
  const lowest = Math.min(...tried.map(chance));
  const triedLikeliest = left.every((i) => chance(i) < lowest);
  const candidates = uncertainRatings(ev, tried);
  let best: SettlingRating | null = null;
  for (const u of candidates) {
    const atLow = chanceWithPin(ev, u, u.range.lo, f);
    const atHigh = chanceWithPin(ev, u, u.range.hi, f);
    const spread = Math.abs(atHigh - atLow);
    if (best === null || spread > best.spread) {
      best = {
        ...u,
        favourite: f,
        atLow,
        atHigh,
        spread,
        triedOnly: all ? null : tried,
        triedAllWithChance,
        triedLikeliest,
      };
    }
  }
  return best;
}

/** "data maturity (3-5)" or "growth (blank, so anything from 1 to 5)". */
export function ratingLabel(u: UncertainRating): string {
  const label = CRITERION_LABELS[u.criterion].toLowerCase();
  return u.blank ? `${label} (blank, so anything from 1 to 5)` : `${label} (${formatRatingRange(u.range)})`;
}

function listOf(items: readonly string[]): string {
  return items.length <= 1
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Offers named in a sentence: the first few only when there are many (a report may hold thousands). */
export const NAMED_IN_SENTENCE = 5;
/** "A, B and C", or "A, B, C, D and 96 more" past NAMED_IN_SENTENCE names. */
export function namesList(names: readonly string[]): string {
  if (names.length <= NAMED_IN_SENTENCE) return listOf(names);
  const shown = names.slice(0, NAMED_IN_SENTENCE - 1);
  return `${shown.join(", ")} and ${(names.length - shown.length).toLocaleString("en-US")} more`;
}

/** Invalid ratings named one by one up to this many; the rest are counted. */
export const INVALID_NAMED = 3;

/** What each invalid rating leaves out, the first INVALID_NAMED in full and the rest counted. */
export function leftOutSentences(ev: Evaluation): string[] {
  const out = ev.invalid.slice(0, INVALID_NAMED).map((x) => x.message);
  const rest = ev.invalid.slice(INVALID_NAMED);
  if (rest.length > 0) {
    const offers = new Set(rest.map((x) => x.index)).size;
    out.push(
      `${rest.length.toLocaleString("en-US")} more rating${rest.length === 1 ? " is" : "s are"} not valid either, in ${offers.toLocaleString("en-US")} offer${offers === 1 ? "" : "s"}; each such offer is left out of the ranking until it is fixed.`,
    );
  }
  return out;
}

/**
 * The verdict's opening sentences on how sure it is, in order: the chances (or that every rating is
 * a plain number, so there is nothing to weigh), the invalid offers left out (the first few named), whether the favourite differs from the leader on
 * midpoints, too wide to decide, and the settling rating. `name` names an offer; `rated(i)` is how
 * many criteria it has rated (a partly rated offer is said to be so where it is first named).
 */
export function certaintySentences(
  ev: Evaluation,
  name: (i: number) => string,
  rated: (i: number) => number,
): string[] {
  const parts: string[] = [];
  const chances = ev.chances;
  const left = leftOutSentences(ev);
  if (!chances) return left;
  if (isCertain(ev)) {
    parts.push(
      "Every offer compared has a single number for each of the four criteria, so the order follows directly from your ratings as typed: there are no ranges or blanks to weigh.",
    );
    return [...parts, ...left];
  }
  const tie = certainTieAtTop(ev);
  if (tie.length > 0) {
    // An even split of a tie is not uncertainty: no range or blank can change who shares first.
    parts.push(
      `${namesList(tie.map(name))} share first place in every plausible scenario: each has a single possible score (no ranges or blanks), the scores are equal, and no other offer's highest possible score reaches them.`,
    );
    return [...parts, ...left];
  }
  const order = byChance(ev);
  const named = order.filter((i, j) => j === 0 || (chances[i] as number) >= 0.01).slice(0, 3);
  const more = order.filter((i) => (chances[i] as number) >= 0.01 && !named.includes(i)).length;
  const who = (i: number): string => {
    const k = rated(i);
    return k < 4 ? `${name(i)} (rated on only ${k} of the 4 criteria)` : name(i);
  };
  const list = named.map((i, j) =>
    j === 0
      ? `${who(i)} comes first in ${chancePercent(chances[i] as number)} of plausible scenarios`
      : `${who(i)} in ${chancePercent(chances[i] as number)}`,
  );
  if (more > 0) list.push(`${more} other offer${more === 1 ? " shares" : "s share"} the rest`);
  parts.push(`${list.join("; ")} (each range, and each blank as anything from 1 to 5, drawn at random).`);
  parts.push(...left);
  const f = order[0];
  const rec = ev.recommendation;
  const [a, b] = rec.ranked;
  const soleLead = a && !(b && b.rank === a.rank) ? a.index : null;
  const fc = chances[f] as number;
  if (soleLead !== null && soleLead !== f && chances.every((p, i) => i === f || p === null || p < fc)) {
    // The score ranks ranges at their midpoints and leaves blanks out; the chances draw both.
    const how = [
      [f, soleLead].some((i) => ev.ranges[i]?.some((x) => x !== null && x.lo < x.hi))
        ? "each range at its midpoint"
        : "",
      [f, soleLead].some((i) => rated(i) < 4) ? "blanks left out" : "",
    ].filter((x) => x !== "");
    parts.push(
      `${name(f)} comes first most often, although ${name(soleLead)} has the higher score${how.length > 0 ? ` (${how.join(", ")})` : ""}.`,
    );
  }
  if (tooWideToDecide(ev)) {
    parts.push(
      `The ranges are too wide to decide: no offer comes first in ${CLEAR_CHANCE_PERCENT}% of scenarios or more.`,
    );
  }
  const s = settlingRating(ev);
  if (s) {
    const which = !s.triedOnly
      ? ""
      : s.triedAllWithChance
        ? s.triedOnly.length === 1
          ? " (the only offer with a chance of coming first)"
          : " (every offer with a chance of coming first)"
        : s.triedLikeliest
          ? " (the offers likeliest to come first)"
          : "";
    const prefix =
      s.triedOnly === null ? "" : `Of the ratings of ${namesList(s.triedOnly.map(name))}${which}, `;
    const text =
      s.spread >= SETTLE_MIN_SPREAD
        ? `pinning down ${name(s.offer)}'s ${ratingLabel(s)} would settle it most: at ${s.range.lo} ${name(s.favourite)} would come first in ${chancePercent(s.atLow)} of scenarios, at ${s.range.hi} in ${chancePercent(s.atHigh)}.`
        : `no single rating pinned to either end of its range would move ${name(s.favourite)}'s chance by ${SETTLE_MIN_SPREAD * 100} percentage points or more.`;
    parts.push(prefix === "" ? text.charAt(0).toUpperCase() + text.slice(1) : prefix + text);
  }
  return parts;
}
