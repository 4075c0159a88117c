/**
 * The four sheet layouts, built from the person's plan and the offers with the scoring module.
 * Pure and renderer-neutral: see layout.ts for the rules renderers follow.
 */
import {
  CRITERIA,
  CRITERION_LABELS,
  recommend,
  ROLE_NAMES,
  roadmap,
  SCOPE_TYPES,
  scopeFit,
  serialToIso,
  skillsToStress,
  type Role,
} from "../scoring";
import { CHECKLIST, LIKERT_LABELS, RUBRIC, SCOPE_TYPE_LABELS, SKILLS } from "../content";
import { type Block, type Cell, type ColumnFormat, type InputMessage, type SheetLayout } from "./layout";
import {
  EXAMPLE_OFFERS,
  evaluate,
  type Evaluation,
  OFFER_COLUMNS,
  type OfferInput,
  offerRatings,
  type PlanInput,
  resolveRole,
} from "./inputs";
import { QUIZ_NAME, describeDriver, plainMessage, tippingReason, verdictText } from "./verdict";

/* ---------- names the writers and the taskpane share ---------- */

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
} as const;

export const WEIGHTS_NAME = "OfferWeights";
export const CHART_NAME = "OfferScoresChart";

const TABLE_STYLE = "TableStyleMedium2";
const SCALE = { low: "#F8696B", mid: "#FFEB84", high: "#63BE7B" };
/** Ratings are 1..5 with halves: General shows 3 and 3.5 (Excel shows "0.##" as "3."). */
const RATING_FORMAT = "General";
const DATE_FORMAT = "yyyy-mm-dd";
/** Shares of the total weight, and weights that sum to 1. */
const SHARE_FORMAT = "0.0%";
const POINTS_FORMAT = "0.0";
/** The quiz's lean, -1..+1, with the side it leans to. */
const LEAN_FORMAT = '+0.00" toward ML Engineer";-0.00" toward Data Scientist";0.00" (balanced)"';
export const LEAN_LABEL = "Lean (-1 to +1)";

/** The sum of the column widths (characters) from `from` over `count` columns. */
function widthOf(widths: readonly (number | undefined)[], from: number, count: number): number {
  return widths.slice(from, from + count).reduce<number>((a, w) => a + (w ?? 8.43), 0);
}

/** Row height (points) for text wrapped over a width in characters: 15 points a line, 2 lines at least. */
function wrappedHeight(text: string, widthChars: number, minLines = 1): number {
  // Italic and proportional text runs about 1.1 characters per character of width.
  const perLine = Math.max(1, Math.floor(widthChars * 1.1) - 4);
  const lines = text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
  return Math.min(409, Math.max(minLines, lines) * 15);
}

/** A note across `cols` columns that wraps instead of running off the page. */
function wrappedNote(
  key: string,
  row: number,
  text: string,
  widths: readonly (number | undefined)[],
  cols: number,
): Block {
  return {
    key,
    row,
    col: 0,
    rows: [[text]],
    style: "note",
    headerRows: 0,
    mergeColumns: cols,
    rowHeight: wrappedHeight(text, widthOf(widths, 0, cols)),
  };
}

/* ---------- small helpers ---------- */

/** Joins lines into an Excel input message, shortening each line evenly to fit `max` characters. */
export function fitMessage(lines: readonly string[], max = 255): string {
  const joined = lines.join("\n");
  if (joined.length <= max) return joined;
  const budget = Math.floor((max - (lines.length - 1)) / lines.length);
  return lines
    .map((l) => (l.length <= budget ? l : l.slice(0, Math.max(0, budget - 3)).trimEnd() + "..."))
    .join("\n")
    .slice(0, max);
}

function fitTitle(t: string): string {
  return t.length <= 32 ? t : t.slice(0, 31) + ".";
}

function ratingValidation(label: string, levels: readonly string[]): ColumnFormat["validation"] {
  return {
    kind: "decimal",
    min: 1,
    max: 5,
    prompt: {
      title: fitTitle(`${label}: rate 1 to 5`),
      message: fitMessage(levels.map((l, i) => `${i + 1}: ${l}`)),
    },
    error: {
      title: fitTitle(`${label} is rated 1 to 5`),
      message:
        "Enter a rating from 1 (worst) to 5 (best); halves such as 3.5 are fine. Leave the cell blank if you don't know yet.",
    },
  };
}

