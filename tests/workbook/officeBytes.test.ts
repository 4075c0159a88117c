/**
 * The request budget counts UTF-8 bytes of the JSON (Excel on the web's 5 MB limit is in bytes): text
 * outside ASCII takes 2 to 4 bytes a character, so a budget in string length would send too much.
 */
import { setUpOffersSheet, writeRecommendation } from "../../src/workbook";
import { jsonBytes, utf8Bytes } from "../../src/workbook/office/batch";
import { fillOffers, newFake, offerRows, PLAN, writerOpts } from "./helpers";

const SAMPLES = [
  "plain ascii",
  "Société Générale",
  "日本語の会社名",
  "🚀 rocket ✓",
  "a\u00e9\u4e2d\ud83d\ude00",
  "\ud800 lone",
];

describe("bytes, not characters", () => {
  test.each(SAMPLES)("utf8Bytes(%j) agrees with Node's own UTF-8 encoder", (s) => {
    // A lone surrogate is encoded by Buffer as the 3-byte replacement character, as here.
    expect(utf8Bytes(s)).toBe(Buffer.byteLength(s, "utf8"));
    expect(jsonBytes([s, 1])).toBe(Buffer.byteLength(JSON.stringify([s, 1]), "utf8"));
  });

  test("the fake measures each request in UTF-8 bytes and refuses one over its limit by bytes", async () => {
    const text = "日".repeat(4000); // 4,000 characters, 12,000 bytes
    const f = newFake({ requestLimitBytes: 10_000 });
    await expect(
      f.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[text]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    const g = newFake();
    await g.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[text]];
      await ctx.sync();
    });
    expect(g.stats.requestBytes[0]).toBeGreaterThan(12_000);
    expect(g.stats.requestBytes[0]).toBeLessThan(12_300);
  });

  test("offers named in non-ASCII text near the limit: every request stays under it, and the sheet is the same", async () => {
    const limit = 60_000;
    // 3-byte characters: by string length each request would look a third of its size in bytes.
    const rows = offerRows(600).map((r, i) => [`${i} ${"株式会社日本語".repeat(6)}`, ...r.slice(1)]);
    const strict = newFake({ requestLimitBytes: limit });
    await setUpOffersSheet(PLAN, writerOpts(strict));
    fillOffers(strict, rows);
    strict.stats.reset();
    const r = await writeRecommendation(PLAN, writerOpts(strict, { maxRequestBytes: limit }));
    expect(r.offers).toHaveLength(600);
    expect(Math.max(...strict.stats.requestBytes)).toBeLessThanOrEqual(limit);
    // The writes were split into several requests (a budget in characters would have sent fewer, too big).
    expect(r.syncs).toBeGreaterThan(3);

    const ref = newFake();
    await setUpOffersSheet(PLAN, writerOpts(ref));
    fillOffers(ref, rows);
    await writeRecommendation(PLAN, writerOpts(ref));
    expect(strict.helpers.snapshot("Recommendation")).toBe(ref.helpers.snapshot("Recommendation"));
  });
});
