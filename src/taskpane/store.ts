/**
 * The pane's side of where the person's state lives: the workbook's settings in Excel mode (the
 * Persistence interface, the in-memory Store and the localStorage one are shared, in src/ui), and
 * which mode the page runs in.
 */
import { loadSetting, saveSetting, type ExcelRun } from "../workbook/office";
import { SETTINGS_KEY, type Persistence } from "../ui/state";

/**
 * The workbook's settings (Excel mode), through the workbook module (the only Excel API code). The
 * value is stored as the JSON string, so the workbook holds exactly what localStorage would hold.
 */
export function workbookPersistence(run: ExcelRun): Persistence {
  return {
    read: () => loadSetting(SETTINGS_KEY, { run }),
    write: (json) => saveSetting(SETTINGS_KEY, json, { run }),
  };
}

/**
 * What the pane says about where the answers live in Excel mode: workbook settings are part of the
 * file (Excel.Setting: "persisted to the document"), so they last exactly when the workbook is saved.
 */
export const WORKBOOK_PERSISTENCE_NOTE =
  "Your answers are kept in this workbook's settings and last once the workbook is saved (AutoSave does that for files on OneDrive or SharePoint).";

export type HostMode = "excel" | "standalone";

/**
 * Excel mode when Office says the host is Excel. Test seam: the browser tests inject an in-memory
 * Excel fake (tests/fake-excel, which defines createFakeExcel) and set
 * window.__OFFER_EVALUATOR_FORCE_HOST = "Excel"; the flag is honoured only when that fake is
 * present, so a real page outside Office can never be talked into Excel mode.
 */
export function selectHostMode(
  host: unknown,
  excelHost: unknown,
  seam: { forceHost?: unknown; hasFake?: boolean },
): HostMode {
  if (host !== null && host !== undefined && host === excelHost) return "excel";
  if (seam.forceHost === "Excel" && seam.hasFake === true) return "excel";
  return "standalone";
}
