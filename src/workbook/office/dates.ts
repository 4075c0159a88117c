/** Dates the add-in writes into a workbook, as =DATE() formulas: right in the 1900 and 1904 date systems alike. */
import { fromExcelSerial } from "../../scoring";
import { type Cell, type SheetLayout } from "../layout";
import { DATE_FORMAT } from "../sheets/blocks";

/*
 * Why formulas and not serial numbers: a serial means a different day in a 1904 workbook (older Mac
 * workbooks; 1,462 days later than in the 1900 system), and the add-in cannot reliably ask which
 * system a workbook uses. Workbook.use1904DateSystem is listed among the Excel JavaScript API's
 * preview APIs and is not in the released typings this project builds against (@types/office-js),
 * so no requirement set can be checked for it with Office.context.requirements.isSetSupported. DATE(y,m,d)
 * returns the serial of that day in the workbook's own system, on every Excel and in every locale
 * (text such as "2026-11-26" would depend on the locale's date parsing). The cost: the Start and
 * End cells show =DATE(...) in the formula bar.
 */

/** =DATE(y,m,d) for a 1900-system serial (the scoring module's), the time of day dropped. */
export function dateFormula(serial: number): string {
  const d = fromExcelSerial(serial);
  return `=DATE(${d.getUTCFullYear()},${d.getUTCMonth() + 1},${d.getUTCDate()})`;
}

/** The layout with every number in a date-formatted column of a block's data rows written as =DATE(). */
export function datesAsFormulas(layout: SheetLayout): SheetLayout {
  return {
    ...layout,
    blocks: layout.blocks.map((block) => {
      const dateCols = new Set(
        (block.columns ?? []).flatMap((f, j) => (f?.numberFormat === DATE_FORMAT ? [j] : [])),
      );
      if (dateCols.size === 0) return block;
      const header = block.table ? 1 : block.headerRows;
      const rows = block.rows.map((row, i) =>
        i < header
          ? row
          : row.map((c, j): Cell =>
              dateCols.has(j) && typeof c === "number" && Number.isFinite(c)
                ? { formula: dateFormula(c), value: c }
                : c,
            ),
      );
      return { ...block, rows };
    }),
  };
}
