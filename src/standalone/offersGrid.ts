/**
 * The page's offers grid: one fieldset per offer (company, title, scope type, the four ratings,
 * notes), with add, remove and an undo of each removal. It edits the shared OfferList and says when
 * it changed.
 */
import { CRITERION_LABELS, DomainError, ROLE_NAMES, SCOPE_TYPES, scopeFit, type Role } from "../scoring";
import { RUBRIC, SCOPE_TYPE_LABELS } from "../content";
import { h, replace } from "../ui/dom";
import { parseRatingCell } from "../workbook/inputs";
import { emptyOffer, MAX_PAGE_OFFERS, MAX_RATING_TEXT, type OfferRow } from "./offersState";
import { RemovalStack } from "./offersUndo";

const RATING_FIELDS = ["scope", "dataMaturity", "support", "growth"] as const;
type RatingField = (typeof RATING_FIELDS)[number];

/** The page's offers: the grid edits them, an import replaces `rows`, the results read them. */
export interface OfferList {
  rows: OfferRow[];
}

/**
 * What a rating field's text says is wrong with it, or null when it is blank, a number 1..5 or a
 * range ("3-5", "3.5 - 4", "2 to 3"). The message names the criterion, what is expected and what was
 * typed (the workbook readers' own rule, so the page and the sheets agree on what a rating is).
 */
export function ratingProblem(text: string, label: string): string | null {
  try {
    parseRatingCell(text, label);
    return null;
  } catch (e) {
    if (e instanceof DomainError) return e.message;
    throw e;
  }
}

/** The field's text as the row keeps it: null when empty (or only spaces), else exactly as typed. */
export function ratingFromText(text: string): string | null {
  return text.trim() === "" ? null : text;
}

export interface OffersGridOptions {
  readonly offers: OfferList;
  /** The person's role now: a scope type's rating depends on it. */
  readonly role: () => Role;
  /** Called after every change the grid makes to the offers. */
  readonly onChange: () => void;
  /** Shows why no offer could be added. */
  readonly onFull: (message: string) => void;
}

export interface OffersGrid {
  /** The rows (div#sa-offers). */
  readonly list: HTMLElement;
  readonly addButton: HTMLButtonElement;
  /** "Offer 2: Acme removed. Undo" (a status line; placed by the page just above the list). */
  readonly removedNotice: HTMLElement;
  /** Draws every row again from the list (after an import or an undo). */
  render(): void;
  /** Drops the removals' undo (an import replaced the list they came from). */
  forgetRemovals(): void;
  /** Updates each row's scope hint (the person's role may have changed). */
  updateScopeHints(): void;
}

