/**
 * The quiz result's drivers in words, for the pane, the page and the Recommendation sheet: what
 * pushed a role, or for Hybrid what pulls each way. Equally strong answers are named together as
 * equal, never ranked by statement number.
 */
import { CHECKLIST, LIKERT_LABELS } from "../content";
import {
  type DriverGroup,
  LEAN_THRESHOLD,
  type QuizResult,
  ROLE_NAMES,
  type Rating,
  type Role,
} from "../scoring";

/** The heading over the driver lines. */
export function driversTitle(role: Role): string {
  return role === "Hybrid" ? "What pulls each way" : "What pushed it most";
}

function said(answers: readonly Rating[], item: number): string {
  const a = answers[item];
  return typeof a === "number" ? LIKERT_LABELS[Math.round(a) - 1] : "no answer";
}

/** Statement numbers (0-based items in, 1-based out), runs of three or more as "1-4": "1-4 and 8". */
export function statementNumbers(items: readonly number[]): string {
  const sorted = [...items].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i] + 1}-${sorted[j] + 1}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k] + 1));
    i = j + 1;
  }
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/** One group of equally strong answers: one statement by name, several as equal. */
export function driverLine(g: DriverGroup, answers: readonly Rating[]): string {
  const toward = ROLE_NAMES[g.toward];
  if (g.drivers.length === 1) {
    const item = g.drivers[0].item;
    return `${CHECKLIST[item].short}: you answered "${said(answers, item)}" (statement ${item + 1}, toward ${toward})`;
  }
  const byAnswer = new Map<string, number[]>();
  for (const d of g.drivers) {
    const label = said(answers, d.item);
    byAnswer.set(label, [...(byAnswer.get(label) ?? []), d.item]);
  }
  const answered =
    byAnswer.size === 1
      ? `"${[...byAnswer.keys()][0]}" to each`
      : [...byAnswer].map(([label, items]) => `"${label}" to ${statementNumbers(items)}`).join(" and ");
  return `Statements ${statementNumbers(g.drivers.map((d) => d.item))} pull equally toward ${toward}: you answered ${answered}`;
}

function signed(x: number): string {
  const text = Math.abs(x).toFixed(2);
  return x > 0 ? `+${text}` : x < 0 ? `\u2212${text}` : text;
}

/**
 * The lines under driversTitle (at most three): the groups of the result, and for Hybrid the line
 * saying how the pulls net out.
 */
export function driverLines(quiz: QuizResult, answers: readonly Rating[]): string[] {
  const lines = quiz.drivers.map((g) => driverLine(g, answers));
  if (quiz.role !== "Hybrid") return lines;
  if (quiz.drivers.length === 0) return ["Every answer is neutral (3), so nothing pulls either way."];
  if (quiz.drivers.length === 2 && quiz.lean === 0) {
    return [...lines, "The pulls each way cancel out exactly (lean 0.00)."];
  }
  return [
    ...lines,
    `All your answers together give a lean of ${signed(quiz.lean)}: less than ${LEAN_THRESHOLD} either way, so Hybrid.`,
  ];
}
