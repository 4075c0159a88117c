/**
 * The page's saved offers (version 2 keeps ratings as typed; version 1 still loads unchanged) and
 * what its rating fields accept.
 */
import { CRITERION_LABELS } from "../../src/scoring";
import { ratingFromText, ratingProblem } from "../../src/standalone/offersGrid";
import {
  fromOfferInput,
  loadOffers,
  OFFERS_VERSION,
  serializeOffers,
  toOfferInput,
  type OfferRow,
} from "../../src/standalone/offersState";
import { evaluate } from "../../src/workbook/inputs";
import { evenPlan, offer } from "../fixtures";

const row = (over: Partial<OfferRow>): OfferRow => ({
  company: "Acme",
  title: "DS",
  scopeType: "",
  scope: 4,
  dataMaturity: 3,
  support: 2,
  growth: 5,
  notes: "",
  ...over,
});

describe("saved offers", () => {
  test("version 2 keeps ranges and bad text exactly as typed", () => {
    const rows = [row({ dataMaturity: "3.5 - 4", support: "2 to 3" }), row({ company: "Bad", growth: "4e" })];
    const back = loadOffers(serializeOffers(rows));
    expect(OFFERS_VERSION).toBe(2);
    expect(back.notice).toBeNull();
    expect(back.offers).toEqual(rows);
    expect(JSON.parse(serializeOffers(rows)).version).toBe(2);
  });

  test("a version 1 save (numbers only) loads unchanged", () => {
    const v1 = JSON.stringify({
      version: 1,
      offers: [row({}), row({ company: "Blank", scope: null, scopeType: "models", support: 2.5 })],
    });
    const back = loadOffers(v1);
    expect(back.notice).toBeNull();
    expect(back.offers).toEqual([
      row({}),
      row({ company: "Blank", scope: null, scopeType: "models", support: 2.5 }),
    ]);
  });

  test("an unknown version or a bad row is said, not silently used", () => {
    expect(loadOffers(JSON.stringify({ version: 3, offers: [] })).notice).toMatch(/not in a format/);
    const r = loadOffers(JSON.stringify({ version: 2, offers: [row({}), { ...row({}), scope: 7 }] }));
    expect(r.offers).toHaveLength(1);
    expect(r.notice).toMatch(/1 saved offer was not valid/);
  });

  test("the evaluation gets the text as typed: a range is scored, bad text names offer, criterion and text", () => {
    const rows = [
      row({ company: "Ranged", dataMaturity: "3-5" }),
      row({ company: "Plain", dataMaturity: 4 }),
      row({ company: "Typo", support: "four" }),
    ];
    const ev = evaluate(evenPlan([3, 3, 3, 3, 3, 3, 3, 3]), rows.map(toOfferInput));
    expect(ev.recommendation.ranked.map((r) => r.index).sort()).toEqual([0, 1]);
    // "3-5" counts at its midpoint, 4: the two scored offers tie.
    expect(ev.recommendation.ranked[0].score).toBe(ev.recommendation.ranked[1].score);
    expect(ev.invalid).toHaveLength(1);
    expect(ev.invalid[0]).toMatchObject({ index: 2, criterion: "support", text: "four" });
    expect(ev.invalid[0].message).toMatch(/Typo/);
    expect(ev.invalid[0].message).toMatch(/support/);
    expect(ev.invalid[0].message).toMatch(/"four"/);
  });

  test("an import keeps numbers, text as typed, and an out-of-scale number as its text", () => {
    const r = fromOfferInput(offer("Imp", [2, 9, null, null], { support: "3 to 4", growth: "  " }));
    expect(r).toMatchObject({ scope: 2, dataMaturity: "9", support: "3 to 4", growth: null });
  });
});

describe("rating fields", () => {
  test.each(["", "  ", "1", "5", "3.5", " 4 ", "3-5", "3.5 - 4", "2 to 3", "4\u20135"])(
    "%j is a rating",
    (t) => {
      expect(ratingProblem(t, "Scope")).toBeNull();
    },
  );

  test.each(["7", "0", "4e", "four", "5-3", "0-2", "3-6", "-3", "3..4"])(
    "%j is not, and says what is expected",
    (t) => {
      const m = ratingProblem(t, CRITERION_LABELS.support);
      expect(m).not.toBeNull();
      expect(m).toMatch(/^Support: /);
      expect(m).toMatch(/1 to 5|from 1 to 5/);
    },
  );

  test("text is kept as typed; only an empty field is blank", () => {
    expect(ratingFromText("")).toBeNull();
    expect(ratingFromText("   ")).toBeNull();
    expect(ratingFromText(" 3 - 4 ")).toBe(" 3 - 4 ");
    expect(ratingFromText("four")).toBe("four");
  });
});
