/**
 * Standalone mode (issue 6): the page opened in an ordinary browser, with no Excel. The taskpane
 * keeps its quiz, skills, weights and plan panels (state in localStorage) and hands this module an
 * empty <section id="standalone">, where it adds:
 *  - an offers grid (add, edit, remove; import from .xlsx or .csv), kept in localStorage;
 *  - the results: role, ranked offers with contributions, tipping table, verdict, a chart of
 *    scores, the roadmap; every number from the scoring module through the sheet layouts' inputs;
 *  - "Download workbook": the same four sheets the add-in writes, rendered by ExcelJS (loaded only
 *    then, as a separate chunk).
 * Text goes into the page through textContent only.
 */
import {
  CRITERIA,
  CRITERION_LABELS,
  roadmap,
  ROLE_NAMES,
  SCOPE_TYPES,
  scopeFit,
  serialToIso,
  skillsToStress,
} from "../scoring";
import { RUBRIC, SCOPE_TYPE_LABELS, SKILLS } from "../content";
import { debounce, h, replace } from "../ui/dom";
import { toPlanInput, type PersonState } from "../ui/state";
import { evaluate, offerName, type Evaluation } from "../workbook/inputs";
import { buildWorkbookLayouts } from "../workbook/sheets";
import { describeDriver, tippingReason, verdictText } from "../workbook/verdict";
import { inconsistencyNote } from "../ui/weights";
import { InputError } from "../workbook/offersFile";
import { scoreChart } from "./chart";
import { roleReason } from "../ui/wording";
import {
  emptyOffer,
  fromOfferInput,
  loadOffers,
  MAX_PAGE_OFFERS,
  OFFERS_KEY,
  serializeOffers,
  toOfferInput,
  type OfferRow,
} from "./offersState";

export interface StandaloneHost {
  /** The empty <section id="standalone"> to render into (the taskpane unhides it). */
  readonly container: HTMLElement;
  /** The person's current state (quiz, skills, weights, plan), kept by the taskpane in localStorage. */
  readonly getState: () => PersonState;
  /** Calls cb after every change of the state. */
  readonly onStateChange: (cb: (state: PersonState) => void) => void;
}

export const DOWNLOAD_NAME = "offer-evaluator.xlsx";
const RATING_FIELDS = ["scope", "dataMaturity", "support", "growth"] as const;
type RatingField = (typeof RATING_FIELDS)[number];

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function describeError(e: unknown): string {
  return e instanceof Error && e.message ? e.message : String(e);
}

/** "" -> null; a number 1..5 -> it; anything else -> undefined (invalid). */
export function parseRatingText(text: string): number | null | undefined {
  const t = text.trim();
  if (t === "") return null;
  const n = Number(t);
  return Number.isFinite(n) && n >= 1 && n <= 5 ? n : undefined;
}

function loadStylesheet(): void {
  if (document.querySelector("link[data-standalone-css]")) return;
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = "standalone.css";
  link.setAttribute("data-standalone-css", "");
  document.head.appendChild(link);
}

function fmt(n: number | null | undefined, digits = 1): string {
  return n === null || n === undefined ? "" : n.toFixed(digits);
}

let scrollIds = 0;

/**
 * A results table. Explicit ARIA table roles keep its semantics when CSS shows it as cards at
 * narrow widths (class sa-table-cards; each cell carries its column name in data-label). Where it
 * is still wider than its box, the box scrolls: focusable with a name (the keyboard can scroll it,
 * and axe's scrollable-region-focusable holds), with a fade on the side that has more and the line
 * "Scroll sideways for more" (see watchOverflow).
 */
function table(
  caption: string,
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  cls = "",
): HTMLElement {
  const t = h(
    "table",
    { class: `sa-table ${cls}`.trim(), role: "table" },
    h("caption", {}, caption),
    h(
      "thead",
      { role: "rowgroup" },
      h("tr", { role: "row" }, ...headers.map((x) => h("th", { scope: "col", role: "columnheader" }, x))),
    ),
    h(
      "tbody",
      { role: "rowgroup" },
      ...rows.map((r) =>
        h(
          "tr",
          { role: "row" },
          ...r.map((c, i) =>
            i === 0
              ? h("th", { scope: "row", role: "rowheader" }, c)
              : h("td", { role: "cell", "data-label": headers[i] }, c),
          ),
        ),
      ),
    ),
  );
  const hintId = `sa-scroll-hint-${++scrollIds}`;
  const scroller = h("div", { class: "sa-scroll", tabindex: 0, role: "region", "aria-label": caption }, t);
  const hint = h(
    "p",
    { class: "sa-scroll-hint", id: hintId, hidden: true },
    "Scroll sideways for more \u2192",
  );
  return h("div", { class: "sa-table-box" }, h("div", { class: "sa-scroll-frame" }, scroller), hint);
}

