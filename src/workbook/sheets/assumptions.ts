/** The Assumptions sheet: the weights (a named range), the rubric, scope fit by role, and the quiz answers. */
import { CRITERIA, CRITERION_LABELS, ROLE_NAMES, SCOPE_TYPES, scopeFit, type Role } from "../../scoring";
import { CHECKLIST, LIKERT_LABELS, RUBRIC, SCOPE_TYPE_LABELS } from "../../content";
import { type Block, type Cell, type ColumnFormat, type SheetLayout } from "../layout";
import { type PlanInput, resolveRole } from "../inputs";
import { QUIZ_NAME } from "../verdict";
import { gridTable, heading, LEAN_FORMAT, LEAN_LABEL, type Medium, SHARE_FORMAT } from "./blocks";
import { SHEET_TITLES, WEIGHTS_NAME } from "./names";

export interface AssumptionsLayoutOptions {
  readonly weightsName?: string;
  /** Default "addin": the weights drive live Score formulas. */
  readonly medium?: Medium;
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
  // Weights are raw numbers, never shown as percentages (even when they sum to 1, as the task pane
  // writes them): the tipping table says "scope weight 0.45 instead of 0.3" in these units, and the
  // share of the total is the row below.
  const weightFormat: ColumnFormat = {
    numberFormat: Math.abs(total - 1) < 1e-9 ? "0.00" : "General",
    align: "center",
  };
  const shareFormat: ColumnFormat = { numberFormat: SHARE_FORMAT, align: "center" };
  const weights: Block = {
    key: WEIGHTS_BLOCK.key,
    row: WEIGHTS_BLOCK.row,
    col: WEIGHTS_BLOCK.col,
    rows: [
      ["", ...CRITERIA.map((c) => CRITERION_LABELS[c])],
      ["Weight (as set)", w[0], w[1], w[2], w[3]],
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
  const rubric = gridTable(
    "rubric",
    9,
    ["Criterion", "The question", "1 means", "2 means", "3 means", "4 means", "5 means"],
    CRITERIA.map((c): Cell[] => [CRITERION_LABELS[c], RUBRIC[c].question, ...RUBRIC[c].levels]),
    {
      columns: [
        undefined,
        { wrap: true },
        { wrap: true },
        { wrap: true },
        { wrap: true },
        { wrap: true },
        { wrap: true },
      ],
    },
  );
  const roles: Role[] = ["DS", "MLE", "Hybrid"];
  const scopeFitBlock = gridTable(
    "scopeFit",
    16,
    ["Scope type", "What the job is mostly about", ...roles.map((r) => `${ROLE_NAMES[r]} scope`)],
    SCOPE_TYPES.map((t): Cell[] => [t, SCOPE_TYPE_LABELS[t], ...roles.map((r) => scopeFit(t, r))]),
    {
      wrapHeader: true,
      columns: [undefined, { wrap: true }, { align: "center" }, { align: "center" }, { align: "center" }],
    },
  );
  const quiz = gridTable(
    "quiz",
    24,
    ["Statement", "What it says", "Leans toward", "Your answer", "Meaning"],
    CHECKLIST.map((item, i): Cell[] => {
      const a = plan.answers[i] ?? null;
      return [
        `${i + 1}. ${item.short}`,
        item.statement,
        item.side === "DS" ? ROLE_NAMES.DS : ROLE_NAMES.MLE,
        a,
        a === null ? "Not answered" : (LIKERT_LABELS[Math.round(a) - 1] ?? ""),
      ];
    }),
    { columns: [undefined, { wrap: true }, undefined, { align: "center" }] },
  );
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
  // In a file Score holds values, so a weight typed here moves only the shares below it.
  const weightsEffect =
    opts.medium === "file"
      ? "In this file Score holds the values computed when it was made, so changing a weight here does not change the scores."
      : "Change them in the task pane and every Score recalculates.";
  return {
    key: "assumptions",
    title: SHEET_TITLES.assumptions,
    blocks: [
      heading("title", 0, "Assumptions", "title"),
      heading(
        "intro",
        1,
        `Everything the scores rest on. The weights (row ${wRow + 1}) are the named range ${weightsName}. ${weightsEffect}`,
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
