/**
 * The taskpane's entry: a thin composition of the shared widgets (src/ui) and the pane's own
 * pieces. It runs on the shared runtime page next to the custom functions (functions.js is loaded
 * by the same page).
 *
 * Excel mode (Office.onReady reports Excel): the panels, the workbook buttons, state saved in the
 * workbook's settings. Standalone mode (any other host; outside Office the host is null): the same
 * panels with state in localStorage, plus the standalone page.
 *
 * The one exception to "the pane does not import the page": start() loads the page's code through
 * ONE dynamic import of ONE module, src/standalone/standalone.ts (a separate chunk, fetched only in
 * standalone mode). Nothing else in src/taskpane imports src/standalone; tests/layering.test.ts
 * enforces it.
 *
 * Test seam: window.__OFFER_EVALUATOR_FORCE_HOST = "Excel" turns on Excel mode only when the
 * in-memory Excel fake of the tests (tests/fake-excel: it defines createFakeExcel) is present.
 */
import { debounce, h, replace } from "../ui/dom";
import { renderPlan } from "../ui/plan";
import { renderQuiz } from "../ui/quiz";
import { renderRoles } from "../ui/roles";
import { renderSkills } from "../ui/skills";
import { defaultState, toSaved, type PersonState, type Persistence } from "../ui/state";
import { createStore, localStoragePersistence, safeLocalStorage, scopedStore, type Store } from "../ui/store";
import { renderWeights } from "../ui/weights";
import { describeError } from "../ui/wording";
import { renderActions } from "./actions";
import { changedParts, firstLoad, LOAD_TIMEOUT_MS, lateNotice, mergeLate, WAITING_NOTICE } from "./loading";
import { selectHostMode, WORKBOOK_PERSISTENCE_NOTE, workbookPersistence, type HostMode } from "./store";
import { applyTheme, officeBackground } from "./theme";
import { excelWriters } from "./writers";
import type { ExcelRun } from "../workbook/office";

declare global {
  interface Window {
    __OFFER_EVALUATOR_FORCE_HOST?: string;
    /** Test seam (honoured only with the tests' Excel fake present): the first read's timeout. */
    __OFFER_EVALUATOR_LOAD_TIMEOUT_MS?: number;
  }
}

const SAVE_DELAY_MS = 400;
const WEIGHTS_DELAY_MS = 600;

function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`The page has no #${id}.`);
  return el;
}

function hostMode(info: { host: Office.HostType | null } | null): HostMode {
  const excelHost = typeof Office !== "undefined" ? Office.HostType?.Excel : undefined;
  return selectHostMode(info?.host ?? null, excelHost, {
    forceHost: window.__OFFER_EVALUATOR_FORCE_HOST,
    hasFake: hasFake(),
  });
}

function hasFake(): boolean {
  return typeof (globalThis as { createFakeExcel?: unknown }).createFakeExcel === "function";
}

function loadTimeout(): number {
  const t = window.__OFFER_EVALUATOR_LOAD_TIMEOUT_MS;
  return hasFake() && typeof t === "number" && t > 0 ? t : LOAD_TIMEOUT_MS;
}

/**
 * Saves after changes settle; a failed save is shown, and the next change tries again. Nothing is
 * saved while `ready` is false (saved answers not read yet: saving then would overwrite them).
 */
function autoSave(store: Store, persistence: Persistence, where: string, ready: () => boolean): void {
  const errorLine = byId("save-error");
  const save = debounce((state: PersonState) => {
    if (!ready()) return;
    const json = toSaved(state);
    if (json === null) return;
    persistence.write(json).then(
      () => {
        errorLine.textContent = "";
      },
      (e: unknown) => {
        errorLine.textContent = `Your answers could not be saved in ${where}: ${describeError(e)}`;
      },
    );
  }, SAVE_DELAY_MS);
  store.subscribe(save);
  window.addEventListener("pagehide", () => save.flush());
}

