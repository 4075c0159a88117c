/**
 * The workbook module: sheet layouts as plain data (for every renderer) and the Office.js writer.
 * The ExcelJS renderer imports the layout side only (layout, inputs, sheets, verdict).
 */
export * from "./layout";
export * from "./inputs";
export * from "./sheets";
export { verdictText, nearestTip } from "./verdict";
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
