/**
 * Types for fake-excel.js: a strict in-memory fake of the part of the Excel JavaScript API the add-in uses.
 * Node:    const { createFakeExcel } = require("tests/fake-excel/fake-excel.js")
 * Browser: await page.addInitScript({ path: "tests/fake-excel/fake-excel.js" });
 *          await page.addInitScript(() => installFakeExcel());   // sets window.Excel and window.__fakeExcel
 */

export interface FakeExcelOptions {
  /** Request payload limit per sync in UTF-8 bytes (default 5 MB, Excel on the web's limit). */
  requestLimitBytes?: number;
  /** Response payload limit per sync in bytes (default 5 MB). */
  responseLimitBytes?: number;
  /** The workbook uses the 1904 date system (older Mac workbooks): =DATE() and dateShown count from 1904-01-01. */
  date1904?: boolean;
  /** Supplies the value a formula cell shows (formulas are stored, not evaluated). */
  evaluate?: (
    formula: string,
    sheetName: string,
    row: number,
    col: number,
  ) => string | number | boolean | null | undefined;
}

export interface FakeCell {
  value: string | number | boolean;
  formula: string | null;
  numberFormat: string;
  /** True when the text was written with a leading apostrophe (stored without it). */
  quotePrefix: boolean;
  /** Set when a string was converted to a date, as typing it would. */
  coercedFrom?: string;
}

export interface FakeRect {
  r0: number;
  c0: number;
  rows: number;
  cols: number;
}

export interface FakeSheet {
  id: string;
  name: string;
  cells: Map<string, FakeCell>;
  styles: Map<string, Record<string, unknown>>;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  merges: FakeRect[];
  validations: Map<string, unknown>;
  conditionalFormats: unknown[];
  charts: unknown[];
  customProperties: Map<string, { key: string; value: string }>;
}

export interface FakeWorkbookModel {
  sheets: FakeSheet[];
  tables: { id: string; name: string; sheet: FakeSheet; rect: FakeRect; style: string }[];
  names: { name: string; sheet: FakeSheet | null; rect: FakeRect; comment: string }[];
  settings: Map<string, { key: string; value: unknown }>;
  activeSheetId: string | null;
  application: { calculationSuspended: boolean; screenUpdatingSuspended: boolean };
}

export interface FakeStats {
  runs: number;
  /** context.sync calls that carried operations (round trips). */
  syncs: number;
  /** All context.sync calls, including empty ones (which make no round trip). */
  syncCalls: number;
  /** Request payload per round trip, UTF-8 bytes of the JSON of the queued operations. */
  requestBytes: number[];
  /** Response payload per round trip, bytes (JSON size of the loaded data). */
  responseBytes: number[];
  operations: number;
  suspendCalculation: number;
  suspendScreenUpdating: number;
  reset(): void;
  maxRequestBytes(): number;
}

export interface FakeTableInfo {
  id: string;
  name: string;
  sheet: string;
  address: string;
  style: string;
  headers: string[];
}

export interface FakeChartInfo {
  name: string;
  type: string;
  title: string;
  source: { sheet: string; address: string };
  /** Whether the legend shows. */
  legend: boolean;
  series: {
    name: string;
    values: { sheet: string; address: string } | null;
    xValues: { sheet: string; address: string } | null;
  }[];
  position: { start: string; end: string } | null;
}

export interface FakeValidation {
  rule: Record<string, unknown> | null;
  prompt: { showPrompt?: boolean; title?: string; message?: string } | null;
  errorAlert: { showAlert?: boolean; style?: string; title?: string; message?: string } | null;
  ignoreBlanks: boolean;
}

export interface FakeHelpers {
  addSheet(name?: string): FakeSheet;
  sheet(name: string): FakeSheet | null;
  sheetNames(): string[];
  setValues(sheetName: string, address: string, values: (string | number | boolean | null)[][]): void;
  cell(sheetName: string, address: string): FakeCell;
  values(sheetName: string, address: string): (string | number | boolean)[][];
  formulas(sheetName: string, address: string): (string | number | boolean)[][];
  addTable(sheetName: string, address: string, name?: string): string;
  /** Puts an Excel data type (valuesAsJson shape: { type: "LinkedEntity", text, basicValue: "#VALUE!", ... }) in a cell. */
  setDataType(sheetName: string, address: string, json: Record<string, unknown>): void;
  /** Renames a table column as typing a new header does: formulas naming the old name follow. */
  renameTableColumn(tableName: string, column: string, newName: string): void;
  /** Deletes a table column as the person would: cells shift left, references to it become #REF!. */
  deleteTableColumn(tableName: string, column: string): void;
  addName(name: string, sheetName: string, address: string): void;
  deleteSheet(name: string): void;
  renameSheet(name: string, newName: string): void;
  tables(): FakeTableInfo[];
  names(): { name: string; formula: string; comment: string }[];
  charts(sheetName: string): FakeChartInfo[];
  validation(sheetName: string, address: string): FakeValidation | null;
  conditionalFormats(
    sheetName: string,
  ): { type: string; address: string; colorScale: Record<string, unknown> | null }[];
  style(sheetName: string, address: string): Record<string, unknown>;
  columnWidth(sheetName: string, col: number | string): number | undefined;
  setting(key: string): unknown;
  activeSheet(): string | null;
  /** Cell writes made under suspendApiCalculationUntilNextSync and not recalculated since. */
  uncalculatedWrites(): number;
  /** The day a cell's number means in the workbook's date system (yyyy-mm-dd), or null for a non-number. */
  dateShown(sheetName: string, address: string): string | null;
  snapshot(sheetName: string): string;
  parseAddress(address: string): { sheetName: string | null; rect: FakeRect };
  rectToA1(rect: FakeRect, absolute?: boolean): string;
}

export interface FakeExcelNamespace {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  ErrorCodes: Record<string, string>;
  [key: string]: unknown;
}

export interface FakeExcel {
  /** Use as the global Excel, or pass its run to the writer. The context it gives is typed as Excel.RequestContext. */
  Excel: FakeExcelNamespace;
  workbook: FakeWorkbookModel;
  stats: FakeStats;
  helpers: FakeHelpers;
}

export function createFakeExcel(options?: FakeExcelOptions): FakeExcel;
/** createFakeExcel plus a "Sheet1" (unless addSheet: false); sets globalThis.Excel and globalThis.__fakeExcel. */
export function installFakeExcel(options?: FakeExcelOptions & { addSheet?: boolean }): FakeExcel;

declare global {
  var createFakeExcel: ((options?: FakeExcelOptions) => FakeExcel) | undefined;

  var installFakeExcel: ((options?: FakeExcelOptions & { addSheet?: boolean }) => FakeExcel) | undefined;

  var __fakeExcel: FakeExcel | undefined;
}
