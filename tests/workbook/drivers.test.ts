/** The role result's drivers say what the person answered, so a disagreement never reads as their view. */
import { quizResult } from "../../src/scoring";
import { EXAMPLE_OFFERS } from "../../src/workbook/inputs";
import { buildRecommendationLayout } from "../../src/workbook/sheets";
import { describeDriver } from "../../src/workbook/verdict";
import { evenPlan } from "../fixtures";

// Disagrees with the Data Scientist statements, agrees with the ML Engineer ones.
const ANSWERS = [2, 1, 2, 2, 5, 4, 5, 5];

test("a driver names the statement, the answer given and the direction", () => {
  const r = quizResult(ANSWERS);
  expect(r.role).toBe("MLE");
  const texts = r.drivers.map((d) => describeDriver(d, ANSWERS));
  expect(texts[0]).toBe(
    'Statistics and explaining trade-offs: you answered "Strongly disagree" (statement 2, toward ML Engineer)',
  );
  expect(
    texts
      .slice(1)
      .every((t) => /you answered "Strongly agree" \(statement [5-8], toward ML Engineer\)$/.test(t)),
  ).toBe(true);
});

test("the Recommendation sheet shows the same driver sentences", () => {
  const plan = evenPlan(ANSWERS);
  const layout = buildRecommendationLayout(plan, EXAMPLE_OFFERS);
  const cells = layout.blocks.flatMap((b) => b.rows.flat()).filter((c): c is string => typeof c === "string");
  expect(cells).toContain(
    'Statistics and explaining trade-offs: you answered "Strongly disagree" (statement 2, toward ML Engineer)',
  );
});
