/** The sheet, table, range and chart names the layouts, the writers and the taskpane share. */

export const SHEET_TITLES = {
  offers: "Offers",
  assumptions: "Assumptions",
  recommendation: "Recommendation",
  roadmap: "Roadmap",
} as const;

export const TABLE_NAMES = {
  offers: "Offers",
  ranking: "OfferRanking",
  tipping: "OfferTipping",
  roadmap: "OfferRoadmap",
  mistakes: "OfferMistakes",
} as const;

export const WEIGHTS_NAME = "OfferWeights";
export const CHART_NAME = "OfferScoresChart";
