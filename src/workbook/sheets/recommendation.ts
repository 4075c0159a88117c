/**
 * The Recommendation sheet: the verdict, the role behind it with the two roles side by side (and the
 * hybrid-first advice where it applies), what would change the leader, and the ranking.
 */
import { ROLE_NAMES } from "../../scoring";
import { type Cell, type ColumnFormat, type SheetLayout } from "../layout";
import { evaluate, type Evaluation, type OfferInput, type PlanInput } from "../inputs";
import { QUIZ_NAME, plainMessage, tippingReason, verdictText } from "../verdict";
import { driverLines, driversTitle } from "../drivers";
import { comparisonRows, roleAdvice } from "../guide";
import {
  gridTable,
  heading,
  LEAN_FORMAT,
  LEAN_LABEL,
  type Medium,
  POINTS_FORMAT,
  SCALE,
  SHARE_FORMAT,
  widthOf,
  wrappedHeight,
  wrappedNote,
} from "./blocks";
import { CHART_NAME, SHEET_TITLES, TABLE_NAMES } from "./names";
import {
  borderlineText,
  CHART_DATA_HEADERS,
  chartDataRows,
  type LiveChances,
  RANKING_HEADERS,
  rankingNote,
  rankingRows,
  rankingName,
  TIPPING_HEADERS,
  tippingRows,
} from "./recommendationTables";

export {
  CHART_DATA_HEADERS,
  type LiveChances,
  RANKING_HEADERS,
  TIPPING_HEADERS,
} from "./recommendationTables";

export const CHART_POINTS = 20;

export interface RecommendationLayoutOptions {
  /**
   * Where the live Offers table is: Chance first is then a live OFFER.PFIRST formula over it.
   * Without it (a file, or an Offers table the formula cannot name) the chances are values.
   */
  readonly live?: LiveChances;
  /** Default "addin": the sheet is written again with the task pane's Write recommendation. */
  readonly medium?: Medium;
}

/**
 * Sheet rows (0-based) of the sheet's fixed parts: the role card (with its "Borderline" row), the two
 * roles compared under it (header row; the advice line follows the five rows), the two tables.
 */
export const RECOMMENDATION_ROWS = { role: 7, compare: 15, tipping: 25, ranking: 33 } as const;

/**
 * Why the role is the Hybrid default, mid-sentence: no answers at all said plainly, with where to
 * give them (the sheet is the same in the add-in, the page's download and the report command's
 * file, so it names each); otherwise the scoring module's reason (one side unanswered).
 */
/** The "Borderline" row when no one-step change moves the role: a plain No, with why. */
export function notBorderlineText(answered: boolean): string {
  return answered
    ? "No: moving any one answer by one step would leave the role as it is"
    : "No: there is no lean yet to be near another role";
}

export function defaultRoleReason(plan: PlanInput, ev: Evaluation): string {
  if (plan.answers.every((a) => a === null)) {
    return `no ${QUIZ_NAME} answers were given; answer its ${plan.answers.length} statements in the task pane or on the page, or for a report file put them in the answers file given with --answers`;
  }
  const reason = ev.role.note ? plainMessage(ev.role.note) : `answer the ${QUIZ_NAME}`;
  return reason.charAt(0).toLowerCase() + reason.slice(1);
}

