import fc from "fast-check";
import {
  DomainError,
  ahpWeights,
  lean,
  parseRole,
  parseScopeType,
  phaseLengthWeeks,
  quizResult,
  recommend,
  roadmap,
  roleFromLean,
  scopeFit,
  skillsToStress,
  toExcelSerial,
  fromExcelSerial,
  type Rating,
} from "../../src/scoring";
import { CHECKLIST, ROADMAPS } from "../../src/content";

const RUNS = Number(process.env.FC_RUNS ?? 200);

function kindOf(f: () => unknown): string | null {
  try {
    f();
    return null;
  } catch (e) {
    return e instanceof DomainError ? e.kind : "other";
  }
}

describe("scope fit", () => {
  test("the table, every cell", () => {
    const table: [string, number, number, number][] = [
      ["models", 5, 3, 4],
      ["deployment", 3, 5, 4],
      ["end-to-end", 4, 5, 5],
      ["reporting", 2, 1, 2],
    ];
    for (const [t, ds, mle, hy] of table) {
      const st = parseScopeType(t);
      expect(st).not.toBeNull();
      expect(scopeFit(st!, "DS")).toBe(ds);
      expect(scopeFit(st!, "MLE")).toBe(mle);
      expect(scopeFit(st!, "Hybrid")).toBe(hy);
    }
  });
  test("words are trimmed and case-insensitive; unknown words are null", () => {
    expect(parseScopeType("  End-To-End ")).toBe("end-to-end");
    expect(parseScopeType("modelling")).toBeNull();
    expect(parseRole(" data  scientist")).toBe("DS");
    expect(parseRole("Machine Learning Engineer")).toBe("MLE");
    expect(parseRole("mle")).toBe("MLE");
    expect(parseRole("HYBRID")).toBe("Hybrid");
    expect(parseRole("constructor")).toBeNull();
    expect(parseRole("")).toBeNull();
  });
});

describe("lean and role", () => {
  const all = (ds: number, mle: number): Rating[] => [ds, ds, ds, ds, mle, mle, mle, mle];
  test("extremes and balance", () => {
    expect(lean(all(5, 1))).toBe(-1);
    expect(lean(all(1, 5))).toBe(1);
    expect(lean(all(3, 3))).toBe(0);
    expect(roleFromLean(-0.125)).toBe("DS");
    expect(roleFromLean(0.125)).toBe("MLE");
    expect(roleFromLean(0.1249)).toBe("Hybrid");
    expect(quizResult(all(2, 4)).role).toBe("MLE");
  });
  test("partial answers use the answered items' means", () => {
    expect(lean([4, null, null, null, 2, null, 4, null])).toBeCloseTo((3 - 4) / 4, 12);
  });
  test("errors: wrong count and out-of-range are invalid; a side with no answers is notAvailable", () => {
    expect(kindOf(() => lean([1, 2, 3]))).toBe("invalid");
    expect(kindOf(() => lean([6, 1, 1, 1, 1, 1, 1, 1]))).toBe("invalid");
    expect(kindOf(() => lean([null, null, null, null, 5, 5, 5, 5]))).toBe("notAvailable");
    expect(kindOf(() => lean([5, null, null, null, null, null, null, null]))).toBe("notAvailable");
  });
  test("property: drivers' pulls point the role's way and all pulls sum to the lean", () => {
    const answer = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
    fc.assert(
      fc.property(fc.array(answer, { minLength: 8, maxLength: 8 }), (a) => {
        let r;
        try {
          r = quizResult(a);
        } catch (e) {
          return e instanceof DomainError && e.kind === "notAvailable";
        }
        expect(r.drivers.length).toBeLessThanOrEqual(3);
        for (const d of r.drivers.flatMap((g) => g.drivers)) {
          expect(a[d.item]).not.toBeNull();
          if (r.role === "MLE") expect(d.pull).toBeGreaterThan(0);
          if (r.role === "DS") expect(d.pull).toBeLessThan(0);
        }
        return r.lean >= -1 && r.lean <= 1;
      }),
      { numRuns: RUNS },
    );
  });
  test("the strongest driver is the statement that pushed hardest", () => {
    const r = quizResult([3, 3, 3, 3, 5, 4, 3, 3]);
    expect(r.role).toBe("MLE");
    expect(r.drivers.map((g) => g.drivers.map((d) => CHECKLIST[d.item].side))).toEqual([["MLE"], ["MLE"]]);
    expect(r.drivers[0].drivers[0].item).toBe(4);
  });
});

