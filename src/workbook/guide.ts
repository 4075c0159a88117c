/**
 * The guide's wording as the sheets and the page say it: the roles compared for a person's role, the
 * hybrid-first advice, the "Start now" line, proof to show, credentials and the mistakes by phase.
 * Text from src/content; every number (the first project's weeks) from the scoring module.
 */
import {
  COMPARISON,
  CREDENTIALS,
  HYBRID_ADVICE,
  MISTAKES,
  PROOF_TO_SHOW,
  START_NOW,
  type Side,
} from "../content";
import { ROLE_NAMES, type Role, serialToIso, startProjectWeeks } from "../scoring";

/** "2-3 weeks", or "1 week" when both ends are the same. */
export function weeksText([from, to]: readonly [number, number]): string {
  if (from === to) return `${from} week${from === 1 ? "" : "s"}`;
  return `${from}-${to} weeks`;
}

/**
 * The Roadmap's first line: the small project to start with, paced by the person's hours. It runs
 * alongside phase 1, from the start date (its most weeks never exceed a phase's length), so the
 * twelve-week plan keeps its dates; its last day is start + 7 * most weeks - 1, as a phase's is.
 */
export function startNowText(hoursPerWeek: number, startSerial: number | null = null): string {
  const [from, to] = startProjectWeeks(hoursPerWeek);
  const weeks = weeksText([from, to]);
  const day = startSerial === null ? null : Math.floor(startSerial);
  const dates =
    day === null
      ? ""
      : ` (${serialToIso(day)} to ${serialToIso(day + 7 * to - 1)}${from === to ? "" : " at the latest"})`;
  return `Start now, alongside phase 1: ${START_NOW.project} in your first ${weeks} at ${hoursPerWeek} hours a week${dates}, ${START_NOW.then}.`;
}

/** The sides of the comparison in the order a role reads them: its own first; Hybrid starts with Data Scientist. */
export function sidesFor(role: Role): readonly [Side, Side] {
  return role === "MLE" ? ["MLE", "DS"] : ["DS", "MLE"];
}

/** The comparison's header and its five rows, the person's side first. */
export function comparisonRows(role: Role): { header: string[]; rows: string[][] } {
  const [first, second] = sidesFor(role);
  const header =
    role === "Hybrid"
      ? ["Aspect", `${ROLE_NAMES.DS} (first, for Hybrid)`, `${ROLE_NAMES.MLE} (then)`]
      : ["Aspect", `${ROLE_NAMES[first]} (your role)`, ROLE_NAMES[second]];
  return { header, rows: COMPARISON.map((r) => [r.label, r[first], r[second]]) };
}

/**
 * The hybrid-first advice where it applies: a Hybrid role (from the quiz, or by default while the
 * quiz has too few answers) or a borderline one (one answer step from another role); null otherwise.
 */
export function roleAdvice(role: Role, opts: { answered: boolean; borderline: boolean }): string | null {
  if (role === "Hybrid") {
    return opts.answered
      ? `${HYBRID_ADVICE.normal} ${HYBRID_ADVICE.route}`
      : `Until the quiz gives a lean, the plan is the Hybrid one. ${HYBRID_ADVICE.route}`;
  }
  if (opts.borderline) {
    return `Your answers are one step from another role, so the hybrid-first route is a safe choice too. ${HYBRID_ADVICE.route}`;
  }
  return null;
}

/** "Proof to show" for a role: its own (Hybrid: both, Data Scientist first), each with the role's name. */
export function proofLines(role: Role): { label: string; text: string }[] {
  const sides: readonly Side[] = role === "Hybrid" ? ["DS", "MLE"] : [role];
  return sides.map((s) => ({ label: ROLE_NAMES[s], text: PROOF_TO_SHOW[s] }));
}

/** The credentials note, with the certifications that help in the role (Hybrid: both). */
export function credentialsText(role: Role): string {
  const helps =
    role === "Hybrid"
      ? `for a ${ROLE_NAMES.DS}, ${CREDENTIALS.DS}; for a ${ROLE_NAMES.MLE}, ${CREDENTIALS.MLE}`
      : CREDENTIALS[role];
  return `Credentials: ${CREDENTIALS.general} What helps: ${helps}.`;
}

export interface MistakeRow {
  /** The phase where it bites, or "all": no phase of this plan is about it, so it holds throughout. */
  readonly phase: 1 | 2 | 3 | 4 | "all";
  readonly mistake: string;
  readonly instead: string;
}

/** The mistakes this role's plan places, in the order of the phases where they bite ("all" first). */
export function mistakeRows(role: Role): MistakeRow[] {
  const rows: MistakeRow[] = [];
  for (const m of MISTAKES) {
    const phase = m.phase[role];
    if (phase !== undefined) rows.push({ phase, mistake: m.mistake, instead: m.instead });
  }
  const order = (r: MistakeRow): number => (r.phase === "all" ? 0 : r.phase);
  return rows.sort((a, b) => order(a) - order(b));
}