function heading(key: string, row: number, text: string, style: Block["style"] = "heading"): Block {
  return { key, row, col: 0, rows: [[text]], style, headerRows: 0 };
}

/* ---------- Offers ---------- */

/** The formulas of the Offers table's computed columns. */
export function offerFormulas(
  role: Role,
  weightsName: string = WEIGHTS_NAME,
): { scope: string; score: string; rank: string } {
  return {
    scope: `=IF([@[Scope type]]="","",OFFER.SCOPEFIT([@[Scope type]],"${role}"))`,
    score: `=OFFER.SCORE([@Scope],[@[Data maturity]],[@Support],[@Growth],${weightsName})`,
    rank: `=IF([@Score]="","",RANK.EQ([@Score],[Score]))`,
  };
}

/** The formula columns of the Offers table, and how to recognise the add-in's own formula in a cell. */
export const OFFER_FORMULA_COLUMNS = [
  { column: "Scope", key: "scope", marker: "OFFER.SCOPEFIT(" },
  { column: "Score", key: "score", marker: "OFFER.SCORE(" },
  { column: "Rank", key: "rank", marker: "RANK.EQ(" },
] as const;

export function isAddinFormula(
  column: (typeof OFFER_FORMULA_COLUMNS)[number]["column"],
  formula: unknown,
): boolean {
  const spec = OFFER_FORMULA_COLUMNS.find((c) => c.column === column);
  return (
    !!spec &&
    typeof formula === "string" &&
    formula.startsWith("=") &&
    formula.toUpperCase().includes(spec.marker)
  );
}

export interface OffersLayoutOptions {
  /** The rows to show (default: the two examples). */
  readonly offers?: readonly OfferInput[];
  readonly weightsName?: string;
  readonly tableName?: string;
}

export function buildOffersLayout(plan: PlanInput, opts: OffersLayoutOptions = {}): SheetLayout {
  const { role } = resolveRole(plan);
  const offers = opts.offers ?? EXAMPLE_OFFERS;
  const f = offerFormulas(role, opts.weightsName ?? WEIGHTS_NAME);
  const ratings = offers.map((o) => offerRatings(o, role));
  const rec = recommend(ratings, plan.weights);
  const byIndex = new Map(rec.ranked.map((r) => [r.index, r]));
  const scores = offers.map((_, i) => byIndex.get(i)?.score ?? null);
  const rank = (i: number): number | null => byIndex.get(i)?.rank ?? null;
  const body: Cell[][] = offers.map((o, i) => [
    o.company,
    o.title,
    o.scopeType === "" ? null : o.scopeType,
    o.scope !== null ? o.scope : { formula: f.scope, value: ratings[i][0] },
    o.dataMaturity,
    o.support,
    o.growth,
    o.notes === "" ? null : o.notes,
    { formula: f.score, value: scores[i] },
    { formula: f.rank, value: rank(i) },
  ]);
  if (body.length === 0) {
    body.push([
      null,
      null,
      null,
      { formula: f.scope, value: null },
      null,
      null,
      null,
      null,
      { formula: f.score, value: null },
      { formula: f.rank, value: null },
    ]);
  }
  const scopeTypePrompt: InputMessage = {
    title: "Scope type",
    message: fitMessage(
      SCOPE_TYPES.map((t) => `${t}: ${SCOPE_TYPE_LABELS[t]}`).concat(
        "Scope then follows your role; type a 1-5 rating over it to use your own.",
      ),
    ),
  };
  const center = "center" as const;
  const columns: (ColumnFormat | undefined)[] = [
    { wrap: true },
    { wrap: true },
    {
      validation: {
        kind: "list",
        items: SCOPE_TYPES,
        prompt: scopeTypePrompt,
        error: { title: "Scope type", message: `Pick one of: ${SCOPE_TYPES.join(", ")}.` },
      },
    },
    {
      numberFormat: RATING_FORMAT,
      align: center,
      validation: ratingValidation("Scope", RUBRIC.scope.levels),
    },
    {
      numberFormat: RATING_FORMAT,
      align: center,
      validation: ratingValidation("Data maturity", RUBRIC.dataMaturity.levels),
    },
    {
      numberFormat: RATING_FORMAT,
      align: center,
      validation: ratingValidation("Support", RUBRIC.support.levels),
    },
    {
      numberFormat: RATING_FORMAT,
      align: center,
      validation: ratingValidation("Growth", RUBRIC.growth.levels),
    },
    { wrap: true },
    { numberFormat: POINTS_FORMAT, align: center, colorScale: SCALE },
    { numberFormat: "0", align: center },
  ];
  const widths = [24, 24, 13, 8, 9, 9, 9, 40, 8, 7];
  return {
    key: "offers",
    title: SHEET_TITLES.offers,
    blocks: [
      heading("title", 0, "Offers", "title"),
      wrappedNote(
        "intro",
        1,
        `One row per offer. Rate data maturity, support and growth from 1 to 5; pick a scope type and Scope fills in for the ${ROLE_NAMES[role]} path (type your own 1-5 over it if you prefer). Score and Rank update by themselves.`,
        widths,
        OFFER_COLUMNS.length,
      ),
      {
        key: "offers",
        row: 3,
        col: 0,
        rows: [[...OFFER_COLUMNS], ...body],
        style: "grid",
        headerRows: 1,
        table: { name: opts.tableName ?? TABLE_NAMES.offers, style: TABLE_STYLE },
        columns,
        verticalAlign: "top",
        wrapHeader: true,
        createOnly: true,
      },
    ],
    names: [],
    charts: [],
    columnWidths: widths,
    valueNote: {
      row: 2,
      col: 0,
      text: "Scope, Score and Rank hold the values computed when this file was made; in Excel with the Offer Evaluator add-in they are live OFFER.* formulas.",
    },
  };
}

