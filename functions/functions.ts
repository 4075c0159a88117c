/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands ranges over as any[][]: the JSDoc types below
   are what the metadata generator reads, and each wrapper passes them straight to a typed parser. */
/**
 * The OFFER.* custom functions. Each is a thin wrapper: the JSDoc is what Excel shows in
 * autocomplete and help, the work happens in offerFunctions.ts and the scoring module, and any
 * failure becomes an Excel error with a message (never an exception). Each @helpurl is relative
 * to the hosted folder: the build makes it absolute with the origin and fails when the anchor is
 * not on the help page (scripts/help-page.js).
 */
import "./outsideExcel";
import { guard, toExcelError } from "./excelErrors";
import {
  ahpMatrix,
  explainMatrix,
  leanValue,
  roadmapMatrix,
  roleValue,
  scopeFitMatrix,
  scoreMatrix,
  tippingMatrix,
} from "./offerFunctions";
import { pfirstMatrix, rangeMatrix } from "./uncertaintyFunctions";

/**
 * Scores job offers from 0 to 100 on scope, data maturity, support and growth (each rated 1 to 5; blank means not rated). Unrated criteria are left out of the weighted average.
 * @customfunction SCORE
 * @helpurl help.html#offer-score
 * @param {any[][]} scope How well the job's work matches what you want, 1-5 (a cell or a column of offers).
 * @param {any[][]} data_maturity How clean and reachable the data is, 1-5.
 * @param {any[][]} support How much platform and team support there is, 1-5.
 * @param {any[][]} growth How much you would learn and ship, 1-5.
 * @param {any[][]} [weights] Four weights in the order scope, data maturity, support, growth (a 1x4 or 4x1 range). Default: equal.
 * @returns {any[][]} The score of each offer, 0-100 (rounded to 9 decimals), in the shape of the ratings; blank for an offer with no ratings.
 */
export function score(
  scope: any[][],
  data_maturity: any[][],
  support: any[][],
  growth: any[][],
  weights?: any[][],
): any[][] {
  // No closure here: SCORE is called once per table row, so it avoids guard()'s allocation.
  try {
    return scoreMatrix(scope, data_maturity, support, growth, weights);
  } catch (e) {
    throw toExcelError(e);
  }
}

/**
 * Splits each offer's score into the points each criterion contributes: one row of four (scope, data maturity, support, growth) per offer, which add up to OFFER.SCORE.
 * @customfunction EXPLAIN
 * @helpurl help.html#offer-explain
 * @param {any[][]} scope Scope ratings, 1-5.
 * @param {any[][]} data_maturity Data maturity ratings, 1-5.
 * @param {any[][]} support Support ratings, 1-5.
 * @param {any[][]} growth Growth ratings, 1-5.
 * @param {any[][]} [weights] Four weights in criterion order. Default: equal.
 * @returns {any[][]} One row of four contributions per offer, offers in row order.
 */
export function explain(
  scope: any[][],
  data_maturity: any[][],
  support: any[][],
  growth: any[][],
  weights?: any[][],
): any[][] {
  return guard(() => explainMatrix(scope, data_maturity, support, growth, weights));
}

/**
 * Turns what a job's work is (models, deployment, end-to-end or reporting) into a 1-5 scope rating for your role.
 * @customfunction SCOPEFIT
 * @helpurl help.html#offer-scopefit
 * @param {any[][]} scope_type The kind of work: models, deployment, end-to-end or reporting.
 * @param {any} [role] DS, MLE or Hybrid (or Data Scientist, Machine Learning Engineer). Default: Hybrid.
 * @returns {any[][]} The scope rating, 1-5, in the shape of scope_type.
 */
export function scopefit(scope_type: any[][], role?: any): any[][] {
  return guard(() => scopeFitMatrix(scope_type, role));
}

/**
 * Reads the 8 checklist answers and returns your lean from -1 (Data Scientist) to 1 (Machine Learning Engineer).
 * @customfunction LEAN
 * @helpurl help.html#offer-lean
 * @param {any[][]} answers Eight answers, 1 (strongly disagree) to 5 (strongly agree), in checklist order: statements 1-4 lean DS, 5-8 lean MLE. Blank: unanswered.
 * @returns {number} The lean, -1 to 1; 0 is balanced.
 */
export function leanFn(answers: any[][]): number {
  return guard(() => leanValue(answers));
}

/**
 * Reads the 8 checklist answers and names the role they point to: Data Scientist, Machine Learning Engineer or Hybrid.
 * @customfunction ROLE
 * @helpurl help.html#offer-role
 * @param {any[][]} answers Eight answers, 1-5, in checklist order. Blank: unanswered.
 * @returns {string} Data Scientist, Machine Learning Engineer or Hybrid.
 */
export function role(answers: any[][]): string {
  return guard(() => roleValue(answers));
}