export async function start(mode: HostMode): Promise<void> {
  const app = byId("app");
  applyTheme(document.documentElement, mode === "excel" ? officeBackground() : null);
  // Looked up on each call (not bound once), so the global Excel in use at the time of the call runs it.
  const excelRun: ExcelRun | null = mode === "excel" ? (batch) => Excel.run(batch) : null;
  const persistence = excelRun ? workbookPersistence(excelRun) : localStoragePersistence(safeLocalStorage());
  const first = await firstLoad(persistence, { timeoutMs: loadTimeout() });
  const loaded = first.kind === "loaded" ? first.result : { state: defaultState(), notice: WAITING_NOTICE };
  const store = createStore(loaded.state);
  let ready = first.kind === "loaded";

  const noticeLine = byId("notice");
  let stopNotice: (() => void) | null = null;
  const showNotice = (text: string | null, untilChange: boolean): void => {
    stopNotice?.();
    stopNotice = null;
    noticeLine.hidden = text === null;
    noticeLine.textContent = text ?? "";
    if (text !== null && untilChange) {
      // Once the person changes anything, it is saved in the current format: the notice is history.
      const stop = store.subscribe(() => {
        noticeLine.hidden = true;
        stop();
      });
      stopNotice = () => void stop();
    }
  };
  // The waiting notice stays until the workbook answers, whatever the person changes meanwhile.
  showNotice(loaded.notice, first.kind === "loaded");

  const writers = excelRun ? excelWriters(excelRun) : null;
  const weightsChanged = debounce((s: PersonState) => {
    if (!writers) return;
    const line = document.getElementById("weights-sync");
    writers.updateWeights(s).then(
      (message) => {
        if (line) line.textContent = message;
      },
      (e: unknown) => {
        if (line) line.textContent = "";
        byId("save-error").textContent = `The OfferWeights range could not be updated: ${describeError(e)}`;
      },
    );
  }, WEIGHTS_DELAY_MS);

  const panels = byId("panels");
  // The panels that show the state are drawn from it once; a late answer draws them again.
  let scope = scopedStore(store);
  const statePanels = (): HTMLElement[] => {
    scope.dispose();
    scope = scopedStore(store);
    const drawn = [
      // The pane holds no offers: which offer would lead in the other role is said where they are.
      renderQuiz(
        scope.store,
        excelRun
          ? "Whether that would change which offer leads: Write recommendation, and the Recommendation sheet says."
          : "Whether that would change which offer leads: see Your role under Results below.",
      ),
      renderSkills(scope.store),
      renderWeights(scope.store, weightsChanged),
      renderPlan(scope.store),
    ];
    if (writers) {
      drawn[2].append(h("p", { id: "weights-sync", class: "muted", role: "status" }));
    }
    return drawn;
  };
  let shown = statePanels();
  // The Roles panel shows no state: drawn once, before the quiz.
  replace(panels, renderRoles(), ...shown);
  if (writers) {
    // A finished button makes the weights line's earlier advice ("press Set up offers sheet") stale.
    panels.append(
      renderActions(store, writers, () => {
        const line = document.getElementById("weights-sync");
        if (line) line.textContent = "";
      }),
    );
  }
  autoSave(store, persistence, excelRun ? "this workbook" : "this browser", () => ready);

  byId("status").textContent =
    mode === "excel"
      ? WORKBOOK_PERSISTENCE_NOTE
      : "Working without Excel: your answers are kept in this browser.";
  app.setAttribute("aria-busy", "false");
  app.dataset.mode = mode;

  if (first.kind === "late") {
    // What the person changes while waiting is theirs: the late answer fills in only the rest.
    const touched = new Set<string>();
    let prev = store.get();
    const stopTracking = store.subscribe((s) => {
      changedParts(prev, s).forEach((k) => touched.add(k));
      prev = s;
    });
    void first.later.then((saved) => {
      stopTracking();
      const merged = mergeLate(saved.state, store.get(), touched);
      const differs = changedParts(store.get(), merged).length > 0;
      ready = true;
      if (differs) {
        // Saves the merged state (autoSave listens), then shows it.
        store.update((d) => Object.assign(d, merged));
        const next = statePanels();
        shown.forEach((el, i) => el.replaceWith(next[i]));
        shown = next;
      }
      showNotice(lateNotice(saved, touched.size), true);
    });
  }

  if (mode === "standalone") {
    const container = byId("standalone");
    container.hidden = false;
    try {
      const mod = await import(/* webpackChunkName: "standalone" */ "../standalone/standalone");
      mod.startStandalone({
        container,
        getState: () => store.get(),
        onStateChange: (cb) => void store.subscribe(cb),
      });
    } catch (e) {
      replace(
        container,
        h(
          "p",
          { class: "action-error", role: "alert" },
          `The standalone page could not load: ${describeError(e)}`,
        ),
      );
    }
  }
}

function fail(e: unknown): void {
  const status = document.getElementById("status");
  if (status) {
    status.setAttribute("role", "alert");
    status.textContent = `Offer Evaluator could not start: ${describeError(e)}`;
  }
}

if (typeof Office === "undefined") {
  // office.js did not load (blocked or offline): the page still works on its own.
  start("standalone").catch(fail);
} else {
  Office.onReady((info) => {
    start(hostMode(info)).catch(fail);
  });
}
