/**
 * Each sentence of the verdict claims something the numbers must prove. These tests read the claim
 * out of the text (the weight, the rating, the answer) and recompute the scores with it, by the
 * closed form 25 * sum w (r - 1) / sum w, independently of the code that wrote the sentence.
 */
import { evaluate, type OfferInput, type PlanInput, ratingCellNumber } from "../../src/workbook/inputs";
import { verdictText } from "../../src/workbook/verdict";
import { scopeFit, type Rating, type Role, type ScopeType } from "../../src/scoring";

type R = [Rating, Rating, Rating, Rating];
const NO_ANSWERS: Rating[] = [null, null, null, null, null, null, null, null];

function plan(weights: [number, number, number, number], answers: Rating[] = NO_ANSWERS): PlanInput {
  return { answers, skills: {}, weights, startSerial: null, hoursPerWeek: 10 };
}
function offer(company: string, r: R, scopeType = ""): OfferInput {
  return {
    company,
    title: "",
    scopeType,
    scope: r[0],
    dataMaturity: r[1],
    support: r[2],
    growth: r[3],
    notes: "",
  };
}
/** The closed form, over the rated criteria. */
function score(r: readonly Rating[], w: readonly number[]): number {
  let num = 0;
  let den = 0;
  r.forEach((x, k) => {
    if (x === null) return;
    num += w[k] * (x - 1);
    den += w[k];
  });
  return (25 * num) / den;
}
/** Names of the offers strictly ahead of all others, or [] for a tie at the top. */
function soleTop(
  offers: readonly { company: string; r: readonly Rating[] }[],
  w: readonly number[],
): string[] {
  const s = offers.map((o) => score(o.r, w));
  const max = Math.max(...s);
  const top = offers.filter((_, i) => Math.abs(s[i] - max) < 1e-9);
  return top.length === 1 ? [top[0].company] : [];
}
const LABEL_INDEX: Record<string, number> = { scope: 0, "data maturity": 1, support: 2, growth: 3 };

/** Every "<criterion>'s share ... (a <criterion> weight of about W instead of V), NAME would lead just below/above that". */
function tippingClaims(text: string): { k: number; weight: number; who: string; side: "below" | "above" }[] {
  const re =
    /a ([a-z ]+) weight of about ([\d.]+) instead of ([\d.]+)\), (\S+) would lead just (below|above) that/g;
  return [...text.matchAll(re)].map((m) => ({
    k: LABEL_INDEX[m[1]],
    weight: Number(m[2]),
    who: m[4],
    side: m[5] as "below" | "above",
  }));
}

/** Checks every tipping claim: a little beyond the named weight the named offer is alone on top, a little short of it the leader still is. */
function checkTipping(
  text: string,
  w: [number, number, number, number],
  offers: { company: string; r: R }[],
  leader: string,
): number {
  const claims = tippingClaims(text);
  claims.forEach((c) => {
    const at = (v: number): number[] => w.map((x, k) => (k === c.k ? v : x));
    // The weight is given to two decimals: 0.01 beyond it is past the crossing, 0.01 short of it before.
    const beyond = c.side === "below" ? c.weight - 0.01 : c.weight + 0.01;
    const short = c.side === "below" ? c.weight + 0.01 : c.weight - 0.01;
    expect(soleTop(offers, at(beyond))).toEqual([c.who]);
    expect(soleTop(offers, at(short))).toEqual([leader]);
  });
  return claims.length;
}

