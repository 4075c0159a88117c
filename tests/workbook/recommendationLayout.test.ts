/**
 * The Recommendation sheet's new rows and columns (issues 9 and 10), each checked against a
 * computation of its own: a brute-force scan of the shares for the tipping table, closed forms for
 * the tipping cases of issue 9, hand-computed score ranges and chances, scopeFit for the borderline role.
 */
import { scopeFit, scoreOffer, type Weights } from "../../src/scoring";
import {
  buildRecommendationLayout,
  CHART_DATA_HEADERS,
  evaluate,
  type OfferInput,
  type PlanInput,
  RANKING_HEADERS,
  TIPPING_HEADERS,
} from "../../src/workbook";
import { chanceFormula, MOVED_TEXT } from "../../src/workbook/sheets/recommendationTables";
import { isFormulaCell, type Cell, type SheetLayout } from "../../src/workbook/layout";
import { evenPlan, offer, PLAN } from "../fixtures";

function block(l: SheetLayout, key: string) {
  const b = l.blocks.find((x) => x.key === key);
  if (!b) throw new Error(`no block ${key}`);
  return b;
}

function planWith(weights: Weights): PlanInput {
  return { ...evenPlan(PLAN.answers), weights };
}

/** The offers on top at criterion k's share t (the others keep their proportions). */
function topAt(ratings: number[][], w: Weights, k: number, t: number): number[] {
  const others = w.reduce((a, x, j) => (j === k ? a : a + x), 0);
  const ww = w.map((x, j) => (j === k ? t : others > 0 ? ((1 - t) * x) / others : (1 - t) / 3));
  const s = ratings.map((r) => scoreOffer(r as [number, number, number, number], ww as unknown as Weights)!);
  const best = Math.max(...s);
  return s.flatMap((v, i) => (v === best ? [i] : []));
}

const H = 1e-4;

/**
 * By scanning t in steps of H away from today's share (ends excluded), issue 9's definition: the
 * first share at which today's sole leader is no longer on top (others are strictly ahead of it),
 * with the offers then on top. When offers tie for first today, who is alone on top just beyond
 * today's share.
 */
function scan(ratings: number[][], w: Weights, k: number, dir: -1 | 1): { t: number; top: number[] } | null {
  const total = w[0] + w[1] + w[2] + w[3];
  const s0 = w[k] / total;
  const now = topAt(ratings, w, k, s0);
  const first = s0 + dir * H;
  if (now.length > 1 && first > 0 && first < 1) {
    const top = topAt(ratings, w, k, first);
    if (top.length === 1) return { t: first, top };
  }
  // A tie that goes on (the tied offers rate c the same) is treated as one leader: the scoring
  // module then reports the first offer to pass them all (docs/functions.md says "none" here).
  for (let t = first; t > 0 && t < 1; t += dir * H) {
    const top = topAt(ratings, w, k, t);
    if (!top.some((i) => now.includes(i))) return { t, top };
  }
  return null;
}

/** Checks every tipping row against the scan: share within one step, the leader by name, the raw weight. */
function checkTippingAgainstScan(offers: OfferInput[], ratings: number[][], w: Weights): void {
  const l = buildRecommendationLayout(planWith(w), offers);
  const rows = block(l, "tipping").rows;
  expect(rows[0]).toEqual([...TIPPING_HEADERS]);
  const label = ["scope", "data maturity", "support", "growth"];
  for (let k = 0; k < 4; k++) {
    const row = rows[k + 1];
    for (const [dir, shareCol, leaderCol] of [
      [-1, 2, 3],
      [1, 4, 5],
    ] as const) {
      const found = scan(ratings, w, k, dir);
      const at = `${label[k]} ${dir < 0 ? "lower" : "higher"}`;
      if (!found) {
        expect({ at, share: row[shareCol], leader: row[leaderCol] }).toEqual({
          at,
          share: null,
          leader: "none",
        });
        continue;
      }
      const share = row[shareCol] as number;
      expect({ at, near: Math.abs(share - found.t) <= H + 1e-9 }).toEqual({ at, near: true });
      const text = String(row[leaderCol]);
      // The named offer and any it is "tied with" are exactly the offers then on top.
      const named = text.slice(0, text.indexOf(" (")).replace(", tied with ", " and ").split(" and ");
      expect({ at, named: named.sort() }).toEqual({
        at,
        named: found.top.map((i) => offers[i].company).sort(),
      });
      const others = w.reduce((a, x, j) => (j === k ? a : a + x), 0);
      const total = others + w[k];
      if (share === w[k] / total) {
        expect(text).toContain(`${label[k]} weight just ${dir < 0 ? "under" : "over"}`);
      } else if (others === 0) {
        // Every other weight is 0: no raw weight of this criterion alone gives a share below 1.
        expect(text).toContain("the other criteria sharing the rest equally");
      } else {
        const raw = (share / (1 - share)) * others;
        expect(text).toContain(`${label[k]} weight ${Number(raw.toFixed(2))} instead of ${w[k]}`);
      }
    }
  }
}

