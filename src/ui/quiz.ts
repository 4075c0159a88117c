/** The role quiz: eight Likert radio groups and a live result (lean, role, the statements behind it). */
import { CHECKLIST, LIKERT_LABELS } from "../content";
import {
  type AnswerMove,
  borderlineRole,
  DomainError,
  quizResult,
  ROLE_NAMES,
  type Rating,
  type Role,
} from "../scoring";
import { roleAdvice } from "../workbook/guide";
import { driverLines, driversTitle } from "../workbook/drivers";
import { plainMessage } from "../workbook/verdict";
import { h, panel, replace } from "./dom";
import { roleLink } from "./roles";
import type { Store } from "./store";

export type QuizView =
  | { readonly kind: "message"; readonly text: string }
  | {
      readonly kind: "result";
      readonly lean: number;
      /** 0 (fully Data Scientist) .. 100 (fully Machine Learning Engineer): where the marker sits on the bar. */
      readonly position: number;
      readonly role: Role;
      readonly roleName: string;
      readonly summary: string;
      /** "What pushed it most" (a role) or "What pulls each way" (Hybrid). */
      readonly driversTitle: string;
      readonly drivers: readonly string[];
      /**
       * One sentence per neighbouring role one answer step away (empty when the role is not
       * borderline): the role part only; which offer would lead then is for whoever knows the
       * offers (the page's results, the Recommendation sheet).
       */
      readonly borderline: readonly string[];
    };

/**
 * "Your role is borderline: answering 3 instead of 4 to statement 2 ("...") would make it Hybrid."
 * `then`, when given, is said after it as is (the page adds which offer would lead then).
 */
export function borderlineSentence(n: { readonly role: Role; readonly move: AnswerMove }, then = ""): string {
  const statement = `statement ${n.move.item + 1} ("${CHECKLIST[n.move.item].short}")`;
  return `Your role is borderline: answering ${n.move.to} instead of ${n.move.from} to ${statement} would make it ${ROLE_NAMES[n.role]}${then}.`;
}

function leanWords(lean: number, role: Role): string {
  const size = Math.abs(lean);
  if (role === "Hybrid") return "balanced between the two roles";
  const strength = size >= 0.5 ? "strongly" : size >= 0.25 ? "clearly" : "slightly";
  return `${strength} toward ${ROLE_NAMES[role]}`;
}

/** What the result area shows for these answers; never throws. */
export function quizView(answers: readonly Rating[]): QuizView {
  if (answers.every((a) => a === null)) {
    return {
      kind: "message",
      text: "Answer the statements to see which role you lean to. Partial answers are fine.",
    };
  }
  try {
    const r = quizResult(answers);
    const sign = r.lean > 0 ? "+" : r.lean < 0 ? "\u2212" : "";
    return {
      kind: "result",
      lean: r.lean,
      position: Math.round(((r.lean + 1) / 2) * 100),
      role: r.role,
      roleName: ROLE_NAMES[r.role],
      summary: `Lean ${sign}${Math.abs(r.lean).toFixed(2)}: ${leanWords(r.lean, r.role)}.`,
      driversTitle: driversTitle(r.role),
      drivers: driverLines(r, answers),
      borderline: borderlineRole(answers).map((n) => borderlineSentence(n)),
    };
  } catch (e) {
    if (e instanceof DomainError) return { kind: "message", text: plainMessage(e.message) };
    throw e;
  }
}

function likertGroup(index: number, value: Rating, onChange: (v: number) => void): HTMLFieldSetElement {
  const item = CHECKLIST[index];
  const name = `q-${item.id}`;
  const options = h("div", { class: "likert" });
  LIKERT_LABELS.forEach((label, k) => {
    const v = k + 1;
    const id = `${name}-${v}`;
    const input = h("input", { type: "radio", name, id, value: v, checked: value === v });
    input.addEventListener("change", () => {
      if (input.checked) onChange(v);
    });
    // The visible digit is part of the accessible name ("1 Strongly disagree").
    options.append(
      h(
        "span",
        { class: "likert-option" },
        input,
        h("label", { for: id }, String(v), h("span", { class: "visually-hidden" }, ` ${label}`)),
      ),
    );
  });
  return h(
    "fieldset",
    { class: "statement" },
    h("legend", {}, h("span", { class: "statement-number" }, `${index + 1}. `), item.statement),
    options,
    h(
      "div",
      { class: "likert-ends", "aria-hidden": "true" },
      h("span", {}, LIKERT_LABELS[0]),
      h("span", {}, LIKERT_LABELS[LIKERT_LABELS.length - 1]),
    ),
  );
}

/**
 * `borderlineNote`: said after the borderline sentences, where the role's effect on the offers is
 * shown (the pane does not hold the offers: they are in the Offers sheet or the page's grid).
 */
export function renderQuiz(store: Store, borderlineNote = ""): HTMLElement {
  const section = panel(
    "quiz",
    "Which role fits you?",
    "Rate each statement from 1 (strongly disagree) to 5 (strongly agree).",
  );
  CHECKLIST.forEach((_, i) => {
    section.append(
      likertGroup(i, store.get().answers[i], (v) =>
        store.update((s) => {
          s.answers[i] = v;
        }),
      ),
    );
  });
  const result = h("div", { class: "result-card", id: "quiz-result", "aria-live": "polite" });
  section.append(h("h3", {}, "Your result"), result);
  const draw = (answers: readonly Rating[]): void => {
    const view = quizView(answers);
    if (view.kind === "message") {
      replace(result, h("p", { class: "muted" }, view.text));
      return;
    }
    const marker = h("span", { class: "lean-marker" });
    marker.style.setProperty("--pos", `${view.position}%`);
    replace(
      result,
      h("p", { class: "role-name" }, view.roleName),
      h("div", { class: "lean-bar", "aria-hidden": "true" }, h("span", { class: "lean-track" }, marker)),
      h(
        "div",
        { class: "lean-ends", "aria-hidden": "true" },
        h("span", {}, ROLE_NAMES.DS),
        h("span", {}, ROLE_NAMES.MLE),
      ),
      h("p", {}, view.summary),
      roleLink(view.role),
      view.drivers.length ? h("p", { class: "drivers-title" }, `${view.driversTitle}:`) : null,
      view.drivers.length ? h("ul", { class: "drivers" }, ...view.drivers.map((d) => h("li", {}, d))) : null,
      ...view.borderline.map((b) => h("p", { class: "borderline" }, b)),
      view.borderline.length && borderlineNote
        ? h("p", { class: "hint borderline-note" }, borderlineNote)
        : null,
      // Near the line between roles, the hybrid-first route is a safe one too (Hybrid's link says it).
      view.borderline.length && view.role !== "Hybrid"
        ? h("p", { class: "hint" }, roleAdvice(view.role, { answered: true, borderline: true }))
        : null,
    );
  };
  let last = store.get().answers;
  draw(last);
  store.subscribe((s) => {
    if (s.answers.some((a, i) => a !== last[i])) {
      last = s.answers;
      draw(last);
    }
  });
  return section;
}
