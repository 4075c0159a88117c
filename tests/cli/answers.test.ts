/**
 * The answers file: dates on the calendar, unknown keys refused at every level with the known keys,
 * every problem listed, pairwise judgments as a person types them (0.111, "1/9"), and the
 * consistency ratio of pairwise weights printed by the CLI, checked against a power iteration here.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readAnswersFile } from "../../src/cli/answers";
import { InputError } from "../../src/workbook/fileErrors";

jest.setTimeout(120000);

function problems(json: unknown): string[] {
  try {
    readAnswersFile("a.json", JSON.stringify(json));
  } catch (e) {
    if (e instanceof InputError)
      return e.message
        .split("\n")
        .slice(1)
        .map((l) => l.trim());
    throw e;
  }
  throw new Error("no problem found");
}

describe("refused, each problem named with its path and what is expected", () => {
  test.each(["2026-02-30", "2025-02-29", "2026-04-31", "2026-13-01", "2026-00-10"])(
    "startDate %s is not on the calendar",
    (date) => {
      expect(problems({ plan: { startDate: date } })).toEqual([
        expect.stringMatching(
          new RegExp(
            `^plan\\.startDate: found "${date}".*; expected a date on the calendar written YYYY-MM-DD`,
          ),
        ),
      ]);
    },
  );

  test("real dates pass, a leap day included", () => {
    for (const d of ["2024-02-29", "2026-12-31", "2026-01-05"])
      expect(readAnswersFile("a.json", JSON.stringify({ plan: { startDate: d } })).plan.startDate).toBe(d);
  });

  test.each([
    [{ skills: { python: 3 } }, "skills.python: unknown key in skills; the known keys are sql, statistics"],
    [
      { plan: { start: "2026-01-05" } },
      "plan.start: unknown key in plan; the known keys are startDate, hoursPerWeek",
    ],
    [
      { weights: { mode: "ahp", judgement: [1, 1, 1, 1, 1, 1] } },
      "weights.judgement: unknown key in weights; the known keys are mode, sliders, judgments",
    ],
    [
      { foo: 1 },
      "foo: unknown key; the known keys at the top level are version, answers, skills, weights, plan",
    ],
  ])("unknown key in %j", (json, line) => {
    expect(problems(json)).toEqual([expect.stringContaining(line)]);
  });

  test("every problem is listed, not only the first (the trial's bad1.json)", () => {
    const lines = problems({
      answers: [4, 5, 3, 4, 2, 3, 2],
      weight: [1, 1, 1, 1],
      plan: { hoursPerWeek: 0 },
    });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^answers: found \[4,5,3,4,2,3,2\]; expected a list of 8 answers/);
    expect(lines.some((l) => l.startsWith("weight: unknown key"))).toBe(true);
    expect(
      lines.some((l) => l.startsWith("plan.hoursPerWeek: found 0; expected a number from 1 to 80")),
    ).toBe(true);
  });

  test("a judgment off the scale says what is expected, as numbers and as fractions", () => {
    expect(problems({ weights: { mode: "ahp", judgments: [0.1, 1, 1, 1, 1, 10] } })).toEqual([
      expect.stringMatching(
        /^weights\.judgments\[0\]: found 0\.1; expected a number from 1\/9 to 9 .*"1\/9"/,
      ),
      expect.stringMatching(/^weights\.judgments\[5\]: found 10; expected a number from 1\/9 to 9/),
    ]);
  });
});

test('judgments typed as 0.111, 0.33 or "1/9" mean 1/9 and 1/3 exactly', () => {
  const s = readAnswersFile(
    "a.json",
    JSON.stringify({ weights: { mode: "ahp", judgments: [0.111, "1/9", 0.33, "3", 0.2, "0.5"] } }),
  );
  expect(s.weights.mode).toBe("ahp");
  expect(s.weights.judgments).toEqual([1 / 9, 1 / 9, 1 / 3, 3, 0.2, 0.5]);
});

/** Saaty's consistency ratio, computed here: (lambda_max - n) / (n - 1) / RI, RI(4) = 0.9. */
function consistencyRatio(j: readonly number[]): number {
  const pairs = [
    [0, 1],
    [0, 2],
    [0, 3],
    [1, 2],
    [1, 3],
    [2, 3],
  ];
  const A = [0, 1, 2, 3].map(() => [1, 1, 1, 1]);
  pairs.forEach(([a, b], k) => {
    A[a][b] = j[k];
    A[b][a] = 1 / j[k];
  });
  let v = [1, 1, 1, 1];
  let lambda = 0;
  for (let it = 0; it < 2000; it++) {
    const w = A.map((row) => row.reduce((s, x, c) => s + x * v[c], 0));
    lambda = w.reduce((a, b) => a + b, 0) / v.reduce((a, b) => a + b, 0);
    const t = w.reduce((a, b) => a + b, 0);
    v = w.map((x) => x / t);
  }
  return (lambda - 4) / 3 / 0.9;
}

describe("the CLI prints the consistency ratio of pairwise weights", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "offer-cli-answers-"));
    fs.writeFileSync(
      path.join(dir, "o.csv"),
      "Company,Scope,Data maturity,Support,Growth\nA,4,2,4,3\nB,3,5,3,3\n",
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const run = (judgments: unknown[]): string => {
    fs.writeFileSync(path.join(dir, "a.json"), JSON.stringify({ weights: { mode: "ahp", judgments } }));
    const r = spawnSync(
      process.execPath,
      [
        path.resolve(__dirname, "../../bin/offer-evaluator.js"),
        "report",
        "o.csv",
        "-o",
        "r.xlsx",
        "-q",
        "--answers",
        "a.json",
      ],
      { cwd: dir, encoding: "utf8" },
    );
    expect(r.status).toBe(0);
    return r.stdout.slice(0, r.stdout.indexOf("Role:")).replace(/\s+/g, " ");
  };

  test("contradicting judgments: the ratio, above 0.10, and a sentence to revisit them", () => {
    const j = [9, 0.2, 9, 0.2, 9, 0.2];
    const cr = consistencyRatio(j);
    expect(cr).toBeGreaterThan(0.1);
    const text = run(j);
    expect(text).toContain(`Consistency ratio: ${cr.toFixed(2)} (above the 0.10 limit).`);
    expect(text).toMatch(/Some of these comparisons contradict each other\. Revisit "[^"]+"/);
    expect(text).toContain('Change "judgments" in a.json and run the report again');
  });

  test("consistent judgments (from weights 4:2:1:1): ratio 0.00, within the limit, no warning", () => {
    const j = [2, 4, 4, 2, 2, 1];
    expect(consistencyRatio(j)).toBeCloseTo(0, 9);
    const text = run(j);
    expect(text).toContain("Consistency ratio: 0.00 (within the 0.10 limit).");
    expect(text).toContain("scope 50%, data maturity 25%, support 13%, growth 12%");
    expect(text).not.toContain("contradict");
  });
});
