/**
 * The role result's drivers say what the person answered, so a disagreement never reads as their
 * view, and equally strong answers are said to be equal, never ranked by statement number.
 */
import { quizResult } from "../../src/scoring";
import { EXAMPLE_OFFERS } from "../../src/workbook/inputs";
import { driverLines, statementNumbers } from "../../src/workbook/drivers";
import { buildRecommendationLayout } from "../../src/workbook/sheets";
import { evenPlan } from "../fixtures";

// Disagrees with the Data Scientist statements, agrees with the ML Engineer ones.
const ANSWERS = [2, 1, 2, 2, 5, 4, 5, 5];

test("a driver names the statement, the answer given and the direction; equal ones are said together", () => {
  const r = quizResult(ANSWERS);
  expect(r.role).toBe("MLE");
  expect(driverLines(r, ANSWERS)).toEqual([
    'Statements 2, 5, 7 and 8 pull equally toward Machine Learning Engineer: you answered "Strongly disagree" to 2 and "Strongly agree" to 5, 7 and 8',
    'Statements 1, 3, 4 and 6 pull equally toward Machine Learning Engineer: you answered "Disagree" to 1, 3 and 4 and "Agree" to 6',
  ]);
});

test("one strongest answer is named alone", () => {
  const a = [3, 3, 3, 3, 5, 4, 3, 3];
  expect(driverLines(quizResult(a), a)[0]).toBe(
    'Software systems around models: you answered "Strongly agree" (statement 5, toward Machine Learning Engineer)',
  );
});

test("all 4: Hybrid, the pulls each way named and said to cancel, no side picked by statement order", () => {
  const a = [4, 4, 4, 4, 4, 4, 4, 4];
  const r = quizResult(a);
  expect(r.role).toBe("Hybrid");
  expect(driverLines(r, a)).toEqual([
    'Statements 1-4 pull equally toward Data Scientist: you answered "Agree" to each',
    'Statements 5-8 pull equally toward Machine Learning Engineer: you answered "Agree" to each',
    "The pulls each way cancel out exactly (lean 0.00).",
  ]);
});

test("4,4,4,4,4,4,4,2: Data Scientist, with statement 8 named as pulling as hard as 1-4", () => {
  const a = [4, 4, 4, 4, 4, 4, 4, 2];
  const r = quizResult(a);
  expect(r.role).toBe("DS");
  expect(driverLines(r, a)).toEqual([
    'Statements 1-4 and 8 pull equally toward Data Scientist: you answered "Agree" to 1-4 and "Disagree" to 8',
  ]);
});

test("all neutral: nothing pulls either way", () => {
  const a = [3, 3, 3, 3, 3, 3, 3, 3];
  expect(driverLines(quizResult(a), a)).toEqual([
    "Every answer is neutral (3), so nothing pulls either way.",
  ]);
});

test("statement numbers: runs of three or more shortened", () => {
  expect(statementNumbers([0, 1, 2, 3, 7])).toBe("1-4 and 8");
  expect(statementNumbers([1, 4])).toBe("2 and 5");
  expect(statementNumbers([4])).toBe("5");
  expect(statementNumbers([0, 1, 3, 4, 5])).toBe("1, 2 and 4-6");
});

test("the Recommendation sheet shows the same driver sentences under the title that fits the role", () => {
  const cellsOf = (answers: number[]): string[] =>
    buildRecommendationLayout(evenPlan(answers), EXAMPLE_OFFERS)
      .blocks.flatMap((b) => b.rows.flat())
      .filter((c): c is string => typeof c === "string");
  const cells = cellsOf(ANSWERS);
  expect(cells).toContain("What pushed it most");
  for (const line of driverLines(quizResult(ANSWERS), ANSWERS)) expect(cells).toContain(line);
  const hybrid = cellsOf([4, 4, 4, 4, 4, 4, 4, 4]);
  expect(hybrid).toContain("What pulls each way");
  expect(hybrid).toContain("The pulls each way cancel out exactly (lean 0.00).");
  expect(hybrid).not.toContain("What pushed it most");
});
