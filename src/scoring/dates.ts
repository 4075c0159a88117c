/** Excel's 1900 date system: serial 1 is 1900-01-01, and day 0 of the JS epoch offset is 1899-12-30 (Excel's phantom 29 Feb 1900 is why). */
const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** 9999-12-31, the last date Excel shows. */
export const MAX_EXCEL_SERIAL = 2_958_465;

export function toExcelSerial(d: Date): number {
  return Math.round((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - EPOCH_MS) / DAY_MS);
}

export function fromExcelSerial(n: number): Date {
  return new Date(EPOCH_MS + Math.floor(n) * DAY_MS);
}

/** "2026-11-26" for a serial, for messages and the standalone page. */
export function serialToIso(n: number): string {
  return fromExcelSerial(n).toISOString().slice(0, 10);
}
