/**
 * The verdict paragraph: who leads, why, how far the weights would have to move to change that, and
 * whether it is a close call. The words are ours; every number comes from the scoring module's
 * recommendation (recommend -> ranked, margin, deciding, tipping).
 */
import { CLOSE_CALL_POINTS, CRITERION_LABELS, ROLE_NAMES, type TippingRow } from "../scoring";
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

export function verdictText(ev: Evaluation): string {
  const rec = ev.recommendation;
  const name = (i: number): string => offerName(ev.offers[i], i);
  const roleLine = ` Scope ratings follow the ${ROLE_NAMES[ev.role.role]} path${ev.role.quiz ? " your checklist points to" : " (the default until the checklist has answers on both sides)"}.`;
  if (rec.ranked.length === 0) {
    return (
      "No offer can be scored yet. On the Offers sheet, rate each offer from 1 to 5 on scope (or pick a scope type), " +
      "data maturity, support and growth, then write the recommendation again."
    );
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
  } else if (rec.tippingNote) {
    parts.push(`Tipping points are not shown: ${rec.tippingNote}`);
  }
  if (rec.closeCall) {
    parts.push(
      `This is a close call (the top two are within ${CLOSE_CALL_POINTS} points): treat them as roughly equal and let what is not in the ratings decide.`,
    );
  }
  return parts.join(" ") + roleLine;
}
