/**
 * What matters in an offer: the four weights, either as sliders or by pairwise comparison (AHP).
 * The numbers come from the scoring module (ahpWeights) and state.ts (effectiveWeights).
 */
import { WHY_NOT_SALARY } from "../content";
import { AHP_PAIRS, ahpWeights, CR_LIMIT, CRITERIA, CRITERION_LABELS } from "../scoring";
import { h, panel, replace } from "./dom";
import { effectiveWeights, type PersonState } from "./state";
import type { Store } from "./store";

const LABELS = CRITERIA.map((c) => CRITERION_LABELS[c]);

/** Whole percentages that add up to exactly 100 (largest remainder), in the order given. */
export function percentages(weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return weights.map(() => 0);
  const exact = weights.map((w) => (w / total) * 100);
  const out = exact.map(Math.floor);
  let left = 100 - out.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, frac: x - Math.floor(x) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    out[i] += 1;
    left -= 1;
  }
  return out;
}

/** Saaty's scale as the select offers it: from "first matters 9x more" to "second matters 9x more". */
export const SAATY_VALUES: readonly number[] = [
  9,
  8,
  7,
  6,
  5,
  4,
  3,
  2,
  1,
  1 / 2,
  1 / 3,
  1 / 4,
  1 / 5,
  1 / 6,
  1 / 7,
  1 / 8,
  1 / 9,
];

/** "3" for 3, "1/3" for a third: the select's option value. */
export function judgmentKey(v: number): string {
  return v >= 1 ? String(Math.round(v)) : `1/${Math.round(1 / v)}`;
}

export function parseJudgmentKey(key: string): number | null {
  const m = /^(?:(\d)|1\/(\d))$/.exec(key);
  if (!m) return null;
  const n = Number(m[1] ?? m[2]);
  if (n < 1 || n > 9) return null;
  return m[1] !== undefined ? n : 1 / n;
}

/** The scale value nearest to v (on a log scale), for stored judgments that are not on it. */
export function nearestSaaty(v: number): number {
  let best = SAATY_VALUES[0];
  for (const s of SAATY_VALUES) if (Math.abs(Math.log(s / v)) < Math.abs(Math.log(best / v))) best = s;
  return best;
}

