/**
 * The Recommendation sheet's table rows: what would change the leader (both directions, each share
 * with the raw weight it means), the role's borderline row, and the ranking. Only wording and layout:
 * every number is the evaluation's (the scoring module's).
 */
import { CRITERIA, CRITERION_LABELS, ROLE_NAMES, shareToWeight } from "../../scoring";
import { CHECKLIST } from "../../content";
import { type Cell } from "../layout";
import { type Evaluation } from "../inputs";
import { pts, weightText } from "../verdict";

export { TIPPING_HEADERS } from "../../scoring";

/** The ranking sheet name of offer i: its company, or "Offer n" (1-based). */
export function rankingName(ev: Evaluation, i: number): string {
  const o = ev.offers[i];
  return o && o.company.trim() !== "" ? o.company : `Offer ${i + 1}`;
}

/**
 * A leader cell of the tipping table: the offer, then the raw weight the share beside it means with
 * the other weights unchanged ("Beta (scope weight 4.9 instead of 2)"). The weight goes in the leader
 * cell, not a column of its own, so the header stays the issue's six columns and the share keeps a
 * number format. For a tie now the share is today's: the leader is who leads just beyond it.
 */
function leaderCell(
  ev: Evaluation,
  k: number,
  side: "below" | "above",
  share: number | null,
  who: number | null,
  now: number,
): Cell {
  if (share === null || who === null) return "none";
  const label = CRITERION_LABELS[CRITERIA[k]].toLowerCase();
  const tied = tiedWith(ev, k, share + (side === "below" ? -1 : 1) * BEYOND, who);
  const name =
    rankingName(ev, who) +
    (tied.length === 0 ? "" : `, tied with ${tied.map((i) => rankingName(ev, i)).join(" and ")}`);
  const current = weightText(ev.weights[k]);
  if (share === now) {
    return `${name} (${label} weight just ${side === "below" ? "under" : "over"} ${current})`;
  }
  const w = shareToWeight(ev.weights, k, share);
  return w === null
    ? `${name} (the other criteria sharing the rest equally)`
    : `${name} (${label} weight ${weightText(w)} instead of ${current})`;
}

/** How far beyond a tipping share the tie check looks: well inside the next crossing of real ratings. */
const BEYOND = 1e-6;

/**
 * The other offers that score the same as `who` when criterion k's share is t (the others keeping
 * their proportions, or sharing the rest equally when all are 0). The tipping table names one offer
 * that gets strictly ahead of the leader; another offer can rise with it (identical lines, e.g. 4,1
 * against 1,4 on two equally weighted criteria), and then "B leads" would be untrue: "B, tied with C".
 */
function tiedWith(ev: Evaluation, k: number, t: number, who: number): number[] {
  const w = ev.weights;
  const others = w.reduce((a, x, j) => (j === k ? a : a + x), 0);
  const score = (r: readonly (number | null)[]): number | null => {
    if (r.some((x) => x === null)) return null;
    let s = 0;
    for (let j = 0; j < 4; j++) {
      const share = j === k ? t : others > 0 ? ((1 - t) * w[j]) / others : (1 - t) / 3;
      s += share * ((r[j] as number) - 1);
    }
    return 25 * s;
  };
  const target = score(ev.ratings[who]);
  if (target === null) return [];
  const out: number[] = [];
  ev.ratings.forEach((r, i) => {
    const s = score(r);
    if (i !== who && s !== null && Math.abs(s - target) < 1e-7) out.push(i);
  });
  return out;
}

/** One row per criterion: share now, the nearest change of leader below and above, or why not shown. */
export function tippingRows(ev: Evaluation): Cell[][] {
  const rec = ev.recommendation;
  const w = ev.weights;
  const total = w[0] + w[1] + w[2] + w[3];
  return CRITERIA.map((c, k): Cell[] => {
    const row = rec.tipping?.rows[k];
    const label = CRITERION_LABELS[c];
    if (!row) return [label, total > 0 ? w[k] / total : null, null, "Not available", null, "Not available"];
    return [
      label,
      row.currentShare,
      row.lowerShare,
      leaderCell(ev, k, "below", row.lowerShare, row.leaderBelow, row.currentShare),
      row.higherShare,
      leaderCell(ev, k, "above", row.higherShare, row.leaderAbove, row.currentShare),
    ];
  });
}

