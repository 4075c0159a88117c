import { ROADMAPS } from "../content/roadmaps";
import { SKILLS, type SkillId } from "../content/skills";
import { MAX_EXCEL_SERIAL } from "./dates";
import { DomainError, type Role } from "./types";

/** The plans are written for 10 hours a week: three weeks a phase. */
export const BASE_HOURS_PER_WEEK = 10;
export const MIN_HOURS_PER_WEEK = 1;
export const MAX_HOURS_PER_WEEK = 80;

export interface RoadmapPhase {
  /** 1..4 */
  readonly phase: number;
  readonly weekFrom: number;
  readonly weekTo: number;
  /** "1-3" */
  readonly weeks: string;
  /** Excel date serials, or null when no start date was given. */
  readonly startSerial: number | null;
  readonly endSerial: number | null;
  readonly focus: string;
  readonly topics: string;
  readonly proof: string;
  readonly skills: readonly SkillId[];
}

export function phaseLengthWeeks(hoursPerWeek: number): number {
  if (!(hoursPerWeek >= MIN_HOURS_PER_WEEK && hoursPerWeek <= MAX_HOURS_PER_WEEK)) {
    throw new DomainError(
      "invalid",
      `hours_per_week: expected a number of hours from ${MIN_HOURS_PER_WEEK} to ${MAX_HOURS_PER_WEEK}, got ${hoursPerWeek}.`,
    );
  }
  return Math.ceil((3 * BASE_HOURS_PER_WEEK) / hoursPerWeek);
}

/**
 * The first proof-of-skill project takes 2 to 3 weeks at the plans' 10 hours a week: 20 to 30 hours
 * of work, stretched or compressed for the person's hours in whole weeks, as a phase is.
 */
export const START_PROJECT_WEEKS = { from: 2, to: 3 } as const;

/** [fewest, most] whole weeks for the first project at these hours; the most equals one phase's length. */
export function startProjectWeeks(hoursPerWeek: number): [number, number] {
  phaseLengthWeeks(hoursPerWeek); // the same check and message for a bad pace
  return [
    Math.ceil((START_PROJECT_WEEKS.from * BASE_HOURS_PER_WEEK) / hoursPerWeek),
    Math.ceil((START_PROJECT_WEEKS.to * BASE_HOURS_PER_WEEK) / hoursPerWeek),
  ];
}

export function roadmap(
  role: Role,
  opts: { readonly startSerial?: number | null; readonly hoursPerWeek?: number } = {},
): RoadmapPhase[] {
  const L = phaseLengthWeeks(opts.hoursPerWeek ?? BASE_HOURS_PER_WEEK);
  const start = opts.startSerial ?? null;
  if (start !== null && !(start >= 1 && start <= MAX_EXCEL_SERIAL)) {
    throw new DomainError(
      "invalid",
      `start_date: expected a date (an Excel date serial from 1 to ${MAX_EXCEL_SERIAL}), got ${start}.`,
    );
  }
  // A start with a time of day still starts on that day.
  const day = start === null ? null : Math.floor(start);
  return ROADMAPS[role].map((content, p) => {
    const weekFrom = p * L + 1;
    const weekTo = (p + 1) * L;
    return {
      phase: p + 1,
      weekFrom,
      weekTo,
      weeks: `${weekFrom}-${weekTo}`,
      startSerial: day === null ? null : day + 7 * p * L,
      endSerial: day === null ? null : day + 7 * (p + 1) * L - 1,
      focus: content.focus,
      topics: content.topics,
      proof: content.proof,
      skills: content.skills,
    };
  });
}

/** A skill rated at or below this in the skills check is worth stressing. */
export const STRESS_AT_OR_BELOW = 3;

/**
 * For each phase, the skills it exercises that the person rated weakest (at or below 3),
 * weakest first. Unrated skills are not guessed at.
 */
export function skillsToStress(
  role: Role,
  skills: Readonly<Partial<Record<SkillId, number | null>>>,
): SkillId[][] {
  return ROADMAPS[role].map((content) =>
    content.skills
      .filter((id) => {
        const r = skills[id];
        return typeof r === "number" && r <= STRESS_AT_OR_BELOW;
      })
      .sort((x, y) => (skills[x] as number) - (skills[y] as number) || order(x) - order(y)),
  );
}

function order(id: SkillId): number {
  return SKILLS.findIndex((s) => s.id === id);
}
