/**
 * What the layouts are built from: the person's plan (quiz, skills, weights, pace) and the offers,
 * plus the reading of offers back from the Offers table's cells. Renderer-neutral and pure.
 */
import {
  type AnswerMove,
  borderlineRole,
  CRITERIA,
  CRITERION_LABELS,
  type Criterion,
  DomainError,
  midpoint,
  midpointRatings,
  type OfferRanges,
  type OfferRatings,
  parseRatingRange,
  parseScopeType,
  pFirst,
  type RangedRating,
  quizResult,
  type QuizResult,
  type Rating,
  recommend,
  type Recommendation,
  type Role,
  scopeFit,
  scoreOffer,
  scoreRange,
  type Weights,
} from "../scoring";
import type { SkillId } from "../content";

/** The person's state as far as the sheets need it (the taskpane owns the persisted schema). */
export interface PlanInput {
  /** The 8 role quiz answers, 1..5 or null. */
  readonly answers: readonly Rating[];
  /** Skills check, 1..5 or null per skill. */
  readonly skills: Readonly<Partial<Record<SkillId, number | null>>>;
  /** Scope, data maturity, support, growth. */
  readonly weights: Weights;
  /** Plan start as an Excel date serial, or null for an undated plan. */
  readonly startSerial: number | null;
  readonly hoursPerWeek: number;
}

/**
 * What a rating cell holds: a number, typed text, or nothing. Text is kept exactly as typed: a range
 * ("3-5", "3.5 - 4", "2 to 3"), a number typed as text ("4"), or something invalid ("4e", "four")
 * that evaluate() reports instead of treating as blank.
 */
export type RatingCell = number | string | null;

/** One offer as a row of the Offers table. Text fields are raw cell text ("" when empty). */
export interface OfferInput {
  readonly company: string;
  readonly title: string;
  /** Raw text; one of SCOPE_TYPES when valid. */
  readonly scopeType: string;
  /** The scope rating; blank means "follow the scope type" (the Scope formula) or not rated. */
  readonly scope: RatingCell;
  readonly dataMaturity: RatingCell;
  readonly support: RatingCell;
  readonly growth: RatingCell;
  readonly notes: string;
}

/** A rating cell that is neither blank, nor 1..5, nor a valid range. */
export interface InvalidRating {
  /** 0-based input position of the offer. */
  readonly index: number;
  readonly criterion: Criterion;
  /** The cell as typed (a number as its decimal text). */
  readonly text: string;
  /** A sentence naming the offer, the criterion and what was typed, for a person to read. */
  readonly message: string;
}

// Text that is a plain number ("4", " 3.5 "), read as that number; a range is not one.
const NUMBER_TEXT = /^\s*\d+(?:\.\d+)?\s*$/;

/**
 * A rating cell as a range: null when blank (or only spaces), {r, r} for a number 1..5 (also typed
 * as text), the range for range text. Anything else throws the scoring module's DomainError, whose
 * message starts with `arg`.
 */
export function parseRatingCell(v: RatingCell | undefined, arg: string): RangedRating {
  if (typeof v === "string") {
    if (v.trim() === "") return null;
    if (NUMBER_TEXT.test(v)) return parseRatingRange(Number(v), arg);
  }
  return parseRatingRange(v ?? null, arg);
}

/** True when the cell is a valid rating or range (or blank). */
export function isValidRatingCell(v: RatingCell | undefined): boolean {
  try {
    parseRatingCell(v, "rating");
    return true;
  } catch (e) {
    if (e instanceof DomainError) return false;
    throw e;
  }
}

/**
 * The one number a rating cell counts as (SCORE's reading): a range at its midpoint; null when blank
 * or invalid. For code that needs a number; evaluate() never scores an invalid cell as blank.
 */
export function ratingCellNumber(v: RatingCell | undefined): number | null {
  try {
    const r = parseRatingCell(v, "rating");
    return r === null ? null : midpoint(r);
  } catch (e) {
    if (e instanceof DomainError) return null;
    throw e;
  }
}

/** The Offers table's columns, in order. */
export const OFFER_COLUMNS = [
  "Company",
  "Title",
  "Scope type",
  "Scope",
  "Data maturity",
  "Support",
  "Growth",
  "Notes",
  "Score",
  "Rank",
] as const;
export type OfferColumn = (typeof OFFER_COLUMNS)[number];

