export * from "./types";
export { roundScore, SCORE_DECIMALS } from "./round";
export { scoreRatings, scoreFullyRated, scoreOffer, explainOffer } from "./score";
export { scopeFit, parseScopeType, parseRole } from "./scopeFit";
export { lean, roleFromLean, quizResult, borderlineRole, LEAN_THRESHOLD } from "./quiz";
export type { QuizResult, QuizDriver, BorderlineRole, AnswerMove } from "./quiz";
export {
  roadmap,
  phaseLengthWeeks,
  skillsToStress,
  BASE_HOURS_PER_WEEK,
  MIN_HOURS_PER_WEEK,
  MAX_HOURS_PER_WEEK,
  STRESS_AT_OR_BELOW,
} from "./roadmap";
export type { RoadmapPhase } from "./roadmap";
export { tipping, shareToWeight } from "./tipping";
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