/**
 * Marks each scrolling table box whose content is wider than the box: the wrapper gets
 * sa-more-left / sa-more-right (the fades) and the hint line shows and describes the box.
 */
function watchOverflow(): { observe(root: HTMLElement): void } {
  const update = (scroller: HTMLElement): void => {
    const wrap = scroller.parentElement;
    const hint = wrap?.nextElementSibling as HTMLElement | null | undefined;
    if (!wrap || !hint) return;
    const over = scroller.scrollWidth - scroller.clientWidth > 1;
    const left = scroller.scrollLeft > 1;
    const right = scroller.scrollLeft + scroller.clientWidth < scroller.scrollWidth - 1;
    wrap.classList.toggle("sa-more-left", over && left);
    wrap.classList.toggle("sa-more-right", over && right);
    if (hint.hidden === over) {
      hint.hidden = !over;
      if (over) scroller.setAttribute("aria-describedby", hint.id);
      else scroller.removeAttribute("aria-describedby");
    }
  };
  const resize =
    typeof ResizeObserver === "undefined"
      ? null
      : new ResizeObserver((entries) => {
          for (const e of entries) {
            const s = (e.target as HTMLElement).closest<HTMLElement>(".sa-scroll");
            if (s) update(s);
          }
        });
  return {
    observe(root: HTMLElement): void {
      resize?.disconnect();
      root.querySelectorAll<HTMLElement>(".sa-scroll").forEach((s) => {
        s.addEventListener("scroll", () => update(s), { passive: true });
        resize?.observe(s);
        const inner = s.firstElementChild;
        if (inner) resize?.observe(inner);
        update(s);
      });
    },
  };
}