describe("tipping table: both directions, raw weights, against a brute-force scan", () => {
  const named = (rs: number[][], names: string[]): OfferInput[] =>
    rs.map((r, i) => offer(names[i], r as [number, number, number, number]));

  test("L/R2/R3: scope's higher share is 6/11 (a weight of 3.6 instead of 1), R3 leads above it", () => {
    const r = [
      [3, 4, 4, 4],
      [2, 4, 4, 4],
      [5, 1.6, 1.6, 1.6],
    ];
    const offers = named(r, ["L", "R2", "R3"]);
    const scope = block(buildRecommendationLayout(planWith([1, 1, 1, 1]), offers), "tipping").rows[1];
    // By hand: L = 25 (2t + 3 (1 - t)), R3 = 25 (4t + 0.6 (1 - t)); equal at t = 2.4 / 4.4 = 6/11.
    expect(scope.slice(0, 4)).toEqual(["Scope", 0.25, null, "none"]);
    expect(scope[4]).toBeCloseTo(6 / 11, 12);
    expect(scope[5]).toBe("R3 (scope weight 3.6 instead of 1)");
    checkTippingAgainstScan(offers, r, [1, 1, 1, 1]);
  });

  test("L/R1/R2: lower 10% puts R1 ahead (weight 0.33), higher 40% puts R2 ahead (weight 2)", () => {
    const r = [
      [3, 3, 3, 3],
      [1, 29 / 9, 29 / 9, 29 / 9],
      [5, 5 / 3, 5 / 3, 5 / 3],
    ];
    const offers = named(r, ["L", "R1", "R2"]);
    const scope = block(buildRecommendationLayout(planWith([1, 1, 1, 1]), offers), "tipping").rows[1];
    expect(scope[2]).toBeCloseTo(0.1, 12);
    expect(scope[3]).toBe("R1 (scope weight 0.33 instead of 1)");
    expect(scope[4]).toBeCloseTo(0.4, 12);
    expect(scope[5]).toBe("R2 (scope weight 2 instead of 1)");
    checkTippingAgainstScan(offers, r, [1, 1, 1, 1]);
  });

  test.each([
    [
      "X/Y",
      [
        [4, 4, 4, 4],
        [4, 4, 4, 3],
      ],
    ],
    [
      "A/B",
      [
        [5, 3, 3, 3],
        [5, 1, 1, 1],
      ],
    ],
  ])("%s: a tie at 0%% or 100%% is no lead: none in every row", (_n, r) => {
    const offers = named(r, ["First", "Second"]);
    const rows = block(buildRecommendationLayout(planWith([1, 1, 1, 1]), offers), "tipping").rows.slice(1);
    for (const row of rows) expect([row[2], row[3], row[4], row[5]]).toEqual([null, "none", null, "none"]);
    checkTippingAgainstScan(offers, r, [1, 1, 1, 1]);
  });

  test("P and Q tie exactly: scope's share 1/6 both ways, each leading on one side; data maturity none", () => {
    const r = [
      [5, 4, 4, 3],
      [2, 4, 5, 1],
    ];
    const w: Weights = [1, 2, 3, 0];
    const offers = named(r, ["P", "Q"]);
    const rows = block(buildRecommendationLayout(planWith(w), offers), "tipping").rows;
    expect(rows[1][2]).toBe(1 / 6);
    expect(rows[1][4]).toBe(1 / 6);
    // More scope favours P (5 against 2), less favours Q.
    expect(rows[1][3]).toBe("Q (scope weight just under 1)");
    expect(rows[1][5]).toBe("P (scope weight just over 1)");
    expect([rows[2][3], rows[2][5]]).toEqual(["none", "none"]);
    checkTippingAgainstScan(offers, r, w);
  });

  test("an offer that rises with the new leader is named: B, tied with C", () => {
    // B and C swap 4 and 1 on scope and support, weighted equally: identical scores at every share.
    const r = [
      [2, 3, 2, 4],
      [4, 2, 1, 4],
      [1, 2, 4, 4],
      [3, 2, 3, 2],
    ];
    const w: Weights = [1, 3, 1, 2];
    const offers = named(r, ["A", "B", "C", "D"]);
    const dm = block(buildRecommendationLayout(planWith(w), offers), "tipping").rows[2];
    // By hand: A = 25 (2t + (1 + 1 + 2 (3)) / 4 (1 - t)) = 50; B = C = 25 (t + (3 + 0 + 2 (3)) / 4 (1 - t))
    // = 25 (t + 2.25 (1 - t)); B passes A once 1.25 t < 0.25, below t = 0.2.
    expect(dm[2]).toBeCloseTo(0.2, 12);
    expect(dm[3]).toBe("B, tied with C (data maturity weight 1 instead of 3)");
    checkTippingAgainstScan(offers, r, w);
  });

  test("100 random offer sets agree with the scan", () => {
    let x = 7;
    const rnd = (): number => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return x / 2147483648;
    };
    for (let n = 0; n < 100; n++) {
      const count = 2 + Math.floor(rnd() * 3);
      const r = Array.from({ length: count }, () =>
        Array.from({ length: 4 }, () => 1 + Math.floor(rnd() * 5)),
      );
      const w = Array.from({ length: 4 }, () => Math.floor(rnd() * 4)) as unknown as Weights;
      if (w[0] + w[1] + w[2] + w[3] === 0) continue;
      checkTippingAgainstScan(named(r, ["A", "B", "C", "D"]), r, w);
    }
  });
});

