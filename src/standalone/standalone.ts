/**
 * Standalone mode (issue 6), the page's composition: the page opened in an ordinary browser, with
 * no Excel. The pane keeps its quiz, skills, weights and plan panels (the shared widgets of src/ui,
 * state in localStorage) and hands this module an empty <section id="standalone">, where it adds:
 *  - the offers grid (./offersGrid; import from .xlsx or .csv: ./files), kept in localStorage
 *    (./offersState);
 *  - the results (./results): role, ranked offers with contributions, tipping table, verdict, a
 *    chart of scores, the roadmap;
 *  - "Download workbook" (./files): the same four sheets the add-in writes, rendered by ExcelJS.
 *
 * This module is the page's ONE entry: src/taskpane/taskpane.ts loads it through a single dynamic
 * import (a separate chunk, only in standalone mode), the only way the pane reaches the page. The
 * page imports nothing from src/taskpane; tests/layering.test.ts enforces both.
 * Text goes into the page through textContent only.
 */
import { evaluate } from "../workbook/inputs";
import { debounce, h, replace } from "../ui/dom";
import { toPlanInput, type PersonState } from "../ui/state";
import { safeLocalStorage } from "../ui/store";
import { describeError } from "../ui/wording";
import { downloadControls, importControls } from "./files";
import { offersGrid, type OfferList } from "./offersGrid";
import { loadOffers, OFFERS_KEY, serializeOffers } from "./offersState";
import { renderResults } from "./results";
import { watchOverflow } from "./table";
import { mountUseInExcel } from "./useInExcel";

export interface StandaloneHost {
  /** The empty <section id="standalone"> to render into (the taskpane unhides it). */
  readonly container: HTMLElement;
  /** The person's current state (quiz, skills, weights, plan), kept by the taskpane in localStorage. */
  readonly getState: () => PersonState;
  /** Calls cb after every change of the state. */
  readonly onStateChange: (cb: (state: PersonState) => void) => void;
}

function loadStylesheet(): void {
  if (document.querySelector("link[data-standalone-css]")) return;
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = "standalone.css";
  link.setAttribute("data-standalone-css", "");
  document.head.appendChild(link);
}

export function startStandalone(host: StandaloneHost): void {
  loadStylesheet();
  const storage = safeLocalStorage();
  let stored: string | null = null;
  try {
    stored = storage ? storage.getItem(OFFERS_KEY) : null;
  } catch {
    stored = null;
  }
  const loaded = loadOffers(stored);
  const offers: OfferList = { rows: loaded.offers };

  const { container } = host;
  const notice = h(
    "p",
    { class: "notice", role: "status", hidden: loaded.notice === null },
    loaded.notice ?? "",
  );
  const overflow = watchOverflow();
  const saveError = h("p", { class: "action-error", role: "alert" });
  const summary = h("p", { class: "sa-summary", id: "sa-summary", role: "status", "aria-live": "polite" });
  const results = h("div", { class: "sa-results", id: "sa-results" });

  const save = debounce(() => {
    try {
      storage?.setItem(OFFERS_KEY, serializeOffers(offers.rows));
      saveError.textContent = "";
    } catch (e) {
      saveError.textContent = `The offers could not be saved in this browser: ${describeError(e)}`;
    }
  }, 300);
  window.addEventListener("pagehide", () => save.flush());

  /** How long the last redraw took: chances and the verdict's settling rating grow with the offers. */
  let lastMs = 0;
  const showResults = (): void => {
    const t0 = performance.now();
    const view = renderResults(host.getState(), offers.rows);
    summary.textContent = view.summary;
    replace(results, ...view.blocks);
    overflow.observe(results);
    results.removeAttribute("aria-busy");
    lastMs = performance.now() - t0;
  };
  // Redraw once typing pauses; the pause asked for grows with the redraw's cost (up to 1.5 s), so
  // a long list is not recomputed between two keystrokes.
  let timer: ReturnType<typeof setTimeout> | null = null;
  const refresh = (): void => {
    if (timer !== null) clearTimeout(timer);
    results.setAttribute("aria-busy", "true");
    timer = setTimeout(
      () => {
        timer = null;
        showResults();
      },
      Math.min(1500, Math.max(120, 2 * lastMs)),
    );
  };
  const changed = (): void => {
    save();
    refresh();
  };

  const imports = importControls(offers, () => {
    grid.forgetRemovals();
    grid.render();
    changed();
  });
  const grid = offersGrid({
    offers,
    role: () => evaluate(toPlanInput(host.getState()), []).role.role,
    onChange: () => {
      imports.withdrawUndo();
      changed();
    },
    onFull: (message) => {
      imports.error.textContent = message;
    },
  });
  const download = downloadControls(host.getState, offers);

  replace(
    container,
    h(
      "section",
      { class: "panel", id: "sa-offers-panel", "aria-labelledby": "sa-offers-heading" },
      h("h2", { id: "sa-offers-heading" }, "Your offers"),
      h(
        "p",
        { class: "hint" },
        "Rate each offer from 1 (worst) to 5 (best); when you are not sure, type a range such as 3-5 or 2 to 3. Pick a scope type and Scope follows your role; type your own rating to override it. Kept in this browser only.",
      ),
      notice,
      grid.removedNotice,
      grid.list,
      h("div", { class: "sa-row-actions" }, grid.addButton),
      imports.field,
      imports.status,
      imports.error,
      saveError,
    ),
    h(
      "section",
      { class: "panel", id: "sa-results-panel", "aria-labelledby": "sa-results-heading" },
      h("h2", { id: "sa-results-heading" }, "Results"),
      summary,
      results,
      h("div", { class: "buttons sa-download-row" }, download.button),
      h(
        "p",
        { class: "hint" },
        "The workbook has the Offers, Assumptions, Recommendation and Roadmap sheets the Excel add-in writes, with the computed values in place of OFFER.* formulas. It opens in Excel or LibreOffice.",
      ),
      download.status,
      download.error,
    ),
  );

  host.onStateChange(() => {
    grid.updateScopeHints();
    refresh();
  });
  grid.render();
  showResults();
  // The hosted page's way into Excel: the manifest for this origin and the steps (./useInExcel).
  mountUseInExcel(container);
}