/* ---------- Assumptions ---------- */

export interface AssumptionsLayoutOptions {
  readonly weightsName?: string;
}

/** Where the weights sit on the Assumptions sheet (the named range). */
export const WEIGHTS_BLOCK = { key: "weights", row: 4, col: 0 } as const;

export function buildAssumptionsLayout(plan: PlanInput, opts: AssumptionsLayoutOptions = {}): SheetLayout {
  const roleInfo = resolveRole(plan);
  const w = plan.weights;
  const total = w[0] + w[1] + w[2] + w[3];
  const wRow = WEIGHTS_BLOCK.row + 1; // sheet row of the weights
  const sumRef = `$B$${wRow + 1}:$E$${wRow + 1}`;
  const share = (k: number): Cell => ({
    formula: `=${String.fromCharCode(66 + k)}${wRow + 1}/SUM(${sumRef})`,
    value: total > 0 ? w[k] / total : null,
  });
  // The add-in writes weights that sum to 1 (the task pane's percentages): shown as percentages too.
  const weightFormat: ColumnFormat = {
    numberFormat: Math.abs(total - 1) < 1e-9 ? SHARE_FORMAT : "General",
    align: "center",
  };
  const shareFormat: ColumnFormat = { numberFormat: SHARE_FORMAT, align: "center" };
  const weights: Block = {
    key: WEIGHTS_BLOCK.key,
    row: WEIGHTS_BLOCK.row,
    col: WEIGHTS_BLOCK.col,
    rows: [
      ["", ...CRITERIA.map((c) => CRITERION_LABELS[c])],
      ["Weight", w[0], w[1], w[2], w[3]],
    ],
    style: "grid",
    headerRows: 1,
    columns: [undefined, weightFormat, weightFormat, weightFormat, weightFormat],
  };
  // Its own block: the share row has its own format (always a percentage).
  const weightShares: Block = {
    key: "weightShares",
    row: WEIGHTS_BLOCK.row + 2,
    col: WEIGHTS_BLOCK.col,
    rows: [["Share of the total", share(0), share(1), share(2), share(3)]],
    style: "grid",
    headerRows: 0,
    columns: [undefined, shareFormat, shareFormat, shareFormat, shareFormat],
  };
  const rubric: Block = {
    key: "rubric",
    row: 9,
    col: 0,
    rows: [
      ["Criterion", "The question", "1 means", "2 means", "3 means", "4 means", "5 means"],
      ...CRITERIA.map((c): Cell[] => [CRITERION_LABELS[c], RUBRIC[c].question, ...RUBRIC[c].levels]),
    ],
    style: "grid",
    headerRows: 1,
    verticalAlign: "top",
    columns: [
      undefined,
      { wrap: true },
      { wrap: true },
      { wrap: true },
      { wrap: true },
      { wrap: true },
      { wrap: true },
    ],
  };
  const roles: Role[] = ["DS", "MLE", "Hybrid"];
  const scopeFitBlock: Block = {
    key: "scopeFit",
    row: 16,
    col: 0,
    rows: [
      ["Scope type", "What the job is mostly about", ...roles.map((r) => `${ROLE_NAMES[r]} scope`)],
      ...SCOPE_TYPES.map((t): Cell[] => [t, SCOPE_TYPE_LABELS[t], ...roles.map((r) => scopeFit(t, r))]),
    ],
    style: "grid",
    headerRows: 1,
    verticalAlign: "top",
    wrapHeader: true,
    columns: [undefined, { wrap: true }, { align: "center" }, { align: "center" }, { align: "center" }],
  };
  const quiz: Block = {
    key: "quiz",
    row: 24,
    col: 0,
    rows: [
      ["Statement", "What it says", "Leans toward", "Your answer", "Meaning"],
      ...CHECKLIST.map((item, i): Cell[] => {
        const a = plan.answers[i] ?? null;
        return [
          `${i + 1}. ${item.short}`,
          item.statement,
          item.side === "DS" ? ROLE_NAMES.DS : ROLE_NAMES.MLE,
          a,
          a === null ? "Not answered" : (LIKERT_LABELS[Math.round(a) - 1] ?? ""),
        ];
      }),
    ],
    style: "grid",
    headerRows: 1,
    verticalAlign: "top",
    columns: [undefined, { wrap: true }, undefined, { align: "center" }],
  };
  const result: Block = {
    key: "quizResult",
    row: 34,
    col: 0,
    rows: [
      [LEAN_LABEL, roleInfo.quiz ? roleInfo.quiz.lean : null],
      ["Role used for scope", ROLE_NAMES[roleInfo.role]],
      ["", roleInfo.note ?? ""],
    ],
    style: "keyValue",
    headerRows: 0,
    columns: [undefined, { numberFormat: LEAN_FORMAT, align: "left" }],
  };
  const weightsName = opts.weightsName ?? WEIGHTS_NAME;
  return {
    key: "assumptions",
    title: SHEET_TITLES.assumptions,
    blocks: [
      heading("title", 0, "Assumptions", "title"),
      heading(
        "intro",
        1,
        `Everything the scores rest on. The weights (row ${wRow + 1}) are the named range ${weightsName}: change them in the task pane and every Score recalculates.`,
        "note",
      ),
      heading("weightsHeading", 3, "What matters in an offer"),
      weights,
      weightShares,
      heading("rubricHeading", 8, "The rubric: what each rating means"),
      rubric,
      heading("scopeFitHeading", 15, "Scope rating for each kind of job and role (OFFER.SCOPEFIT)"),
      scopeFitBlock,
      heading("quizHeading", 23, `Your ${QUIZ_NAME} answers`),
      quiz,
      result,
    ],
    names: [
      {
        name: weightsName,
        block: WEIGHTS_BLOCK.key,
        row: 1,
        col: 1,
        rows: 1,
        cols: 4,
        comment: "Offer Evaluator: weights for scope, data maturity, support, growth",
      },
    ],
    charts: [],
    columnWidths: [34, 44, 24, 24, 24, 24, 24],
    valueNote: {
      row: 2,
      col: 0,
      text: "Formula cells hold the values computed when this file was made.",
    },
  };
}

