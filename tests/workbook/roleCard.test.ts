/**
 * The Recommendation sheet's role card: with no quiz answers the default role says so plainly (and
 * how to give them), mid-sentence in lower case; the Borderline row is never left empty, and its
 * "No" is checked by trying every one-step move of every answer.
 */
import { lean, type Rating, roleFromLean } from "../../src/scoring";
import { EXAMPLE_OFFERS } from "../../src/workbook/inputs";
import { buildRecommendationLayout } from "../../src/workbook/sheets";
import { evenPlan } from "../fixtures";

function card(answers: Rating[]): Map<string, string> {
  const role = buildRecommendationLayout(evenPlan(answers), EXAMPLE_OFFERS).blocks.find(
    (b) => b.key === "role",
  );
  return new Map((role?.rows ?? []).map((r) => [String(r[0]), String(r[1] ?? "")]));
}

test("no answers: the role line says no quiz answers were given and where to give them", () => {
  const role = card(new Array<Rating>(8).fill(null)).get("Role") ?? "";
  expect(role).toMatch(/^Hybrid \(default: no role quiz answers were given; answer its 8 statements /);
  expect(role).toContain("--answers");
  expect(role).not.toMatch(/None of/);
  // Nothing to explain: said, under the plain title, not blank rows under "What pulls each way".
  const rows = card(new Array<Rating>(8).fill(null));
  expect(rows.get("What pushed it most")).toBe(
    "Nothing yet: the role is the default, not a lean from your answers",
  );
  expect(rows.has("What pulls each way")).toBe(false);
});

test("one side answered: the scoring module's reason, lower-case after the colon", () => {
  const role = card([5, null, null, null, null, null, null, null]).get("Role") ?? "";
  expect(role).toMatch(/^Hybrid \(default: none of the ML Engineer statements \(5-8\) is answered yet/);
});

/** Whether one answer moved one step (within 1..5; blanks stay blank) changes the role. */
function oneStepChanges(answers: Rating[]): boolean {
  const now = roleFromLean(lean(answers));
  return answers.some((a, i) =>
    [-1, 1].some((step) => {
      if (a === null || a + step < 1 || a + step > 5) return false;
      const moved = answers.map((b, j) => (j === i ? a + step : b));
      return roleFromLean(lean(moved)) !== now;
    }),
  );
}

test("the Borderline row: the neighbouring role when one step changes it, otherwise No with why", () => {
  const cases: Rating[][] = [
    [5, 5, 5, 5, 1, 1, 1, 1],
    [1, 1, 1, 1, 5, 5, 5, 5],
    [4, 4, 4, 4, 4, 4, 4, 3],
    [4, 4, 4, 4, 4, 4, 4, 4],
    [3, 3, 3, 3, 3, 3, 3, 3],
    [5, 4, 4, 5, 2, 3, 2, 2],
    [5, null, null, null, 1, null, null, null],
  ];
  for (const answers of cases) {
    const text = card(answers).get("Borderline") ?? "";
    expect(text).not.toBe("");
    if (oneStepChanges(answers)) expect(text).not.toMatch(/^No/);
    else expect(text).toBe("No: moving any one answer by one step would leave the role as it is");
  }
  expect(card(new Array<Rating>(8).fill(null)).get("Borderline")).toBe(
    "No: there is no lean yet to be near another role",
  );
});