export function offersGrid({ offers, role, onChange, onFull }: OffersGridOptions): OffersGrid {
  const list = h("div", { class: "sa-offers", id: "sa-offers" });

  const removals = new RemovalStack();
  // The status line stays in the page (an empty live region) so that screen readers announce its
  // changes; the Undo button in it is where focus goes after Remove, never the next Remove button.
  const removedText = h("span", { id: "sa-removed-text" });
  const undoRemove = h("button", { type: "button", class: "sa-undo sa-undo-remove", hidden: true }, "Undo");
  const removedNotice = h(
    "p",
    { class: "sa-removed", id: "sa-removed", role: "status", "aria-live": "polite" },
    removedText,
    " ",
    undoRemove,
  );

  /** Says what the newest removal was, offering its Undo; `before` leads the line. */
  function showRemoved(before: string): void {
    const last = removals.last();
    const said =
      last === null
        ? before
        : before === ""
          ? `${last.name} removed.`
          : `${before} ${last.name} was removed before it.`;
    removedText.textContent = said;
    removedNotice.classList.toggle("sa-removed-on", said !== "");
    undoRemove.hidden = last === null;
    if (last === null) undoRemove.removeAttribute("aria-label");
    else undoRemove.setAttribute("aria-label", `Undo: put back ${last.name}`);
  }

  undoRemove.addEventListener("click", () => {
    const r = removals.undo(offers.rows);
    if (!r.ok) {
      onFull(r.reason);
      return;
    }
    offers.rows = r.rows;
    render();
    onChange();
    // Said before the next removal (if any) so the line reads in the order things happened.
    showRemoved(`${rowTitle(r.index)} is back.`);
    list.querySelector<HTMLInputElement>(`#sa-company-${r.index}`)?.focus();
  });

  const addButton = h("button", { type: "button", class: "sa-add" }, "Add offer");
  addButton.addEventListener("click", () => {
    if (offers.rows.length >= MAX_PAGE_OFFERS) {
      onFull(
        `The page holds up to ${MAX_PAGE_OFFERS} offers; use the offer-evaluator report command for more.`,
      );
      return;
    }
    offers.rows.push(emptyOffer());
    render();
    onChange();
    const inputs = list.querySelectorAll<HTMLInputElement>("input.sa-company");
    inputs[inputs.length - 1]?.focus();
  });

  function ratingField(o: OfferRow, i: number, field: RatingField): HTMLElement {
    const id = `sa-${field}-${i}`;
    const errId = `${id}-error`;
    const formatId = `${id}-format`;
    const label = CRITERION_LABELS[field];
    // Text, not type=number: a range ("3-5", "2 to 3") is a rating too, and what was typed is kept.
    const input = h("input", {
      type: "text",
      id,
      class: `sa-rating sa-${field}`,
      autocomplete: "off",
      spellcheck: "false",
      maxlength: MAX_RATING_TEXT,
      value: o[field] === null ? "" : String(o[field]),
    });
    const format = h("span", { class: "visually-hidden", id: formatId }, "1 to 5, or a range such as 3-5");
    const error = h("span", { class: "field-error", id: errId });
    const hint =
      field === "scope" ? h("span", { class: "field-hint sa-scope-hint", id: `${id}-hint` }) : null;
    input.setAttribute("aria-describedby", [hint ? `${id}-hint` : "", formatId, errId].join(" ").trim());
    input.title = `${RUBRIC[field].question} (1 to 5, or a range such as 3-5)`;
    const check = (): void => {
      const problem = ratingProblem(input.value, label);
      if (problem === null) {
        input.removeAttribute("aria-invalid");
        error.textContent = "";
      } else {
        input.setAttribute("aria-invalid", "true");
        error.textContent = problem;
      }
    };
    input.addEventListener("input", () => {
      check();
      // Kept as typed even when it is not a rating: the results name it, and a reload shows it again.
      offers.rows[i] = { ...offers.rows[i], [field]: ratingFromText(input.value) };
      if (field === "scope") updateScopeHint(i);
      onChange();
    });
    check();
    return h("div", { class: "field sa-field" }, h("label", { for: id }, label), input, format, hint, error);
  }

  function textField(
    o: OfferRow,
    i: number,
    field: "company" | "title" | "notes",
    label: string,
  ): HTMLElement {
    const id = `sa-${field}-${i}`;
    const input =
      field === "notes"
        ? h("textarea", { id, class: `sa-text sa-${field}`, rows: 2, maxlength: 2000 })
        : h("input", {
            type: "text",
            id,
            class: `sa-text sa-${field}`,
            maxlength: 2000,
            autocomplete: "off",
          });
    input.value = o[field];
    input.addEventListener("input", () => {
      offers.rows[i] = { ...offers.rows[i], [field]: input.value };
      if (field === "company" || field === "title") {
        const legend = list.querySelector(`#sa-legend-${i}`);
        if (legend) legend.textContent = rowTitle(i);
        list.querySelector(`#sa-remove-${i}`)?.setAttribute("aria-label", `Remove ${rowTitle(i)}`);
      }
      onChange();
    });
    return h("div", { class: `field sa-field sa-field-${field}` }, h("label", { for: id }, label), input);
  }

  function rowTitle(i: number): string {
    const o = offers.rows[i];
    const name = o.company.trim() || o.title.trim();
    return name ? `Offer ${i + 1}: ${name}` : `Offer ${i + 1}`;
  }

  function updateScopeHint(i: number): void {
    const hint = list.querySelector(`#sa-scope-${i}-hint`);
    const input = list.querySelector<HTMLInputElement>(`#sa-scope-${i}`);
    if (!hint || !input) return;
    const o = offers.rows[i];
    const r = role();
    const t = o.scopeType;
    if (t === "") {
      hint.textContent = "Pick a scope type, or rate it yourself.";
      input.placeholder = "";
    } else {
      const fit = scopeFit(t, r);
      input.placeholder = String(fit);
      hint.textContent =
        o.scope === null
          ? `${fit} from "${t}" for ${ROLE_NAMES[r]}.`
          : `Your rating (the scope type gives ${fit}).`;
    }
  }

  function offerRow(o: OfferRow, i: number): HTMLElement {
    const selectId = `sa-scopeType-${i}`;
    const select = h(
      "select",
      { id: selectId, class: "sa-scopeType" },
      h("option", { value: "" }, "(none)"),
      ...SCOPE_TYPES.map((t) => h("option", { value: t, title: SCOPE_TYPE_LABELS[t] }, t)),
    );
    select.value = o.scopeType;
    select.addEventListener("change", () => {
      offers.rows[i] = { ...offers.rows[i], scopeType: select.value as OfferRow["scopeType"] };
      updateScopeHint(i);
      onChange();
    });
    const remove = h(
      "button",
      { type: "button", class: "sa-remove", id: `sa-remove-${i}`, "aria-label": `Remove ${rowTitle(i)}` },
      "Remove",
    );
    remove.addEventListener("click", (e) => {
      // A double click's second click would land on the next offer's Remove, now under the pointer.
      if (e.detail > 1) return;
      offers.rows = removals.remove(offers.rows, i, rowTitle(i));
      render();
      onChange();
      showRemoved("");
      // Focus on Undo: a second Enter brings the offer back instead of removing the next one.
      undoRemove.focus();
    });
    return h(
      "fieldset",
      { class: "sa-offer", "data-index": i },
      h("legend", { id: `sa-legend-${i}` }, rowTitle(i)),
      h(
        "div",
        { class: "sa-offer-grid" },
        textField(o, i, "company", "Company"),
        textField(o, i, "title", "Title"),
        h(
          "div",
          { class: "field sa-field sa-field-scopeType" },
          h("label", { for: selectId }, "Scope type"),
          select,
        ),
        ...RATING_FIELDS.map((f) => ratingField(o, i, f)),
        textField(o, i, "notes", "Notes"),
      ),
      h("div", { class: "sa-row-actions" }, remove),
    );
  }

  function updateScopeHints(): void {
    offers.rows.forEach((_, i) => updateScopeHint(i));
  }

  function render(): void {
    if (offers.rows.length === 0) {
      replace(list, h("p", { class: "muted sa-empty" }, "No offers yet. Add one, or import a file."));
      return;
    }
    replace(list, ...offers.rows.map((o, i) => offerRow(o, i)));
    updateScopeHints();
  }

  function forgetRemovals(): void {
    removals.clear();
    showRemoved("");
  }

  return { list, addButton, removedNotice, render, updateScopeHints, forgetRemovals };
}
