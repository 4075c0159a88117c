/** Adapts the workbook module's Office.js writers (src/workbook/office/) to the taskpane's buttons. */
import {
  setUpOffersSheet,
  writeRecommendation,
  writeRoadmap,
  writeWeights,
  type ExcelRun,
  type WriteResult,
} from "../workbook/office";
import type { WorkbookWriters, WriteOutcome } from "./actions";
import { effectiveWeights, toPlanInput, type PersonState } from "../ui/state";

export interface ExcelWriters extends WorkbookWriters {
  /** Updates the OfferWeights range so every Score recalculates; returns the writer's message. */
  updateWeights(state: PersonState): Promise<string>;
}

function outcome(r: WriteResult): WriteOutcome {
  const extra = r.warnings.filter((w) => !r.message.includes(w));
  return {
    sheetName: r.sheetName,
    message: [r.message, ...extra].join(" "),
    syncs: r.syncs,
    // Nothing was written (the person's cells in the way, or a column the formulas need is gone).
    blocked: (r.blocked?.length ?? 0) > 0 || (r.missingColumns?.length ?? 0) > 0,
  };
}

export function excelWriters(run: ExcelRun): ExcelWriters {
  return {
    setUpOffersSheet: async (s) => outcome(await setUpOffersSheet(toPlanInput(s), { run })),
    writeRecommendation: async (s) => outcome(await writeRecommendation(toPlanInput(s), { run })),
    writeRoadmap: async (s) => outcome(await writeRoadmap(toPlanInput(s), { run })),
    updateWeights: async (s) => (await writeWeights(effectiveWeights(s), { run })).message,
  };
}