/** Two example rows the person replaces. */
export const EXAMPLE_OFFERS: readonly OfferInput[] = [
  {
    company: "Example: Northwind Analytics",
    title: "Data Scientist",
    scopeType: "models",
    scope: null,
    dataMaturity: 4,
    support: 2,
    growth: 3,
    notes: "Example row: replace it with a real offer.",
  },
  {
    company: "Example: Contoso Robotics",
    title: "Machine Learning Engineer",
    scopeType: "deployment",
    scope: null,
    dataMaturity: 3,
    support: 4,
    growth: 4,
    notes: "Example row: replace it with a real offer.",
  },
];

export interface RoleInfo {
  readonly role: Role;
  /** null when the role quiz has too few answers for a lean (then role is the Hybrid default). */
  readonly quiz: QuizResult | null;
  readonly note: string | null;
}

export function resolveRole(plan: PlanInput): RoleInfo {
  try {
    const quiz = quizResult(plan.answers);
    return { role: quiz.role, quiz, note: null };
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    return { role: "Hybrid", quiz: null, note: e.message };
  }
}

const CELL_KEYS = ["scope", "dataMaturity", "support", "growth"] as const;

/** The cell as a person would read it back: a number as its decimal text, text as typed. */
function cellText(v: RatingCell): string {
  return typeof v === "number" ? String(v) : (v ?? "");
}

/**
 * One offer's four ratings as ranges, the scope following the scope type when its cell is blank; or
 * the cells that are invalid (then no ranges: such an offer is left out, never scored as if blank).
 */
export function readOfferCells(
  o: OfferInput,
  index: number,
  role: Role,
): { readonly ranges: OfferRanges | null; readonly invalid: readonly InvalidRating[] } {
  const invalid: InvalidRating[] = [];
  const out: RangedRating[] = CELL_KEYS.map((key, k) => {
    const v = o[key];
    try {
      const r = parseRatingCell(v, CRITERION_LABELS[CRITERIA[k]]);
      if (r === null && key === "scope") {
        const t = parseScopeType(o.scopeType);
        return t === null ? null : { lo: scopeFit(t, role), hi: scopeFit(t, role) };
      }
      return r;
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      const text = cellText(v);
      const label = CRITERION_LABELS[CRITERIA[k]].toLowerCase();
      invalid.push({
        index,
        criterion: CRITERIA[k],
        text,
        message: `${offerName(o, index)}: the ${label} rating "${text.slice(0, 40)}" is neither a number from 1 to 5 nor a range such as "3-4", so this offer is left out of the ranking until it is fixed.`,
      });
      return null;
    }
  });
  if (invalid.length > 0) return { ranges: null, invalid };
  return { ranges: [out[0], out[1], out[2], out[3]], invalid };
}

const NO_RATINGS: OfferRatings = [null, null, null, null];

/** The scope rating an offer is scored with (midpoint of a range): its own, else the scope type's fit; null when blank or invalid. */
export function effectiveScope(o: OfferInput, role: Role): Rating {
  return offerRatings(o, role)[0];
}

/**
 * The ratings SCORE uses for an offer: each range at its midpoint, blanks blank, the scope following
 * the scope type when blank. An offer with an invalid cell gets no ratings at all (so it is left out
 * of any ranking, never scored as if that cell were blank).
 */
export function offerRatings(o: OfferInput, role: Role): OfferRatings {
  return scoredRatings(readOfferCells(o, 0, role).ranges);
}

/** The midpoint ratings of an offer's cells as read; none at all for an offer with an invalid cell. */
export function scoredRatings(ranges: OfferRanges | null): OfferRatings {
  return ranges === null ? NO_RATINGS : midpointRatings(ranges);
}

/** A role one quiz answer away, and what it would do to the ranking. */
export interface NeighbourRole {
  readonly role: Role;
  /** The first single one-step answer change that gives this role. */
  readonly move: AnswerMove;
  /**
   * 0-based input position of the offer that would then be the only one on top, when that differs
   * from today (the role's scope ratings replace those that follow the scope type); null otherwise,
   * including when the top would then be a tie.
   */
  readonly leaderThen: number | null;
}

