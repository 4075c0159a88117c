/**
 * The workbook module: sheet layouts as plain data (for every renderer) and the Office.js writer.
 * The ExcelJS renderer imports the layout side only (layout, inputs, sheets, verdict).
 */
export * from "./layout";
export * from "./inputs";
export * from "./sheets";
export { verdictText, nearestTip } from "./verdict";
export {
  chancePercent,
  byChance,
  favourite,
  isCertain,
  tooWideToDecide,
  settlingRating,
  CLEAR_CHANCE_PERCENT,
  SETTLE_MIN_SPREAD,
} from "./certainty";
export type { SettlingRating, UncertainRating } from "./certainty";
export {
  setUpOffersSheet,
  writeRecommendation,
  writeRoadmap,
  writeWeights,
  loadSetting,
  saveSetting,
  parseRegistry,
  freeSheetName,
  toExcelInput,
  REGISTRY_KEY,
  DEFAULT_MAX_REQUEST_BYTES,
} from "./office";
export type { ExcelRun, WriterOptions, WriteResult, RecommendationWriteResult } from "./office";