describe("ranking: Rated, Score range, Chance first, Close call", () => {
  const col = (name: (typeof RANKING_HEADERS)[number]): number => RANKING_HEADERS.indexOf(name);
  const value = (c: Cell): unknown => (isFormulaCell(c) ? c.value : c);

  test("ranges and blanks: hand-computed score ranges, a closed-form chance, n of 4", () => {
    // Equal weights. A = 50 exactly. B = 25 (4 + X + 1 + 0) / 4 with X uniform on 0..4 (data maturity
    // "1-5"): B leads when X > 3, a chance of 1/4. C has a blank: 3 of 4 rated.
    const offers = [
      offer("A", [3, 3, 3, 3]),
      offer("B", [5, null, 2, 1], { dataMaturity: "1-5" }),
      offer("C", [2, 2, null, 2]),
    ];
    const l = buildRecommendationLayout(evenPlan(PLAN.answers), offers);
    const rows = block(l, "ranking").rows;
    expect(rows[0]).toEqual([...RANKING_HEADERS]);
    const byName = new Map(rows.slice(1).map((r) => [r[1], r]));
    const a = byName.get("A")!;
    const b = byName.get("B")!;
    const c = byName.get("C")!;
    expect([a[col("Rated")], b[col("Rated")], c[col("Rated")]]).toEqual(["4 of 4", "4 of 4", "3 of 4"]);
    // B: lowest 25 (4 + 0 + 1 + 0) / 4 = 31.25, highest 25 (4 + 4 + 1 + 0) / 4 = 56.25.
    expect(b[col("Score range")]).toBe("31.3 to 56.3");
    expect(a[col("Score range")]).toBe("50.0");
    // C: the blank runs 1..5: 25 (1 + 1 + 0 + 1) / 4 = 18.75 to 25 (1 + 1 + 4 + 1) / 4 = 43.75.
    expect(c[col("Score range")]).toBe("18.8 to 43.8");
    expect(value(b[col("Chance first")]) as number).toBeCloseTo(0.25, 1);
    expect(Math.abs((value(b[col("Chance first")]) as number) - 0.25)).toBeLessThan(0.015);
    expect(Math.abs((value(a[col("Chance first")]) as number) - 0.75)).toBeLessThan(0.015);
    expect(value(c[col("Chance first")])).toBe(0); // 43.75 < 50 always
    // The chart's numbers: lowest, score, highest in ranking order.
    const data = block(l, "chartData").rows;
    expect(data[0]).toEqual([...CHART_DATA_HEADERS]);
    expect(data.find((r) => r[0] === "B")).toEqual(["B", 31.25, 43.75, 56.25]);
    expect(String(block(l, "rankingNote").rows[0][0])).toMatch(/values computed when this was written/);
  });

  test("close call: Yes on both top rows when one step lets the runner-up pass, not otherwise", () => {
    const near = [offer("A", [4, 4, 4, 4]), offer("B", [4, 4, 4, 3]), offer("C", [1, 1, 1, 1])];
    const far = [offer("A", [5, 5, 5, 5]), offer("B", [2, 2, 2, 2])];
    const closeOf = (o: OfferInput[]) =>
      block(buildRecommendationLayout(evenPlan(PLAN.answers), o), "ranking")
        .rows.slice(1)
        .map((r) => r[col("Close call")]);
    // By hand: B's growth 3 -> 4 ties A (equal weights), so one step is enough.
    expect(closeOf(near)).toEqual(["Yes", "Yes", ""]);
    // 5,5,5,5 against 2,2,2,2: one step closes 6.25 of the 75 points between them.
    expect(closeOf(far)).toEqual(["", ""]);
  });

  test("live: Chance first is an OFFER.PFIRST formula picking the offer's row, checked by company", () => {
    const offers = [
      offer("A", [3, 3, 3, 3]),
      offer("", [4, 3, 3, 3], { title: "" }),
      offer("C", [2, 2, 2, 2]),
    ];
    const live = { offersTable: "MyOffers", weightsName: "OfferWeights", rows: [1, 2, 4], tableRows: 4 };
    const l = buildRecommendationLayout(evenPlan(PLAN.answers), offers, undefined, { live });
    const ev = evaluate(evenPlan(PLAN.answers), offers);
    const rows = block(l, "ranking").rows.slice(1);
    const pf =
      "OFFER.PFIRST(MyOffers[Scope],MyOffers[Data maturity],MyOffers[Support],MyOffers[Growth],OfferWeights)";
    const a = rows.find((r) => r[1] === "A")![col("Chance first")];
    expect(a).toEqual({
      formula: `=IF(INDEX(MyOffers[Company],1)=[@Company],INDEX(${pf},1),"${MOVED_TEXT}")`,
      value: ev.chances![0],
    });
    // No company to check against: the position alone.
    expect(rows.find((r) => r[1] === "Offer 2")![col("Chance first")]).toEqual({
      formula: `=INDEX(${pf},2)`,
      value: ev.chances![1],
    });
    expect(chanceFormula(live, 4, true)).toContain("INDEX(MyOffers[Company],4)");
    expect(String(block(l, "rankingNote").rows[0][0])).toMatch(/live OFFER\.PFIRST/);
    // Without ranges every chance is exact: 1 for the leader, 0 for the rest.
    expect(ev.chances).toEqual([0, 1, 0]);
  });

  test("live but an invalid rating: values, not a formula that would show an error, and the note says so", () => {
    const offers = [
      offer("A", [3, 3, 3, 3]),
      offer("B", [4, 3, 3, 3]),
      offer("Bad", [3, 3, 3, 3], { growth: "4e" }),
    ];
    const live = { offersTable: "Offers", weightsName: "OfferWeights", rows: [1, 2, 3], tableRows: 3 };
    const l = buildRecommendationLayout(evenPlan(PLAN.answers), offers, undefined, { live });
    const rows = block(l, "ranking").rows.slice(1);
    expect(rows.map((r) => r[1])).toEqual(["B", "A"]);
    for (const r of rows) expect(isFormulaCell(r[col("Chance first")])).toBe(false);
    const note = String(block(l, "rankingNote").rows[0][0]);
    expect(note).toMatch(/invalid rating/);
    expect(note).toMatch(/Bad \(T\): the growth rating "4e"/);
  });
});

