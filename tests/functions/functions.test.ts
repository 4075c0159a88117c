import * as F from "../../functions/functions";

import { col, isErr, thrown, type Err } from "./helpers";

describe("OFFER.SCORE", () => {
  test("the worked examples, single cells and a column", () => {
    expect(F.score([[5]], [[1]], [[3]], [[4]])[0][0]).toBeCloseTo(56.25, 12);
    expect(F.score([[5]], [[1]], [[3]], [[4]], [[2, 1, 1, 0]])[0][0]).toBeCloseTo(62.5, 12);
    expect(F.score([[5]], [[1]], [[3]], [[4]], col(2, 1, 1, 0))[0][0]).toBeCloseTo(62.5, 12);
    const out = F.score(col(5, 1, null), col(1, 1, null), col(3, 1, ""), col(4, 1, null));
    expect(out).toHaveLength(3);
    expect(out[0][0]).toBeCloseTo(56.25, 12);
    expect(out[1][0]).toBe(0);
    expect(out[2][0]).toBe("");
  });

  test("a bad cell fails only its own offer, with a message naming argument and row", () => {
    const out = F.score(col(5, "great", 9, true), col(1, 1, 1, 1), col(3, 3, 3, 3), col(4, 4, 4, 4));
    expect(out[0][0]).toBeCloseTo(56.25, 12);
    for (const i of [1, 2, 3]) {
      const e = out[i][0];
      expect(isErr(e)).toBe(true);
      expect((e as Err).code).toBe("#VALUE!");
      expect((e as Err).message).toContain(`scope (row ${i + 1})`);
      expect((e as Err).message).toMatch(/1 to 5/);
    }
  });

  test("a single cell broadcasts; mismatched sizes name the rule", () => {
    const out = F.score(col(5, 1), [[1]], [[3]], [[4]]);
    expect(out.map((r) => r[0])).toEqual([56.25, 31.25]);
    const e = thrown(() => F.score(col(5, 1), col(1, 1, 1), [[3]], [[4]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/data_maturity.*same size/);
  });

  test("weights: wrong count, text, negative, all zero are #VALUE! naming weights", () => {
    for (const w of [
      [[1, 1, 1]],
      [[1, "x", 1, 1]],
      [[1, -1, 1, 1]],
      [[0, 0, 0, 0]],
      [
        [1, 1],
        [1, 1],
      ],
    ]) {
      const e = thrown(() => F.score([[5]], [[1]], [[3]], [[4]], w));
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toMatch(/^weights/);
    }
  });

  test("rated criteria whose weights are all zero: #N/A in that cell", () => {
    const out = F.score(col(5, 5), col(null, 3), col(null, 3), col(null, 3), [[0, 1, 1, 1]]);
    expect((out[0][0] as Err).code).toBe("#N/A");
    expect(out[1][0]).toBeCloseTo(50, 12);
  });

  test("an offer's score does not depend on the other offers", () => {
    const alone = F.score([[4]], [[2]], [[5]], [[3]])[0][0];
    const among = F.score(col(1, 4, 5), col(1, 2, 5), col(1, 5, 5), col(1, 3, 5))[1][0];
    expect(among).toBe(alone);
  });
});

describe("OFFER.EXPLAIN", () => {
  test("a row of four per offer in row-major order, summing to SCORE", () => {
    const out = F.explain([[5, 2]], [[1, 2]], [[3, 2]], [[4, 2]]);
    expect(out).toHaveLength(2);
    expect(out[0].map(Number).reduce((a, b) => a + b, 0)).toBeCloseTo(56.25, 12);
    expect(out[1].map(Number).reduce((a, b) => a + b, 0)).toBeCloseTo(25, 12);
    expect(F.explain([[null]], [[null]], [[null]], [[null]])).toEqual([["", "", "", ""]]);
    const bad = F.explain([["x"]], [[1]], [[1]], [[1]]);
    expect(bad[0].every((v) => isErr(v) && v.code === "#VALUE!")).toBe(true);
  });
});

describe("OFFER.SCOPEFIT", () => {
  test("words, roles, blanks and unknown words", () => {
    expect(
      F.scopefit(
        [
          ["models", "Deployment "],
          ["", "reporting"],
        ],
        "DS",
      ),
    ).toEqual([
      [5, 3],
      ["", 2],
    ]);
    expect(F.scopefit([["end-to-end"]])).toEqual([[5]]);
    expect(F.scopefit([["end-to-end"]], [["Machine Learning Engineer"]])).toEqual([[5]]);
    const out = F.scopefit([["modelling"]], "MLE");
    expect((out[0][0] as Err).message).toMatch(/scope_type.*models, deployment, end-to-end, reporting/);
    expect(thrown(() => F.scopefit([["models"]], "Analyst")).message).toMatch(/^role/);
  });
});

describe("OFFER.LEAN and OFFER.ROLE", () => {
  test("a row or a column of 8 answers", () => {
    expect(F.leanFn([[5, 5, 5, 5, 1, 1, 1, 1]])).toBe(-1);
    expect(F.leanFn(col(1, 1, 1, 1, 5, 5, 5, 5))).toBe(1);
    expect(F.role([[3, 3, 3, 3, 3, 3, 3, 3]])).toBe("Hybrid");
    expect(F.role([[1, 2, 1, 2, 4, 5, 4, 5]])).toBe("Machine Learning Engineer");
    expect(F.role([[5, 4, 5, 4, 2, 1, 2, null]])).toBe("Data Scientist");
  });
  test("errors", () => {
    expect(thrown(() => F.leanFn([[1, 2, 3]])).code).toBe("#VALUE!");
    expect(thrown(() => F.leanFn([[1, 2, 3, 4, 5, 6, 1, 1]])).message).toMatch(/answers: answer 6/);
    expect(thrown(() => F.role([[null, null, null, null, 1, 2, 3, 4]])).code).toBe("#N/A");
  });
});

describe("OFFER.ROADMAP", () => {
  test("header, four phases, dates and pace", () => {
    const t = F.roadmapFn("DS", 46352, 5);
    expect(t[0]).toEqual(["Phase", "Weeks", "Start", "End", "Focus", "Topics"]);
    expect(t).toHaveLength(5);
    expect(t.slice(1).map((r) => r[1])).toEqual(["1-6", "7-12", "13-18", "19-24"]);
    expect(t[1][2]).toBe(46352);
    expect(t[1][3]).toBe(46352 + 41);
    expect(t[2][2]).toBe(46352 + 42);
    expect(t.every((r) => r.length === 6)).toBe(true);
    expect(F.roadmapFn("Hybrid")[1][2]).toBe("");
  });
  test("errors", () => {
    expect(thrown(() => F.roadmapFn(null)).message).toMatch(/^role/);
    expect(thrown(() => F.roadmapFn("DS", "next monday")).message).toMatch(/^start_date/);
    expect(thrown(() => F.roadmapFn("DS", null, 0)).message).toMatch(/^hours_per_week/);
    expect(thrown(() => F.roadmapFn("DS", null, "lots")).message).toMatch(/^hours_per_week/);
  });
});

describe("OFFER.TIPPING", () => {
  test("header and one row per criterion; both directions; 1-based leaders; none", () => {
    const t = F.tippingFn(col(5, 1), col(1, 3), col(1, 3), col(1, 3), [[2, 1, 1, 1]]);
    expect(t[0]).toEqual([
      "Criterion",
      "Share now",
      "Lower share",
      "Leader below",
      "Higher share",
      "Leader above",
    ]);
    expect(t.map((r) => r[0])).toEqual(["Criterion", "Scope", "Data maturity", "Support", "Growth"]);
    // A(t) = t, B(t) = (1 - t) / 2 on scope's share t: B passes below 1/3; nothing above.
    expect(t[1][1]).toBeCloseTo(0.4, 12);
    expect(t[1][2]).toBeCloseTo(1 / 3, 12);
    expect(t[1].slice(3)).toEqual([2, "", "none"]);
    // Data maturity's share t: A = (1 - t) / 2, B = t / 2 + (1 - t) / 4: B passes above 1/3.
    expect(t[2].slice(2, 4)).toEqual(["", "none"]);
    expect(t[2][4]).toBeCloseTo(1 / 3, 12);
    expect(t[2][5]).toBe(2);
    const none = F.tippingFn(col(2, 4), col(2, 4), col(2, 4), col(2, 4));
    expect(none.slice(1).every((r) => r[2] === "" && r[3] === "none" && r[4] === "" && r[5] === "none")).toBe(
      true,
    );
  });
  test("#N/A for a partly rated offer and for one offer", () => {
    expect(thrown(() => F.tippingFn(col(5, 1), col(1, null), col(1, 3), col(1, 3))).code).toBe("#N/A");
    expect(thrown(() => F.tippingFn([[5]], [[1]], [[1]], [[1]])).code).toBe("#N/A");
  });
});

describe("OFFER.AHPWEIGHTS", () => {
  test("a 1x5 row: four weights summing to 1, then CR", () => {
    const r = F.ahpweights([[2, 4, 8, 2, 4, 2]]);
    expect(r).toHaveLength(1);
    expect(r[0]).toHaveLength(5);
    const w = r[0].slice(0, 4) as number[];
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(w[0]).toBeCloseTo(8 / 15, 9);
    expect(r[0][4]).toBeCloseTo(0, 9);
  });
  test("errors", () => {
    expect(thrown(() => F.ahpweights([[1, 1, 1, 1, 1]])).message).toMatch(/^judgments/);
    expect(thrown(() => F.ahpweights([[1, 1, 1, 1, 1, 10]])).message).toMatch(/judgment 6/);
  });
});
