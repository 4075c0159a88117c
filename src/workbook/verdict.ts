/**
 * The verdict paragraph: who leads, why, how far the weights would have to move to change that, and
 * whether it is a close call. The words are ours; every number comes from the scoring module's
 * recommendation (recommend -> ranked, margin, deciding, tipping).
 *
 * Two places show it: the workbook's Recommendation sheet (the default) and the standalone page,
 * which has no sheets; `where` picks the wording of the few sentences that point somewhere. The
 * scoring module's DomainError messages start with the argument name ("offers: ...") for formula
 * users; what a person reads here is written from the evaluation instead (tippingReason).
 */
import { CHECKLIST, LIKERT_LABELS } from "../content";
import {
  CLOSE_CALL_POINTS,
  CRITERION_LABELS,
  ROLE_NAMES,
  type QuizDriver,
  type Rating,
  type TippingRow,
} from "../scoring";
import { type Evaluation, offerName } from "./inputs";

function pts(n: number): string {
  return (Math.round(n * 10) / 10).toFixed(1);
}
function pct(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** The tipping row whose flip point is nearest the current weights (the most fragile criterion). */
export function nearestTip(rows: readonly TippingRow[]): TippingRow | null {
  let best: TippingRow | null = null;
  for (const r of rows) {
    if (r.tippingWeight === null || r.newLeader === null) continue;
    if (
      best === null ||
      Math.abs(r.tippingWeight - r.currentShare) <
        Math.abs((best.tippingWeight as number) - best.currentShare)
    ) {
      best = r;
    }
  }
  return best;
}

/**
 * One answer that pushed the role result, said with what the person answered: the statement alone
 * would read as their view even when they disagreed with it. Used by the task pane, the page and the
 * sheets alike.
 */
export function describeDriver(d: QuizDriver, answers: readonly Rating[]): string {
  const answer = answers[d.item];
  const said = typeof answer === "number" ? LIKERT_LABELS[Math.round(answer) - 1] : "no answer";
  return `${CHECKLIST[d.item].short}: you answered "${said}" (statement ${d.item + 1}, toward ${d.pull > 0 ? "ML Engineer" : "Data Scientist"})`;
}

/** What the person sees the quiz called, in the task pane, on the page and in the sheets' prose. */
export const QUIZ_NAME = "role quiz";

export interface VerdictContext {
  /** "workbook": the Recommendation sheet; "page": the standalone page (no sheets, live results). */
  readonly where: "workbook" | "page";
}

const WORKBOOK: VerdictContext = { where: "workbook" };

/** A scoring message without its leading argument name ("offers: x" -> "X"), for a person to read. */
export function plainMessage(message: string): string {
  const text = message.replace(/^[a-z][A-Za-z]*(?: \d+)?:\s+/, "");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Offer 2 (Northwind (Data Scientist))", or "Offer 2" for an offer with no name. */
function numbered(ev: Evaluation, i: number): string {
  const n = offerName(ev.offers[i], i);
  return n === `Offer ${i + 1}` ? n : `Offer ${i + 1} (${n})`;
}

function listOf(items: readonly string[]): string {
  return items.length <= 1
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * Why the tipping table cannot be shown, in a person's words (null when it can): partly rated offers
 * (the scoring module stops at those), or fewer than two fully rated offers. Worked out from the
 * ratings, not by parsing the scoring module's message, which is only the fallback.
 */
export function tippingReason(ev: Evaluation): string | null {
  const rec = ev.recommendation;
  if (rec.tipping || !rec.tippingNote) return null;
  const partial: number[] = [];
  let full = 0;
  ev.ratings.forEach((r, i) => {
    const rated = r.filter((v) => v !== null).length;
    if (rated === 4) full++;
    else if (rated > 0) partial.push(i);
  });
  if (partial.length > 0) {
    const names = partial.map((i) => numbered(ev, i));
    return partial.length === 1
      ? `${names[0]} has ${ev.ratings[partial[0]].filter((v) => v !== null).length} of the 4 criteria rated: rate all four (or none) to see what would change the leader.`
      : `${listOf(names)} are only partly rated: rate all four criteria of each (or none) to see what would change the leader.`;
  }
  if (full < 2) {
    return `Rate at least two offers on all four criteria to see what would change the leader (${full === 0 ? "none is" : "only one is"} fully rated yet).`;
  }
  return plainMessage(rec.tippingNote);
}

export function verdictText(ev: Evaluation, ctx: VerdictContext = WORKBOOK): string {
  const rec = ev.recommendation;
  const name = (i: number): string => offerName(ev.offers[i], i);
  const roleLine = ` Scope ratings follow the ${ROLE_NAMES[ev.role.role]} path${ev.role.quiz ? ` your ${QUIZ_NAME} points to` : ` (the default until the ${QUIZ_NAME} has answers on both sides)`}.`;
  if (rec.ranked.length === 0) {
    return ctx.where === "page"
      ? "No offer can be scored yet. Under Your offers, rate each offer from 1 to 5 on scope (or pick a scope type), " +
          "data maturity, support and growth; the results here update as you type."
      : "No offer can be scored yet. On the Offers sheet, rate each offer from 1 to 5 on scope (or pick a scope type), " +
          "data maturity, support and growth, then write the recommendation again.";
  }
  const lead = rec.ranked[0];
  if (rec.ranked.length === 1) {
    return (
      `${name(lead.index)} is the only offer with ratings, at ${pts(lead.score)} out of 100. Add at least one more offer to compare.` +
      roleLine
    );
  }
  const second = rec.ranked[1];
  const parts: string[] = [];
  if (rec.margin !== null && rec.margin === 0) {
    parts.push(`${name(lead.index)} and ${name(second.index)} are tied at ${pts(lead.score)} out of 100.`);
  } else {
    parts.push(
      `${name(lead.index)} leads with ${pts(lead.score)} out of 100, ${pts(rec.margin ?? 0)} points ahead of ${name(second.index)} (${pts(second.score)}).`,
    );
  }
  if (rec.deciding && rec.deciding.points > 0) {
    parts.push(
      `What sets it apart is ${CRITERION_LABELS[rec.deciding.criterion].toLowerCase()}: ${pts(rec.deciding.points)} points more than the runner-up gets there.`,
    );
  }
  if (rec.tipping) {
    const tip = nearestTip(rec.tipping.rows);
    if (tip && tip.newLeader !== null && tip.tippingWeight !== null) {
      const label = CRITERION_LABELS[tip.criterion].toLowerCase();
      if (Math.abs(tip.tippingWeight - tip.currentShare) < 0.005) {
        parts.push(
          `The lead is fragile: the smallest change in how much ${label} counts would put ${name(tip.newLeader)} ahead.`,
        );
      } else {
        parts.push(
          `To change the leader, ${label} would have to count for ${pct(tip.tippingWeight)} of the total weight instead of ${pct(tip.currentShare)}; then ${name(tip.newLeader)} would lead.`,
        );
      }
    } else {
      parts.push(
        "No change to a single weight would put another offer ahead, so the lead is robust to your weights.",
      );
    }
  } else {
    const reason = tippingReason(ev);
    if (reason) parts.push(`Tipping points are not shown. ${reason}`);
  }
  if (rec.closeCall) {
    parts.push(
      `This is a close call (the top two are within ${CLOSE_CALL_POINTS} points): treat them as roughly equal and let what is not in the ratings decide.`,
    );
  }
  return parts.join(" ") + roleLine;
}
