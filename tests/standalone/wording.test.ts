/**
 * The words a person reads on the standalone page (and in the verdict): no Excel places, no
 * argument-name prefixes from the scoring module's messages, one name for the quiz.
 */
import { ahpWeights, CR_LIMIT, type Rating } from "../../src/scoring";
import { roleReason, QUIZ_REF } from "../../src/standalone/wording";
import { inconsistencyNote } from "../../src/ui/weights";
import { defaultState } from "../../src/ui/state";
import { evaluate } from "../../src/workbook/inputs";
import { plainMessage, QUIZ_NAME, tippingReason, verdictText } from "../../src/workbook/verdict";
import { NO_ANSWERS, offer, PLAN } from "../fixtures";

/** No argument-name prefix like "offers: " or "offer 2: " at the start of a sentence. */
const PREFIX = /(^|[.:]\s)(answers|offers|offer \d+|weights):\s/;

describe("verdictText by context", () => {
  test("no offers: the workbook names the Offers sheet, the page does not", () => {
    const ev = evaluate(PLAN, []);
    expect(verdictText(ev)).toMatch(/On the Offers sheet/);
    expect(verdictText(ev, { where: "workbook" })).toBe(verdictText(ev));
    const page = verdictText(ev, { where: "page" });
    expect(page).toMatch(/^No offer can be scored yet\. Under Your offers, rate each offer/);
    expect(page).not.toMatch(/sheet|write the recommendation/i);
  });

  test("the quiz is the role quiz, never the checklist, in both contexts", () => {
    const answered = evaluate(PLAN, [offer("A", [5, 4, 4, 4]), offer("B", [2, 3, 4, 4])]);
    const unanswered = evaluate({ ...PLAN, answers: NO_ANSWERS }, [offer("A", [5, 4, 4, 4])]);
    for (const ev of [answered, unanswered]) {
      for (const where of ["workbook", "page"] as const) {
        const text = verdictText(ev, { where });
        expect(text).not.toMatch(/checklist/i);
        expect(text).toContain(QUIZ_NAME);
      }
    }
    expect(verdictText(unanswered, { where: "page" })).toMatch(
      /the default until the role quiz has answers on both sides/,
    );
  });

  test("a partly rated offer: the verdict says which, without the scoring module's prefix", () => {
    const ev = evaluate(PLAN, [
      offer("A", [5, 4, 4, 4]),
      offer("B", [2, 3, 4, 4]),
      offer("C", [3, null, null, 2]),
    ]);
    expect(ev.recommendation.tippingNote).toMatch(/^offer 3: /);
    const text = verdictText(ev, { where: "page" });
    expect(text).toContain(
      "Tipping points are not shown. Offer 3 (C (T)) has 2 of the 4 criteria rated: rate all four (or none) to see what would change the leader.",
    );
    expect(text).not.toMatch(PREFIX);
  });
});

describe("tippingReason", () => {
  test("null when the tipping table exists", () => {
    expect(tippingReason(evaluate(PLAN, [offer("A", [5, 4, 4, 4]), offer("B", [2, 3, 4, 4])]))).toBeNull();
  });

  test("fewer than two fully rated offers", () => {
    expect(tippingReason(evaluate(PLAN, []))).toBe(
      "Rate at least two offers on all four criteria to see what would change the leader (none is fully rated yet).",
    );
    expect(tippingReason(evaluate(PLAN, [offer("A", [5, 4, 4, 4])]))).toMatch(/only one is fully rated yet/);
  });

  test("several partly rated offers are all named; an unnamed one by its number", () => {
    const ev = evaluate(PLAN, [
      offer("", [5, null, 4, 4], { title: "" }),
      offer("B", [2, 3, 4, 4]),
      offer("Z", [1, 1, null, null]),
    ]);
    expect(tippingReason(ev)).toBe(
      "Offer 1 and Offer 3 (Z (T)) are only partly rated: rate all four criteria of each (or none) to see what would change the leader.",
    );
  });
});

describe("plainMessage", () => {
  test("strips a leading argument name and capitalises", () => {
    expect(plainMessage("offers: tipping points need at least two rated offers; found 1.")).toBe(
      "Tipping points need at least two rated offers; found 1.",
    );
    expect(plainMessage("offer 2: rate all four.")).toBe("Rate all four.");
    expect(plainMessage("hoursPerWeek: 1 to 80.")).toBe("1 to 80.");
    expect(plainMessage("Already a sentence: keep it.")).toBe("Already a sentence: keep it.");
  });
});

describe("roleReason", () => {
  test("nothing answered", () => {
    expect(
      roleReason(NO_ANSWERS, "answers: none of the Data Scientist statements (1-4) is answered yet"),
    ).toBe(`answer ${QUIZ_REF} to see which role fits you.`);
  });

  test("one side answered: names the other side's statements", () => {
    const dsOnly: Rating[] = [2, 3, null, null, null, null, null, null];
    expect(roleReason(dsOnly, null)).toBe(
      `answer at least one of the ML Engineer statements (5-8) in ${QUIZ_REF} as well, so that both sides count.`,
    );
    const mleOnly: Rating[] = [null, null, null, null, 4, null, null, null];
    expect(roleReason(mleOnly, null)).toMatch(/the Data Scientist statements \(1-4\)/);
  });

  test("an unknown case falls back to the message without its prefix", () => {
    const both: Rating[] = [2, null, null, null, 4, null, null, null];
    expect(roleReason(both, "answers: something else.")).toBe("Something else.");
    expect(roleReason(both, null)).toBe(`answer ${QUIZ_REF}.`);
  });
});

describe("inconsistencyNote", () => {
  test("sliders and consistent judgments: no note", () => {
    const s = defaultState();
    expect(inconsistencyNote(s)).toBeNull();
    s.weights.mode = "ahp";
    s.weights.judgments = [2, 2, 2, 1, 1, 1];
    expect(ahpWeights(s.weights.judgments).cr).toBeLessThanOrEqual(CR_LIMIT);
    expect(inconsistencyNote(s)).toBeNull();
  });

  test("contradicting judgments: the ratio and the judgment to revisit", () => {
    const s = defaultState();
    s.weights.mode = "ahp";
    // Data maturity 9x support, support 9x scope, yet scope equal to data maturity.
    s.weights.judgments = [1, 1 / 9, 1, 9, 1, 1];
    const r = ahpWeights(s.weights.judgments);
    expect(r.cr).toBeGreaterThan(CR_LIMIT);
    const note = inconsistencyNote(s) as string;
    expect(note).toContain(
      `These weights come from pairwise judgments that contradict each other (consistency ratio ${r.cr.toFixed(2)}, above 0.10).`,
    );
    expect(note).toMatch(
      /Revisit "[A-Z][a-z ]+ vs [a-z ]+" \(now: .+\) under What matters in an offer before trusting the ranking\.$/,
    );
    // Sliders in use: the judgments do not matter.
    s.weights.mode = "sliders";
    expect(inconsistencyNote(s)).toBeNull();
  });
});
