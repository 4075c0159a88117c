/** The Offers sheet: the person's table of offers, with the add-in's Scope, Score and Rank formulas. */
import { CRITERION_LABELS, recommend, ROLE_NAMES, SCOPE_TYPES, scopeFit, type Role } from "../../scoring";
import { RUBRIC, SCOPE_TYPE_LABELS } from "../../content";
import { type Cell, type ColumnFormat, type InputMessage, type SheetLayout } from "../layout";
import {
  EXAMPLE_OFFERS,
  OFFER_COLUMNS,
  type OfferInput,
  readOfferCells,
  scoredRatings,
  type PlanInput,
  resolveRole,
} from "../inputs";
import {
  fitMessage,
  gridTable,
  heading,
  POINTS_FORMAT,
  RATING_FORMAT,
  ratingValidation,
  SCALE,
  wrappedNote,
} from "./blocks";
import { SHEET_TITLES, TABLE_NAMES, WEIGHTS_NAME } from "./names";

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

/**
 * The Scope formula with Excel's own functions, for a file opened without the add-in: the scope
 * type's fit for the role, looked up from the table SCOPEFIT uses (fixed to the role the file was
 * made for). The offers reader recognises it (it reads the row's Scope type), so a Scope that follows
 * the role still follows it after a download and an import.
 */
export function plainScopeFormula(role: Role): string {
  const types = SCOPE_TYPES.map((t) => `"${t}"`).join(",");
  const fits = SCOPE_TYPES.map((t) => scopeFit(t, role)).join(",");
  return `=IF(TRIM([@[Scope type]])="","",IFERROR(CHOOSE(MATCH(TRIM([@[Scope type]]),{${types}},0),${fits}),""))`;
}

/**
 * The formula columns of the Offers table, how to recognise the add-in's own formula in a cell, and
 * the columns each formula names (Excel refuses a formula naming a column the table lacks).
 */
export const OFFER_FORMULA_COLUMNS = [
  { column: "Scope", key: "scope", marker: "OFFER.SCOPEFIT(", needs: ["Scope type"] },
  {
    column: "Score",
    key: "score",
    marker: "OFFER.SCORE(",
    needs: ["Scope", "Data maturity", "Support", "Growth"],
  },
  { column: "Rank", key: "rank", marker: "RANK.EQ(", needs: ["Score"] },
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
  const plainScope = plainScopeFormula(role);
  // Each offer's cells are read once: the ratings it is scored with, and what is invalid in it.
  const cells = offers.map((o, i) => readOfferCells(o, i, role));
  const ratings = cells.map((c) => scoredRatings(c.ranges));
  const rec = recommend(ratings, plan.weights);
  const byIndex = new Map(rec.ranked.map((r) => [r.index, r]));
  // An offer with a rating that is neither 1-5 nor a range has no score; in a file (values only) its
  // Score cell says why, so an empty cell is never mistaken for "not rated".
  const scores = offers.map((_, i): number | string | null => {
    const bad = cells[i].invalid[0];
    if (bad)
      return `Not scored: ${CRITERION_LABELS[bad.criterion].toLowerCase()} "${bad.text.slice(0, 40)}" is not 1 to 5 or a range such as 3-4`;
    return byIndex.get(i)?.score ?? null;
  });
  const rank = (i: number): number | null => byIndex.get(i)?.rank ?? null;
  const body: Cell[][] = offers.map((o, i) => [
    o.company,
    o.title,
    o.scopeType === "" ? null : o.scopeType,
    o.scope !== null ? o.scope : { formula: f.scope, value: ratings[i][0], fileFormula: plainScope },
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
      { formula: f.scope, value: null, fileFormula: plainScope },
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
        `One row per offer. Rate data maturity, support and growth from 1 to 5; not sure? Type a range such as "3 to 4" (Score uses its middle; the Recommendation shows the range). Pick a scope type and Scope fills in for the ${ROLE_NAMES[role]} path (type your own rating over it if you prefer). With the Offer Evaluator add-in, Score and Rank update by themselves as you type.`,
        widths,
        OFFER_COLUMNS.length,
      ),
      gridTable("offers", 3, OFFER_COLUMNS, body, {
        tableName: opts.tableName ?? TABLE_NAMES.offers,
        columns,
        wrapHeader: true,
        createOnly: true,
      }),
    ],
    names: [],
    charts: [],
    columnWidths: widths,
    valueNote: {
      row: 2,
      col: 0,
      text: "In this file, Score holds the values computed when it was made and stays as it is when a rating changes (with the add-in it is a live OFFER.SCORE formula); a Scope left to follow the scope type, and Rank, are Excel formulas that update.",
    },
  };
}