describe("roadmap", () => {
  test("10 hours a week: 3-week phases; 5 hours: 6-week phases; 80 hours: 1-week phases", () => {
    expect(roadmap("DS").map((p) => p.weeks)).toEqual(["1-3", "4-6", "7-9", "10-12"]);
    expect(roadmap("DS", { hoursPerWeek: 5 }).map((p) => p.weeks)).toEqual(["1-6", "7-12", "13-18", "19-24"]);
    expect(phaseLengthWeeks(80)).toBe(1);
    expect(phaseLengthWeeks(7)).toBe(5);
  });
  test("dates: phase p runs from start + 7pL to start + 7(p+1)L - 1", () => {
    const start = toExcelSerial(new Date(Date.UTC(2027, 0, 4)));
    const phases = roadmap("MLE", { startSerial: start, hoursPerWeek: 10 });
    expect(phases[0].startSerial).toBe(start);
    expect(phases[0].endSerial).toBe(start + 20);
    expect(phases[3].startSerial).toBe(start + 63);
    expect(phases[3].endSerial).toBe(start + 83);
    expect(fromExcelSerial(phases[3].endSerial!).toISOString().slice(0, 10)).toBe("2027-03-28");
    expect(roadmap("MLE").every((p) => p.startSerial === null && p.endSerial === null)).toBe(true);
  });
  test("each role has its own plan; Hybrid starts with DS fundamentals and adds deployment", () => {
    expect(roadmap("DS")[0].focus).toBe(ROADMAPS.DS[0].focus);
    expect(roadmap("MLE")[2].topics).toMatch(/Docker/);
    expect(roadmap("Hybrid")[0].topics).toMatch(/SQL/);
    expect(roadmap("Hybrid")[2].topics).toMatch(/API/);
  });
  test("bad hours and dates are invalid", () => {
    expect(kindOf(() => roadmap("DS", { hoursPerWeek: 0 }))).toBe("invalid");
    expect(kindOf(() => roadmap("DS", { hoursPerWeek: 81 }))).toBe("invalid");
    expect(kindOf(() => roadmap("DS", { hoursPerWeek: NaN }))).toBe("invalid");
    expect(kindOf(() => roadmap("DS", { startSerial: -3 }))).toBe("invalid");
  });
  test("skills to stress: the phase's weakest rated skills, weakest first", () => {
    const stress = skillsToStress("DS", {
      sql: 2,
      analysis: 1,
      statistics: 5,
      experimentation: 3,
      modelling: null,
    });
    expect(stress[0]).toEqual(["analysis", "sql"]);
    expect(stress[1]).toEqual(["experimentation"]);
    expect(stress[2]).toEqual([]);
  });
  test("Excel serials: 1900-03-01 is 61 and 2026-11-26 is 46352", () => {
    // Excel counts a 29 Feb 1900 that never was, so from March 1900 on serial = days since 1899-12-30.
    expect(toExcelSerial(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
    expect(toExcelSerial(new Date(Date.UTC(2026, 10, 26)))).toBe(46352);
  });
});

describe("AHP", () => {
  test("consistent judgments recover the weights exactly with CR 0", () => {
    const w = [0.4, 0.3, 0.2, 0.1];
    const j = [w[0] / w[1], w[0] / w[2], w[0] / w[3], w[1] / w[2], w[1] / w[3], w[2] / w[3]];
    const r = ahpWeights(j);
    r.weights.forEach((x, i) => expect(Math.abs(x - w[i])).toBeLessThan(1e-9));
    expect(r.cr).toBeLessThan(1e-9);
    expect(r.lambdaMax).toBeCloseTo(4, 9);
  });
  test("all ones give equal weights", () => {
    const r = ahpWeights([1, 1, 1, 1, 1, 1]);
    r.weights.forEach((x) => expect(x).toBeCloseTo(0.25, 12));
  });
  test("inconsistent judgments: eigenvector satisfies A w = lambda w, CR above 0.1, worst judgment named", () => {
    // scope > data (9), data > support (9), but support > scope (scope vs support = 1/9): a cycle
    const j = [9, 1 / 9, 1, 9, 1, 1];
    const r = ahpWeights(j);
    expect(r.cr).toBeGreaterThan(0.1);
    const A = [
      [1, j[0], j[1], j[2]],
      [1 / j[0], 1, j[3], j[4]],
      [1 / j[1], 1 / j[3], 1, j[5]],
      [1 / j[2], 1 / j[4], 1 / j[5], 1],
    ];
    const Aw = A.map((row) => row.reduce((s, a, k) => s + a * r.weights[k], 0));
    Aw.forEach((v, i) => expect(Math.abs(v - r.lambdaMax * r.weights[i])).toBeLessThan(1e-9));
    expect(r.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect([0, 1, 3]).toContain(r.worstJudgment);
    expect(r.cr).toBeCloseTo((r.lambdaMax - 4) / 3 / 0.9, 12);
  });
  test("bad input is invalid", () => {
    expect(kindOf(() => ahpWeights([1, 1, 1]))).toBe("invalid");
    expect(kindOf(() => ahpWeights([10, 1, 1, 1, 1, 1]))).toBe("invalid");
    expect(kindOf(() => ahpWeights([0.1, 1, 1, 1, 1, 1]))).toBe("invalid");
  });
  test("property: weights positive, sum 1, CR >= 0", () => {
    const v = fc.oneof(
      fc.integer({ min: 1, max: 9 }),
      fc.integer({ min: 1, max: 9 }).map((x) => 1 / x),
    );
    fc.assert(
      fc.property(fc.array(v, { minLength: 6, maxLength: 6 }), (j) => {
        const r = ahpWeights(j);
        return (
          r.weights.every((x) => x > 0) &&
          Math.abs(r.weights.reduce((a, b) => a + b, 0) - 1) < 1e-12 &&
          r.cr >= 0
        );
      }),
      { numRuns: RUNS },
    );
  });
});

describe("recommend", () => {
  test("ranks like RANK.EQ, finds the deciding criterion and flags a close call", () => {
    const r = recommend(
      [
        [3, 3, 3, 3],
        [null, null, null, null],
        [5, 2, 3, 4],
        [5, 2, 3, 4],
        [4, 4, 3, 2],
      ],
      [1, 1, 1, 1],
    );
    expect(r.ranked.map((o) => [o.index, o.rank])).toEqual([
      [2, 1],
      [3, 1],
      [4, 3],
      [0, 4],
    ]);
    expect(r.margin).toBe(0);
    expect(r.closeCall).toBe(true);
    expect(r.tipping?.leader).toBe(2);
  });
  test("deciding criterion is where the leader gains most over the runner-up", () => {
    const r = recommend(
      [
        [5, 3, 3, 3],
        [2, 3, 3, 4],
      ],
      [1, 1, 1, 1],
    );
    expect(r.deciding?.criterion).toBe("scope");
    expect(r.deciding?.points).toBeCloseTo(18.75, 12);
    expect(r.closeCall).toBe(false);
  });
  test("partly rated offers still rank, but the tipping table explains why it is missing", () => {
    const r = recommend(
      [
        [5, null, 3, 3],
        [2, 3, 3, 4],
      ],
      [1, 1, 1, 1],
    );
    expect(r.ranked).toHaveLength(2);
    expect(r.tipping).toBeNull();
    expect(r.tippingNote).toMatch(/offer 1/);
  });
});
