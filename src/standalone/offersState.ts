/**
 * The offers of the standalone page, kept in localStorage next to the person's state (state.ts,
 * SETTINGS_KEY) under its own versioned zod schema. Loading never throws: rows that fail the schema
 * are dropped with a notice; unreadable data starts an empty list.
 */
import { z } from "zod";
import { SCOPE_TYPES } from "../scoring";
import { type OfferInput, ratingCellNumber } from "../workbook/inputs";

export const OFFERS_VERSION = 1;
export const OFFERS_KEY = "offerEvaluator.offers";
/** The page shows at most this many offers; the report CLI takes any number. */
export const MAX_PAGE_OFFERS = 500;

const rating = z.number().min(1).max(5).nullable();
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
  version: z.literal(OFFERS_VERSION),
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

/** An imported offer as a row of the page (an unknown scope type is dropped: Scope keeps its own rating). */
export function fromOfferInput(o: OfferInput): OfferRow {
  const t = o.scopeType.trim().toLowerCase();
  const clip = (s: string): string => s.slice(0, 2000);
  return {
    company: clip(o.company),
    title: clip(o.title),
    scopeType: (SCOPE_TYPES as readonly string[]).includes(t) ? (t as OfferRow["scopeType"]) : "",
    scope: ratingCellNumber(o.scope),
    dataMaturity: ratingCellNumber(o.dataMaturity),
    support: ratingCellNumber(o.support),
    growth: ratingCellNumber(o.growth),
    notes: clip(o.notes),
  };
}

export function toOfferInput(o: OfferRow): OfferInput {
  return { ...o };
}
