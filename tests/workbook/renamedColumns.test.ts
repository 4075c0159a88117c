/**
 * Renamed and deleted Offers columns (issue 11 item 6). Excel rewrites every formula when the person
 * renames a table column (and turns references to a deleted one into #REF!); the fake does the same.
 * The buttons then build their formulas on the columns' current names, or stop before writing
 * anything and say which column is missing and how to restore it.
 */
import { REGISTRY_KEY, setUpOffersSheet, writeRecommendation } from "../../src/workbook";
import type { FakeExcel } from "../fake-excel/fake-excel";
import { fillOffers, newFake, offerRows, PLAN, writerOpts } from "./helpers";

async function setUpWith(n: number): Promise<FakeExcel> {
  const fake = newFake();
  await setUpOffersSheet(PLAN, writerOpts(fake));
  fillOffers(fake, offerRows(n));
  return fake;
}

/**
 * Every formula in the workbook, re-typed into its own cell: the fake refuses one naming a table or
 * column that does not exist, so this checks each with the fake's own parser (not the writer's).
 */
function brokenFormulas(fake: FakeExcel): string[] {
  const out: string[] = [];
  for (const sheet of fake.workbook.sheets) {
    for (const [k, cell] of sheet.cells) {
      if (cell.formula === null) continue;
      const [r, c] = k.split(",").map(Number);
      const at = fake.helpers.rectToA1({ r0: r, c0: c, rows: 1, cols: 1 });
      if (cell.formula.includes("#REF!")) out.push(`${sheet.name}!${at}: ${cell.formula}`);
      try {
        fake.helpers.setValues(sheet.name, at, [[cell.formula]]);
      } catch (e) {
        out.push(`${sheet.name}!${at}: ${(e as Error).message}`);
      }
    }
  }
  return out;
}

function everything(fake: FakeExcel): string {
  return JSON.stringify({
    sheets: fake.helpers.sheetNames().map((s) => fake.helpers.snapshot(s)),
    names: fake.helpers.names(),
    registry: fake.helpers.setting(REGISTRY_KEY),
  });
}

const column = (fake: FakeExcel, letter: string, rows: number): unknown[] =>
  fake.helpers.formulas("Offers", `${letter}5:${letter}${4 + rows}`).flat();

describe("the fake follows Excel on renamed and deleted table columns", () => {
  test("a rename rewrites the formulas naming the column, in the table and elsewhere", async () => {
    const fake = await setUpWith(2);
    fake.helpers.setValues("Sheet1", "A1", [["=SUM(Offers[Growth])"]]);
    fake.helpers.renameTableColumn("Offers", "Growth", "Growth potential");
    expect(fake.helpers.cell("Offers", "I5").formula).toBe(
      "=OFFER.SCORE([@Scope],[@[Data maturity]],[@Support],[@[Growth potential]],OfferWeights)",
    );
    expect(fake.helpers.cell("Sheet1", "A1").formula).toBe("=SUM(Offers[Growth potential])");
    fake.helpers.renameTableColumn("Offers", "Score", "Total");
    expect(fake.helpers.cell("Offers", "J5").formula).toBe('=IF([@Total]="","",RANK.EQ([@Total],[Total]))');
    // The old name is now refused, as Excel refuses it.
    expect(() => fake.helpers.setValues("Offers", "J5", [["=[@Score]"]])).toThrow(/does not have/);
  });

  test("a delete shifts the table's cells left and turns references to the column into #REF!", async () => {
    const fake = await setUpWith(2);
    const notes = fake.helpers.values("Offers", "H5:H6");
    fake.helpers.deleteTableColumn("Offers", "Growth");
    expect(fake.helpers.tables().find((t) => t.name === "Offers")?.headers).toEqual([
      "Company",
      "Title",
      "Scope type",
      "Scope",
      "Data maturity",
      "Support",
      "Notes",
      "Score",
      "Rank",
    ]);
    expect(fake.helpers.values("Offers", "G5:G6")).toEqual(notes);
    expect(fake.helpers.cell("Offers", "H5").formula).toBe(
      "=OFFER.SCORE([@Scope],[@[Data maturity]],[@Support],#REF!,OfferWeights)",
    );
  });
});