export interface Evaluation {
  readonly role: RoleInfo;
  readonly offers: readonly OfferInput[];
  readonly ratings: readonly OfferRatings[];
  readonly recommendation: Recommendation;
  /** The weights as the person gave them (raw, not shares): what a tipping share is said in. */
  readonly weights: Weights;
  /** Empty unless the role is borderline (one answer moved by one step would change it). */
  readonly borderline: readonly NeighbourRole[];
  /**
   * Per offer, its four ratings as ranges (a plain rating r is {r, r}, blank null, scope following
   * the scope type when blank); null when the offer has an invalid cell.
   */
  readonly ranges: readonly (OfferRanges | null)[];
  /** Every invalid rating cell, in offer then criterion order. Those offers are not ranked. */
  readonly invalid: readonly InvalidRating[];
  /**
   * Per offer, [lowest, highest] score (scoreRange: ranges at their ends, a blank as 1..5),
   * rounded like every score; null for an offer with no rating or an invalid cell.
   */
  readonly scoreRanges: readonly ([number, number] | null)[];
  /**
   * Per offer, its chance of coming first (pFirst: default samples, weight spread 0); null for an
   * offer left out (no rating, or invalid). The whole array is null when fewer than two offers can
   * be compared; chanceNote then says why.
   */
  readonly chances: readonly (number | null)[] | null;
  readonly chanceNote: string | null;
}

/** The only offer on top (0-based position), or null for no offers or a tie. */
function soleLeader(rec: Recommendation): number | null {
  const [a, b] = rec.ranked;
  return a && !(b && b.rank === a.rank) ? a.index : null;
}

/** soleLeader from the scores alone (no tipping table), for a what-if over every offer. */
function soleTop(ratings: readonly OfferRatings[], w: Weights): number | null {
  let best = -Infinity;
  let who: number | null = null;
  ratings.forEach((r, i) => {
    let s: number | null;
    try {
      s = scoreOffer(r, w);
    } catch (e) {
      if (e instanceof DomainError) return;
      throw e;
    }
    if (s === null) return;
    if (s > best) {
      best = s;
      who = i;
    } else if (s === best) who = null;
  });
  return who;
}

/** Everything the Recommendation sheet (and the standalone page) shows, from the scoring module. */
export function evaluate(plan: PlanInput, offers: readonly OfferInput[]): Evaluation {
  const role = resolveRole(plan);
  const cells = offers.map((o, i) => readOfferCells(o, i, role.role));
  const ranges = cells.map((c) => c.ranges);
  const invalid = cells.flatMap((c) => c.invalid);
  const ratings = ranges.map(scoredRatings);
  const recommendation = recommend(ratings, plan.weights);
  const now = soleLeader(recommendation);
  const borderline = role.quiz
    ? borderlineRole(plan.answers).map((n): NeighbourRole => {
        const then = soleTop(
          offers.map((o) => offerRatings(o, n.role)),
          plan.weights,
        );
        return { role: n.role, move: n.move, leaderThen: then !== null && then !== now ? then : null };
      })
    : [];
  const w = plan.weights;
  const weighable = w[0] + w[1] + w[2] + w[3] > 0;
  const scoreRanges = ranges.map((r) => (r === null || !weighable ? null : scoreRange(r, w)));
  const { chances, chanceNote } = chancesOf(ranges, w, weighable);
  return {
    role,
    offers,
    ratings,
    recommendation,
    weights: w,
    borderline,
    ranges,
    invalid,
    scoreRanges,
    chances,
    chanceNote,
  };
}

const UNRATED: OfferRanges = [null, null, null, null];

/** pFirst over the offers that can be compared (invalid ones count as unrated, so take no part). */
function chancesOf(
  ranges: readonly (OfferRanges | null)[],
  w: Weights,
  weighable: boolean,
): { chances: (number | null)[] | null; chanceNote: string | null } {
  if (!weighable) {
    return { chances: null, chanceNote: "Every weight is 0, so no offer can be scored." };
  }
  const rated = ranges.filter((r) => r !== null && r.some((x) => x !== null)).length;
  if (rated < 2) {
    return {
      chances: null,
      chanceNote: `The chance of coming first needs at least two offers with ratings; ${rated === 0 ? "there are none" : "there is one"} yet.`,
    };
  }
  return {
    chances: pFirst(
      ranges.map((r) => r ?? UNRATED),
      w,
    ),
    chanceNote: null,
  };
}

/* ---------- reading the Offers table back ---------- */

export interface OfferReadIssue {
  /** 1-based row within the table's data body. */
  readonly row: number;
  readonly column: string;
  readonly message: string;
}

export interface OffersRead {
  readonly offers: OfferInput[];
  /** Table body row (1-based) of each offer. */
  readonly rows: number[];
  readonly issues: OfferReadIssue[];
  /** Expected columns the table lacks. */
  readonly missingColumns: OfferColumn[];
}