function lower(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** "Scope matters 3x more than data maturity", "Scope and data maturity matter equally", ... */
export function judgmentLabel(pair: number, v: number): string {
  const [i, j] = AHP_PAIRS[pair];
  if (Math.abs(v - 1) < 1e-9) return `${LABELS[i]} and ${lower(LABELS[j])} matter equally`;
  if (v > 1) return `${LABELS[i]} matters ${Math.round(v)}x more than ${lower(LABELS[j])}`;
  return `${LABELS[j]} matters ${Math.round(1 / v)}x more than ${lower(LABELS[i])}`;
}

/** The option text in the pair's select (the label names the pair): "Scope matters 3x more", "Both matter equally". */
export function judgmentOption(pair: number, v: number): string {
  const [i, j] = AHP_PAIRS[pair];
  if (Math.abs(v - 1) < 1e-9) return "Both matter equally";
  return v > 1
    ? `${LABELS[i]} matters ${Math.round(v)}x more`
    : `${LABELS[j]} matters ${Math.round(1 / v)}x more`;
}

/** "Scope vs data maturity" */
export function pairName(pair: number): string {
  const [i, j] = AHP_PAIRS[pair];
  return `${LABELS[i]} vs ${lower(LABELS[j])}`;
}

export interface AhpView {
  readonly percentages: readonly number[];
  readonly cr: number;
  readonly crText: string;
  /** A plain warning naming the judgment to revisit, when the consistency ratio is above CR_LIMIT. */
  readonly warning: string | null;
  /** The judgment to revisit (0-based), or null when the judgments are consistent enough. */
  readonly revisit: number | null;
}

export function ahpView(judgments: readonly number[]): AhpView {
  const r = ahpWeights(judgments);
  const over = r.cr > CR_LIMIT;
  return {
    percentages: percentages(r.weights),
    cr: r.cr,
    crText: `Consistency ratio: ${r.cr.toFixed(2)} (${over ? "above" : "within"} the ${CR_LIMIT.toFixed(2)} limit).`,
    warning: over
      ? `Some of these comparisons contradict each other. Revisit "${pairName(r.worstJudgment)}" (now: ${judgmentLabel(r.worstJudgment, judgments[r.worstJudgment])}): it departs most from the weights the others imply.`
      : null,
    revisit: over ? r.worstJudgment : null,
  };
}

/**
 * For the results (the standalone page): a sentence when the weights in use come from pairwise
 * judgments that contradict each other (consistency ratio above CR_LIMIT); null otherwise (sliders,
 * or consistent judgments).
 */
export function inconsistencyNote(state: PersonState): string | null {
  if (state.weights.mode !== "ahp") return null;
  const judgments = state.weights.judgments;
  const r = ahpWeights(judgments);
  if (!(r.cr > CR_LIMIT)) return null;
  return (
    `These weights come from pairwise judgments that contradict each other (consistency ratio ${r.cr.toFixed(2)}, ` +
    `above ${CR_LIMIT.toFixed(2)}). Revisit "${pairName(r.worstJudgment)}" (now: ${judgmentLabel(r.worstJudgment, judgments[r.worstJudgment])}) ` +
    `under What matters in an offer before trusting the ranking.`
  );
}

function weightsSummary(state: PersonState): string {
  const p = percentages(effectiveWeights(state));
  return LABELS.map((l, i) => `${l} ${p[i]}%`).join(", ");
}

function sliderValueText(label: string, slider: number, pct: number): string {
  return `${label}: ${pct}% of the total (slider at ${slider} of 100)`;
}

export function renderWeights(store: Store, onWeightsChange: (state: PersonState) => void): HTMLElement {
  const section = panel(
    "weights",
    "What matters in an offer",
    "Weigh scope, data maturity, support and growth: the weights every offer's score uses.",
  );
  const state = store.get();

  // Mode switch: a radio group (arrow keys move between the two).
  const modes = h("fieldset", { class: "mode-switch" }, h("legend", {}, "Set the weights with"));
  const modePanels: Record<"sliders" | "ahp", HTMLElement> = {
    sliders: h("div", { id: "weights-sliders", class: "mode-panel" }),
    ahp: h("div", { id: "weights-ahp", class: "mode-panel" }),
  };
  (
    [
      ["sliders", "Sliders"],
      ["ahp", "Pairwise comparison"],
    ] as const
  ).forEach(([mode, label]) => {
    const id = `weights-mode-${mode}`;
    const input = h("input", {
      type: "radio",
      name: "weights-mode",
      id,
      value: mode,
      checked: state.weights.mode === mode,
      "aria-controls": modePanels[mode].id,
    });
    input.addEventListener("change", () => {
      if (!input.checked) return;
      store.update((s) => {
        s.weights.mode = mode;
      });
      showMode();
    });
    modes.append(h("span", { class: "mode-option" }, input, h("label", { for: id }, label)));
  });

  // Sliders.
  const sliderError = h("p", { class: "field-error", id: "weights-slider-error", role: "alert" });
  const sliders = CRITERIA.map((c, i) => {
    const id = `weight-${c}`;
    const input = h("input", {
      type: "range",
      id,
      min: 0,
      max: 100,
      step: 1,
      "aria-describedby": `${id}-pct`,
    });
    input.value = String(state.weights.sliders[i]);
    const out = h("output", { id: `${id}-pct`, for: id, class: "weight-pct" });
    input.addEventListener("input", () => {
      const v = Number(input.value);
      const next = [...store.get().weights.sliders];
      next[i] = v;
      if (!next.some((x) => x > 0)) {
        sliderError.textContent = "At least one weight must be above 0: the other weights were kept.";
        return;
      }
      sliderError.textContent = "";
      store.update((s) => {
        s.weights.sliders[i] = v;
      });
    });
    modePanels.sliders.append(
      h("div", { class: "field slider" }, h("label", { for: id }, CRITERION_LABELS[c]), input, out),
    );
    return { input, out, label: CRITERION_LABELS[c] };
  });
  modePanels.sliders.append(sliderError);

  // Pairwise comparison.
  const crLine = h("p", { class: "cr", id: "ahp-cr" });
  const crWarning = h("p", { class: "warning", id: "ahp-warning", hidden: true });
  const ahpList = h("p", { class: "muted", id: "ahp-weights" });
  const selects = AHP_PAIRS.map((_, n) => {
    const id = `judgment-${n + 1}`;
    const select = h(
      "select",
      { id },
      ...SAATY_VALUES.map((v) => h("option", { value: judgmentKey(v) }, judgmentOption(n, v))),
    );
    select.value = judgmentKey(nearestSaaty(state.weights.judgments[n]));
    select.addEventListener("change", () => {
      const v = parseJudgmentKey(select.value);
      if (v === null) return;
      store.update((s) => {
        s.weights.judgments[n] = v;
      });
    });
    modePanels.ahp.append(h("div", { class: "field" }, h("label", { for: id }, pairName(n)), select));
    return select;
  });
  const ahpStatus = h("div", { "aria-live": "polite" }, crLine, crWarning, ahpList);
  modePanels.ahp.append(ahpStatus);

  const summary = h("p", { class: "weights-summary", id: "weights-summary" });
  // Why four criteria and not the pay: the guide's note on salary, in one place for the pane and the page.
  const why = h("p", { class: "hint", id: "weights-why" }, WHY_NOT_SALARY);
  section.append(why, modes, modePanels.sliders, modePanels.ahp, h("h3", {}, "Weights in use"), summary);

  function showMode(): void {
    const mode = store.get().weights.mode;
    modePanels.sliders.hidden = mode !== "sliders";
    modePanels.ahp.hidden = mode !== "ahp";
  }

  function draw(s: PersonState): void {
    const pct = percentages(s.weights.sliders);
    sliders.forEach(({ input, out, label }, i) => {
      out.textContent = `${pct[i]}%`;
      input.setAttribute("aria-valuetext", sliderValueText(label, s.weights.sliders[i], pct[i]));
    });
    const view = ahpView(s.weights.judgments);
    crLine.textContent = view.crText;
    crWarning.hidden = view.warning === null;
    replace(crWarning, view.warning ?? "");
    ahpList.textContent = `These comparisons give: ${LABELS.map((l, i) => `${l} ${view.percentages[i]}%`).join(", ")}.`;
    selects.forEach((sel, n) => sel.setAttribute("aria-invalid", String(n === view.revisit)));
    summary.textContent = weightsSummary(s);
  }

  showMode();
  draw(state);
  let last = JSON.stringify(state.weights);
  store.subscribe((s) => {
    const now = JSON.stringify(s.weights);
    if (now === last) return;
    last = now;
    draw(s);
    onWeightsChange(s);
  });
  return section;
}