/**
 * The role's "Borderline" cell: each neighbouring role one answer step away, the step, and the
 * offer that would then lead alone if that differs from today; "" when the role is not borderline.
 */
export function borderlineText(ev: Evaluation): string {
  return ev.borderline
    .map((n) => {
      const then = n.leaderThen === null ? "" : `; then ${rankingName(ev, n.leaderThen)} would lead`;
      return `${ROLE_NAMES[n.role]} if statement ${n.move.item + 1} ("${CHECKLIST[n.move.item].short}") were ${n.move.to} instead of ${n.move.from}${then}`;
    })
    .join(". Or ");
}

/** The ranking's header: issue 9's "Rated" and issue 10's "Score range" and "Chance first" after the score. */
export const RANKING_HEADERS = [
  "Rank",
  "Company",
  "Title",
  "Score",
  "Score range",
  "Chance first",
  "Rated",
  "Close call",
  "Scope points",
  "Data maturity points",
  "Support points",
  "Growth points",
  "Deciding criterion vs runner-up",
] as const;

/** The chart's numbers, next to it: each offer's score with the ends of its range. */
export const CHART_DATA_HEADERS = ["Offer", "Lowest", "Score", "Highest"] as const;

/** Where the live Offers table is, for Chance first as an OFFER.PFIRST formula over it. */
export interface LiveChances {
  /** The Offers table's name as the workbook has it. */
  readonly offersTable: string;
  /** The weights' defined name (OfferWeights). */
  readonly weightsName: string;
  /** Per offer (input order): its 1-based row in the Offers table's data body. */
  readonly rows: readonly number[];
  /** How many rows the Offers table's data body has (each PFIRST call samples them all). */
  readonly tableRows: number;
}

/**
 * Live chances up to this many Offers table rows. Each ranking row holds its own OFFER.PFIRST call
 * over the whole table, so a recalculation costs rows x rows x 10,000 draws: 20 rows take about
 * 0.1 s (20 calls of about 5 ms, npm run bench); 1,000 rows would take hours.
 */
export const MAX_LIVE_CHANCE_ROWS = 20;

/** Said in a Chance first cell whose offer is no longer on the row it was written from. */
export const MOVED_TEXT = "Write again";

/**
 * Chance first can be a live formula only when the evaluation's chances are what the formula would
 * compute: two or more rated offers and no invalid rating (OFFER.PFIRST fails the whole call on one).
 */
function liveUsable(ev: Evaluation, live: LiveChances | undefined): boolean {
  return !!live && ev.chances !== null && ev.invalid.length === 0 && live.tableRows <= MAX_LIVE_CHANCE_ROWS;
}

/**
 * The live chance of the offer on body row n of the Offers table. INDEX picks its entry of the
 * PFIRST column; when the offer has a company name, the cell checks that row still holds it (the
 * ranking is a snapshot, the Offers table is not) and says "Write again" instead of showing another
 * offer's chance.
 */
export function chanceFormula(live: LiveChances, n: number, named: boolean): string {
  const t = live.offersTable;
  const pfirst = `OFFER.PFIRST(${t}[Scope],${t}[Data maturity],${t}[Support],${t}[Growth],${live.weightsName})`;
  const pick = `INDEX(${pfirst},${n})`;
  return named ? `=IF(INDEX(${t}[Company],${n})=[@Company],${pick},"${MOVED_TEXT}")` : `=${pick}`;
}

/** "62.5 to 75.0", or one figure when there is no uncertainty. */
export function rangeText(r: readonly [number, number] | null): string {
  if (!r) return "";
  return r[0] === r[1] ? pts(r[0]) : `${pts(r[0])} to ${pts(r[1])}`;
}