export function startStandalone(host: StandaloneHost): void {
  loadStylesheet();
  const storage = safeStorage();
  let stored: string | null = null;
  try {
    stored = storage ? storage.getItem(OFFERS_KEY) : null;
  } catch {
    stored = null;
  }
  const loaded = loadOffers(stored);
  let offers: OfferRow[] = loaded.offers;

  const { container } = host;
  const notice = h(
    "p",
    { class: "notice", role: "status", hidden: loaded.notice === null },
    loaded.notice ?? "",
  );
  const list = h("div", { class: "sa-offers", id: "sa-offers" });
  const importStatusText = h("span", {});
  const undoButton = h("button", { type: "button", class: "sa-undo", hidden: true }, "Undo");
  const importStatus = h(
    "p",
    { class: "sa-import-status", role: "status" },
    importStatusText,
    " ",
    undoButton,
  );
  /** The list as it was before the last import, while that import can be undone. */
  let beforeImport: OfferRow[] | null = null;
  const overflow = watchOverflow();
  const importError = h("p", { class: "action-error", role: "alert" });
  const saveError = h("p", { class: "action-error", role: "alert" });
  const summary = h("p", { class: "sa-summary", id: "sa-summary", role: "status", "aria-live": "polite" });
  const results = h("div", { class: "sa-results", id: "sa-results" });
  const downloadStatus = h("p", { class: "action-status", role: "status" });
  const downloadError = h("p", { class: "action-error", role: "alert" });

  const save = debounce(() => {
    try {
      storage?.setItem(OFFERS_KEY, serializeOffers(offers));
      saveError.textContent = "";
    } catch (e) {
      saveError.textContent = `The offers could not be saved in this browser: ${describeError(e)}`;
    }
  }, 300);
  window.addEventListener("pagehide", () => save.flush());

  const refresh = debounce(() => renderResults(), 120);
  const changed = (): void => {
    save();
    refresh();
  };

  const addButton = h("button", { type: "button", class: "sa-add" }, "Add offer");
  addButton.addEventListener("click", () => {
    if (offers.length >= MAX_PAGE_OFFERS) {
      importError.textContent = `The page holds up to ${MAX_PAGE_OFFERS} offers; use the offer-evaluator report command for more.`;
      return;
    }
    offers.push(emptyOffer());
    renderOffers();
    changed();
    const inputs = list.querySelectorAll<HTMLInputElement>("input.sa-company");
    inputs[inputs.length - 1]?.focus();
  });

  undoButton.addEventListener("click", () => {
    if (beforeImport === null) return;
    const restored = beforeImport;
    beforeImport = null;
    offers = restored;
    renderOffers();
    changed();
    undoButton.hidden = true;
    importStatusText.textContent = `Import undone: the ${restored.length} offer${restored.length === 1 ? "" : "s"} you had before are back.`;
    fileInput.focus();
  });

  const fileInput = h("input", { type: "file", id: "sa-import", accept: ".xlsx,.csv,text/csv" });
  fileInput.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    if (file) void importFile(file).finally(() => (fileInput.value = ""));
  });

  const downloadButton = h("button", { type: "button", class: "primary sa-download" }, "Download workbook");
  downloadButton.addEventListener("click", () => void download());

  replace(
    container,
    h(
      "section",
      { class: "panel", id: "sa-offers-panel", "aria-labelledby": "sa-offers-heading" },
      h("h2", { id: "sa-offers-heading" }, "Your offers"),
      h(
        "p",
        { class: "hint" },
        "Rate each offer from 1 (worst) to 5 (best). Pick a scope type and Scope follows your role; type your own rating to override it. Kept in this browser only.",
      ),
      notice,
      list,
      h("div", { class: "sa-row-actions" }, addButton),
      h(
        "div",
        { class: "field sa-import" },
        h("label", { for: "sa-import" }, "Import offers (.xlsx or .csv)"),
        fileInput,
        h(
          "span",
          { class: "field-hint" },
          "A table or sheet named Offers, or a CSV, with the columns Company, Title, Scope type, Scope, Data maturity, Support, Growth, Notes. Replaces the list above (you can undo it).",
        ),
      ),
      importStatus,
      importError,
      saveError,
    ),
    h(
      "section",
      { class: "panel", id: "sa-results-panel", "aria-labelledby": "sa-results-heading" },
      h("h2", { id: "sa-results-heading" }, "Results"),
      summary,
      results,
      h("div", { class: "buttons sa-download-row" }, downloadButton),
      h(
        "p",
        { class: "hint" },
        "The workbook has the Offers, Assumptions, Recommendation and Roadmap sheets the Excel add-in writes, with the computed values in place of OFFER.* formulas. It opens in Excel or LibreOffice.",
      ),
      downloadStatus,
      downloadError,
    ),
  );

  /* ---------- the offers grid ---------- */

  function ratingField(o: OfferRow, i: number, field: RatingField): HTMLElement {
    const id = `sa-${field}-${i}`;
    const errId = `${id}-error`;
    const label = CRITERION_LABELS[field];
    const input = h("input", {
      type: "number",
      id,
      class: `sa-rating sa-${field}`,
      min: 1,
      max: 5,
      step: 0.5,
      inputmode: "decimal",
      value: o[field] === null ? "" : String(o[field]),
      "aria-describedby": errId,
    });
    const error = h("span", { class: "field-error", id: errId });
    const hint =
      field === "scope" ? h("span", { class: "field-hint sa-scope-hint", id: `${id}-hint` }) : null;
    if (hint) input.setAttribute("aria-describedby", `${id}-hint ${errId}`);
    input.title = RUBRIC[field].question;
    input.addEventListener("input", () => {
      const v = parseRatingText(input.value);
      if (v === undefined) {
        input.setAttribute("aria-invalid", "true");
        error.textContent = `${label}: enter 1 to 5, or leave blank.`;
        offers[i] = { ...offers[i], [field]: null };
      } else {
        input.removeAttribute("aria-invalid");
        error.textContent = "";
        offers[i] = { ...offers[i], [field]: v };
      }
      if (field === "scope") updateScopeHint(i);
      changed();
    });
    return h("div", { class: "field sa-field" }, h("label", { for: id }, label), input, hint, error);
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
      offers[i] = { ...offers[i], [field]: input.value };
      if (field === "company" || field === "title") {
        const legend = list.querySelector(`#sa-legend-${i}`);
        if (legend) legend.textContent = rowTitle(i);
        list.querySelector(`#sa-remove-${i}`)?.setAttribute("aria-label", `Remove ${rowTitle(i)}`);
      }
      changed();
    });
    return h("div", { class: `field sa-field sa-field-${field}` }, h("label", { for: id }, label), input);
  }

  function rowTitle(i: number): string {
    const o = offers[i];
    const name = o.company.trim() || o.title.trim();
    return name ? `Offer ${i + 1}: ${name}` : `Offer ${i + 1}`;
  }

  function updateScopeHint(i: number): void {
    const hint = list.querySelector(`#sa-scope-${i}-hint`);
    const input = list.querySelector<HTMLInputElement>(`#sa-scope-${i}`);
    if (!hint || !input) return;
    const o = offers[i];
    const role = evaluate(toPlanInput(host.getState()), []).role.role;
    const t = o.scopeType;
    if (t === "") {
      hint.textContent = "Pick a scope type, or rate it yourself.";
      input.placeholder = "";
    } else {
      const fit = scopeFit(t, role);
      input.placeholder = String(fit);
      hint.textContent =
        o.scope === null
          ? `${fit} from "${t}" for ${ROLE_NAMES[role]}.`
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
      offers[i] = { ...offers[i], scopeType: select.value as OfferRow["scopeType"] };
      updateScopeHint(i);
      changed();
    });
    const remove = h(
      "button",
      { type: "button", class: "sa-remove", id: `sa-remove-${i}`, "aria-label": `Remove ${rowTitle(i)}` },
      "Remove",
    );
    remove.addEventListener("click", () => {
      offers.splice(i, 1);
      renderOffers();
      changed();
      const next =
        list.querySelectorAll<HTMLButtonElement>("button.sa-remove")[Math.min(i, offers.length - 1)];
      (next ?? addButton).focus();
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

  function renderOffers(): void {
    if (offers.length === 0) {
      replace(list, h("p", { class: "muted sa-empty" }, "No offers yet. Add one, or import a file."));
      return;
    }
    replace(list, ...offers.map((o, i) => offerRow(o, i)));
    offers.forEach((_, i) => updateScopeHint(i));
  }

  /* ---------- import ---------- */

  async function importFile(file: File): Promise<void> {
    importError.textContent = "";
    undoButton.hidden = true;
    importStatusText.textContent = `Reading ${file.name}...`;
    try {
      const { readOffersCsv, readOffersXlsx } = await import("../workbook/offersFile");
      let read;
      if (/\.csv$/i.test(file.name) || file.type === "text/csv") {
        read = readOffersCsv(await file.text(), file.name);
      } else {
        const { loadExcelJs } = await import(
          /* webpackChunkName: "xlsx-writer" */ "../workbook/excelJsWriter"
        );
        read = await readOffersXlsx(await loadExcelJs(), await file.arrayBuffer(), file.name);
      }
      const rows = read.offers.slice(0, MAX_PAGE_OFFERS).map(fromOfferInput);
      const previous = offers;
      offers = rows;
      renderOffers();
      changed();
      beforeImport = previous.length > 0 ? previous : null;
      undoButton.hidden = beforeImport === null;
      importStatusText.textContent =
        `Imported ${rows.length} offer${rows.length === 1 ? "" : "s"} from ${read.source} in ${file.name}` +
        (previous.length > 0 ? ` (replaced ${previous.length}).` : ".") +
        (read.offers.length > rows.length
          ? ` The page shows the first ${MAX_PAGE_OFFERS}; the offer-evaluator report command takes any number.`
          : "");
    } catch (e) {
      importStatusText.textContent = "";
      importError.textContent =
        e instanceof InputError
          ? `Could not import: ${e.message}`
          : `Could not import ${file.name}: ${describeError(e)}`;
    }
  }

  /* ---------- results ---------- */

  function renderResults(): void {
    const state = host.getState();
    const plan = toPlanInput(state);
    const inputs = offers.map(toOfferInput);
    let ev: Evaluation;
    try {
      ev = evaluate(plan, inputs);
    } catch (e) {
      summary.textContent = `The results could not be computed: ${describeError(e)}`;
      replace(results);
      return;
    }
    const rec = ev.recommendation;
    const name = (i: number): string => offerName(ev.offers[i], i);
    const verdict = verdictText(ev, { where: "page" });
    const weightsNote = inconsistencyNote(state);
    summary.textContent =
      rec.ranked.length > 0
        ? `${name(rec.ranked[0].index)} leads with ${fmt(rec.ranked[0].score)} out of 100 (${rec.ranked.length} offer${rec.ranked.length === 1 ? "" : "s"} scored).`
        : "No offer can be scored yet.";

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
      role.quiz && role.quiz.drivers.length > 0
        ? h(
            "ul",
            { class: "sa-drivers" },
            ...role.quiz.drivers.map((d) => h("li", {}, describeDriver(d, plan.answers))),
          )
        : null,
    );

    const verdictBlock = h(
      "div",
      { class: "sa-block", id: "sa-verdict" },
      h("h3", {}, "Verdict"),
      h("p", {}, verdict),
    );

    const children: (HTMLElement | null)[] = [
      weightsNote ? h("p", { class: "warning sa-weights-note", id: "sa-weights-note" }, weightsNote) : null,
      roleBlock,
      verdictBlock,
    ];
    if (rec.ranked.length > 0) {
      const bars = rec.ranked.slice(0, 20).map((r) => ({ label: name(r.index), value: r.score }));
      children.push(
        h(
          "div",
          { class: "sa-block", id: "sa-chart" },
          h("h3", {}, rec.ranked.length > 20 ? "Scores (top 20)" : "Scores"),
          scoreChart(bars, "Offer scores out of 100"),
        ),
      );
      children.push(
        h(
          "div",
          { class: "sa-block", id: "sa-ranking" },
          h("h3", {}, "Offers ranked"),
          table(
            "Offers ranked, with the points each criterion contributes",
            ["Offer", "Rank", "Score", ...CRITERIA.map((c) => CRITERION_LABELS[c]), "Close call"],
            rec.ranked.map((r, i) => [
              name(r.index),
              String(r.rank),
              fmt(r.score),
              ...r.contributions.map((c) => fmt(c)),
              rec.closeCall && i < 2 ? "Yes" : "",
            ]),
            "sa-table-cards sa-ranking-table",
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
    const pct = (v: number | null): string => (v === null ? "" : `${Math.round(v * 100)}%`);
    children.push(
      h(
        "div",
        { class: "sa-block", id: "sa-tipping" },
        h("h3", {}, "What would change the leader"),
        rec.tipping
          ? table(
              "Tipping points: the weight share at which another offer leads",
              ["Criterion", "Share now", "Share that flips", "New leader"],
              rec.tipping.rows.map((r) => [
                CRITERION_LABELS[r.criterion],
                pct(r.currentShare),
                pct(r.tippingWeight),
                r.newLeader === null ? "No single change" : name(r.newLeader),
              ]),
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
            ),
          ),
        ),
      ),
    );
    replace(results, ...children);
    overflow.observe(results);
  }

  /* ---------- download ---------- */

  async function download(): Promise<void> {
    downloadError.textContent = "";
    downloadStatus.textContent = "Building the workbook...";
    downloadButton.disabled = true;
    try {
      const plan = toPlanInput(host.getState());
      const layouts = buildWorkbookLayouts(plan, offers.map(toOfferInput));
      const { layoutsToXlsx, loadExcelJs } = await import(
        /* webpackChunkName: "xlsx-writer" */ "../workbook/excelJsWriter"
      );
      const bytes = await layoutsToXlsx(await loadExcelJs(), layouts);
      const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], {
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      });
      const url = URL.createObjectURL(blob);
      const a = h("a", { href: url, download: DOWNLOAD_NAME, class: "visually-hidden" }, "download");
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
      downloadStatus.textContent = `Downloaded ${DOWNLOAD_NAME} (${Math.max(1, Math.round(bytes.length / 1024))} KB).`;
    } catch (e) {
      downloadStatus.textContent = "";
      downloadError.textContent = `The workbook could not be built: ${describeError(e)}`;
    } finally {
      downloadButton.disabled = false;
    }
  }

  host.onStateChange(() => {
    offers.forEach((_, i) => updateScopeHint(i));
    refresh();
  });
  renderOffers();
  renderResults();
}