/* ---------- Recommendation ---------- */

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
      {
        key: "tipping",
        row: 15,
        col: 0,
        rows: [
          ["Criterion", "Weight share now", "Share that changes the leader", "New leader"],
          ...tippingRows,
        ],
        style: "grid",
        headerRows: 1,
        table: { name: TABLE_NAMES.tipping, style: TABLE_STYLE },
        verticalAlign: "top",
        wrapHeader: true,
        columns: [undefined, shareFormat, shareFormat, { wrap: true }],
      },
      heading("rankingHeading", rankingRow - 1, "Offers ranked"),
      {
        key: "ranking",
        row: rankingRow,
        col: 0,
        rows: [[...RANKING_HEADERS], ...ranked],
        style: "grid",
        headerRows: 1,
        table: { name: TABLE_NAMES.ranking, style: TABLE_STYLE },
        verticalAlign: "top",
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
      },
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

/* ---------- Roadmap ---------- */

export const ROADMAP_HEADERS = [
  "Phase",
  "Weeks",
  "Start",
  "End",
  "Focus",
  "Topics",
  "Skills to stress",
  "Proof of progress",
  "Done",
] as const;

export interface RoadmapLayoutOptions {
  /** Done ticks to keep, by phase (index 0 = phase 1). */
  readonly done?: readonly (boolean | null | undefined)[];
}

