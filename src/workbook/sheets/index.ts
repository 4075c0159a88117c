/**
 * The four sheet layouts (Offers, Assumptions, Recommendation, Roadmap), built from the person's plan
 * and the offers with the scoring module. Pure and renderer-neutral: see ../layout.ts for the rules
 * renderers follow. One file per sheet; blocks.ts holds the shapes they share.
 */
import { type SheetLayout } from "../layout";
import { evaluate, type Evaluation, type OfferInput, type PlanInput } from "../inputs";
import { buildAssumptionsLayout } from "./assumptions";
import { buildOffersLayout } from "./offers";
import { buildRecommendationLayout } from "./recommendation";
import { buildRoadmapLayout, type RoadmapLayoutOptions } from "./roadmap";

export { CHART_NAME, SHEET_TITLES, TABLE_NAMES, WEIGHTS_NAME } from "./names";
export { fitMessage, LEAN_LABEL, type Medium } from "./blocks";
export {
  buildOffersLayout,
  isAddinFormula,
  OFFER_FORMULA_COLUMNS,
  offerFormulas,
  type OffersLayoutOptions,
} from "./offers";
export { type AssumptionsLayoutOptions, buildAssumptionsLayout, WEIGHTS_BLOCK } from "./assumptions";
export {
  buildRecommendationLayout,
  CHART_DATA_HEADERS,
  CHART_POINTS,
  type LiveChances,
  RANKING_HEADERS,
  RECOMMENDATION_ROWS,
  type RecommendationLayoutOptions,
  TIPPING_HEADERS,
} from "./recommendation";
export {
  buildRoadmapLayout,
  MISTAKES_HEADERS,
  NO_SKILLS_CHECK,
  readMistakeTicks,
  ROADMAP_HEADERS,
  type RoadmapLayoutOptions,
} from "./roadmap";

/**
 * All four layouts, for renderers that write a whole workbook as a file (ExcelJS: the page's
 * download, the report CLI): their notes say what a file holds (values, no task pane), not what the
 * add-in does; the Office.js writer builds each sheet itself with the add-in's wording.
 */
export function buildWorkbookLayouts(
  plan: PlanInput,
  offers: readonly OfferInput[],
  opts: RoadmapLayoutOptions = {},
  // A caller that has evaluated already passes it: the chances and the verdict's settling rating
  // are the costly part, and are worked out once per evaluation.
  ev: Evaluation = evaluate(plan, offers),
): SheetLayout[] {
  return [
    buildOffersLayout(plan, { offers }),
    buildAssumptionsLayout(plan, { medium: "file" }),
    buildRecommendationLayout(plan, offers, ev, { medium: "file" }),
    buildRoadmapLayout(plan, { ...opts, medium: "file" }),
  ];
}