describe("role: the Borderline row", () => {
  test("ModelsCo / E2ECo: one answer from Hybrid, and then E2ECo would lead", () => {
    const plan = evenPlan([4, 4, 3, 3, 3, 3, 3, 3]);
    const offers = [
      offer("ModelsCo", [null, 4, 3, 4], { scopeType: "models" }),
      offer("E2ECo", [null, 4, 3, 4], { scopeType: "end-to-end" }),
    ];
    // By hand with scopeFit: today (Data Scientist) ModelsCo's scope is higher; as Hybrid E2ECo's is.
    expect(scopeFit("models", "DS")).toBeGreaterThan(scopeFit("end-to-end", "DS"));
    expect(scopeFit("end-to-end", "Hybrid")).toBeGreaterThan(scopeFit("models", "Hybrid"));
    const role = block(buildRecommendationLayout(plan, offers), "role").rows;
    const row = role.find((r) => r[0] === "Borderline")!;
    // Lean (3 - 3.5) / 4 = -0.125: statement 1 at 3 instead of 4 makes it -0.0625, Hybrid.
    expect(row[1]).toMatch(/^Hybrid if statement 1 \(".+"\) were 3 instead of 4; then E2ECo would lead/);
  });

  test("not borderline: the row is there and says No, with why", () => {
    const role = block(buildRecommendationLayout(PLAN, [offer("A", [3, 3, 3, 3])]), "role").rows;
    expect(role.find((r) => r[0] === "Borderline")).toEqual([
      "Borderline",
      "No: moving any one answer by one step would leave the role as it is",
    ]);
  });
});