function text(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return "";
}

function isErrorText(v: unknown): boolean {
  return typeof v === "string" && /^#[A-Z0-9/]+[!?]?$/i.test(v.trim()) && v.trim().length <= 16;
}

/** How readOffersTable treats a rating cell it cannot read. */
export interface ReadOffersOptions {
  /**
   * false (default): the cell is left blank with an issue naming its row and column, as a file
   * import does. true: the text is also kept as typed in the offer (with the same issue), for a
   * grid that shows it back and lets evaluate() report it.
   */
  readonly keepInvalid?: boolean;
}

/**
 * Turns the Offers table's header and body values (as Excel returns them) into offers.
 * Rows with nothing in Company, Title, Scope type and the four ratings are skipped. A rating is kept
 * as a number (also when typed as text, "4") or, for a range ("3-4", "2 to 3"), as the text typed;
 * anything else is left out (see ReadOffersOptions) with an issue naming the row and column. A Scope
 * cell that holds an error (e.g. #NAME? when the custom functions are not loaded) or is blank
 * follows the scope type.
 */
export function readOffersTable(
  header: readonly unknown[],
  body: readonly (readonly unknown[])[],
  options: ReadOffersOptions = {},
): OffersRead {
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    const k = text(h).trim().toLowerCase();
    if (k && !index.has(k)) index.set(k, i);
  });
  const missingColumns = OFFER_COLUMNS.filter(
    (c) => !index.has(c.toLowerCase()) && c !== "Score" && c !== "Rank",
  );
  const get = (row: readonly unknown[], c: OfferColumn): unknown => {
    const i = index.get(c.toLowerCase());
    return i === undefined ? null : row[i];
  };
  const offers: OfferInput[] = [];
  const rows: number[] = [];
  const issues: OfferReadIssue[] = [];
  body.forEach((row, r) => {
    const rating = (c: OfferColumn, allowFollow: boolean): RatingCell => {
      const v = get(row, c);
      if (allowFollow && isErrorText(v)) return null;
      if (v === null || v === undefined) return null;
      if (typeof v === "string" && v.trim() === "") return null;
      try {
        if (typeof v !== "string" && typeof v !== "number") return parseRatingRange(v, c) && null;
        const parsed = parseRatingCell(v, c);
        if (parsed === null) return null;
        // A plain number (also one typed as text) is kept as a number; a range as its text.
        return typeof v === "number" || NUMBER_TEXT.test(v) ? parsed.lo : v;
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        // A range typed into Excel without Text format may have become a date ("3-5" -> 5 March).
        const hint =
          typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)
            ? ' It looks like a date: Excel may have turned a range such as "3-5" into one; format the cell as Text and type the range again.'
            : "";
        issues.push({ row: r + 1, column: c, message: e.message + hint });
        return options.keepInvalid ? (typeof v === "number" ? v : text(v)) : null;
      }
    };
    const company = text(get(row, "Company"));
    const title = text(get(row, "Title"));
    const scopeType = text(get(row, "Scope type")).trim();
    const before = issues.length;
    const o: OfferInput = {
      company,
      title,
      scopeType,
      scope: rating("Scope", true),
      dataMaturity: rating("Data maturity", false),
      support: rating("Support", false),
      growth: rating("Growth", false),
      notes: text(get(row, "Notes")),
    };
    const empty =
      company.trim() === "" &&
      title.trim() === "" &&
      scopeType === "" &&
      o.scope === null &&
      o.dataMaturity === null &&
      o.support === null &&
      o.growth === null &&
      issues.length === before;
    if (empty) return;
    if (scopeType !== "" && parseScopeType(scopeType) === null && o.scope === null) {
      issues.push({
        row: r + 1,
        column: "Scope type",
        message: `Scope type: "${scopeType.slice(0, 30)}" is not one of models, deployment, end-to-end, reporting; scope is left unrated.`,
      });
    }
    offers.push(o);
    rows.push(r + 1);
  });
  return { offers, rows, issues, missingColumns };
}

/** A display name for an offer: its company, else its title, else "Offer n". */
export function offerName(o: OfferInput | undefined, index: number): string {
  if (!o) return `Offer ${index + 1}`;
  const c = o.company.trim();
  if (c) return o.title.trim() ? `${c} (${o.title.trim()})` : c;
  return o.title.trim() || `Offer ${index + 1}`;
}
