/**
 * The page's results for the person's state and offers: the summary line, the role, the verdict, a
 * chart of scores, the ranked offers with each criterion's points, the tipping table and the
 * roadmap. Every number comes from the scoring module through the sheet layouts' inputs
 * (src/workbook/inputs.ts evaluate), every sentence from the wording the sheets use.
 */
import {
  CRITERIA,
  CRITERION_LABELS,
  PFIRST_DEFAULT_SAMPLES,
  roadmap,
  ROLE_NAMES,
  serialToIso,
  shareToWeight,
  skillsToStress,
  type TippingRow,
  TIPPING_HEADERS,
} from "../scoring";
import { SKILLS } from "../content";
import { h } from "../ui/dom";
import { borderlineSentence } from "../ui/quiz";
import { phaseMistakes, proofToShow, startNowLine } from "../ui/roles";
import { planInTypedWeights, type PersonState } from "../ui/state";
import { inconsistencyNote } from "../ui/weights";
import { describeError } from "../ui/wording";
import { roleReason } from "./wording";
import { evaluate, offerName, type Evaluation } from "../workbook/inputs";
import { driverLines, driversTitle } from "../workbook/drivers";
import { tippingReason, verdictText } from "../workbook/verdict";
import { scoreChart } from "./chart";
import { toOfferInput, type OfferRow } from "./offersState";
import { table } from "./table";

export interface ResultsView {
  /** The one-line summary (or why nothing could be computed). */
  readonly summary: string;
  /** The result blocks, in page order; none when nothing could be computed. */
  readonly blocks: readonly HTMLElement[];
}

function fmt(n: number | null | undefined, digits = 1): string {
  return n === null || n === undefined ? "" : n.toFixed(digits);
}

/** A share as a percentage to one decimal ("54.5%"), whole when it is whole ("10%"). */
export function sharePct(share: number): string {
  return `${Number((share * 100).toFixed(1))}%`;
}

/**
 * A tipping share with what it means on the person's own controls: with sliders, the slider value
 * that gives that share with the other sliders unchanged ("54.5% (scope slider 30 instead of 25)");
 * pairwise weights have no single control for it, and a share of the whole weight has no finite
 * slider value, so those are the share alone.
 */
export function shareCell(state: PersonState, k: number, t: number | null): string {
  if (t === null) return "";
  const label = CRITERION_LABELS[CRITERIA[k]].toLowerCase();
  if (state.weights.mode !== "sliders") return sharePct(t);
  const sliders = state.weights.sliders;
  const w = shareToWeight([sliders[0], sliders[1], sliders[2], sliders[3]], k, t);
  if (w === null) return sharePct(t);
  if (w <= SLIDER_MAX) {
    return `${sharePct(t)} (${label} slider ${Number(w.toFixed(1))} instead of ${sliders[k]})`;
  }
  // Past the slider's end: the same share with this slider at its end and the others scaled down.
  const others = sliders.reduce((a, v, j) => (j === k ? a : a + v), 0);
  const scale = (SLIDER_MAX * (1 - t)) / t / others;
  return `${sharePct(t)} (${label} slider ${SLIDER_MAX} with the other sliders at ${Math.round(scale * 100)}% of theirs)`;
}

/** The weight sliders run from 0 to this (src/ui/weights.ts). */
const SLIDER_MAX = 100;

/** The tipping table's rows as the page shows them: both directions, "none" where no offer takes over. */
export function tippingCells(
  state: PersonState,
  rows: readonly TippingRow[],
  name: (i: number) => string,
): string[][] {
  // A tie now changes at today's share: "the slider 40 instead of 40" would say nothing, so say which way.
  const at = (k: number, t: number | null, side: "under" | "over"): string =>
    t !== null && t === rows[k].currentShare
      ? `${sharePct(t)} (${CRITERION_LABELS[CRITERIA[k]].toLowerCase()} just ${side} today's)`
      : shareCell(state, k, t);
  return rows.map((r, k) => [
    CRITERION_LABELS[r.criterion],
    sharePct(r.currentShare),
    r.leaderBelow === null ? "" : at(k, r.lowerShare, "under"),
    r.leaderBelow === null ? "none" : name(r.leaderBelow),
    r.leaderAbove === null ? "" : at(k, r.higherShare, "over"),
    r.leaderAbove === null ? "none" : name(r.leaderAbove),
  ]);
}

/**
 * A chance of coming first as a whole percentage; never "0%" or "100%" for a chance that is neither
 * (with 10,000 samples a rare win is still a win).
 */
export function chancePct(p: number | null): string {
  if (p === null) return "";
  if (p > 0 && p < 0.005) return "<1%";
  if (p < 1 && p >= 0.995) return ">99%";
  return `${Math.round(p * 100)}%`;
}