describe.each([
  { renamed: "Growth", to: "Growth potential", letter: "G" },
  { renamed: "Score", to: "Total", letter: "I" },
  { renamed: "Data maturity", to: "Data (1-5)", letter: "E" },
])("the person renamed $renamed to $to", ({ renamed, to, letter }) => {
  test("Write recommendation reads the offers as before and writes formulas naming the new name", async () => {
    const fake = await setUpWith(4);
    const reference = await writeRecommendation(PLAN, writerOpts(await setUpWith(4)));
    fake.helpers.renameTableColumn("Offers", renamed, to);
    const r = await writeRecommendation(PLAN, writerOpts(fake));
    expect(r.missingColumns).toBeUndefined();
    expect(r.syncs).toBeLessThanOrEqual(3);
    expect(r.message).not.toMatch(/no "/);
    expect(r.offers).toEqual(reference.offers);
    expect(fake.helpers.cell("Offers", `${letter}4`).value).toBe(to);
    expect(brokenFormulas(fake)).toEqual([]);
    // Chance first stays a live formula over the table, naming the column by its new name.
    const chance = fake.helpers.cell("Recommendation", "F35").formula ?? "";
    expect(chance).toContain("OFFER.PFIRST(");
    if (renamed !== "Score") expect(chance).toContain(`Offers[${to.includes("-") ? `[${to}]` : to}]`);
  });

  test("Set up offers sheet keeps the table and refreshes the add-in's formulas on the new name", async () => {
    const fake = await setUpWith(4);
    fake.helpers.renameTableColumn("Offers", renamed, to);
    // Blank formula cells the add-in refills: one Scope, one Score, one Rank.
    fake.helpers.setValues("Offers", "D6", [[""]]);
    fake.helpers.setValues("Offers", "I7", [[""]]);
    fake.helpers.setValues("Offers", "J8", [[""]]);
    const r = await setUpOffersSheet(PLAN, writerOpts(fake));
    expect(r.missingColumns).toBeUndefined();
    expect(r.message).toMatch(/kept as it is/);
    expect(brokenFormulas(fake)).toEqual([]);
    const score = column(fake, "I", 4);
    const rank = column(fake, "J", 4);
    // Every Score cell holds the same formula (the refilled one equals what Excel rewrote).
    expect(new Set(score).size).toBe(1);
    expect(new Set(rank).size).toBe(1);
    expect(String(score[0])).toMatch(/^=OFFER\.SCORE\(/);
    expect(String(rank[0])).toMatch(/RANK\.EQ\(/);
    expect(String(column(fake, "D", 4)[1])).toMatch(/OFFER\.SCOPEFIT\(/);
    const renamedRef = to.includes(" ") || to.includes("-") ? `[@[${to}]]` : `[@${to}]`;
    if (renamed === "Score") expect(rank[0]).toContain(renamedRef);
    else expect(score[0]).toContain(renamedRef);
    // The renamed column keeps the add-in's formats: the ratings' validation, Score's color scale.
    if (renamed === "Score")
      expect(fake.helpers.conditionalFormats("Offers")).toEqual([
        expect.objectContaining({ type: "ColorScale", address: "I5:I8" }),
      ]);
    else expect(fake.helpers.validation("Offers", `${letter}5`)).not.toBeNull();
  });
});

describe.each(["Growth", "Score", "Scope type", "Rank"])("the person deleted %s", (gone) => {
  test.each(["Set up offers sheet", "Write recommendation"])(
    "%s stops before writing anything and says how to restore the column",
    async (button) => {
      const fake = await setUpWith(3);
      if (button === "Set up offers sheet") await writeRecommendation(PLAN, writerOpts(fake));
      fake.helpers.deleteTableColumn("Offers", gone);
      const sheetsBefore = fake.helpers.sheetNames();
      const before = everything(fake);
      const press = button === "Set up offers sheet" ? setUpOffersSheet : writeRecommendation;
      const r = await press(PLAN, writerOpts(fake));
      expect(r.missingColumns).toEqual([gone]);
      expect(r.message).toMatch(/^Nothing was written/);
      expect(r.message).toContain(`no "${gone}" column`);
      expect(r.message).toMatch(/Undo \(Ctrl\+Z\)/);
      expect(r.message).toContain(`press "${button}" again`);
      expect(fake.helpers.sheetNames()).toEqual(sheetsBefore);
      expect(everything(fake)).toBe(before);
    },
  );
});

test("a renamed column whose add-in formulas were all overwritten reads as missing, with the rename hint", async () => {
  const fake = await setUpWith(2);
  fake.helpers.setValues("Offers", "I5:I6", [[3], [4]]); // the person typed over every Score formula
  fake.helpers.renameTableColumn("Offers", "Growth", "Potential");
  const before = everything(fake);
  const r = await setUpOffersSheet(PLAN, writerOpts(fake));
  expect(r.missingColumns).toEqual(["Growth"]);
  expect(r.message).toMatch(/If you renamed it, give it its name back/);
  expect(everything(fake)).toBe(before);
  // Named back, the button works again.
  fake.helpers.renameTableColumn("Offers", "Potential", "Growth");
  const again = await setUpOffersSheet(PLAN, writerOpts(fake));
  expect(again.missingColumns).toBeUndefined();
  expect(brokenFormulas(fake)).toEqual([]);
});
