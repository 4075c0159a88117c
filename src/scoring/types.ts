/**
 * The domain's vocabulary. Pure types and constants: no Office, no DOM.
 * Criterion order is fixed everywhere (arguments, weights, tables): scope, data maturity, support, growth.
 */
export const CRITERIA = ["scope", "dataMaturity", "support", "growth"] as const;
export type Criterion = (typeof CRITERIA)[number];
export const CRITERION_LABELS: Readonly<Record<Criterion, string>> = {
  scope: "Scope",
  dataMaturity: "Data maturity",
  support: "Support",
  growth: "Growth",
};

/** Four non-negative numbers in criterion order, not all zero. Not necessarily normalised. */
export type Weights = readonly [number, number, number, number];
export const EQUAL_WEIGHTS: Weights = [1, 1, 1, 1];

/** A rating is 1..5 (decimals allowed); null means "not rated". */
export type Rating = number | null;
/** One offer's four ratings in criterion order. */
export type OfferRatings = readonly [Rating, Rating, Rating, Rating];

export type Role = "DS" | "MLE" | "Hybrid";
export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  DS: "Data Scientist",
  MLE: "Machine Learning Engineer",
  Hybrid: "Hybrid",
};

export const SCOPE_TYPES = ["models", "deployment", "end-to-end", "reporting"] as const;
export type ScopeType = (typeof SCOPE_TYPES)[number];

/** Answers to the 8 checklist statements, 1..5 or null (unanswered). Items 0-3 lean DS, 4-7 lean MLE. */
export type QuizAnswers = readonly Rating[];

/**
 * A failure of the domain, mapped to an Excel error by the functions layer:
 * "invalid" -> #VALUE! (bad input), "notAvailable" -> #N/A (valid input, no answer).
 * The message names the argument and what is expected; it is shown to the person.
 */
export class DomainError extends Error {
  constructor(
    public readonly kind: "invalid" | "notAvailable",
    message: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}