describe("verdict: the cases of issue 9", () => {
  const W: [number, number, number, number] = [1, 1, 1, 1];

  test.each([
    ["X/Y", [offer("X", [4, 4, 4, 4]), offer("Y", [4, 4, 4, 3])]],
    ["A/B", [offer("A", [5, 3, 3, 3]), offer("B", [5, 1, 1, 1])]],
  ])("%s: no lead is claimed for an offer that can only tie", (_, offers) => {
    const text = verdictText(evaluate(plan(W), offers));
    expect(text).not.toMatch(/would lead/);
    expect(text).toMatch(/No change to the weight of a single criterion would put another offer ahead/);
  });

  test("L/R2/R3: names R3 and the weight past which it leads", () => {
    const offers = [
      { company: "L", r: [3, 4, 4, 4] as R },
      { company: "R2", r: [2, 4, 4, 4] as R },
      { company: "R3", r: [5, 1.6, 1.6, 1.6] as R },
    ];
    const text = verdictText(
      evaluate(
        plan(W),
        offers.map((o) => offer(o.company, o.r)),
      ),
    );
    expect(text).toMatch(
      /scope's share of the weight rose to about 54\.5% \(a scope weight of about 3\.6 instead of 1\), R3 would lead/,
    );
    expect(text).not.toMatch(/R2 would lead/);
    expect(checkTipping(text, W, offers, "L")).toBe(1);
  });

  test("L/R1/R2: both directions, each with the share and the raw weight", () => {
    const offers = [
      { company: "L", r: [3, 3, 3, 3] as R },
      { company: "R1", r: [1, 29 / 9, 29 / 9, 29 / 9] as R },
      { company: "R2", r: [5, 5 / 3, 5 / 3, 5 / 3] as R },
    ];
    const text = verdictText(
      evaluate(
        plan(W),
        offers.map((o) => offer(o.company, o.r)),
      ),
    );
    expect(text).toMatch(
      /fell to about 10% \(a scope weight of about 0\.33 instead of 1\), R1 would lead just below/,
    );
    expect(text).toMatch(
      /rose to about 40% \(a scope weight of about 2 instead of 1\), R2 would lead just above/,
    );
    expect(checkTipping(text, W, offers, "L")).toBe(2);
  });

  test("P/Q: tied, one rank, nothing 'sets it apart', the tie-break named both ways", () => {
    const w: [number, number, number, number] = [1, 2, 3, 0];
    const ev = evaluate(plan(w), [offer("P", [5, 4, 4, 3]), offer("Q", [2, 4, 5, 1])]);
    const text = verdictText(ev);
    // Plain ratings, none blank: the order is certain, and then the tie is called a tie.
    expect(text).toMatch(
      /^Every offer compared has a single number for each of the four criteria, [^.]+\. P and Q are tied at 79\.2 out of 100\./,
    );
    expect(text).not.toMatch(/sets it apart|leads with/);
    expect(text).toMatch(/a little more would put P ahead; a little less would put Q ahead/);
    // Checked: scope weight 1 -> 1.01 puts P alone on top, 0.99 puts Q.
    const os = [
      { company: "P", r: [5, 4, 4, 3] },
      { company: "Q", r: [2, 4, 5, 1] },
    ];
    expect(soleTop(os, [1.01, 2, 3, 0])).toEqual(["P"]);
    expect(soleTop(os, [0.99, 2, 3, 0])).toEqual(["Q"]);
    // "raising Q's scope rating from 2 to 3 would put Q ahead"
    const m = text.match(/raising Q's scope rating from 2 to 3 would put Q ahead/);
    expect(m).not.toBeNull();
    expect(soleTop([os[0], { company: "Q", r: [3, 4, 5, 1] }], w)).toEqual(["Q"]);
  });

  test("a partly rated leader is said to be so first, with the rating its blanks would need", () => {
    const offers = [offer("Solo", [5, null, null, null]), offer("Full", [5, 4, 4, 4])];
    const text = verdictText(evaluate(plan(W), offers));
    // Where Solo is first named, it is said to be partly rated.
    expect(text.slice(text.indexOf("Solo"))).toMatch(/^Solo \(rated on only 1 of the 4 criteria\)/);
    expect(text).toMatch(
      /Solo is rated on only 1 of the 4 criteria; data maturity, support and growth are blank\. It leads/,
    );
    expect(text).not.toMatch(/sets it apart/);
    const m = text.match(
      /If Solo's data maturity, support and growth \(blank\) were each rated (\d) or lower, Full would be ahead of Solo\./,
    );
    expect(m).not.toBeNull();
    const x = Number(m?.[1]);
    // Every filling at or below x puts Full strictly ahead; x + 1 everywhere does not.
    for (let a = 1; a <= x; a++)
      for (let b = 1; b <= x; b++)
        for (let c = 1; c <= x; c++) expect(score([5, 4, 4, 4], W)).toBeGreaterThan(score([5, a, b, c], W));
    expect(score([5, 4, 4, 4], W)).toBeLessThanOrEqual(score([5, x + 1, x + 1, x + 1], W));
  });

  test("a close call names the single rating that would flip it, and that change does", () => {
    const offers = [
      { company: "Acme", r: [4, 4, 4, 4] as R },
      { company: "Beta", r: [4, 4, 3, 4] as R },
    ];
    const w: [number, number, number, number] = [1, 1, 2, 1];
    const text = verdictText(
      evaluate(
        plan(w),
        offers.map((o) => offer(o.company, o.r)),
      ),
    );
    const m = text.match(
      /This is a close call: (raising|lowering) (\S+)'s ([a-z ]+) rating from (\d) to (\d) would (put \S+ ahead|leave \S+ tied with \S+ at the top)\./,
    );
    expect(m).not.toBeNull();
    const [, , who, label, from, to, effect] = m as RegExpMatchArray;
    const k = LABEL_INDEX[label];
    const moved = offers.map((o) =>
      o.company === who ? { ...o, r: o.r.map((x, j) => (j === k ? Number(to) : x)) as R } : o,
    );
    expect(offers.find((o) => o.company === who)?.r[k]).toBe(Number(from));
    const [a, b] = moved.map((o) => score(o.r, w));
    if (effect.startsWith("put")) expect(b).toBeGreaterThan(a);
    else expect(b).toBeCloseTo(a, 9);
  });

  test("a borderline role names the neighbour and the offer that would lead with its scope ratings", () => {
    const answers: Rating[] = [4, 4, 3, 3, 3, 3, 3, 3];
    const offers = [
      offer("ModelsCo", [null, 4, 3, 4], "models"),
      offer("E2ECo", [null, 4, 3, 4], "end-to-end"),
    ];
    const text = verdictText(evaluate(plan(W, answers), offers), { where: "page" });
    const m = text.match(
      /Your role is borderline: answering (\d) instead of (\d) to statement (\d) \("[^"]+"\) would make it ([A-Za-z ]+), and with its scope ratings (\S+) would lead\./,
    );
    expect(m).not.toBeNull();
    const [, to, from, statement, roleName, who] = m as RegExpMatchArray;
    expect(answers[Number(statement) - 1]).toBe(Number(from));
    const role: Role = roleName === "Hybrid" ? "Hybrid" : roleName === "Data Scientist" ? "DS" : "MLE";
    // The lean with that one answer moved, by its definition.
    const moved = answers.map((a, i) => (i === Number(statement) - 1 ? Number(to) : a)) as number[];
    const lean =
      (moved.slice(4).reduce((s, x) => s + x, 0) / 4 - moved.slice(0, 4).reduce((s, x) => s + x, 0) / 4) / 4;
    expect(lean > -0.125 && lean < 0.125 ? "Hybrid" : lean <= -0.125 ? "DS" : "MLE").toBe(role);
    const scoped = offers.map((o) => ({
      company: o.company,
      r: [scopeFit(o.scopeType as ScopeType, role), o.dataMaturity, o.support, o.growth].map(
        ratingCellNumber,
      ),
    }));
    expect(soleTop(scoped, W)).toEqual([who]);
  });
});

describe("a close call points to the rating, without advice the chances may contradict", () => {
  test("X/Y: the one-step rating is named, with a range around it to try; never 'roughly equal'", () => {
    const ev = evaluate(plan([1, 1, 1, 1]), [offer("X", [4, 4, 4, 4]), offer("Y", [4, 4, 4, 3])]);
    const v = verdictText(ev);
    expect(v).not.toMatch(/roughly equal/);
    const m = /raising Y's (\w[\w ]*) rating from (\d) to (\d) would leave Y tied with X at the top\./.exec(
      v,
    );
    expect(m).not.toBeNull();
    // Recompute: Y with that one rating raised ties X exactly.
    const k = ["scope", "data maturity", "support", "growth"].indexOf((m as RegExpExecArray)[1]);
    const y: R = [4, 4, 4, 3];
    expect(y[k]).toBe(Number((m as RegExpExecArray)[2]));
    y[k] = Number((m as RegExpExecArray)[3]);
    expect(score(y, [1, 1, 1, 1])).toBe(score([4, 4, 4, 4], [1, 1, 1, 1]));
    expect(v).toContain(`type it as a range (such as "3-5")`);
  });
  test("when that rating is already a range, no suggestion to type one", () => {
    const ev = evaluate(plan([1, 1, 1, 1]), [
      offer("X", [4, 4, 4, 4]),
      { ...offer("Y", [4, 4, 4, 3]), scope: "3-5" },
    ]);
    const v = verdictText(ev);
    expect(v).toMatch(/close call/);
    expect(v).not.toMatch(/type it as a range/);
  });
  test("a partly rated offer's score is said to leave its blanks out", () => {
    const ev = evaluate(plan([1, 1, 1, 1]), [
      offer("Full", [5, 4, 4, 4]),
      offer("Part", [5, null, null, null]),
    ]);
    // Part scores 100 on its one rated criterion (blanks left out), Full 25 * 13 / 4 = 81.25.
    expect(verdictText(ev)).toMatch(/It leads with 100\.0 out of 100 \(blanks left out\)/);
  });
});