export function buildRoadmapLayout(plan: PlanInput, opts: RoadmapLayoutOptions = {}): SheetLayout {
  const { role } = resolveRole(plan);
  const phases = roadmap(role, { startSerial: plan.startSerial, hoursPerWeek: plan.hoursPerWeek });
  const stress = skillsToStress(role, plan.skills);
  const skillName = (id: string): string => SKILLS.find((s) => s.id === id)?.name ?? id;
  const rows: Cell[][] = phases.map((p, i) => [
    p.phase,
    p.weeks,
    p.startSerial,
    p.endSerial,
    p.focus,
    p.topics,
    stress[i].length > 0 ? stress[i].map(skillName).join(", ") : "None flagged by your skills check",
    p.proof,
    opts.done?.[i] === true,
  ]);
  const weeks = phases[0].weekTo - phases[0].weekFrom + 1;
  const when =
    plan.startSerial === null
      ? "No start date set, so the phases are not dated."
      : `Starts ${serialToIso(plan.startSerial)}.`;
  return {
    key: "roadmap",
    title: SHEET_TITLES.roadmap,
    blocks: [
      heading("title", 0, "Roadmap", "title"),
      heading(
        "intro",
        1,
        `${ROLE_NAMES[role]} plan at ${plan.hoursPerWeek} hours a week: four phases of ${weeks} week${weeks === 1 ? "" : "s"}. ${when}`,
        "note",
      ),
      heading(
        "doneNote",
        2,
        "Set Done to TRUE as you finish a phase; writing the roadmap again keeps your ticks.",
        "note",
      ),
      {
        key: "roadmap",
        row: 4,
        col: 0,
        rows: [[...ROADMAP_HEADERS], ...rows],
        style: "grid",
        headerRows: 1,
        table: { name: TABLE_NAMES.roadmap, style: TABLE_STYLE },
        verticalAlign: "top",
        columns: [
          { numberFormat: "0", align: "center" },
          { align: "center" },
          { numberFormat: DATE_FORMAT, align: "center" },
          { numberFormat: DATE_FORMAT, align: "center" },
          { wrap: true },
          { wrap: true },
          { wrap: true },
          { wrap: true },
          {
            align: "center",
            validation: {
              kind: "list",
              items: ["TRUE", "FALSE"],
              prompt: {
                title: "Done?",
                message: "TRUE when you have finished this phase and its proof item.",
              },
            },
          },
        ],
      },
    ],
    names: [],
    charts: [],
    columnWidths: [8, 9, 12, 12, 24, 44, 26, 40, 8],
  };
}

/** All four layouts, for renderers that write a whole workbook (ExcelJS). */
export function buildWorkbookLayouts(
  plan: PlanInput,
  offers: readonly OfferInput[],
  opts: RoadmapLayoutOptions = {},
): SheetLayout[] {
  return [
    buildOffersLayout(plan, { offers }),
    buildAssumptionsLayout(plan),
    buildRecommendationLayout(plan, offers),
    buildRoadmapLayout(plan, opts),
  ];
}
