/**
 * The workbook buttons: "Set up offers sheet", "Write recommendation", "Write roadmap". Each runs
 * one writer, shows progress while it works (aria-busy, a progress line) and then the result in a
 * polite live region, or the error in an alert.
 */
import { DomainError } from "../scoring";
import { h, panel } from "../ui/dom";
import type { PersonState } from "../ui/state";
import type { Store } from "../ui/store";

/** What a writer reports back (src/workbook writers). */
export interface WriteOutcome {
  readonly sheetName: string;
  readonly message: string;
  readonly syncs?: number;
  /** True when the writer stopped without writing because the person's cells were in the way. */
  readonly blocked?: boolean;
}

export interface WorkbookWriters {
  setUpOffersSheet(state: PersonState): Promise<WriteOutcome>;
  writeRecommendation(state: PersonState): Promise<WriteOutcome>;
  writeRoadmap(state: PersonState): Promise<WriteOutcome>;
}

export interface ActionSpec {
  readonly id: "setup" | "recommendation" | "roadmap";
  /** The button's text and accessible name: exactly these words. */
  readonly name: string;
  readonly progress: string;
  readonly failure: string;
  readonly run: (w: WorkbookWriters, s: PersonState) => Promise<WriteOutcome>;
}

export const ACTIONS: readonly ActionSpec[] = [
  {
    id: "setup",
    name: "Set up offers sheet",
    progress: "Setting up the Offers and Assumptions sheets...",
    failure: "The offers sheet could not be set up",
    run: (w, s) => w.setUpOffersSheet(s),
  },
  {
    id: "recommendation",
    name: "Write recommendation",
    progress: "Scoring the offers and writing the recommendation...",
    failure: "The recommendation could not be written",
    run: (w, s) => w.writeRecommendation(s),
  },
  {
    id: "roadmap",
    name: "Write roadmap",
    progress: "Writing the roadmap...",
    failure: "The roadmap could not be written",
    run: (w, s) => w.writeRoadmap(s),
  },
];

/** A sentence for the person from whatever was thrown (Office errors carry a code and a message). */
export function errorText(failure: string, e: unknown): string {
  let detail = "";
  if (e instanceof DomainError) detail = e.message;
  else if (e instanceof Error) {
    const code = (e as Error & { code?: unknown }).code;
    detail = e.message || (typeof code === "string" ? code : "");
    if (typeof code === "string" && code === "RequestPayloadSizeLimitExceeded") {
      detail = "the workbook rejected a request as too large. Try again with fewer offers.";
    }
  } else if (typeof e === "string") detail = e;
  detail = detail.trim();
  return detail ? `${failure}: ${detail}` : `${failure}. Please try again.`;
}

export function renderActions(
  store: Store,
  writers: WorkbookWriters,
  onSuccess?: (o: WriteOutcome) => void,
): HTMLElement {
  const section = panel(
    "actions",
    "Write to the workbook",
    "Each button writes or updates its own sheet. Cells outside the add-in's tables are never touched.",
  );
  const status = h("p", {
    id: "action-status",
    class: "action-status",
    role: "status",
    "aria-live": "polite",
  });
  const alert = h("p", { id: "action-error", class: "action-error", role: "alert" });
  const buttons = h("div", { class: "buttons" });
  let busy = false;

  ACTIONS.forEach((action) => {
    const button = h(
      "button",
      { type: "button", id: `action-${action.id}`, class: action.id === "setup" ? "primary" : "" },
      action.name,
    );
    button.addEventListener("click", async () => {
      // aria-disabled keeps the button focusable (a disabled button would drop keyboard focus).
      if (busy) return;
      busy = true;
      button.setAttribute("aria-disabled", "true");
      button.setAttribute("aria-busy", "true");
      section.setAttribute("aria-busy", "true");
      alert.textContent = "";
      status.textContent = action.progress;
      status.classList.add("working");
      try {
        const outcome = await action.run(writers, store.get());
        // For diagnostics and the tests: the round trips the writer reports.
        if (outcome.syncs !== undefined) status.dataset.syncs = String(outcome.syncs);
        if (outcome.blocked) {
          // Nothing was written: the person has to act, so it is an alert, not a status line.
          status.textContent = "";
          alert.textContent = outcome.message;
        } else {
          status.textContent = outcome.message;
          onSuccess?.(outcome);
        }
      } catch (e) {
        status.textContent = "";
        alert.textContent = errorText(action.failure, e);
      } finally {
        busy = false;
        status.classList.remove("working");
        button.removeAttribute("aria-disabled");
        button.removeAttribute("aria-busy");
        section.removeAttribute("aria-busy");
      }
    });
    buttons.append(button);
  });
  section.append(buttons, status, alert);
  return section;
}
