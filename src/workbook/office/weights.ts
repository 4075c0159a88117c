/** The weights named range (OfferWeights); never deletes or moves a name the add-in did not make. */
import { a1, quoteSheetName, type Rect } from "../layout";
import { WEIGHTS_BLOCK, WEIGHTS_NAME } from "../sheets";
import type { Batch } from "./batch";
import { freeObjectName, type Inspection, takenObjectNames } from "./inspect";

export function weightsNameFor(ins: Inspection): {
  name: string;
  ours: boolean;
  exists: boolean;
  formula: string | null;
} {
  const mine = ins.registry.weightsName;
  if (mine) {
    const n = ins.names.find((x) => x.name.toLowerCase() === mine.toLowerCase());
    if (n) return { name: n.name, ours: true, exists: true, formula: n.formula };
  }
  const taken = takenObjectNames(ins);
  const name = freeObjectName(WEIGHTS_NAME, taken);
  return { name, ours: true, exists: false, formula: null };
}

export function weightsRect(): Rect {
  return { row: WEIGHTS_BLOCK.row + 1, col: WEIGHTS_BLOCK.col + 1, rows: 1, cols: 4 };
}

/** Makes sure the weights name points at the Assumptions sheet's weights cells. */
export function ensureWeightsName(
  b: Batch,
  sheet: Excel.Worksheet,
  sheetName: string,
  w: { name: string; exists: boolean; formula: string | null },
): void {
  const rect = weightsRect();
  const expected = `=${quoteSheetName(sheetName)}!${a1(rect, true)}`;
  if (w.exists && w.formula === expected) return;
  if (w.exists) b.ctx.workbook.names.getItem(w.name).delete();
  b.ctx.workbook.names.add(
    w.name,
    sheet.getRangeByIndexes(rect.row, rect.col, 1, 4),
    "Offer Evaluator: weights for scope, data maturity, support, growth",
  );
  b.op(300);
}
