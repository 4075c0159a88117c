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
import { CHECKLIST } from "../content";
import {
  CRITERIA,
  CRITERION_LABELS,
  formatRatingRange,
  ROLE_NAMES,
  shareToWeight,
  type TippingRow,
} from "../scoring";
import { certaintySentences } from "./certainty";
import { type Evaluation, offerName } from "./inputs";

/** Points to one decimal, or to as many as it takes not to show a non-zero difference as 0.0. */
export function pts(n: number): string {
  const one = (Math.round(n * 10) / 10).toFixed(1);
  return Number(one) === 0 && n !== 0 ? String(Number(n.toPrecision(2))) : one;
}
/** A share as a percentage to one decimal ("54.5%"), whole when it is whole ("10%"). */
export function pct(share: number): string {
  return `${Number((share * 100).toFixed(1))}%`;
}
/** A raw weight to two decimals at most ("4.9", "0.33", "2"). */
export function weightText(w: number): string {
  return String(Number(w.toFixed(2)));
}

/** The tipping row whose change of leader (either direction) is nearest the current share. */
export function nearestTip(rows: readonly TippingRow[]): TippingRow | null {
  let best: TippingRow | null = null;
  let bestDist = Infinity;
  for (const r of rows) {
    for (const t of [r.lowerShare, r.higherShare]) {
      if (t !== null && Math.abs(t - r.currentShare) < bestDist) {
        bestDist = Math.abs(t - r.currentShare);
        best = r;
      }
    }
  }
  return best;
}

/** What the person sees the quiz called, in the task pane, on the page and in the sheets' prose. */
export const QUIZ_NAME = "role quiz";

export interface VerdictContext {
  /** "workbook": the Recommendation sheet; "page": the standalone page (no sheets, live results). */
  readonly where: "workbook" | "page";
  /** Why the role is the default when the quiz gives none, where the quiz is not in view (the CLI). */
  readonly noQuizNote?: string;
  /** The whole text when no offer can be scored, where the Offers sheet is not in view (the CLI). */
  readonly noOffersNote?: string;
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

/** Tied offers by name, the first few only when there are many (a report may hold thousands). */
const TIED_NAMED = 5;
function tiedList(names: readonly string[]): string {
  if (names.length <= TIED_NAMED) return listOf(names);
  return `${names.length.toLocaleString("en-US")} offers (${names.slice(0, TIED_NAMED - 1).join(", ")} and ${(names.length - TIED_NAMED + 1).toLocaleString("en-US")} more)`;
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
      : `${tiedList(names)} are only partly rated: rate all four criteria of each (or none) to see what would change the leader.`;
  }
  if (full < 2) {
    return `Rate at least two offers on all four criteria to see what would change the leader (${full === 0 ? "none is" : "only one is"} fully rated yet).`;
  }
  return plainMessage(rec.tippingNote);
}

/**
 * "if scope's share fell to 10% (a scope weight of 0.33 instead of 1)": the share and the raw weight
 * it means with the other weights unchanged; "about" because both are rounded for reading.
 */
export function shareAndWeight(ev: Evaluation, k: number, t: number): string {
  const label = CRITERION_LABELS[TIPPING_CRITERIA[k]].toLowerCase();
  const w = shareToWeight(ev.weights, k, t);
  const raw =
    w === null
      ? "with the other criteria sharing the rest equally"
      : `a ${label} weight of about ${weightText(w)} instead of ${weightText(ev.weights[k])}`;
  return `about ${pct(t)} (${raw})`;
}
const TIPPING_CRITERIA = ["scope", "dataMaturity", "support", "growth"] as const;

