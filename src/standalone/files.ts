/**
 * The page's files: importing offers from an .xlsx or .csv (replacing the list, with an undo), and
 * "Download workbook", the four sheets the add-in writes rendered by ExcelJS. ExcelJS and the file
 * readers are loaded only when used, as separate chunks.
 */
import type { PersonState } from "../ui/state";
import { planInTypedWeights } from "../ui/state";
import { h } from "../ui/dom";
import { describeError } from "../ui/wording";
import { InputError } from "../workbook/offersFile";
import { buildWorkbookLayouts } from "../workbook/sheets";
import type { OfferList } from "./offersGrid";
import { fromOfferInput, MAX_PAGE_OFFERS, toOfferInput, type OfferRow } from "./offersState";

export const DOWNLOAD_NAME = "offer-evaluator.xlsx";

export interface ImportControls {
  /** The file field, with its label and hint. */
  readonly field: HTMLElement;
  /** What the last import did, with its Undo button. */
  readonly status: HTMLElement;
  /** Why the last import (or adding an offer) failed. */
  readonly error: HTMLElement;
  /** Called on every edit of the offers: the import's Undo would now discard that edit, so it goes. */
  withdrawUndo(): void;
}

/** Warnings shown under the import's status: a few, one per line, then how many more. */
const MAX_SHOWN_WARNINGS = 5;

export function importWarnings(warnings: readonly string[]): string {
  if (warnings.length === 0) return "";
  const shown = warnings.slice(0, MAX_SHOWN_WARNINGS);
  const rest = warnings.length - shown.length;
  return ["", "Worth a look:", ...shown, ...(rest > 0 ? [`and ${rest} more.`] : [])].join("\n");
}

/** The import field. `onReplaced` runs after an import or an undo has replaced offers.rows. */
export function importControls(offers: OfferList, onReplaced: () => void): ImportControls {
  const statusText = h("span", {});
  const undoButton = h("button", { type: "button", class: "sa-undo", hidden: true }, "Undo");
  // Rows that were read but may not be what was meant (a repeated name, no Company): one per line.
  const warningsText = h("span", { class: "sa-import-warnings" });
  warningsText.style.whiteSpace = "pre-line";
  const status = h(
    "p",
    { class: "sa-import-status", role: "status" },
    statusText,
    " ",
    undoButton,
    warningsText,
  );
  const error = h("p", { class: "action-error", role: "alert" });
  // A file with several bad cells is told one cell per line.
  error.style.whiteSpace = "pre-line";
  /** The list as it was before the last import, while that import can be undone. */
  let beforeImport: OfferRow[] | null = null;

  undoButton.addEventListener("click", () => {
    if (beforeImport === null) return;
    const restored = beforeImport;
    beforeImport = null;
    offers.rows = restored;
    onReplaced();
    undoButton.hidden = true;
    warningsText.textContent = "";
    statusText.textContent = `Import undone: the ${restored.length} offer${restored.length === 1 ? "" : "s"} you had before are back.`;
    fileInput.focus();
  });

  const fileInput = h("input", { type: "file", id: "sa-import", accept: ".xlsx,.csv,text/csv" });
  fileInput.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    if (file) void importFile(file).finally(() => (fileInput.value = ""));
  });

  async function importFile(file: File): Promise<void> {
    error.textContent = "";
    warningsText.textContent = "";
    undoButton.hidden = true;
    statusText.textContent = `Reading ${file.name}...`;
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
      const previous = offers.rows;
      offers.rows = rows;
      onReplaced();
      beforeImport = previous.length > 0 ? previous : null;
      undoButton.hidden = beforeImport === null;
      statusText.textContent =
        `Imported ${rows.length} offer${rows.length === 1 ? "" : "s"} from ${read.source} in ${file.name}` +
        (previous.length > 0 ? ` (replaced ${previous.length}).` : ".") +
        (read.offers.length > rows.length
          ? ` The page shows the first ${MAX_PAGE_OFFERS}; the offer-evaluator report command takes any number.`
          : "");
      warningsText.textContent = importWarnings(read.warnings);
    } catch (e) {
      statusText.textContent = "";
      error.textContent =
        e instanceof InputError
          ? `Could not import: ${e.message}`
          : `Could not import ${file.name}: ${describeError(e)}`;
    }
  }

  function withdrawUndo(): void {
    if (beforeImport === null) return;
    beforeImport = null;
    undoButton.hidden = true;
    statusText.textContent += " Undo is no longer offered: the offers were edited since the import.";
  }

  const field = h(
    "div",
    { class: "field sa-import" },
    h("label", { for: "sa-import" }, "Import offers (.xlsx or .csv)"),
    fileInput,
    h(
      "span",
      { class: "field-hint" },
      "A workbook (from Excel, LibreOffice or another tool) or a CSV with a header row anywhere: Company, Data maturity, Support, Growth, and Scope or Scope type; Title and Notes are optional, other columns are ignored. Replaces the list above (you can undo it).",
    ),
  );
  return { field, status, error, withdrawUndo };
}

export interface DownloadControls {
  readonly button: HTMLButtonElement;
  readonly status: HTMLElement;
  readonly error: HTMLElement;
}

/** "Download workbook": the sheets for the state and offers at the time of the click. */
export function downloadControls(getState: () => PersonState, offers: OfferList): DownloadControls {
  const status = h("p", { class: "action-status", role: "status" });
  const error = h("p", { class: "action-error", role: "alert" });
  const button = h("button", { type: "button", class: "primary sa-download" }, "Download workbook");
  button.addEventListener("click", () => void download());

  async function download(): Promise<void> {
    error.textContent = "";
    status.textContent = "Building the workbook...";
    button.disabled = true;
    try {
      const plan = planInTypedWeights(getState());
      const layouts = buildWorkbookLayouts(plan, offers.rows.map(toOfferInput));
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
      status.textContent = `Downloaded ${DOWNLOAD_NAME} (${Math.max(1, Math.round(bytes.length / 1024))} KB).`;
    } catch (e) {
      status.textContent = "";
      error.textContent = `The workbook could not be built: ${describeError(e)}`;
    } finally {
      button.disabled = false;
    }
  }

  return { button, status, error };
}