/** The ranking's rows, best first; one placeholder row when nothing is scored. */
export function rankingRows(ev: Evaluation, live?: LiveChances): Cell[][] {
  const rec = ev.recommendation;
  const useLive = liveUsable(ev, live) ? live : undefined;
  const rows = rec.ranked.map((r, i): Cell[] => {
    const o = ev.offers[r.index];
    const value = ev.chances?.[r.index] ?? null;
    const n = useLive?.rows[r.index];
    const chance: Cell =
      useLive && n !== undefined
        ? { formula: chanceFormula(useLive, n, !!o && o.company.trim() !== ""), value }
        : value;
    return [
      r.rank,
      rankingName(ev, r.index),
      o ? o.title : "",
      r.score,
      rangeText(ev.scoreRanges[r.index] ?? null),
      chance,
      `${r.rated} of 4`,
      r.closeCall ? "Yes" : "",
      r.contributions[0],
      r.contributions[1],
      r.contributions[2],
      r.contributions[3],
      i === 0 && rec.deciding
        ? `${CRITERION_LABELS[rec.deciding.criterion]} (+${rec.deciding.points.toFixed(1)} points)`
        : "",
    ];
  });
  if (rows.length === 0) {
    rows.push(RANKING_HEADERS.map((_, j): Cell => (j === 1 ? "No scored offers yet" : null)));
  }
  return rows;
}

/** The note above the ranking: what Rated, Score range and Chance first mean, and how live the chances are. */
export function rankingNote(ev: Evaluation, live?: LiveChances): string {
  const parts = [
    "Rated: how many of the four criteria each offer has rated. Score range: the lowest and highest score its ranges and blanks allow (a blank could be anything from 1 to 5).",
    "Chance first: in how many of 10,000 scenarios, each range and blank drawn at random, the offer scores highest (about ±1 point for a 50% chance).",
    "Close call: Yes on every offer that is first now, or would be first (alone or tied) after one step up or down in a single rating of any offer; blank when only the leader is.",
  ];
  if (ev.chances === null) {
    parts.push(ev.chanceNote ?? "Chance first needs at least two rated offers.");
  } else if (liveUsable(ev, live)) {
    parts.push(
      `Chance first is a live OFFER.PFIRST formula over the Offers table: it follows your ratings, while the order and the other columns are as of writing; "${MOVED_TEXT}" means that offer has moved on the Offers table.`,
    );
  } else if (live && live.tableRows > MAX_LIVE_CHANCE_ROWS) {
    parts.push(
      `Chance first holds the values computed when this was written: with more than ${MAX_LIVE_CHANCE_ROWS} rows in the Offers table, a live OFFER.PFIRST in every row would make each recalculation slow.`,
    );
  } else if (live && ev.invalid.length > 0) {
    parts.push(
      "Chance first holds the values computed when this was written, leaving out offers with an invalid rating (a live OFFER.PFIRST would show an error until the rating is fixed).",
    );
  } else {
    parts.push("Chance first holds the values computed when this was written.");
  }
  if (ev.chances !== null && ev.chanceNote) parts.push(ev.chanceNote);
  const bad = ev.invalid.slice(0, 3).map((x) => x.message);
  if (bad.length > 0) {
    parts.push(
      `Not ranked: ${bad.join(" ")}${ev.invalid.length > 3 ? ` (and ${ev.invalid.length - 3} more)` : ""}`,
    );
  }
  return parts.join(" ");
}

/** The chart's rows: the top offers' lowest, score and highest, in ranking order. */
export function chartDataRows(ev: Evaluation, points: number): Cell[][] {
  return ev.recommendation.ranked.slice(0, points).map((r): Cell[] => {
    const range = ev.scoreRanges[r.index] ?? null;
    return [rankingName(ev, r.index), range ? range[0] : null, r.score, range ? range[1] : null];
  });
}
