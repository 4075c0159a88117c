/** The pane's adapter over the writers: a button that wrote nothing is an alert for the person. */
import { excelWriters } from "../../src/taskpane/writers";
import { defaultState } from "../../src/ui/state";
import type { ExcelRun } from "../../src/workbook/office";
import { newFake } from "../workbook/helpers";

test("a deleted Offers column: both buttons report blocked (an alert), with the column and the way back", async () => {
  const fake = newFake();
  const w = excelWriters(fake.Excel.run.bind(fake.Excel) as ExcelRun);
  const first = await w.setUpOffersSheet(defaultState());
  expect(first.blocked).toBe(false);
  fake.helpers.deleteTableColumn("Offers", "Support");
  for (const press of [w.setUpOffersSheet, w.writeRecommendation]) {
    const o = await press(defaultState());
    expect(o.blocked).toBe(true);
    expect(o.message).toMatch(/no "Support" column.*Undo \(Ctrl\+Z\)/);
  }
});
