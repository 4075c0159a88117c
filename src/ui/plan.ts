/** The plan: start date and hours per week, the roadmap's pace. */
import { MAX_HOURS_PER_WEEK, MIN_HOURS_PER_WEEK, phaseLengthWeeks } from "../scoring";
import { h, panel } from "./dom";
import type { Store } from "./store";

export type Checked<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** The date input's value: "" means no start date (the roadmap then has weeks but no dates). */
export function checkStartDate(value: string): Checked<string | null> {
  if (value === "") return { ok: true, value: null };
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const d = new Date(`${value}T00:00:00Z`);
    const year = Number(m[1]);
    if (
      !Number.isNaN(d.getTime()) &&
      d.toISOString().slice(0, 10) === value &&
      year >= 1900 &&
      year <= 9999
    ) {
      return { ok: true, value };
    }
  }
  return { ok: false, message: "Enter a real date, for example 2027-01-04, or leave it empty." };
}

export function checkHours(value: string): Checked<number> {
  const text = value.trim();
  const n = Number(text);
  if (text === "" || !Number.isFinite(n)) {
    return {
      ok: false,
      message: `Enter the hours you can give each week, a number from ${MIN_HOURS_PER_WEEK} to ${MAX_HOURS_PER_WEEK}.`,
    };
  }
  if (n < MIN_HOURS_PER_WEEK || n > MAX_HOURS_PER_WEEK) {
    return {
      ok: false,
      message: `Hours per week must be from ${MIN_HOURS_PER_WEEK} to ${MAX_HOURS_PER_WEEK}; ${text} is outside that range.`,
    };
  }
  return { ok: true, value: n };
}

/** "Each phase takes 3 weeks: 12 weeks in all." */
export function paceText(hoursPerWeek: number): string {
  const weeks = phaseLengthWeeks(hoursPerWeek);
  return `Each of the four phases takes ${weeks} week${weeks === 1 ? "" : "s"}: ${weeks * 4} weeks in all.`;
}

function field(
  input: HTMLInputElement,
  label: string,
  hintText: string,
): { wrap: HTMLElement; error: HTMLElement } {
  const hintId = `${input.id}-hint`;
  const errorId = `${input.id}-error`;
  input.setAttribute("aria-describedby", `${hintId} ${errorId}`);
  const error = h("p", { class: "field-error", id: errorId });
  const wrap = h(
    "div",
    { class: "field" },
    h("label", { for: input.id }, label),
    h("span", { class: "field-hint", id: hintId }, hintText),
    input,
    error,
  );
  return { wrap, error };
}

function showError(input: HTMLInputElement, error: HTMLElement, message: string | null): void {
  error.textContent = message ?? "";
  if (message) input.setAttribute("aria-invalid", "true");
  else input.removeAttribute("aria-invalid");
}

export function renderPlan(store: Store): HTMLElement {
  const section = panel(
    "plan",
    "Your plan",
    "When you start and how much time you have set the roadmap's dates and pace.",
  );
  const plan = store.get().plan;

  const date = h("input", { type: "date", id: "plan-start", min: "1900-01-01", max: "9999-12-31" });
  date.value = plan.startDate ?? "";
  const dateField = field(date, "Start date", "Leave empty for a roadmap in weeks without dates.");

  const hours = h("input", {
    type: "number",
    id: "plan-hours",
    min: MIN_HOURS_PER_WEEK,
    max: MAX_HOURS_PER_WEEK,
    step: 1,
    inputmode: "numeric",
  });
  hours.value = String(plan.hoursPerWeek);
  const hoursField = field(
    hours,
    "Hours per week",
    `From ${MIN_HOURS_PER_WEEK} to ${MAX_HOURS_PER_WEEK}; the plans assume 10.`,
  );
  const pace = h(
    "p",
    { class: "muted", id: "plan-pace", "aria-live": "polite" },
    paceText(plan.hoursPerWeek),
  );

  const onDate = (): void => {
    // A date input holding a half-typed date reports "" and badInput.
    const checked = date.validity.badInput ? checkStartDate("invalid") : checkStartDate(date.value);
    showError(date, dateField.error, checked.ok ? null : checked.message);
    if (checked.ok) {
      store.update((s) => {
        s.plan.startDate = checked.value;
      });
    }
  };
  date.addEventListener("change", onDate);
  date.addEventListener("input", onDate);

  hours.addEventListener("input", () => {
    const checked = checkHours(hours.value);
    showError(hours, hoursField.error, checked.ok ? null : checked.message);
    if (checked.ok) {
      pace.textContent = paceText(checked.value);
      store.update((s) => {
        s.plan.hoursPerWeek = checked.value;
      });
    }
  });

  section.append(dateField.wrap, hoursField.wrap, pace);
  return section;
}
