/**
 * Chance first on the written Recommendation sheet: a live OFFER.PFIRST over the Offers table when
 * the formula can name it (the strict fake refuses a formula naming a missing table or column), and
 * values with a note saying so otherwise; range text typed into the Offers table is read as a range.
 */
import { RANKING_HEADERS, setUpOffersSheet, writeRecommendation } from "../../src/workbook";
import { MAX_LIVE_CHANCE_ROWS } from "../../src/workbook/sheets/recommendationTables";
import type { FakeExcel } from "../fake-excel/fake-excel";
import { fillOffers, newFake, offerRows, PLAN, writerOpts } from "./helpers";

const CHANCE = String.fromCharCode(65 + RANKING_HEADERS.indexOf("Chance first")); // column F

async function setUpWith(n: number, fake = newFake()): Promise<FakeExcel> {
  await setUpOffersSheet(PLAN, writerOpts(fake));
  fillOffers(fake, offerRows(n));
  return fake;
}

function chanceCells(fake: FakeExcel, n: number): { formula: string | null; value: unknown }[] {
  return Array.from({ length: n }, (_, i) => fake.helpers.cell("Recommendation", `${CHANCE}${35 + i}`));
}

describe("Chance first", () => {
  test("a live formula over the Offers table, each offer's own row, under its renamed name too", async () => {
    const fake = await setUpWith(4);
    let r = await writeRecommendation(PLAN, writerOpts(fake));
    expect(r.syncs).toBeLessThanOrEqual(3);
    const names = fake.helpers.values("Recommendation", "B35:B38").flat();
    chanceCells(fake, 4).forEach((c, i) => {
      // offerRows names them "Company n" on body row n.
      const n = Number(String(names[i]).replace("Company ", ""));
      expect(c.formula).toBe(
        `=IF(INDEX(Offers[Company],${n})=[@Company],INDEX(OFFER.PFIRST(Offers[Scope],Offers[Data maturity],Offers[Support],Offers[Growth],OfferWeights),${n}),"Write again")`,
      );
    });
    fake.workbook.tables.find((t) => t.name === "Offers")!.name = "MyOffers";
    r = await writeRecommendation(PLAN, writerOpts(fake));
    expect(r.syncs).toBeLessThanOrEqual(3);
    for (const c of chanceCells(fake, 4)) expect(c.formula).toContain("OFFER.PFIRST(MyOffers[Scope],");
  });

  test("a renamed rating column: the live formula names it as it is now (Excel rewrote the Score formulas)", async () => {
    const fake = await setUpWith(3);
    fake.helpers.setValues("Offers", "G4", [["Growth (1-5)"]]);
    const r = await writeRecommendation(PLAN, writerOpts(fake));
    expect(r.syncs).toBeLessThanOrEqual(3);
    expect(r.message).not.toMatch(/no "Growth" column/);
    for (const c of chanceCells(fake, 3)) expect(c.formula).toContain("Offers[[Growth (1-5)]],OfferWeights)");
  });

  test("a column the live formula needs, missing from a table that is only read: values, no formula Excel would refuse", async () => {
    const fake = newFake();
    fake.helpers.addSheet("Mine");
    const rows = offerRows(3).map((r) => [r[0], r[3] ?? 3, r[4], r[5], r[6]]);
    fake.helpers.setValues("Mine", "A1:E4", [
      ["Company", "Scope", "Data maturity", "Support", "Growth potential"],
      ...rows.map((r) => r.map((v) => (v === null ? "" : v))),
    ]);
    fake.helpers.addTable("Mine", "A1:E4", "Offers");
    const r = await writeRecommendation(PLAN, writerOpts(fake));
    expect(r.syncs).toBeLessThanOrEqual(3);
    expect(r.message).toMatch(/The Offers table has no [^.]*Growth/);
    const cells = chanceCells(fake, 3);
    for (const c of cells) expect(c.formula).toBeNull();
    expect(String(fake.helpers.cell("Recommendation", "A33").value)).toMatch(
      /values computed when this was written/,
    );
  });

  test("more than 20 Offers rows: values, since a live PFIRST per row would recalculate rows x rows", async () => {
    const at = async (n: number) => {
      const fake = await setUpWith(n);
      const r = await writeRecommendation(PLAN, writerOpts(fake));
      expect(r.syncs).toBeLessThanOrEqual(3);
      return { fake, cells: chanceCells(fake, n) };
    };
    const small = await at(MAX_LIVE_CHANCE_ROWS);
    expect(small.cells.every((c) => c.formula !== null)).toBe(true);
    const big = await at(MAX_LIVE_CHANCE_ROWS + 1);
    expect(big.cells.every((c) => c.formula === null && typeof c.value === "number")).toBe(true);
    expect(String(big.fake.helpers.cell("Recommendation", "A33").value)).toMatch(/more than 20 rows/);
  });

  test("range text in the Offers table is a range: the score range brackets the score", async () => {
    const fake = await setUpWith(2);
    fake.helpers.setValues("Offers", "E5:G5", [["'2 to 4", 3, "'3-5"]]);
    const r = await writeRecommendation(PLAN, writerOpts(fake));
    expect(r.offers[0].dataMaturity).toBe("2 to 4");
    const rows = fake.helpers.values("Recommendation", "A35:H36");
    const row = rows.find((x) => x[1] === "Company 1")!;
    const [lo, hi] = String(row[4]).split(" to ").map(Number);
    expect(lo).toBeLessThan(Number(row[3]));
    expect(hi).toBeGreaterThan(Number(row[3]));
  });
});
