export * from "./types";
export { roundScore, SCORE_DECIMALS } from "./round";
// Rating ranges, score ranges and the chance of coming first (issue 10).
export {
  parseRatingRange,
  parseRatingMidpoint,
  parseRangeText,
  midpoint,
  isUnrated,
  formatRatingRange,
  WHOLE_SCALE,
} from "./ranges";
export type { RatingRange, RangedRating, OfferRanges } from "./ranges";
export { scoreRange, midpointRatings } from "./scoreRange";
export {
  pFirst,
  PFIRST_DEFAULT_SAMPLES,
  PFIRST_MIN_SAMPLES,
  PFIRST_MAX_SAMPLES,
  MAX_WEIGHT_SPREAD,
} from "./pfirst";
export type { PFirstOptions } from "./pfirst";
export { PFIRST_SEED, seedState, newState, nextUint32, nextUniform, fillUniform } from "./random";
export type { XoshiroState } from "./random";
export { scoreRatings, scoreFullyRated, scoreOffer, explainOffer } from "./score";
export { scopeFit, parseScopeType, parseRole } from "./scopeFit";
export { lean, roleFromLean, quizResult, borderlineRole, LEAN_THRESHOLD, MAX_DRIVER_GROUPS } from "./quiz";
export type { QuizResult, QuizDriver, DriverGroup, BorderlineRole, AnswerMove } from "./quiz";
export {
  roadmap,
  phaseLengthWeeks,
  startProjectWeeks,
  START_PROJECT_WEEKS,
  skillsToStress,
  BASE_HOURS_PER_WEEK,
  MIN_HOURS_PER_WEEK,
  MAX_HOURS_PER_WEEK,
  STRESS_AT_OR_BELOW,
} from "./roadmap";
export type { RoadmapPhase } from "./roadmap";
export { TIPPING_HEADERS, tipping, shareToWeight } from "./tipping";
export type { TippingResult, TippingRow } from "./tipping";
export { ahpWeights, AHP_PAIRS, CR_LIMIT, RANDOM_INDEX_4 } from "./ahp";
export type { AhpResult } from "./ahp";
export { recommend } from "./recommend";
export type { Recommendation, RankedOffer, RatingChange, PartialLeader } from "./recommend";
export { toExcelSerial, fromExcelSerial, serialToIso, MAX_EXCEL_SERIAL } from "./dates";
export {
  isBlank,
  parseRating,
  parseWeights,
  parseAnswers,
  parseJudgments,
  flattenVector,
  describe,
} from "./parse";