/** "70.0 to 85.0", or the one score when the range is a point. */
export function rangeText(r: readonly [number, number] | null): string {
  if (r === null) return "";
  return r[0] === r[1] ? fmt(r[0]) : `${fmt(r[0])} to ${fmt(r[1])}`;
}

/** The ranked table's box: the chart's note links to it. */
const RANKING_BOX_ID = "sa-ranking-box";

/**
 * A link to the ranked table that moves focus there (the box takes focus) without changing the
 * page's address: the same page runs as the Excel pane, whose URL Office reads.
 */
function linkToRanking(): HTMLElement {
  const a = h("a", { href: `#${RANKING_BOX_ID}` }, "Offers ranked");
  a.addEventListener("click", (e) => {
    const box = document.getElementById(RANKING_BOX_ID);
    if (!box) return;
    e.preventDefault();
    box.focus();
  });
  return a;
}

export const RANKED_HEADERS = [
  "Offer",
  "Rank",
  "Score",
  "Score range",
  "Chance first",
  "Rated",
  ...CRITERIA.map((c) => CRITERION_LABELS[c]),
  "Close call",
] as const;

export { TIPPING_HEADERS };

/** What the Close call column means (the Recommendation sheet's note says the same). */
export const CLOSE_CALL_NOTE =
  "Close call: Yes on every offer that is first now, or would be first (alone or tied) after one step up or down in a single rating of any offer; blank when only the leader is.";

/** The plan the page evaluates: the weights in slider units (planInTypedWeights). */
export const pagePlan = planInTypedWeights;

