/** The Office.js writer against the strict fake: syncs, payload, ownership, idempotence, text safety. */
import fs from "fs";
import path from "path";
import {
  REGISTRY_KEY,
  loadSetting,
  saveSetting,
  setUpOffersSheet,
  writeRecommendation,
  writeRoadmap,
  writeWeights,
} from "../../src/workbook";
import {
  buildOffersLayout,
  CHART_DATA_HEADERS,
  columnWidthPoints,
  TIPPING_HEADERS,
} from "../../src/workbook";
import { parseAreas } from "../../src/workbook/office";
import { validationFormula } from "../../src/workbook/layout";
import { RATING_RULE } from "../../src/workbook/sheets/blocks";
import type { FakeExcel } from "../fake-excel/fake-excel";
import { fillOffers, newFake, offerRows, PLAN, writerOpts } from "./helpers";

const FIVE_MB = 5 * 1024 * 1024;
const INJECTIONS = ['=HYPERLINK("x")', "+cmd", "-1+2", "@SUM(A1)", "\tx", "\rx"];

async function setUpWith(n: number, fake = newFake()): Promise<FakeExcel> {
  await setUpOffersSheet(PLAN, writerOpts(fake));
  fillOffers(fake, offerRows(n));
  return fake;
}

interface Measure {
  syncs: number;
  maxBytes: number;
  maxResponse: number;
}
async function syncsOf(fake: FakeExcel, fn: () => Promise<unknown>): Promise<Measure> {
  fake.stats.reset();
  await fn();
  return {
    syncs: fake.stats.syncs,
    maxBytes: fake.stats.maxRequestBytes(),
    maxResponse: Math.max(...fake.stats.responseBytes),
  };
}