/** What would change the leader, said only as far as the tipping table proves it. */
function tippingSentence(ev: Evaluation, name: (i: number) => string): string | null {
  const rec = ev.recommendation;
  const tip = rec.tipping;
  if (!tip) return null;
  const rowIndex = (r: TippingRow): number => tip.rows.indexOf(r);
  if (tip.leaders.length > 1 && rec.margin === 0) {
    // Offers with different lines tie: the first criterion whose share breaks the tie says how.
    const r = tip.rows.find((x) => x.currentShare === x.higherShare || x.currentShare === x.lowerShare);
    if (r) {
      const label = CRITERION_LABELS[r.criterion].toLowerCase();
      const sides: string[] = [];
      if (r.higherShare === r.currentShare && r.leaderAbove !== null)
        sides.push(`a little more would put ${name(r.leaderAbove)} ahead`);
      if (r.lowerShare === r.currentShare && r.leaderBelow !== null)
        sides.push(`a little less would put ${name(r.leaderBelow)} ahead`);
      return `The smallest change in how much ${label} counts breaks the tie: ${sides.join("; ")}.`;
    }
  }
  const r = nearestTip(tip.rows);
  const lead = name(tip.leader);
  if (r === null) {
    return rec.margin === 0
      ? null
      : `No change to the weight of a single criterion would put another offer ahead of ${lead}, so the lead is robust to your weights.`;
  }
  const k = rowIndex(r);
  const label = CRITERION_LABELS[r.criterion].toLowerCase();
  const sides: string[] = [];
  if (r.lowerShare !== null && r.leaderBelow !== null) {
    sides.push(
      `if ${label}'s share of the weight fell to ${shareAndWeight(ev, k, r.lowerShare)}, ${name(r.leaderBelow)} would lead just below that`,
    );
  }
  if (r.higherShare !== null && r.leaderAbove !== null) {
    sides.push(
      `if it rose to ${shareAndWeight(ev, k, r.higherShare)}, ${name(r.leaderAbove)} would lead just above that`,
    );
  }
  if (sides.length === 2) sides[1] = sides[1].replace(/^if it/, `if ${label}'s share instead`);
  else sides[0] = sides[0].replace(/^if it rose/, `if ${label}'s share of the weight rose`);
  return `${label.charAt(0).toUpperCase() + label.slice(1)} is the weight nearest to changing the leader (now ${pct(r.currentShare)} of the total): ${sides.join("; ")}.`;
}

/**
 * "raising Beta's support rating from 3 to 4" for a one-step rating change; for a range, which is
 * scored at its midpoint: "raising Beta's support (3-4, counted as 3.5) to 4.5".
 */
function changeText(
  ev: Evaluation,
  name: (i: number) => string,
  c: { offer: number; criterion: string; from: number; to: number },
): string {
  const k = TIPPING_CRITERIA.indexOf(c.criterion as (typeof TIPPING_CRITERIA)[number]);
  const label = CRITERION_LABELS[TIPPING_CRITERIA[k]].toLowerCase();
  const verb = c.to > c.from ? "raising" : "lowering";
  const r = ev.ranges[c.offer]?.[k];
  if (r && r.lo < r.hi) {
    return `${verb} ${name(c.offer)}'s ${label} (${formatRatingRange(r)}, counted as ${c.from}) to ${c.to}`;
  }
  return `${verb} ${name(c.offer)}'s ${label} rating from ${c.from} to ${c.to}`;
}

