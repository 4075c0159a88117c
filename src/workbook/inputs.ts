/**
 * What the layouts are built from: the person's plan (quiz, skills, weights, pace) and the offers,
 * plus the reading of offers back from the Offers table's cells. Renderer-neutral and pure.
 */
import {
  type AnswerMove,
  borderlineRole,
  DomainError,
  type OfferRatings,
  parseRating,
  parseScopeType,
  quizResult,
  type QuizResult,
  type Rating,
  recommend,
  type Recommendation,
  type Role,
  scopeFit,
  scoreOffer,
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

/** One offer as a row of the Offers table. Text fields are raw cell text ("" when empty). */
export interface OfferInput {
  readonly company: string;
  readonly title: string;
  /** Raw text; one of SCOPE_TYPES when valid. */
  readonly scopeType: string;
  /** The scope rating; null means "follow the scope type" (the Scope formula) or not rated. */
  readonly scope: Rating;
  readonly dataMaturity: Rating;
  readonly support: Rating;
  readonly growth: Rating;
  readonly notes: string;
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

/** The scope rating an offer is scored with: its own, else the scope type's fit for the role. */
export function effectiveScope(o: OfferInput, role: Role): Rating {
  if (o.scope !== null) return o.scope;
  const t = parseScopeType(o.scopeType);
  return t === null ? null : scopeFit(t, role);
}

export function offerRatings(o: OfferInput, role: Role): OfferRatings {
  return [effectiveScope(o, role), o.dataMaturity, o.support, o.growth];
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
  const ratings = offers.map((o) => offerRatings(o, role.role));
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
  return { role, offers, ratings, recommendation, weights: plan.weights, borderline };
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

/**
 * Turns the Offers table's header and body values (as Excel returns them) into offers.
 * Rows with nothing in Company, Title, Scope type and the four ratings are skipped. A rating that is
 * not 1..5 is left out with an issue naming the row and column. A Scope cell that holds an error
 * (e.g. #NAME? when the custom functions are not loaded) or is blank follows the scope type.
 */
export function readOffersTable(
  header: readonly unknown[],
  body: readonly (readonly unknown[])[],
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
    const rating = (c: OfferColumn, allowFollow: boolean): Rating => {
      const v = get(row, c);
      if (allowFollow && isErrorText(v)) return null;
      if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) {
        return rating0(Number(v), c);
      }
      return rating0(v, c);
    };
    const rating0 = (v: unknown, c: OfferColumn): Rating => {
      try {
        return parseRating(v, c);
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        issues.push({ row: r + 1, column: c, message: e.message });
        return null;
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
