/** The Office.js writer's public entry points, re-exported; no code of its own lives here. */
/*
 * The writer renders sheet layouts into the open workbook through the Excel JavaScript API.
 * Only Excel API code lives in this folder; the numbers come from src/scoring, the cells from the layouts.
 *
 * How it writes (issue 4):
 *  - One Excel.run per button, at most three round trips in the normal case:
 *      1. inspect: the ownership registry, sheet names and ids, table names and ids, defined names;
 *      2. prepare: create missing sheets (and load their ids), read what the button needs
 *         (the Offers table, the roadmap's Done ticks, our sheets' tables and charts);
 *      3. write: everything, with screen updating suspended (not calculation: see Batch.suspend in
 *         batch.ts), plus the new registry.
 *    Values go as whole 2-D arrays, formats per column. A write whose JSON payload would pass
 *    maxRequestBytes (default 4 MB; Excel on the web refuses requests over 5 MB) is split into row
 *    chunks, and the batch is flushed between chunks only when the request would otherwise pass the
 *    limit: the hard 5 MB limit wins over the three-sync goal, which normal sizes never reach.
 *  - Ownership: a workbook setting (REGISTRY_KEY, per add-in, invisible to other add-ins) maps each
 *    sheet key to the sheet's id (stable across renames), the footprint of every block written there,
 *    the add-in's table names/ids and chart names. A sheet is the add-in's only if its id is in the
 *    registry: a copy of the sheet gets a new id and is the person's. A sheet with the wanted name
 *    that is not ours is left alone and the add-in writes to "Name (2)" and says so.
 *  - Before writing (checked in the prepare sync), the cells the new blocks would cover that were
 *    not the add-in's before must be empty: otherwise the button writes nothing and returns a
 *    result with `blocked` naming the person's cells (see README "The person's cells are never covered").
 *  - The add-in's tables are found by recorded id, then recorded name on its sheet, then position:
 *    the person may rename them.
 *  - Re-running updates in place: existing tables are resized (ExcelApi 1.13), cells of the add-in's
 *    previous blocks that the new layout does not cover are cleared, nothing else on the sheet is
 *    touched. The Offers table's data rows belong to the person and are never rewritten; only cells
 *    that still hold the add-in's own formula (or are blank) in Scope, Score and Rank are refreshed.
 *  - The person's Offers table is read by what its columns are now (columns.ts): a column renamed in
 *    Excel is found through the add-in's formulas Excel rewrote, and every formula the add-in writes
 *    names the columns as they are; if a column the formulas need is gone, the button writes nothing
 *    and says which column and how to restore it (result `missingColumns`).
 *  - Requests are budgeted in UTF-8 bytes of their JSON (batch.ts), the unit of the 5 MB limit.
 *  - Dates are written as =DATE(y,m,d) (dates.ts), right in 1900- and 1904-system workbooks alike.
 *  - Cells holding Excel data types read as "#VALUE!"; dataTypes.ts finds out what they hold.
 *  - Text from cells is always written as text: every non-empty string is sent with a leading
 *    apostrophe (Excel's quote prefix), so "=HYPERLINK(...)", "+cmd", "-1+2", "@SUM(A1)", dates-like
 *    "1-3" or "TRUE" land as the literal string. (A text number format "@" would also work but would
 *    turn the person's later formulas in those cells into text, and breaks formula columns.)
 */
export type { ExcelRun, WriterOptions, WriteResult, RecommendationWriteResult } from "./types";
export { REGISTRY_KEY, DEFAULT_MAX_REQUEST_BYTES } from "./types";
export { parseRegistry } from "./registry";
export { toExcelInput } from "./batch";
export { parseAreas } from "./space";
export { freeSheetName } from "./inspect";
export { setUpOffersSheet, writeRecommendation, writeRoadmap, writeWeights } from "./buttons";
export { loadSetting, saveSetting } from "./settings";