export function buildRecommendationLayout(
  plan: PlanInput,
  offers: readonly OfferInput[],
  ev: Evaluation = evaluate(plan, offers),
  opts: RecommendationLayoutOptions = {},
): SheetLayout {
  const rec = ev.recommendation;
  const quiz = ev.role.quiz;
  const verdict = verdictText(ev);
  // Columns D and F carry the tipping table's leader texts (wrapped) above the ranking's Score and Chance first.
  const widths = [22, 26, 24, 24, 14, 24, 9, 9, 11, 11, 11, 11, 30];
  const fullWidth = RANKING_HEADERS.length;

  const roleRows: Cell[][] = [
    [LEAN_LABEL, quiz ? quiz.lean : null],
    ["Role", quiz ? ROLE_NAMES[quiz.role] : `${ROLE_NAMES.Hybrid} (default: ${defaultRoleReason(plan, ev)})`],
  ];
  // Without a lean there is nothing to explain: say so rather than leave the rows blank.
  const drivers = quiz
    ? driverLines(quiz, plan.answers)
    : ["Nothing yet: the role is the default, not a lean from your answers"];
  for (let i = 0; i < 3; i++) {
    roleRows.push([i === 0 ? driversTitle(quiz ? quiz.role : "DS") : "", drivers[i] ?? ""]);
  }
  roleRows.push(["Borderline", borderlineText(ev) || notBorderlineText(quiz !== null)]);

  const compare = comparisonRows(ev.role.role);
  const advice = roleAdvice(ev.role.role, {
    answered: quiz !== null,
    borderline: ev.borderline.length > 0,
  });
  const adviceRow = RECOMMENDATION_ROWS.compare + 1 + compare.rows.length;

  const ranking = rankingRows(ev, opts.live);
  const skippedNote =
    rec.skipped.length === 0
      ? ""
      : ` Left out: ${rec.skipped.length} offer${rec.skipped.length === 1 ? "" : "s"} (${rec.skipped
          .slice(0, 3)
          .map((s) => `${rankingName(ev, s.index)}: ${s.reason}`)
          .join("; ")}${rec.skipped.length > 3 ? "; ..." : ""}).`;

  const pointsFormat: ColumnFormat = { numberFormat: POINTS_FORMAT, align: "center" };
  const shareFormat: ColumnFormat = { numberFormat: SHARE_FORMAT, align: "center" };
  const center: ColumnFormat = { align: "center" };
  const { tipping: tippingRow, ranking: rankingRow } = RECOMMENDATION_ROWS;
  // The chart goes below the ranking, one row apart, its numbers (lowest, score, highest) on its left.
  const chartPoints = Math.min(CHART_POINTS, rec.ranked.length);
  const chartRow = rankingRow + 1 + ranking.length + 1;
  const rankNote = rankingNote(ev, opts.live);
  const tippingNote = rec.tipping
    ? "For each criterion: the share of the total weight at which another offer would be strictly ahead, going down and going up " +
      "(the other weights keep their proportions), and who would lead beyond it, with the raw weight that share means if you " +
      "change only this weight. A tie at 0% or 100% is not a lead, so it is not listed; none: no share that way changes the leader."
    : (tippingReason(ev) ??
      "Rate at least two offers on all four criteria to see what would change the leader.");
  return {
    key: "recommendation",
    title: SHEET_TITLES.recommendation,
    blocks: [
      heading("title", 0, "Recommendation", "title"),
      wrappedNote(
        "intro",
        1,
        `From ${ev.offers.length} offer${ev.offers.length === 1 ? "" : "s"} on the Offers sheet and your weights. ${
          opts.medium === "file"
            ? "It holds what was computed when this file was made, and stays as it is when a rating or a weight changes."
            : "Write the recommendation again after changing them."
        }${skippedNote}`,
        widths,
        fullWidth,
      ),
      heading("verdictHeading", 3, "Verdict"),
      {
        key: "verdict",
        row: 4,
        col: 0,
        rows: [[verdict]],
        style: "paragraph",
        headerRows: 0,
        mergeColumns: fullWidth,
        rowHeight: wrappedHeight(verdict, widthOf(widths, 0, fullWidth), 2),
      },
      heading("roleHeading", RECOMMENDATION_ROWS.role - 1, "Your role"),
      {
        key: "role",
        row: RECOMMENDATION_ROWS.role,
        col: 0,
        rows: roleRows,
        style: "keyValue",
        headerRows: 0,
        columns: [undefined, { numberFormat: LEAN_FORMAT, align: "left" }],
      },
      heading("compareHeading", RECOMMENDATION_ROWS.compare - 1, "The two roles side by side"),
      gridTable("compare", RECOMMENDATION_ROWS.compare, compare.header, compare.rows, {
        wrapHeader: true,
        columns: [undefined, { wrap: true }, { wrap: true }],
      }),
      ...(advice === null
        ? []
        : [{ ...wrappedNote("advice", adviceRow, advice, widths, fullWidth), style: "paragraph" as const }]),
      heading("tippingHeading", tippingRow - 2, "What would change the leader"),
      wrappedNote("tippingNote", tippingRow - 1, tippingNote, widths, fullWidth),
      gridTable("tipping", tippingRow, TIPPING_HEADERS, tippingRows(ev), {
        tableName: TABLE_NAMES.tipping,
        wrapHeader: true,
        columns: [undefined, shareFormat, shareFormat, { wrap: true }, shareFormat, { wrap: true }],
      }),
      heading("rankingHeading", rankingRow - 2, "Offers ranked"),
      wrappedNote("rankingNote", rankingRow - 1, rankNote, widths, fullWidth),
      gridTable("ranking", rankingRow, RANKING_HEADERS, ranking, {
        tableName: TABLE_NAMES.ranking,
        wrapHeader: true,
        columns: [
          { numberFormat: "0", align: "center" },
          { wrap: true },
          { wrap: true },
          { numberFormat: POINTS_FORMAT, align: "center", colorScale: SCALE },
          center,
          { numberFormat: "0%", align: "center" },
          center,
          center,
          pointsFormat,
          pointsFormat,
          pointsFormat,
          pointsFormat,
          { wrap: true },
        ],
      }),
      ...(chartPoints === 0
        ? []
        : [
            gridTable("chartData", chartRow, CHART_DATA_HEADERS, chartDataRows(ev, chartPoints), {
              columns: [{ wrap: true }, pointsFormat, pointsFormat, pointsFormat],
            }),
          ]),
    ],
    names: [],
    charts:
      chartPoints === 0
        ? []
        : [
            {
              name: CHART_NAME,
              kind: "bar",
              title:
                rec.ranked.length > CHART_POINTS
                  ? `Scores with their ranges (top ${CHART_POINTS})`
                  : "Scores with their ranges",
              block: "chartData",
              categoryColumn: 0,
              series: [
                { name: CHART_DATA_HEADERS[1], column: 1 },
                { name: CHART_DATA_HEADERS[2], column: 2 },
                { name: CHART_DATA_HEADERS[3], column: 3 },
              ],
              points: chartPoints,
              row: chartRow,
              col: CHART_DATA_HEADERS.length,
              rowSpan: Math.max(12, chartPoints + 6),
              colSpan: 5,
            },
          ],
    columnWidths: widths,
  };
}