export function verdictText(ev: Evaluation, ctx: VerdictContext = WORKBOOK): string {
  const rec = ev.recommendation;
  const name = (i: number): string => offerName(ev.offers[i], i);
  const roleLine = ` Scope ratings follow the ${ROLE_NAMES[ev.role.role]} path${ev.role.quiz ? ` your ${QUIZ_NAME} points to` : ` (${ctx.noQuizNote ?? `the default until the ${QUIZ_NAME} has answers on both sides`})`}.`;
  const borderline = ev.borderline
    .map((n) => {
      const statement = `statement ${n.move.item + 1} ("${CHECKLIST[n.move.item].short}")`;
      const then =
        n.leaderThen === null ? "" : `, and with its scope ratings ${name(n.leaderThen)} would lead`;
      return ` Your role is borderline: answering ${n.move.to} instead of ${n.move.from} to ${statement} would make it ${ROLE_NAMES[n.role]}${then}.`;
    })
    .join("");
  const rated = (i: number): number => ev.ratings[i].filter((v) => v !== null).length;
  const sure = certaintySentences(ev, name, rated);
  const opening = sure.length > 0 ? sure.join(" ") + " " : "";
  if (rec.ranked.length === 0) {
    return (
      opening +
      (ctx.noOffersNote ??
        (ctx.where === "page"
          ? "No offer can be scored yet. Under Your offers, rate each offer from 1 to 5 on scope (or pick a scope type), " +
            "data maturity, support and growth; the results here update as you type."
          : "No offer can be scored yet. On the Offers sheet, rate each offer from 1 to 5 on scope (or pick a scope type), " +
            "data maturity, support and growth, then write the recommendation again."))
    );
  }
  const lead = rec.ranked[0];
  const ratedNote = (i: number): string => {
    const o = rec.ranked.find((x) => x.index === i);
    return o && o.rated < 4 ? ` (rated on only ${o.rated} of the 4 criteria)` : "";
  };
  if (rec.ranked.length === 1) {
    return (
      opening +
      `${name(lead.index)}${ratedNote(lead.index)} is the only offer with ratings, at ${pts(lead.score)} out of 100. Add at least one more offer to compare.` +
      roleLine +
      borderline
    );
  }
  const parts: string[] = [...sure];
  const tied = rec.ranked.filter((o) => o.rank === 1);
  // A score takes ranges at their midpoints and leaves blanks out (unlike the score range and the
  // chances): say so where a score is first given.
  // Only the scores this sentence gives: the tied offers, or the leader and the runner-up.
  const shown = tied.length > 1 ? tied : rec.ranked.slice(0, 2);
  const how = [
    shown.some((o) => ev.ranges[o.index]?.some((x) => x !== null && x.lo < x.hi))
      ? "each range at its midpoint"
      : "",
    shown.some((o) => o.rated < 4) ? "blanks left out" : "",
  ].filter((x) => x !== "");
  const mid = how.length > 0 ? ` (${how.join(", ")})` : "";
  const p = rec.partialLeader;
  if (tied.length > 1) {
    parts.push(
      `${tiedList(tied.map((o) => name(o.index) + ratedNote(o.index)))} are tied at ${pts(lead.score)} out of 100${mid}.`,
    );
  } else {
    const second = rec.ranked[1];
    const blanks = p
      ? `; ${listOf(p.unrated.map((c) => CRITERION_LABELS[c].toLowerCase()))} ${p.unrated.length === 1 ? "is" : "are"} blank`
      : "";
    parts.push(
      `${name(lead.index)}${p ? ` is rated on only ${p.rated} of the 4 criteria${blanks}. It` : ""} leads with ${pts(lead.score)} out of 100${mid}, ${pts(rec.margin ?? 0)} points ahead of ${name(second.index)}${ratedNote(second.index)} (${pts(second.score)}).`,
    );
  }
  if (p) {
    // The blanks named here, not "those criteria": with a tie at the top no sentence before names them.
    const blank = `${name(p.offer)}'s ${listOf(p.unrated.map((c) => CRITERION_LABELS[c].toLowerCase()))} (blank)`;
    const were = `${blank} ${p.unrated.length === 1 ? "were" : "were each"} rated`;
    parts.push(
      p.rivalAheadAtOrBelow === null
        ? `Even if ${were} 1, ${name(p.rival)} would not pass ${name(p.offer)}.`
        : `If ${were} ${p.rivalAheadAtOrBelow} or lower, ${name(p.rival)} would be ahead of ${name(p.offer)}.`,
    );
  }
  if (rec.deciding && rec.deciding.points > 0 && tied.length === 1) {
    parts.push(
      `What sets it apart is ${CRITERION_LABELS[rec.deciding.criterion].toLowerCase()}: ${pts(rec.deciding.points)} points more than the runner-up gets there.`,
    );
  }
  if (rec.tipping) {
    const t = tippingSentence(ev, name);
    if (t) parts.push(t);
  } else {
    const reason = tippingReason(ev);
    if (reason) parts.push(`Tipping points are not shown. ${reason}`);
  }
  const c = rec.closeCallChange;
  if (c) {
    const what = changeText(ev, name, c);
    // "Ahead" is said only of an offer strictly ahead of every other one; a shared top is a tie.
    const ahead = `put ${name(c.rival)} ahead${rec.ranked.length > 2 ? " of every other offer" : ""}`;
    const level = `leave ${name(c.rival)} tied with ${tiedList(c.top.filter((i) => i !== c.rival).map(name))} at the top`;
    parts.push(
      tied.length > 1
        ? `On the ratings, ${what} would ${ahead}.`
        : `This is a close call: ${what} would ${c.effect === "pass" ? ahead : level}.`,
    );
  }
  // A close call is one rating step, which says nothing about how likely that step is: so no advice to
  // treat the offers as equal (the chances above may say 99%), only where to look.
  if (c && isPlainRating(ev, c.offer, CRITERIA.indexOf(c.criterion))) {
    parts.push(
      `If you are not sure of that rating, type it as a range (such as "${Math.max(1, c.from - 1)}-${Math.min(5, c.from + 1)}") to see how much it changes each offer's chance of coming first.`,
    );
  }
  return parts.join(" ") + roleLine + borderline;
}

/** True when the offer's rating of criterion k is one plain number (not a range, not a blank). */
function isPlainRating(ev: Evaluation, offer: number, k: number): boolean {
  const r = ev.ranges[offer]?.[k];
  return r !== null && r !== undefined && r.lo === r.hi;
}