describe("Set up offers sheet", () => {
  test("creates the Offers table, the Assumptions sheet and OfferWeights in at most 3 syncs", async () => {
    const fake = newFake();
    const r = await setUpOffersSheet(PLAN, writerOpts(fake));
    expect(r.sheetName).toBe("Offers");
    expect(r.syncs).toBeLessThanOrEqual(3);
    expect(fake.stats.syncs).toBe(r.syncs);
    const t = fake.helpers.tables().find((x) => x.name === "Offers");
    expect(t).toMatchObject({ sheet: "Offers", address: "A4:J6" });
    expect(t?.headers).toEqual([
      "Company",
      "Title",
      "Scope type",
      "Scope",
      "Data maturity",
      "Support",
      "Growth",
      "Notes",
      "Score",
      "Rank",
    ]);
    expect(fake.helpers.cell("Offers", "D5").formula).toBe(
      '=IF([@[Scope type]]="","",OFFER.SCOPEFIT([@[Scope type]],"MLE"))',
    );
    expect(fake.helpers.cell("Offers", "I5").formula).toBe(
      "=OFFER.SCORE([@Scope],[@[Data maturity]],[@Support],[@Growth],OfferWeights)",
    );
    expect(fake.helpers.cell("Offers", "J6").formula).toBe('=IF([@Score]="","",RANK.EQ([@Score],[Score]))');
    expect(fake.helpers.names()).toEqual([
      expect.objectContaining({ name: "OfferWeights", formula: "=Assumptions!$B$6:$E$6" }),
    ]);
    expect(fake.helpers.values("Assumptions", "B6:E6")).toEqual([[...PLAN.weights]]);
    const v = fake.helpers.validation("Offers", "E5");
    // Ratings accept 1-5 or range text; the formula is relative to the column's first data cell.
    expect(v?.rule).toEqual({ custom: { formula: validationFormula(RATING_RULE, "E5") } });
    expect(v?.errorAlert?.message).toMatch(/3 to 4/);
    expect(v?.prompt?.message).toMatch(/^1: /);
    expect(fake.helpers.validation("Offers", "C6")?.rule).toMatchObject({
      list: { source: "models,deployment,end-to-end,reporting" },
    });
    expect(fake.helpers.conditionalFormats("Offers")).toEqual([
      expect.objectContaining({ type: "ColorScale", address: "I5:I6" }),
    ]);
    // Calculation is never suspended: Excel would leave the new formulas for us to recalculate.
    expect(fake.stats.suspendCalculation).toBe(0);
    expect(fake.helpers.uncalculatedWrites()).toBe(0);
    expect(fake.stats.suspendScreenUpdating).toBeGreaterThan(0);
    expect(fake.helpers.setting(REGISTRY_KEY)).toBeDefined();
  });

  test("re-run keeps the person's rows and own ratings; refreshes only the add-in's formulas", async () => {
    const fake = await setUpWith(10);
    fake.helpers.setValues("Offers", "D7", [[4.5]]); // the person's own Scope rating on row 3
    const before = fake.helpers.values("Offers", "A5:H14");
    const r = await setUpOffersSheet({ ...PLAN, answers: [5, 5, 5, 5, 1, 1, 1, 1] }, writerOpts(fake));
    expect(r.syncs).toBeLessThanOrEqual(3);
    expect(fake.helpers.tables().filter((t) => t.name.startsWith("Offers"))).toHaveLength(1);
    expect(fake.helpers.tables().find((t) => t.name === "Offers")?.address).toBe("A4:J14");
    const after = fake.helpers.values("Offers", "A5:H14");
    expect(after).toEqual(before);
    expect(fake.helpers.cell("Offers", "D7").formula).toBeNull();
    expect(fake.helpers.cell("Offers", "D8").formula).toContain('"DS"'); // role changed to DS
    expect(fake.helpers.validation("Offers", "G14")?.rule).toEqual({
      custom: { formula: validationFormula(RATING_RULE, "G5") },
    });
    expect(fake.helpers.conditionalFormats("Offers")).toHaveLength(1);
    expect(r.message).toMatch(/untouched/);
  });

  test("re-run is idempotent: same tables, names, cells, formats", async () => {
    const fake = newFake();
    await setUpOffersSheet(PLAN, writerOpts(fake));
    const snap = [
      fake.helpers.snapshot("Offers"),
      fake.helpers.snapshot("Assumptions"),
      JSON.stringify(fake.helpers.names()),
    ];
    await setUpOffersSheet(PLAN, writerOpts(fake));
    await setUpOffersSheet(PLAN, writerOpts(fake));
    expect([
      fake.helpers.snapshot("Offers"),
      fake.helpers.snapshot("Assumptions"),
      JSON.stringify(fake.helpers.names()),
    ]).toEqual(snap);
    expect(fake.helpers.sheetNames()).toEqual(["Sheet1", "Offers", "Assumptions"]);
  });

  test("a foreign Offers sheet and a foreign table called Offers are left alone", async () => {
    const fake = newFake();
    fake.helpers.addSheet("offers");
    fake.helpers.setValues("offers", "A1:B1", [["Company", "Mine"]]);
    fake.helpers.addTable("offers", "A1:B3", "Offers");
    const snap = fake.helpers.snapshot("offers");
    const r = await setUpOffersSheet(PLAN, writerOpts(fake));
    expect(r.sheetName).toBe("Offers (2)");
    expect(r.message).toMatch(/"Offers" already exists .* "Offers \(2\)"/);
    expect(fake.helpers.snapshot("offers")).toBe(snap);
    expect(fake.helpers.tables().find((t) => t.sheet === "Offers (2)")?.name).toBe("Offers2");
  });

  test("a renamed sheet of ours stays ours", async () => {
    const fake = newFake();
    await setUpOffersSheet(PLAN, writerOpts(fake));
    fake.helpers.renameSheet("Offers", "My offers");
    const r = await setUpOffersSheet(PLAN, writerOpts(fake));
    expect(r.sheetName).toBe("My offers");
    expect(fake.helpers.sheetNames()).toEqual(["Sheet1", "My offers", "Assumptions"]);
  });

  test("a corrupt registry means nothing is ours: new sheets, nothing overwritten", async () => {
    const fake = newFake();
    await setUpOffersSheet(PLAN, writerOpts(fake));
    const snap = fake.helpers.snapshot("Offers");
    await saveSetting(REGISTRY_KEY, "{not json", writerOpts(fake));
    const r = await setUpOffersSheet(PLAN, writerOpts(fake));
    expect(r.sheetName).toBe("Offers (2)");
    expect(fake.helpers.snapshot("Offers")).toBe(snap);
  });
});

