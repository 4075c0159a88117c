/** The request batch: counts syncs, splits writes under the size limit; never decides what is written. */
import { type Cell, isFormulaCell } from "../layout";
import type { ExcelRun, WriterOptions } from "./types";

/* ---------- converting layout cells to what Excel takes ---------- */

export type ExcelInput = string | number | boolean;

/** A layout cell as Excel input: strings get the quote prefix so they always land as text. */
export function toExcelInput(c: Cell): ExcelInput {
  if (c === null) return "";
  if (isFormulaCell(c)) return c.formula;
  if (typeof c === "string") return c === "" ? "" : "'" + c;
  if (typeof c === "number") return Number.isFinite(c) ? c : "";
  return c;
}

export function gridOf(rows: readonly (readonly Cell[])[]): ExcelInput[][] {
  return rows.map((r) => r.map(toExcelInput));
}

/* ---------- a batch that counts syncs and keeps requests under the limit ---------- */

/**
 * Bytes of `s` encoded as UTF-8: Excel on the web's 5 MB request limit counts bytes of the JSON
 * payload, and a character outside ASCII takes 2 to 4 of them (string length would count 1 or 2).
 * Counted by hand (no TextEncoder) so it behaves the same in every runtime the writer runs in.
 */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** UTF-8 bytes of a value as JSON, the way the request carries it. */
export function jsonBytes(v: unknown): number {
  return utf8Bytes(JSON.stringify(v));
}

export class Batch {
  syncs = 0;
  pending = 0;
  readonly sent: number[] = [];
  private suspended = false;
  /** After a mid-batch flush, suspend again before the next write (never left queued at the end). */
  private resuspend = false;
  constructor(
    readonly ctx: Excel.RequestContext,
    readonly limit: number,
  ) {}

  op(bytes = 120): void {
    this.pending += bytes;
  }

  async sync(): Promise<void> {
    await this.ctx.sync();
    this.syncs++;
    this.sent.push(this.pending);
    this.pending = 0;
    this.resuspend = this.suspended;
  }

  /**
   * Suspends screen updating for the next sync (and again after any extra sync).
   * Calculation is deliberately NOT suspended: after suspendApiCalculationUntilNextSync "it is the
   * developer's responsibility to re-calc the workbook, to ensure that any dependencies are
   * propagated" (Excel.Application reference), so the new Score/Rank formulas and the weights that
   * feed them could show stale results. Our writes are a few hundred cells.
   */
  suspend(): void {
    this.suspended = true;
    this.suspendNow();
  }

  private suspendNow(): void {
    this.ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
    this.op(100);
  }

  private async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.limit) await this.sync();
    if (this.resuspend) {
      this.resuspend = false;
      this.suspendNow();
    }
    this.pending += bytes;
  }

  /**
   * Writes a 2-D grid at (row, col) of the sheet, as `formulas` (which also takes plain values),
   * in as few range writes as the size limit allows.
   */
  async writeGrid(
    sheet: Excel.Worksheet,
    row: number,
    col: number,
    grid: readonly (readonly ExcelInput[])[],
    prop: "formulas" | "numberFormat" = "formulas",
  ): Promise<void> {
    if (grid.length === 0 || grid[0].length === 0) return;
    const overhead = 200;
    const sizes = grid.map((r) => jsonBytes(r) + 1);
    const total = sizes.reduce((a, b) => a + b, 2);
    if (total + overhead <= this.limit) {
      await this.reserve(total + overhead);
      this.assign(sheet.getRangeByIndexes(row, col, grid.length, grid[0].length), grid, prop);
      return;
    }
    let start = 0;
    while (start < grid.length) {
      let end = start;
      let bytes = 2 + overhead;
      while (end < grid.length && (end === start || bytes + sizes[end] <= this.limit)) {
        bytes += sizes[end];
        end++;
      }
      await this.reserve(bytes);
      this.assign(
        sheet.getRangeByIndexes(row + start, col, end - start, grid[0].length),
        grid.slice(start, end),
        prop,
      );
      start = end;
    }
  }

  private assign(
    range: Excel.Range,
    grid: readonly (readonly ExcelInput[])[],
    prop: "formulas" | "numberFormat",
  ): void {
    const rows = grid.map((r) => [...r]);
    if (prop === "numberFormat") range.numberFormat = rows;
    else range.formulas = rows;
  }
}

/** The button's Excel.run: the one the options name (tests pass the fake's), else the global one. */
export function runner(opts: WriterOptions): ExcelRun {
  if (opts.run) return opts.run;
  return <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => Excel.run(batch);
}
