/**
 * The offers of the standalone page, kept in localStorage next to the person's state (state.ts,
 * SETTINGS_KEY) under its own versioned zod schema. Loading never throws: rows that fail the schema
 * are dropped with a notice; unreadable data starts an empty list.
 *
 * Version 2 keeps each rating as the person typed it (a number 1..5, or text: a range such as "3-5",
 * or something that is not a rating at all, which the results then name); version 1 held numbers
 * 1..5 only, which version 2 still accepts, so saved v1 offers load unchanged.
 */
import { z } from "zod";
import { SCOPE_TYPES } from "../scoring";
import type { OfferInput } from "../workbook/inputs";

export const OFFERS_VERSION = 2;
/** Stored versions this one reads (v1's ratings are a subset of v2's). */
const READABLE_VERSIONS = [1, 2] as const;
/** The longest rating text kept: a range needs a dozen characters; more is clipped on import. */
export const MAX_RATING_TEXT = 100;
export const OFFERS_KEY = "offerEvaluator.offers";
/** The page shows at most this many offers; the report CLI takes any number. */
export const MAX_PAGE_OFFERS = 500;

/** A number 1..5 (v1, and imports), or the text as typed (never "": an empty field is null). */
const rating = z.union([z.number().min(1).max(5), z.string().min(1).max(MAX_RATING_TEXT)]).nullable();
const text = z.string().max(2000);

export const offerSchema = z.object({
  company: text,
  title: text,
  scopeType: z.enum(["", ...SCOPE_TYPES]),
  scope: rating,
  dataMaturity: rating,
  support: rating,
  growth: rating,
  notes: text,
});
export type OfferRow = z.infer<typeof offerSchema>;

export const offersStateSchema = z.object({
  version: z.union(READABLE_VERSIONS.map((v) => z.literal(v))),
  offers: z.array(z.unknown()).max(MAX_PAGE_OFFERS),
});

export function emptyOffer(): OfferRow {
  return {
    company: "",
    title: "",
    scopeType: "",
    scope: null,
    dataMaturity: null,
    support: null,
    growth: null,
    notes: "",
  };
}

export interface OffersLoad {
  readonly offers: OfferRow[];
  readonly notice: string | null;
}

/** Reads the stored JSON (null: nothing stored). */
export function loadOffers(raw: string | null | undefined): OffersLoad {
  if (raw === null || raw === undefined || raw === "") return { offers: [], notice: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { offers: [], notice: "The saved offers could not be read, so the list starts empty." };
  }
  const whole = offersStateSchema.safeParse(parsed);
  if (!whole.success) {
    return {
      offers: [],
      notice: "The saved offers are not in a format this version understands, so the list starts empty.",
    };
  }
  const offers: OfferRow[] = [];
  let dropped = 0;
  for (const o of whole.data.offers) {
    const r = offerSchema.safeParse(o);
    if (r.success) offers.push(r.data);
    else dropped++;
  }
  return {
    offers,
    notice:
      dropped > 0
        ? `${dropped} saved offer${dropped === 1 ? " was" : "s were"} not valid and left out.`
        : null,
  };
}

export function serializeOffers(offers: readonly OfferRow[]): string {
  return JSON.stringify({
    version: OFFERS_VERSION,
    offers: offers.slice(0, MAX_PAGE_OFFERS).map((o) => offerSchema.parse(o)),
  });
}

/** An imported rating as the page keeps it: a number as is, text as typed (clipped), "" as blank. */
function rowRating(v: number | string | null): OfferRow["scope"] {
  if (typeof v === "string") return v.trim() === "" ? null : v.slice(0, MAX_RATING_TEXT);
  // A number outside 1..5 (possible in a file) is kept as its text, so the results name it.
  return v === null || (v >= 1 && v <= 5) ? v : String(v);
}

/** An imported offer as a row of the page (an unknown scope type is dropped: Scope keeps its own rating). */
export function fromOfferInput(o: OfferInput): OfferRow {
  const t = o.scopeType.trim().toLowerCase();
  const clip = (s: string): string => s.slice(0, 2000);
  return {
    company: clip(o.company),
    title: clip(o.title),
    scopeType: (SCOPE_TYPES as readonly string[]).includes(t) ? (t as OfferRow["scopeType"]) : "",
    scope: rowRating(o.scope),
    dataMaturity: rowRating(o.dataMaturity),
    support: rowRating(o.support),
    growth: rowRating(o.growth),
    notes: clip(o.notes),
  };
}

/** The row as the evaluation and the workbook take it: every rating as typed (the readers parse it). */
export function toOfferInput(o: OfferRow): OfferInput {
  return { ...o };
}