/**
 * A 12-week learning plan for a role in four phases, paced to the hours you have. Spills a table: Phase, Weeks, Start, End, Focus, Topics.
 * @customfunction ROADMAP
 * @helpurl help.html#offer-roadmap
 * @param {any} role DS, MLE or Hybrid.
 * @param {any} [start_date] The date you start (format Start and End as dates). Default: no dates.
 * @param {any} [hours_per_week] Hours a week you can give, 1-80. Default: 10 (three weeks a phase).
 * @returns {any[][]} A header row and the four phases.
 */
export function roadmapFn(role: any, start_date?: any, hours_per_week?: any): any[][] {
  return guard(() => roadmapMatrix(role, start_date, hours_per_week));
}

/**
 * What would change the leader: for each criterion, the nearest share of the total weight below and above today's at which another offer really takes the lead, and which one.
 * @customfunction TIPPING
 * @helpurl help.html#offer-tipping
 * @param {any[][]} scope Scope ratings of two or more offers, each rated on all four criteria: 1-5 or a range such as "3-4" (its midpoint counts).
 * @param {any[][]} data_maturity Data maturity ratings: 1-5 or a range.
 * @param {any[][]} support Support ratings: 1-5 or a range.
 * @param {any[][]} growth Growth ratings: 1-5 or a range.
 * @param {any[][]} [weights] Four weights in criterion order. Default: equal.
 * @returns {any[][]} A header and one row per criterion: share now, lower share and leader below, higher share and leader above (shares 0-1, leaders by position; "" and none when no change).
 */
export function tippingFn(
  scope: any[][],
  data_maturity: any[][],
  support: any[][],
  growth: any[][],
  weights?: any[][],
): any[][] {
  return guard(() => tippingMatrix(scope, data_maturity, support, growth, weights));
}

/**
 * Derives the four criterion weights from six pairwise judgments (AHP) and reports how consistent they are.
 * @customfunction AHPWEIGHTS
 * @helpurl help.html#offer-ahpweights
 * @param {any[][]} judgments Six values from 1/9 to 9: scope vs data maturity, scope vs support, scope vs growth, data maturity vs support, data maturity vs growth, support vs growth. 3 means the first matters 3 times as much.
 * @returns {any[][]} One row: the weights of scope, data maturity, support and growth (summing to 1), then the consistency ratio (above 0.10: revisit a judgment).
 */
export function ahpweights(judgments: any[][]): any[][] {
  return guard(() => ahpMatrix(judgments));
}

/**
 * The lowest and highest score each offer can have: every rating range (such as "3-4") at its ends, and every blank as anywhere from 1 to 5.
 * @customfunction RANGE
 * @helpurl help.html#offer-range
 * @param {any[][]} scope Scope ratings: 1-5, a range such as "3-4" or "2 to 3", or blank.
 * @param {any[][]} data_maturity Data maturity ratings: 1-5, a range, or blank.
 * @param {any[][]} support Support ratings: 1-5, a range, or blank.
 * @param {any[][]} growth Growth ratings: 1-5, a range, or blank.
 * @param {any[][]} [weights] Four weights in criterion order. Default: equal.
 * @returns {any[][]} One row per offer: lowest and highest score, 0-100; blank for an offer with no ratings.
 */
export function rangeFn(
  scope: any[][],
  data_maturity: any[][],
  support: any[][],
  growth: any[][],
  weights?: any[][],
): any[][] {
  return guard(() => rangeMatrix(scope, data_maturity, support, growth, weights));
}

/**
 * Each offer's chance of coming first when every rating range, blank and (optionally) weight is drawn at random: the share of 10,000 scenarios it leads. Same answer on every recalculation.
 * @customfunction PFIRST
 * @helpurl help.html#offer-pfirst
 * @param {any[][]} scope Scope ratings of two or more offers: 1-5, a range such as "3-4", or blank (anywhere from 1 to 5).
 * @param {any[][]} data_maturity Data maturity ratings: 1-5, a range, or blank.
 * @param {any[][]} support Support ratings: 1-5, a range, or blank.
 * @param {any[][]} growth Growth ratings: 1-5, a range, or blank.
 * @param {any[][]} [weights] Four weights in criterion order. Default: equal.
 * @param {any} [weight_spread] How unsure the weights are, 0 to 0.9: 0.2 lets each vary by up to 20% either way. Default: 0.
 * @param {any} [samples] Scenarios to draw, a whole number from 1,000 to 100,000. Default: 10,000.
 * @returns {any[][]} One column: each offer's chance of coming first, 0-1 (format as %; the column adds up to 1); blank for an offer with no ratings.
 */
export function pfirst(
  scope: any[][],
  data_maturity: any[][],
  support: any[][],
  growth: any[][],
  weights?: any[][],
  weight_spread?: any,
  samples?: any,
): any[][] {
  return guard(() => pfirstMatrix(scope, data_maturity, support, growth, weights, weight_spread, samples));
}
