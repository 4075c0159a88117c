import { CHECKLIST } from "../content/checklist";
import { DomainError, type Rating, type Role } from "./types";

export const LEAN_THRESHOLD = 0.125;

export interface QuizDriver {
  /** 0-based index into CHECKLIST. */
  readonly item: number;
  /** This answer's share of the lean: positive pulls toward MLE, negative toward DS. Drivers sum to the lean. */
  readonly pull: number;
}

/** Answers that pull the same way with exactly the same strength. */
export interface DriverGroup {
  readonly toward: "DS" | "MLE";
  /** At least one; in statement order; every one has the same pull. */
  readonly drivers: readonly QuizDriver[];
}

/** Strength groups listed for a Data Scientist or ML Engineer result. */
export const MAX_DRIVER_GROUPS = 3;

export interface QuizResult {
  readonly lean: number;
  readonly role: Role;
  /**
   * What the result rests on, as whole groups of equally strong answers (so no tie is ever broken
   * by statement order). Data Scientist or ML Engineer: the strongest groups pulling toward that
   * role, strongest first, at most MAX_DRIVER_GROUPS. Hybrid: the strongest group pulling each way
   * (Data Scientist first), either left out when nothing pulls that way. Empty when nothing pulls.
   */
  readonly drivers: readonly DriverGroup[];
}

function checkAnswers(answers: readonly Rating[]): void {
  if (answers.length !== CHECKLIST.length) {
    throw new DomainError(
      "invalid",
      `answers: expected exactly ${CHECKLIST.length} answers (one per checklist statement), got ${answers.length}.`,
    );
  }
  answers.forEach((a, i) => {
    if (a !== null && !(a >= 1 && a <= 5)) {
      throw new DomainError(
        "invalid",
        `answers: statement ${i + 1} has ${a}; each answer must be 1 to 5 or blank.`,
      );
    }
  });
}

/** Each answered item's pull on the lean, measured from the neutral answer 3 so that pulls add up to the lean. */
function pulls(answers: readonly Rating[]): QuizDriver[] {
  let nDS = 0;
  let nMLE = 0;
  CHECKLIST.forEach((item, i) => {
    if (answers[i] !== null) {
      if (item.side === "DS") nDS++;
      else nMLE++;
    }
  });
  if (nDS === 0 || nMLE === 0) {
    const missing = nDS === 0 ? "Data Scientist statements (1-4)" : "ML Engineer statements (5-8)";
    throw new DomainError(
      "notAvailable",
      `answers: none of the ${missing} is answered yet; answer at least one on each side to see a lean.`,
    );
  }
  const out: QuizDriver[] = [];
  CHECKLIST.forEach((item, i) => {
    const a = answers[i];
    if (a === null || a === undefined) return;
    const pull = item.side === "MLE" ? (a - 3) / (4 * nMLE) : -(a - 3) / (4 * nDS);
    out.push({ item: i, pull });
  });
  return out;
}

/** (mean of answered MLE items - mean of answered DS items) / 4, in [-1, 1]; negative leans DS. */
export function lean(answers: readonly Rating[]): number {
  checkAnswers(answers);
  let sDS = 0;
  let nDS = 0;
  let sMLE = 0;
  let nMLE = 0;
  CHECKLIST.forEach((item, i) => {
    const a = answers[i];
    if (a === null || a === undefined) return;
    if (item.side === "DS") {
      sDS += a;
      nDS++;
    } else {
      sMLE += a;
      nMLE++;
    }
  });
  if (nDS === 0 || nMLE === 0) pulls(answers); // throws the side-specific message
  return (sMLE / nMLE - sDS / nDS) / 4;
}

export function roleFromLean(l: number): Role {
  if (l <= -LEAN_THRESHOLD) return "DS";
  if (l >= LEAN_THRESHOLD) return "MLE";
  return "Hybrid";
}

/**
 * The answers pulling toward `side`, grouped by strength, strongest group first. Pulls are compared
 * exactly: each is one correctly rounded division of small integers, so equal shares are equal floats.
 */
function groupsToward(all: readonly QuizDriver[], side: "DS" | "MLE"): DriverGroup[] {
  const toward = all
    .filter((d) => (side === "MLE" ? d.pull > 0 : d.pull < 0))
    .sort((x, y) => Math.abs(y.pull) - Math.abs(x.pull) || x.item - y.item);
  const groups: { toward: "DS" | "MLE"; drivers: QuizDriver[] }[] = [];
  for (const d of toward) {
    const last = groups[groups.length - 1];
    if (last && last.drivers[0].pull === d.pull) last.drivers.push(d);
    else groups.push({ toward: side, drivers: [d] });
  }
  return groups;
}

export function quizResult(answers: readonly Rating[]): QuizResult {
  const l = lean(answers);
  const role = roleFromLean(l);
  const all = pulls(answers);
  const drivers =
    role === "Hybrid"
      ? [...groupsToward(all, "DS").slice(0, 1), ...groupsToward(all, "MLE").slice(0, 1)]
      : groupsToward(all, role).slice(0, MAX_DRIVER_GROUPS);
  return { lean: l, role, drivers };
}

/** One quiz answer moved by one step. */
export interface AnswerMove {
  /** 0-based index into CHECKLIST. */
  readonly item: number;
  readonly from: number;
  readonly to: number;
}

/** A role that one answer moved by one step would change: the neighbouring role and the first such move. */
export interface BorderlineRole {
  readonly role: Role;
  readonly move: AnswerMove;
}

/**
 * The roles one answer moved by one step (+1 or -1, staying within 1..5) would give instead of the
 * current one, each with the first such move (by statement order, +1 before -1). Blank answers are
 * not moved: answering a new statement is not a step. Empty when the role is not borderline or the
 * quiz has too few answers for a lean. Every answer on a side moves the lean by the same amount, so
 * only four moves need trying (a side's +1 and -1, on its first answer that can take them).
 */
export function borderlineRole(answers: readonly Rating[]): BorderlineRole[] {
  let current: Role;
  try {
    current = roleFromLean(lean(answers));
  } catch (e) {
    if (e instanceof DomainError && e.kind === "notAvailable") return [];
    throw e;
  }
  const found = new Map<Role, AnswerMove>();
  const candidates: AnswerMove[] = [];
  for (const side of ["DS", "MLE"] as const) {
    for (const step of [1, -1]) {
      const i = CHECKLIST.findIndex((item, j) => {
        const a = answers[j];
        return item.side === side && a !== null && a !== undefined && a + step >= 1 && a + step <= 5;
      });
      if (i >= 0) candidates.push({ item: i, from: answers[i] as number, to: (answers[i] as number) + step });
    }
  }
  candidates.sort((p, q) => p.item - q.item || q.to - p.to);
  for (const m of candidates) {
    const moved = answers.map((a, j) => (j === m.item ? m.to : a));
    const role = roleFromLean(lean(moved));
    if (role !== current && !found.has(role)) found.set(role, m);
  }
  return [...found].map(([role, move]) => ({ role, move }));
}