export function renderResults(state: PersonState, offers: readonly OfferRow[]): ResultsView {
  const plan = pagePlan(state);
  const inputs = offers.map(toOfferInput);
  let ev: Evaluation;
  try {
    ev = evaluate(plan, inputs);
  } catch (e) {
    return { summary: `The results could not be computed: ${describeError(e)}`, blocks: [] };
  }
  const rec = ev.recommendation;
  const name = (i: number): string => offerName(ev.offers[i], i);
  const verdict = verdictText(ev, { where: "page" });
  const weightsNote = inconsistencyNote(state);
  const invalidOffers = [...new Set(ev.invalid.map((x) => x.index))];
  const leftOut =
    invalidOffers.length === 0
      ? ""
      : ` ${invalidOffers.length} offer${invalidOffers.length === 1 ? " is" : "s are"} left out until ${invalidOffers.length === 1 ? "its" : "their"} ratings are fixed.`;
  const top = rec.ranked.filter((r) => r.rank === 1);
  const summary =
    (rec.ranked.length === 0
      ? "No offer can be scored yet."
      : top.length > 1
        ? `${top.map((r) => name(r.index)).join(", ")} are tied at ${fmt(top[0].score)} out of 100 (${rec.ranked.length} offers scored).`
        : `${name(rec.ranked[0].index)} leads with ${fmt(rec.ranked[0].score)} out of 100 (${rec.ranked.length} offer${rec.ranked.length === 1 ? "" : "s"} scored).`) +
    leftOut;

  const role = ev.role;
  const roleBlock = h(
    "div",
    { class: "sa-block", id: "sa-role" },
    h("h3", {}, "Your role"),
    h(
      "p",
      {},
      role.quiz
        ? `${ROLE_NAMES[role.role]} (lean ${role.quiz.lean >= 0 ? "+" : "\u2212"}${Math.abs(role.quiz.lean).toFixed(2)}).`
        : `${ROLE_NAMES.Hybrid} for now: ${roleReason(plan.answers, role.note)}`,
    ),
    role.quiz ? h("p", { class: "sa-drivers-title" }, `${driversTitle(role.role)}:`) : null,
    role.quiz
      ? h(
          "ul",
          { class: "sa-drivers" },
          ...driverLines(role.quiz, plan.answers).map((line) => h("li", {}, line)),
        )
      : null,
    ...ev.borderline.map((n) =>
      h(
        "p",
        { class: "sa-borderline" },
        borderlineSentence(
          n,
          n.leaderThen !== null
            ? `, and with its scope ratings ${name(n.leaderThen)} would lead`
            : rec.ranked.length >= 2
              ? `; with its scope ratings no other offer would be alone in the lead`
              : "",
        ),
      ),
    ),
  );

  const verdictBlock = h(
    "div",
    { class: "sa-block", id: "sa-verdict" },
    h("h3", {}, "Verdict"),
    h("p", {}, verdict),
  );

  const children: HTMLElement[] = [];
  if (weightsNote) {
    children.push(h("p", { class: "warning sa-weights-note", id: "sa-weights-note" }, weightsNote));
  }
  if (ev.invalid.length > 0) {
    children.push(
      h(
        "div",
        { class: "sa-block sa-invalid", id: "sa-invalid" },
        h("h3", {}, "Not ranked: a rating to fix"),
        h("ul", {}, ...ev.invalid.map((x) => h("li", {}, x.message))),
      ),
    );
  }
  children.push(roleBlock, verdictBlock);
  if (rec.ranked.length > 0) {
    const bars = rec.ranked.slice(0, 20).map((r) => ({
      label: name(r.index),
      value: r.score,
      range: ev.scoreRanges[r.index] ?? null,
    }));
    children.push(
      h(
        "div",
        { class: "sa-block", id: "sa-chart" },
        h("h3", {}, rec.ranked.length > 20 ? "Scores (top 20)" : "Scores"),
        scoreChart(bars, "Offer scores out of 100", "sa-chart-note"),
        h(
          "p",
          { class: "hint", id: "sa-chart-note" },
          "Every offer's full name, score and score range are in the table ",
          linkToRanking(),
          " below.",
        ),
      ),
    );
    children.push(
      h(
        "div",
        { class: "sa-block", id: "sa-ranking" },
        h("h3", {}, "Offers ranked"),
        table(
          "Offers ranked, with the points each criterion contributes",
          RANKED_HEADERS,
          rec.ranked.map((r) => [
            name(r.index),
            String(r.rank),
            fmt(r.score),
            rangeText(ev.scoreRanges[r.index] ?? null),
            ev.chances ? chancePct(ev.chances[r.index] ?? null) : "",
            `${r.rated} of 4`,
            ...r.contributions.map((c) => fmt(c)),
            r.closeCall ? "Yes" : "",
          ]),
          "sa-table-cards sa-ranking-table",
          RANKING_BOX_ID,
        ),
        h(
          "p",
          { class: "hint", id: "sa-ranges-note" },
          (ev.chances
            ? `Score range: the lowest and highest score with each range at its ends and a blank as anything from 1 to 5. Chance first: the share of ${PFIRST_DEFAULT_SAMPLES.toLocaleString("en-US")} scenarios, each rating drawn from its range, in which the offer comes first (ties share a scenario).`
            : `Score range: the lowest and highest score with each range at its ends and a blank as anything from 1 to 5. ${ev.chanceNote ?? ""}`.trim()) +
            ` ${CLOSE_CALL_NOTE}`,
        ),
        rec.deciding
          ? h(
              "p",
              { class: "hint" },
              `Deciding criterion versus the runner-up: ${CRITERION_LABELS[rec.deciding.criterion]} (+${fmt(rec.deciding.points)} points).`,
            )
          : null,
      ),
    );
  }
  children.push(
    h(
      "div",
      { class: "sa-block", id: "sa-tipping" },
      h("h3", {}, "What would change the leader"),
      rec.tipping
        ? table(
            "Tipping points: the nearest share of the weight, lower and higher, past which another offer leads",
            TIPPING_HEADERS,
            tippingCells(state, rec.tipping.rows, name),
            "sa-table-cards sa-tipping-table",
          )
        : h(
            "p",
            { class: "muted", id: "sa-tipping-reason" },
            tippingReason(ev) ??
              "Rate at least two offers on all four criteria to see what would change the leader.",
          ),
    ),
  );

  const phases = roadmap(role.role, { startSerial: plan.startSerial, hoursPerWeek: plan.hoursPerWeek });
  const stress = skillsToStress(role.role, plan.skills);
  const skillName = (id: string): string => SKILLS.find((s) => s.id === id)?.name ?? id;
  children.push(
    h(
      "div",
      { class: "sa-block", id: "sa-roadmap" },
      h("h3", {}, `Roadmap (${ROLE_NAMES[role.role]}, ${plan.hoursPerWeek} hours a week)`),
      startNowLine(plan.hoursPerWeek, plan.startSerial),
      phaseMistakes(role.role, "all"),
      h(
        "ol",
        { class: "sa-phases" },
        ...phases.map((p, i) =>
          h(
            "li",
            {},
            h(
              "p",
              { class: "sa-phase-title" },
              `Weeks ${p.weeks}${p.startSerial !== null && p.endSerial !== null ? ` (${serialToIso(p.startSerial)} to ${serialToIso(p.endSerial)})` : ""}: ${p.focus}`,
            ),
            h("p", {}, p.topics),
            stress[i].length > 0
              ? h("p", { class: "hint" }, `Stress: ${stress[i].map(skillName).join(", ")}`)
              : null,
            h("p", { class: "hint" }, `Proof: ${p.proof}`),
            phaseMistakes(role.role, p.phase),
          ),
        ),
      ),
      proofToShow(role.role),
    ),
  );
  return { summary, blocks: children };
}