describe("Write recommendation", () => {
  test.each([10, 5000])("%i offers: <= 3 syncs, < 5 MB per sync, tables, chart", async (n) => {
    const fake = await setUpWith(n);
    fake.stats.reset();
    const r = await writeRecommendation(PLAN, writerOpts(fake));
    expect(r.syncs).toBeLessThanOrEqual(3);
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
    expect(fake.stats.maxRequestBytes()).toBeLessThan(FIVE_MB);
    expect(Math.max(...fake.stats.responseBytes)).toBeLessThan(FIVE_MB);
    expect(r.offers).toHaveLength(n);
    const ranking = fake.helpers.tables().find((t) => t.name === "OfferRanking");
    expect(ranking?.address).toBe(`A34:M${34 + n}`);
    expect(fake.helpers.tables().find((t) => t.name === "OfferTipping")?.address).toBe("A26:F30");
    expect(fake.helpers.values("Recommendation", "A26:F26")).toEqual([[...TIPPING_HEADERS]]);
    const charts = fake.helpers.charts("Recommendation");
    expect(charts).toHaveLength(1);
    // Three series (lowest, score, highest) from the chart's numbers, one blank row below the ranking.
    const top = 37 + n;
    const end = top + Math.min(n, 20) - 1;
    expect(fake.helpers.values("Recommendation", `A${top - 1}:D${top - 1}`)).toEqual([
      [...CHART_DATA_HEADERS],
    ]);
    expect(charts[0].series.map((s) => [s.name, s.values?.address, s.xValues?.address])).toEqual(
      ["B", "C", "D"].map((c, i) => [CHART_DATA_HEADERS[i + 1], `${c}${top}:${c}${end}`, `A${top}:A${end}`]),
    );
    expect(charts[0].legend).toBe(true);
    expect(String(fake.helpers.cell("Recommendation", "A5").value)).toMatch(/leads with|tied/);
  });

  test("re-run is idempotent, and a shorter list leaves no orphaned rows", async () => {
    const fake = await setUpWith(30);
    await writeRecommendation(PLAN, writerOpts(fake));
    const snap = fake.helpers.snapshot("Recommendation");
    await writeRecommendation(PLAN, writerOpts(fake));
    expect(fake.helpers.snapshot("Recommendation")).toBe(snap);
    // Fewer offers: the ranking table shrinks and the rows below are cleared.
    const t = fake.workbook.tables.find((x) => x.name === "Offers");
    if (!t) throw new Error("no table");
    fake.helpers.setValues(
      "Offers",
      "A15:J34",
      Array.from({ length: 20 }, () => Array(10).fill("")),
    );
    t.rect = { ...t.rect, rows: 11 };
    await writeRecommendation(PLAN, writerOpts(fake));
    expect(
      fake.helpers
        .tables()
        .filter((x) => x.sheet === "Recommendation")
        .map((x) => [x.name, x.address]),
    ).toEqual([
      ["OfferTipping", "A26:F30"],
      ["OfferRanking", "A34:M44"],
    ]);
    // Below the ranking: a blank row, the chart's 10 rows of numbers (46-56), then nothing left over.
    const blank = (a: string): boolean =>
      fake.helpers
        .values("Recommendation", a)
        .flat()
        .every((v) => v === "");
    expect(blank("A45:M45")).toBe(true);
    expect(fake.helpers.values("Recommendation", "A46:D46")).toEqual([[...CHART_DATA_HEADERS]]);
    expect(blank("A57:M99")).toBe(true);
    expect(blank("E46:M56")).toBe(true);
    expect(fake.helpers.charts("Recommendation")).toHaveLength(1);
  });

  test("a foreign Recommendation sheet is untouched; Recommendation (2) is used and the message says so", async () => {
    const fake = await setUpWith(5);
    fake.helpers.addSheet("Recommendation");
    fake.helpers.setValues("Recommendation", "A1:C2", [
      ["my", "own", "notes"],
      [1, 2, "=A2+B2"],
    ]);
    const snap = fake.helpers.snapshot("Recommendation");
    const r = await writeRecommendation(PLAN, writerOpts(fake));
    expect(r.sheetName).toBe("Recommendation (2)");
    expect(r.message).toMatch(/"Recommendation" already exists and was not made by Offer Evaluator/);
    expect(fake.helpers.snapshot("Recommendation")).toBe(snap);
    const again = await writeRecommendation(PLAN, writerOpts(fake));
    expect(again.sheetName).toBe("Recommendation (2)");
    expect(fake.helpers.sheetNames().filter((s) => s.startsWith("Recommendation"))).toHaveLength(2);
  });

  test("user cells on other sheets and around our blocks are unchanged", async () => {
    const fake = await setUpWith(10);
    fake.helpers.setValues("Sheet1", "A1:C3", [
      ["a", 1, "=B1*2"],
      ["b", 2, "x"],
      ["", "", "'=keep"],
    ]);
    await writeRecommendation(PLAN, writerOpts(fake));
    fake.helpers.setValues("Recommendation", "O39:P40", [
      ["my note", 42],
      ["", "=M39+1"],
    ]);
    const sheet1 = fake.helpers.snapshot("Sheet1");
    await writeRecommendation(PLAN, writerOpts(fake));
    await writeRoadmap(PLAN, writerOpts(fake));
    await setUpOffersSheet(PLAN, writerOpts(fake));
    await writeRecommendation(PLAN, writerOpts(fake));
    expect(fake.helpers.snapshot("Sheet1")).toBe(sheet1);
    expect(fake.helpers.formulas("Recommendation", "O39:P40")).toEqual([
      ["my note", 42],
      ["", "=M39+1"],
    ]);
  });

  test("text from cells lands as literal text, never a formula", async () => {
    const fake = newFake();
    await setUpOffersSheet(PLAN, writerOpts(fake));
    const rows = INJECTIONS.map((name, i) => [
      name,
      name,
      "models",
      null,
      5 - i * 0.5,
      3,
      3,
      name,
      null,
      null,
    ]);
    fillOffers(fake, rows);
    await writeRecommendation(PLAN, writerOpts(fake));
    const ranking = fake.helpers.values("Recommendation", `B35:C${34 + INJECTIONS.length}`);
    expect(ranking.map((r) => r[0]).sort()).toEqual([...INJECTIONS].sort());
    expect(ranking.map((r) => r[1]).sort()).toEqual([...INJECTIONS].sort());
    for (let row = 35; row < 35 + INJECTIONS.length; row++) {
      expect(fake.helpers.cell("Recommendation", `B${row}`).formula).toBeNull();
      expect(fake.helpers.cell("Recommendation", `C${row}`).formula).toBeNull();
    }
    const tip = fake.helpers.values("Recommendation", "D27:D30").flat();
    expect(tip.every((v) => typeof v === "string")).toBe(true);
    // The only formulas: the live Chance first cells (column F), none built from a cell's text.
    const sheet = fake.workbook.sheets.find((s) => s.name === "Recommendation")!;
    const formulas = [...sheet.cells.entries()].filter(([, c]) => c.formula !== null);
    expect(formulas.length).toBe(INJECTIONS.length);
    for (const [, c] of formulas)
      expect(c.formula).toMatch(/^=IF\(INDEX\(Offers\[Company\],\d+\)=\[@Company\],INDEX\(OFFER\.PFIRST\(/);
    expect(String(fake.helpers.cell("Recommendation", "A5").value)).toContain(INJECTIONS[0]);
  });

  test("a Scope rating typed over the formula is used; the formula follows today's role", async () => {
    const fake = await setUpWith(4);
    fake.helpers.setValues("Offers", "D5", [[1]]);
    const r = await writeRecommendation(PLAN, writerOpts(fake));
    const company1 = r.offers.find((o) => o.company === "Company 1");
    expect(company1?.scope).toBe(1);
    expect(r.offers.find((o) => o.company === "Company 2")?.scope).toBeNull(); // follows the scope type
  });

  test("without an Offers table it still writes, and says what to do", async () => {
    const fake = newFake();
    const r = await writeRecommendation(PLAN, writerOpts(fake));
    expect(r.message).toMatch(/Set up offers sheet/);
    expect(
      fake.helpers
        .tables()
        .map((t) => t.name)
        .sort(),
    ).toEqual(["OfferRanking", "OfferTipping"]);
  });

  test("a write bigger than the request limit is split into several range writes, each sync under the limit", async () => {
    const fake = await setUpWith(2000);
    fake.stats.reset();
    const limit = 60_000;
    const r = await writeRecommendation(PLAN, writerOpts(fake, { maxRequestBytes: limit }));
    expect(r.syncs).toBeGreaterThan(3); // the hard limit wins over the 3-sync goal
    expect(Math.max(...fake.stats.requestBytes)).toBeLessThan(limit * 1.05);
    expect(fake.helpers.tables().find((t) => t.name === "OfferRanking")?.address).toBe("A34:M2034");
    const ref = newFake();
    await setUpOffersSheet(PLAN, writerOpts(ref));
    fillOffers(ref, offerRows(2000));
    await writeRecommendation(PLAN, writerOpts(ref));
    expect(fake.helpers.snapshot("Recommendation")).toBe(ref.helpers.snapshot("Recommendation"));
  });

  test("the split is also proven by the fake's own limit: a 60 kB request limit is never passed", async () => {
    const strict = newFake({ requestLimitBytes: 60_000 });
    await setUpOffersSheet(PLAN, writerOpts(strict, { maxRequestBytes: 50_000 }));
    fillOffers(strict, offerRows(1500));
    await expect(
      writeRecommendation(PLAN, writerOpts(strict, { maxRequestBytes: 50_000 })),
    ).resolves.toBeDefined();
    await expect(
      writeRecommendation(PLAN, writerOpts(strict, { maxRequestBytes: 10_000_000 })),
    ).rejects.toMatchObject({
      code: "RequestPayloadSizeLimitExceeded",
    });
  });
});

describe("the person's cells and renamed tables", () => {
  test("a note directly below the ranking table stops a longer ranking, naming the cell; nothing changes", async () => {
    const fake = await setUpWith(3);
    await writeRecommendation(PLAN, writerOpts(fake));
    expect(fake.helpers.tables().find((t) => t.name === "OfferRanking")?.address).toBe("A34:M37");
    fake.helpers.setValues("Recommendation", "B38:C38", [["my note", "=1+2"]]);
    fillOffers(fake, offerRows(5));
    const before = [fake.helpers.snapshot("Recommendation"), fake.helpers.snapshot("Offers")];
    fake.stats.reset();
    const r = await writeRecommendation(PLAN, writerOpts(fake));
    expect(r.blocked).toEqual(["Recommendation!B38", "Recommendation!C38"]);
    expect(r.message).toMatch(
      /^Nothing was written: .*Recommendation!B38 \(text\), Recommendation!C38 \(formula\) hold your content; move them or delete them, then try again\.$/,
    );
    expect(r.syncs).toBeLessThanOrEqual(3);
    expect([fake.helpers.snapshot("Recommendation"), fake.helpers.snapshot("Offers")]).toEqual(before);
    // Moved away: the next run writes, and the note's new place is kept.
    fake.helpers.setValues("Recommendation", "B38:C38", [["", ""]]);
    fake.helpers.setValues("Recommendation", "B49", [["my note"]]);
    const again = await writeRecommendation(PLAN, writerOpts(fake));
    expect(again.blocked).toBeUndefined();
    expect(fake.helpers.tables().find((t) => t.name === "OfferRanking")?.address).toBe("A34:M39");
    expect(fake.helpers.values("Recommendation", "B49")).toEqual([["my note"]]);
  });

  test("tables the person renamed are still found: no duplicate, no error", async () => {
    const fake = await setUpWith(4);
    await writeRecommendation(PLAN, writerOpts(fake));
    await writeRoadmap(PLAN, writerOpts(fake));
    for (const [from, to] of [
      ["Offers", "MyOffers"],
      ["OfferRanking", "Ranked"],
      ["OfferRoadmap", "Phases"],
    ]) {
      const t = fake.workbook.tables.find((x) => x.name === from);
      if (!t) throw new Error(`no table ${from}`);
      t.name = to;
    }
    await expect(setUpOffersSheet(PLAN, writerOpts(fake))).resolves.toMatchObject({ sheetName: "Offers" });
    const rec = await writeRecommendation(PLAN, writerOpts(fake));
    expect(rec.offers).toHaveLength(4);
    await writeRoadmap(PLAN, writerOpts(fake));
    expect(
      fake.helpers
        .tables()
        .map((t) => `${t.sheet}:${t.name}`)
        .sort(),
    ).toEqual([
      "Offers:MyOffers",
      "Recommendation:OfferTipping",
      "Recommendation:Ranked",
      "Roadmap:OfferMistakes",
      "Roadmap:Phases",
    ]);
  });
});

describe("Write roadmap", () => {
  test("four dated phases with a Done column; re-run keeps ticks and is idempotent", async () => {
    const fake = newFake();
    const r = await writeRoadmap(PLAN, writerOpts(fake));
    expect(r.syncs).toBeLessThanOrEqual(3);
    const t = fake.helpers.tables().find((x) => x.name === "OfferRoadmap");
    expect(t?.address).toBe("A5:I9");
    // A DATE formula, right in either date system (dates1904.test.ts); its value is the start serial.
    expect(fake.helpers.cell("Roadmap", "C6")).toMatchObject({
      formula: "=DATE(2026,12,1)",
      numberFormat: "yyyy-mm-dd",
    });
    expect(fake.helpers.values("Roadmap", "C6")).toEqual([[PLAN.startSerial]]);
    expect(fake.helpers.validation("Roadmap", "I9")?.rule).toMatchObject({ list: { source: "TRUE,FALSE" } });
    expect(fake.helpers.values("Roadmap", "I6:I9").flat()).toEqual([false, false, false, false]);
    fake.helpers.setValues("Roadmap", "I7", [["TRUE"]]);
    const snap = fake.helpers.snapshot("Roadmap");
    const again = await writeRoadmap(PLAN, writerOpts(fake));
    expect(again.message).toMatch(/Kept 1 Done tick/);
    expect(fake.helpers.snapshot("Roadmap")).toBe(snap);
    await writeRoadmap({ ...PLAN, hoursPerWeek: 5 }, writerOpts(fake));
    expect(fake.helpers.values("Roadmap", "B6:B7").flat()).toEqual(["1-6", "7-12"]);
    expect(fake.helpers.values("Roadmap", "I7")).toEqual([[true]]);
    expect(
      fake.helpers
        .tables()
        .filter((x) => x.sheet === "Roadmap")
        .map((x) => x.name),
    ).toEqual(["OfferRoadmap", "OfferMistakes"]);
  });
});

describe("the add-in's notes keep the add-in's wording (a file's differ: excelJsWriter.test.ts)", () => {
  test("Assumptions, Recommendation and Roadmap point at the task pane and its Write buttons", async () => {
    const fake = await setUpWith(3);
    await writeRecommendation(PLAN, writerOpts(fake));
    await writeRoadmap({ ...PLAN, skills: {} }, writerOpts(fake));
    const a2 = (sheet: string): string => String(fake.helpers.cell(sheet, "A2").value);
    expect(a2("Assumptions")).toMatch(/Change them in the task pane and every Score recalculates\.$/);
    expect(a2("Recommendation")).toMatch(/Write the recommendation again after changing them\./);
    expect(a2("Roadmap")).toMatch(
      /rate your skills in the task pane's Skills check and write the roadmap again\.$/,
    );
    expect(fake.helpers.values("Roadmap", "G6:G9").flat()).toEqual(Array(4).fill("Skills check not taken"));
    expect(String(fake.helpers.cell("Roadmap", "A4").value)).toMatch(
      /writing the roadmap again keeps your ticks/,
    );
  });
});

describe("formats: numbers, alignment, widths", () => {
  test("set up: shares as percentages, normalized weights as 0.00, ratings centred, table top-aligned, widths in points", async () => {
    const fake = newFake();
    await setUpOffersSheet(
      { ...PLAN, weights: [0.301372002077722, 0.2, 0.198627997922278, 0.3] },
      writerOpts(fake),
    );
    for (const c of ["B", "C", "D", "E"]) {
      // Raw weights, never percentages (they are not shares); the share row is.
      expect(fake.helpers.cell("Assumptions", `${c}6`).numberFormat).toBe("0.00");
      expect(fake.helpers.cell("Assumptions", `${c}7`).numberFormat).toBe("0.0%");
      expect(fake.helpers.style("Assumptions", `${c}6`)).toMatchObject({ hAlign: "Center" });
    }
    expect(fake.helpers.cell("Assumptions", "B36").numberFormat).toMatch(/^\+0\.00/);
    // Ratings, Score and Rank centred, header included; the whole table top-aligned.
    for (const a of ["D4", "E5", "G6", "I5", "J6"])
      expect({ a, s: fake.helpers.style("Offers", a) }).toMatchObject({ a, s: { hAlign: "Center" } });
    expect(fake.helpers.style("Offers", "A5")).toMatchObject({ vAlign: "Top" });
    expect(fake.helpers.style("Offers", "H4")).toMatchObject({ wrap: true });
    expect(fake.helpers.cell("Offers", "I5").numberFormat).toBe("0.0");
    // The intro is merged across the table and wraps.
    expect(fake.workbook.sheets.find((x) => x.name === "Offers")?.merges).toContainEqual({
      r0: 1,
      c0: 0,
      rows: 1,
      cols: 10,
    });
    expect(fake.helpers.style("Offers", "A2")).toMatchObject({ wrap: true, vAlign: "Top" });
    // Widths: the layout's characters as points (Office.js columnWidth is in points).
    const widths = buildOffersLayout(PLAN).columnWidths;
    widths.forEach((w, j) =>
      expect(fake.helpers.columnWidth("Offers", j)).toBe(columnWidthPoints(w as number)),
    );
    expect(columnWidthPoints(8.43)).toBe(48);
  });

  test("recommendation: percent tipping shares, 0.0 points, chart below the ranking", async () => {
    const fake = await setUpWith(12);
    await writeRecommendation(PLAN, writerOpts(fake));
    // Tipping: header on row 26, data rows 27-30; shares to 0.1% (54.5% is not 55%).
    for (const a of ["B27", "C30", "E27"])
      expect(fake.helpers.cell("Recommendation", a).numberFormat).toBe("0.0%");
    expect(fake.helpers.style("Recommendation", "C26")).toMatchObject({ wrap: true });
    expect(fake.helpers.style("Recommendation", "D27")).toMatchObject({ wrap: true });
    // Ranking: header on row 34, 12 rows 35-46.
    for (const c of ["D", "I", "J", "K", "L"])
      expect(fake.helpers.cell("Recommendation", `${c}46`).numberFormat).toBe("0.0");
    expect(fake.helpers.cell("Recommendation", "F46").numberFormat).toBe("0%");
    expect(fake.helpers.style("Recommendation", "A35")).toMatchObject({ hAlign: "Center", vAlign: "Top" });
    expect(fake.helpers.style("Recommendation", "F34")).toMatchObject({ wrap: true });
    // The chart's numbers on row 48 (A-D), the chart beside them.
    expect(fake.helpers.cell("Recommendation", "B49").numberFormat).toBe("0.0");
    const chart = fake.helpers.charts("Recommendation")[0];
    expect(chart.position?.start).toBe("E48");
  });

  test("roadmap: Phase and Weeks centred, dates yyyy-mm-dd, every cell top-aligned", async () => {
    const fake = newFake();
    await writeRoadmap(PLAN, writerOpts(fake));
    for (const a of ["A6", "B6", "A9", "B9", "C7"])
      expect({ a, s: fake.helpers.style("Roadmap", a) }).toMatchObject({
        a,
        s: { hAlign: "Center", vAlign: "Top" },
      });
    expect(fake.helpers.cell("Roadmap", "D9").numberFormat).toBe("yyyy-mm-dd");
    expect(fake.helpers.style("Roadmap", "F6")).toMatchObject({ wrap: true, vAlign: "Top" });
  });
});

describe("weights and settings", () => {
  test("writeWeights updates OfferWeights in 2 syncs", async () => {
    const fake = newFake();
    const before = await writeWeights([1, 1, 1, 1], writerOpts(fake));
    expect(before.message).toMatch(/Set up offers sheet/);
    await setUpOffersSheet(PLAN, writerOpts(fake));
    const r = await writeWeights([4, 3, 2, 1], writerOpts(fake));
    expect(r.syncs).toBe(2);
    expect(fake.helpers.values("Assumptions", "B6:E6")).toEqual([[4, 3, 2, 1]]);
    expect(fake.helpers.names()).toHaveLength(1);
    // The scores must follow the new weights: no write left uncalculated.
    expect(fake.helpers.uncalculatedWrites()).toBe(0);
  });

  test("loadSetting / saveSetting give raw strings", async () => {
    const fake = newFake();
    expect(await loadSetting("state", writerOpts(fake))).toBeNull();
    await saveSetting("state", '{"v":1}', writerOpts(fake));
    expect(await loadSetting("state", writerOpts(fake))).toBe('{"v":1}');
  });
});

describe("sync counts and payloads at 10 / 1,000 / 5,000 offers", () => {
  test("every button stays within 3 syncs and 5 MB per request", async () => {
    const table: string[] = [];
    for (const n of [10, 1000, 5000]) {
      const fake = newFake();
      const first = await syncsOf(fake, () => setUpOffersSheet(PLAN, writerOpts(fake)));
      fillOffers(fake, offerRows(n));
      const setup = await syncsOf(fake, () => setUpOffersSheet(PLAN, writerOpts(fake)));
      const rec = await syncsOf(fake, () => writeRecommendation(PLAN, writerOpts(fake)));
      const road = await syncsOf(fake, () => writeRoadmap(PLAN, writerOpts(fake)));
      const weights = await syncsOf(fake, () => writeWeights([1, 2, 3, 4], writerOpts(fake)));
      for (const m of [first, setup, rec, road, weights]) {
        expect(m.syncs).toBeLessThanOrEqual(3);
        expect(m.maxBytes).toBeLessThan(FIVE_MB);
        expect(m.maxResponse).toBeLessThan(FIVE_MB);
      }
      const f = (m: Measure): string =>
        `${m.syncs} syncs, max request ${m.maxBytes} B, max response ${m.maxResponse} B`;
      table.push(
        `${n} offers | set up (first) ${f(first)} | set up (re-run) ${f(setup)} | recommendation ${f(rec)} | roadmap ${f(road)} | weights ${f(weights)}`,
      );
    }
    // The figures for the issue notes, kept as an artifact rather than printed into the test output.
    const dir = path.resolve(__dirname, "../../test-artifacts");
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "writer-syncs.txt"), table.join("\n") + "\n");
  });
});

test("a bad pace is refused before the workbook is touched", async () => {
  const fake = newFake();
  await expect(writeRoadmap({ ...PLAN, hoursPerWeek: 0 }, writerOpts(fake))).rejects.toMatchObject({
    kind: "invalid",
  });
  expect(fake.helpers.sheetNames()).toEqual(["Sheet1"]);
  expect(fake.stats.syncs).toBe(0);
});

test("parseAreas reads a RangeAreas address, quoted sheet names included", () => {
  expect(parseAreas("Recommendation!B40:C40, Recommendation!D50")).toEqual([
    { row: 39, col: 1, rows: 1, cols: 2 },
    { row: 49, col: 3, rows: 1, cols: 1 },
  ]);
  expect(parseAreas("'My, sheet!A1'!$A$2:$B$3,'My, sheet!A1'!C4")).toEqual([
    { row: 1, col: 0, rows: 2, cols: 2 },
    { row: 3, col: 2, rows: 1, cols: 1 },
  ]);
});
