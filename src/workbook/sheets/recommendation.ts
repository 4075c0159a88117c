/** The Recommendation sheet: the verdict, the role behind it, what would change the leader, and the ranking. */
import { CRITERIA, CRITERION_LABELS, ROLE_NAMES } from "../../scoring";
import { type Cell, type ColumnFormat, type SheetLayout } from "../layout";
import { evaluate, type Evaluation, type OfferInput, type PlanInput } from "../inputs";
import { QUIZ_NAME, describeDriver, plainMessage, tippingReason, verdictText } from "../verdict";
import {
  gridTable,
  heading,
  LEAN_FORMAT,
  LEAN_LABEL,
  POINTS_FORMAT,
  SCALE,
  widthOf,
  wrappedHeight,
  wrappedNote,
} from "./blocks";
import { CHART_NAME, SHEET_TITLES, TABLE_NAMES } from "./names";

export const RANKING_HEADERS = [
  "Rank",
  "Company",
  "Title",
  "Score",
  "Scope points",
  "Data maturity points",
  "Support points",
  "Growth points",
  "Deciding criterion vs runner-up",
  "Close call",
] as const;

export const CHART_POINTS = 20;

export function buildRecommendationLayout(
  plan: PlanInput,
  offers: readonly OfferInput[],
  ev: Evaluation = evaluate(plan, offers),
): SheetLayout {
  const rec = ev.recommendation;
  const quiz = ev.role.quiz;
  const nameOf = (i: number): string => {
    const o = ev.offers[i];
    return o && o.company.trim() !== "" ? o.company : `Offer ${i + 1}`;
  };
  const verdict = verdictText(ev);
  const widths = [22, 26, 24, 16, 11, 11, 11, 11, 30, 9];
  const fullWidth = RANKING_HEADERS.length;

  const roleRows: Cell[][] = [
    [LEAN_LABEL, quiz ? quiz.lean : null],
    [
      "Role",
      quiz
        ? ROLE_NAMES[quiz.role]
        : `${ROLE_NAMES.Hybrid} (default: ${ev.role.note ? plainMessage(ev.role.note) : `answer the ${QUIZ_NAME}`})`,
    ],
  ];
  for (let i = 0; i < 3; i++) {
    const d = quiz?.drivers[i];
    roleRows.push([i === 0 ? "What pushed it most" : "", d ? describeDriver(d, plan.answers) : ""]);
  }

  const w = plan.weights;
  const total = w[0] + w[1] + w[2] + w[3];
  const tippingRows: Cell[][] = CRITERIA.map((c, k) => {
    const row = rec.tipping?.rows[k];
    if (!row) return [CRITERION_LABELS[c], total > 0 ? w[k] / total : null, null, "Not available"];
    return [
      CRITERION_LABELS[c],
      row.currentShare,
      row.tippingWeight,
      row.newLeader === null ? "No single change" : nameOf(row.newLeader),
    ];
  });

  const ranked = rec.ranked.map((r, i): Cell[] => {
    const o = ev.offers[r.index];
    return [
      r.rank,
      nameOf(r.index),
      o ? o.title : "",
      r.score,
      r.contributions[0],
      r.contributions[1],
      r.contributions[2],
      r.contributions[3],
      i === 0 && rec.deciding
        ? `${CRITERION_LABELS[rec.deciding.criterion]} (+${rec.deciding.points.toFixed(1)} points)`
        : "",
      rec.closeCall && i < 2 ? "Yes" : "",
    ];
  });
  if (ranked.length === 0)
    ranked.push([null, "No scored offers yet", null, null, null, null, null, null, null, null]);

  const skippedNote =
    rec.skipped.length === 0
      ? ""
      : ` Left out: ${rec.skipped.length} offer${rec.skipped.length === 1 ? "" : "s"} (${rec.skipped
          .slice(0, 3)
          .map((s) => `${nameOf(s.index)}: ${s.reason}`)
          .join("; ")}${rec.skipped.length > 3 ? "; ..." : ""}).`;

  const pointsFormat: ColumnFormat = { numberFormat: POINTS_FORMAT, align: "center" };
  const shareFormat: ColumnFormat = { numberFormat: "0%", align: "center" };
  const rankingRow = 22;
  // The chart (drawn bars in a file) goes below the ranking, one row apart, from its Company column.
  const chartPoints = Math.min(CHART_POINTS, rec.ranked.length);
  const chartRow = rankingRow + 1 + Math.max(1, ranked.length) + 1;
  return {
    key: "recommendation",
    title: SHEET_TITLES.recommendation,
    blocks: [
      heading("title", 0, "Recommendation", "title"),
      wrappedNote(
        "intro",
        1,
        `From ${ev.offers.length} offer${ev.offers.length === 1 ? "" : "s"} on the Offers sheet and your weights. Write the recommendation again after changing them.${skippedNote}`,
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
      heading("roleHeading", 6, "Your role"),
      {
        key: "role",
        row: 7,
        col: 0,
        rows: roleRows,
        style: "keyValue",
        headerRows: 0,
        columns: [undefined, { numberFormat: LEAN_FORMAT, align: "left" }],
      },
      heading("tippingHeading", 13, "What would change the leader"),
      wrappedNote(
        "tippingNote",
        14,
        rec.tipping
          ? "For each criterion: the share of the total weight at which another offer would take the lead (the other weights keep their proportions)."
          : (tippingReason(ev) ??
              "Rate at least two offers on all four criteria to see what would change the leader."),
        widths,
        fullWidth,
      ),
      gridTable(
        "tipping",
        15,
        ["Criterion", "Weight share now", "Share that changes the leader", "New leader"],
        tippingRows,
        {
          tableName: TABLE_NAMES.tipping,
          wrapHeader: true,
          columns: [undefined, shareFormat, shareFormat, { wrap: true }],
        },
      ),
      heading("rankingHeading", rankingRow - 1, "Offers ranked"),
      gridTable("ranking", rankingRow, RANKING_HEADERS, ranked, {
        tableName: TABLE_NAMES.ranking,
        wrapHeader: true,
        columns: [
          { numberFormat: "0", align: "center" },
          { wrap: true },
          { wrap: true },
          { numberFormat: POINTS_FORMAT, align: "center", colorScale: SCALE },
          pointsFormat,
          pointsFormat,
          pointsFormat,
          pointsFormat,
          undefined,
          { align: "center" },
        ],
      }),
    ],
    names: [],
    charts:
      rec.ranked.length === 0
        ? []
        : [
            {
              name: CHART_NAME,
              kind: "bar",
              title: rec.ranked.length > CHART_POINTS ? `Scores (top ${CHART_POINTS})` : "Scores",
              seriesName: "Score",
              block: "ranking",
              categoryColumn: 1,
              valueColumn: 3,
              points: chartPoints,
              row: chartRow,
              col: 1,
              rowSpan: Math.max(12, chartPoints + 6),
              colSpan: 4,
            },
          ],
    columnWidths: widths,
  };
}
