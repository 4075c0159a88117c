/**
 * Rating ranges: what a rating cell may hold when the person is not sure ("3-4", "2 to 3"), parsed
 * into a low and a high end. Pure; no Office, no DOM.
 */
import { describe, isBlank } from "./parse";
import { DomainError, type Rating } from "./types";

/** A rating known to lie somewhere from lo to hi, 1 <= lo <= hi <= 5. A plain rating r is {lo: r, hi: r}. */
export interface RatingRange {
  readonly lo: number;
  readonly hi: number;
}

/** One criterion's rating as a range, or null for a blank cell (not rated yet). */
export type RangedRating = RatingRange | null;
/** One offer's four ratings as ranges, in criterion order. */
export type OfferRanges = readonly [RangedRating, RangedRating, RangedRating, RangedRating];

/** What a blank stands for when a range or a chance is computed: it could be anything on the scale. */
export const WHOLE_SCALE: RatingRange = { lo: 1, hi: 5 };

// Two numbers (digits, optional decimals with a point) joined by a hyphen, an en dash or "to",
// with any spaces around them. A leading minus cannot sneak in: the first number has no sign.
const RANGE_TEXT = /^\s*(\d+(?:\.\d+)?)\s*(?:-|\u2013|\s[tT][oO]\s)\s*(\d+(?:\.\d+)?)\s*$/;

/**
 * The range a text spells ("3-5", "3.5 - 4", "2 to 3", "4–5"), or null when the text is not shaped
 * like a range at all. Throws when it is shaped like one but its ends break 1 <= lo <= hi <= 5, so
 * the message can say which rule it broke.
 */
export function parseRangeText(text: string, arg: string): RatingRange | null {
  const m = RANGE_TEXT.exec(text);
  if (m === null) return null;
  const lo = Number(m[1]);
  const hi = Number(m[2]);
  if (!(lo >= 1 && hi <= 5 && lo <= hi)) {
    throw new DomainError(
      "invalid",
      `${arg}: the range ${describe(text).replace(/^the text /, "")} must run from a low end to a high end, both from 1 to 5 (such as "3-4").`,
    );
  }
  return { lo, hi };
}

/**
 * A rating cell as a range: null when blank, {r, r} for a number from 1 to 5, the range for a range
 * text. Anything else is a DomainError naming the argument and the cell's content.
 */
export function parseRatingRange(v: unknown, arg: string): RangedRating {
  if (typeof v === "number" && v >= 1 && v <= 5) return { lo: v, hi: v };
  if (isBlank(v)) return null;
  const r = typeof v === "string" ? parseRangeText(v, arg) : null;
  if (r === null) throw badRating(v, arg);
  return r;
}

/**
 * A rating cell as one number, as SCORE, EXPLAIN and TIPPING use it: a range counts at its
 * midpoint; null when blank.
 */
export function parseRatingMidpoint(v: unknown, arg: string): Rating {
  if (typeof v === "number" && v >= 1 && v <= 5) return v;
  const r = parseRatingRange(v, arg);
  return r === null ? null : midpoint(r);
}

export function midpoint(r: RatingRange): number {
  return r.lo === r.hi ? r.lo : (r.lo + r.hi) / 2;
}

/** True when every rating of the offer is blank: such an offer has no score, range or chance. */
export function isUnrated(o: OfferRanges): boolean {
  return o[0] === null && o[1] === null && o[2] === null && o[3] === null;
}

/** A range as a person would type it back: "3" for a plain rating, "3-4" for a range. */
export function formatRatingRange(r: RatingRange): string {
  return r.lo === r.hi ? String(r.lo) : `${r.lo}-${r.hi}`;
}

function badRating(v: unknown, arg: string): DomainError {
  return new DomainError(
    "invalid",
    `${arg}: expected a rating from 1 to 5, a range such as "3-4" or "2 to 3", or a blank cell, got ${describe(v)}.`,
  );
}
