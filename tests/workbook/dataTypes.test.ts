/**
 * Cells holding Excel data types (issue 12 item 8). Range.values reads an entity, a linked entity or
 * an image as "#VALUE!" and valueTypes says "Error" (Excel.EntityCellValue: basicType "Error",
 * basicValue "#VALUE!"); Range.valuesAsJson (ExcelApi 1.16) shows the data type. Messages say the
 * cell holds a data type, not "an error value".
 */
import { describe as describeValue, parseRatingRange } from "../../src/scoring";
import { setUpOffersSheet, writeRecommendation } from "../../src/workbook";
import { fillOffers, newFake, offerRows, PLAN, writerOpts } from "./helpers";

const STOCK = {
  type: "LinkedEntity",
  text: "Microsoft Corporation",
  basicType: "Error",
  basicValue: "#VALUE!",
  id: { domainId: "Stocks", entityId: "x", serviceId: 268435456, culture: "en-US" },
};
const ENTITY = {
  type: "Entity",
  text: "Four-ish",
  basicType: "Error",
  basicValue: "#VALUE!",
  properties: {},
};

test("the message for a data type names it, and an error stays an error value", () => {
  expect(describeValue(STOCK)).toBe(
    'an Excel data type (a linked data type such as Stocks or Geography showing "Microsoft Corporation"), not a plain value: type the value itself in the cell',
  );
  expect(describeValue({ type: "WebImage", address: "https://x/y.png", basicValue: "#VALUE!" })).toMatch(
    /^an Excel data type \(an image in the cell showing "#VALUE!"\)/,
  );
  // What a custom function gets for #N/A and the like: still "an error value".
  expect(describeValue({ code: "#N/A" })).toBe("an error value");
  expect(() => parseRatingRange(ENTITY, "growth")).toThrow(
    /^growth: expected a rating .* got an Excel data type \(an entity showing "Four-ish"\)/,
  );
});

async function workbookWithDataTypes() {
  const fake = newFake();
  await setUpOffersSheet(PLAN, writerOpts(fake));
  fillOffers(fake, offerRows(3));
  fake.helpers.setDataType("Offers", "A5", STOCK); // Company of offer 1: a Stocks entity
  fake.helpers.setDataType("Offers", "G6", ENTITY); // Growth of offer 2: an entity
  return fake;
}

describe("Write recommendation over data-type cells", () => {
  test("with valuesAsJson: the company is its text, the rating says it is a data type", async () => {
    const fake = await workbookWithDataTypes();
    expect(fake.helpers.values("Offers", "A5")).toEqual([["#VALUE!"]]); // what Range.values gives
    fake.stats.reset();
    const r = await writeRecommendation(PLAN, writerOpts(fake, { isSetSupported: () => true }));
    expect(r.message).toMatch(/Offers row 2: Growth: .*an Excel data type \(an entity showing "Four-ish"\)/);
    expect(r.message).not.toMatch(/an error value/);
    expect(r.offers[0].company).toBe("Microsoft Corporation");
    expect(r.offers[1].growth).toBe("Four-ish (an Excel data type)");
    // Offer 2 is not scored as if Growth were blank.
    const text = JSON.stringify(fake.helpers.values("Recommendation", "A1:M40"));
    expect(text).toContain("Microsoft Corporation");
    expect(text).toContain("Four-ish (an Excel data type)");
    expect(r.syncs).toBe(4); // one extra round trip, only because data-type cells were there
  });

  test("without valuesAsJson (older Excel): read as before, in the usual three round trips", async () => {
    const fake = await workbookWithDataTypes();
    const r = await writeRecommendation(PLAN, writerOpts(fake, { isSetSupported: () => false }));
    expect(r.syncs).toBeLessThanOrEqual(3);
    expect(r.offers[0].company).toBe("#VALUE!");
  });

  test("no error-looking cells: no extra round trip", async () => {
    const fake = newFake();
    await setUpOffersSheet(PLAN, writerOpts(fake));
    fillOffers(fake, offerRows(3));
    const r = await writeRecommendation(PLAN, writerOpts(fake, { isSetSupported: () => true }));
    expect(r.syncs).toBeLessThanOrEqual(3);
  });
});
