/** The layouts: plain data whose every number is the scoring module's. */
import {
  CRITERIA,
  explainOffer,
  quizResult,
  recommend,
  roadmap,
  scopeFit,
  scoreOffer,
  skillsToStress,
  tipping,
} from "../../src/scoring";
import {
  blockRect,
  buildAssumptionsLayout,
  buildOffersLayout,
  buildRecommendationLayout,
  buildRoadmapLayout,
  buildWorkbookLayouts,
  type Cell,
  EXAMPLE_OFFERS,
  evaluate,
  fitMessage,
  isFormulaCell,
  type OfferInput,
  offerRatings,
  overlaps,
  readOffersTable,
  type SheetLayout,
  subtractRects,
  verdictText,
} from "../../src/workbook";
import { PLAN } from "./helpers";
import { VALIDATION_CELL } from "../../src/workbook/layout";
import { RATING_RULE } from "../../src/workbook/sheets/blocks";
import { offer } from "../fixtures";

const OFFERS: OfferInput[] = [
  offer("Alpha", [4, 3, 5, 2]),
  offer("Beta", [null, 4, 2, 5], { scopeType: "deployment" }),
  offer("Gamma", [3, 3, 3, 3]),
  offer('=HYPERLINK("x")', [5, 1, 1, 4]),
];

function block(l: SheetLayout, key: string) {
  const b = l.blocks.find((x) => x.key === key);
  if (!b) throw new Error(`no block ${key}`);
  return b;
}
function value(c: Cell): unknown {
  return isFormulaCell(c) ? c.value : c;
}

describe("every layout is well formed", () => {
  const layouts = buildWorkbookLayouts(PLAN, OFFERS);
  test.each(layouts.map((l) => [l.key, l] as const))(
    "%s: rectangular blocks that do not overlap, Excel's limits kept",
    (_k, l) => {
      expect(l.title.length).toBeLessThanOrEqual(31);
      for (const b of l.blocks) {
        expect(b.rows.length).toBeGreaterThan(0);
        const w = b.rows[0].length;
        for (const r of b.rows) expect(r.length).toBe(w);
        for (const c of b.columns ?? []) {
          const v = c?.validation;
          if (!v) continue;
          if (v.prompt) {
            expect(v.prompt.title.length).toBeLessThanOrEqual(32);
            expect(v.prompt.message.length).toBeLessThanOrEqual(255);
          }
          if (v.error) expect(v.error.message.length).toBeLessThanOrEqual(225);
          if (v.kind === "list") expect(v.items.join(",").length).toBeLessThanOrEqual(255);
        }
        if (b.table) expect(new Set(b.rows[0].map((h) => String(h).toLowerCase())).size).toBe(w);
      }
      const rects = l.blocks.map(blockRect);
      rects.forEach((a, i) => rects.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
    },
  );
});

describe("Offers", () => {
  test("formulas as issue 4 asks, computed values from the scoring module", () => {
    const role = quizResult(PLAN.answers).role;
    const l = buildOffersLayout(PLAN, { offers: OFFERS });
    const t = block(l, "offers");
    expect(t.table?.name).toBe("Offers");
    expect(t.rows[0]).toEqual([
      "Company",
      "Title",
      "Scope type",
      "Scope",
      "Data maturity",
      "Support",
      "Growth",
      "Notes",
      "Score",
      "Rank",
    ]);
    const beta = t.rows[2];
    expect(beta[3]).toEqual({
      formula: `=IF([@[Scope type]]="","",OFFER.SCOPEFIT([@[Scope type]],"${role}"))`,
      value: scopeFit("deployment", role),
      // For a file without the add-in: the same fit, looked up from the scope type with Excel's own functions.
      fileFormula: expect.stringContaining(
        `CHOOSE(MATCH(TRIM([@[Scope type]]),{"models","deployment","end-to-end","reporting"},0),${["models", "deployment", "end-to-end", "reporting"].map((t) => scopeFit(t as "models", role)).join(",")})`,
      ),
    });
    expect((beta[8] as { formula: string }).formula).toBe(
      "=OFFER.SCORE([@Scope],[@[Data maturity]],[@Support],[@Growth],OfferWeights)",
    );
    expect((beta[9] as { formula: string }).formula).toBe('=IF([@Score]="","",RANK.EQ([@Score],[Score]))');
    const rec = recommend(
      OFFERS.map((o) => offerRatings(o, role)),
      PLAN.weights,
    );
    OFFERS.forEach((o, i) => {
      const row = t.rows[i + 1];
      expect(value(row[8])).toBe(scoreOffer(offerRatings(o, role), PLAN.weights));
      expect(value(row[9])).toBe(rec.ranked.find((r) => r.index === i)?.rank);
    });
    expect(t.rows[4][0]).toBe('=HYPERLINK("x")'); // text stays text in the layout
    expect(t.createOnly).toBe(true);
  });

  test("an offer with a bad rating has no score or rank, and its Score value says why", () => {
    const bad = offer("Bad", [4, 4, 4, null]);
    const l = buildOffersLayout(PLAN, {
      offers: [offer("Good", [3, 3, 3, 3]), { ...bad, growth: "4e" }, offer("Ranged", [4, "3-5", 2, 2])],
    });
    const rows = block(l, "offers").rows;
    expect(value(rows[2][8])).toBe('Not scored: growth "4e" is not 1 to 5 or a range such as 3-4');
    expect(value(rows[2][9])).toBeNull();
    // The others are scored as if the bad offer were not there; the range at its midpoint, 4.
    // By hand with PLAN's weights 3,2,2,1: 25 * sum w (r - 1) / 8.
    expect(PLAN.weights).toEqual([3, 2, 2, 1]);
    expect(value(rows[1][8])).toBe(50);
    expect(value(rows[3][8])).toBe((25 * (3 * 3 + 2 * 3 + 2 * 1 + 1 * 1)) / 8);
    expect(value(rows[3][9])).toBe(1);
  });

  test("two example rows by default; validation 1-5 or a range, with a message per level", () => {
    const t = block(buildOffersLayout(PLAN), "offers");
    expect(t.rows.length).toBe(1 + EXAMPLE_OFFERS.length);
    expect(EXAMPLE_OFFERS.length).toBe(2);
    const v = t.columns?.[4]?.validation;
    // A custom rule, so that range text ("3 to 4") is accepted as well as 1-5.
    expect(v).toMatchObject({ kind: "custom", formula: RATING_RULE });
    expect(RATING_RULE).toContain(VALIDATION_CELL);
    const lines = v?.prompt?.message.split("\n") ?? [];
    expect(lines).toHaveLength(6);
    expect(lines[5]).toMatch(/range: 3 to 4/);
    expect(t.columns?.[8]?.colorScale).toBeDefined();
    expect(t.columns?.[2]?.validation).toMatchObject({
      kind: "list",
      items: ["models", "deployment", "end-to-end", "reporting"],
    });
  });

  test("a different weights name flows into the Score formula", () => {
    const t = block(buildOffersLayout(PLAN, { weightsName: "OfferWeights2" }), "offers");
    expect((t.rows[1][8] as { formula: string }).formula).toContain(",OfferWeights2)");
  });
});

describe("Assumptions", () => {
  test("the weights, their share, the rubric, the scope-fit table and the answers", () => {
    const l = buildAssumptionsLayout(PLAN);
    const w = block(l, "weights");
    expect(w.rows[1]).toEqual(["Weight (as set)", ...PLAN.weights]);
    const total = PLAN.weights.reduce((a, b) => a + b, 0);
    expect(block(l, "weightShares").rows[0].slice(1).map(value)).toEqual(PLAN.weights.map((x) => x / total));
    expect(l.names).toEqual([
      expect.objectContaining({ name: "OfferWeights", block: "weights", row: 1, col: 1, rows: 1, cols: 4 }),
    ]);
    const fit = block(l, "scopeFit");
    expect(fit.rows[2].slice(2)).toEqual([
      scopeFit("deployment", "DS"),
      scopeFit("deployment", "MLE"),
      scopeFit("deployment", "Hybrid"),
    ]);
    const quiz = block(l, "quiz");
    expect(quiz.rows.slice(1).map((r) => r[3])).toEqual(PLAN.answers);
    expect(block(l, "rubric").rows).toHaveLength(5);
    expect(block(l, "quizResult").rows[0][1]).toBe(quizResult(PLAN.answers).lean);
  });
});

describe("Recommendation", () => {
  test("ranked table, contributions, deciding criterion, close call and tipping are recommend()'s", () => {
    const l = buildRecommendationLayout(PLAN, OFFERS);
    const ev = evaluate(PLAN, OFFERS);
    const rec = recommend(ev.ratings, PLAN.weights);
    const ranking = block(l, "ranking");
    expect(ranking.table?.name).toBe("OfferRanking");
    rec.ranked.forEach((r, i) => {
      const row = ranking.rows[i + 1];
      expect(row[0]).toBe(r.rank);
      expect(row[1]).toBe(OFFERS[r.index].company);
      expect(row[3]).toBe(r.score);
      expect(row.slice(8, 12)).toEqual(explainOffer(ev.ratings[r.index], PLAN.weights));
      expect(row[6]).toBe(`${ev.ratings[r.index].filter((x) => x !== null).length} of 4`);
    });
    expect(String(ranking.rows[1][12])).toContain(rec.deciding ? rec.deciding.points.toFixed(1) : "");
    const tip = tipping(ev.ratings, PLAN.weights);
    const t = block(l, "tipping");
    CRITERIA.forEach((_, k) => {
      expect(t.rows[k + 1][1]).toBe(tip.rows[k].currentShare);
      expect(t.rows[k + 1][2]).toBe(tip.rows[k].lowerShare);
      expect(t.rows[k + 1][4]).toBe(tip.rows[k].higherShare);
    });
    expect(l.charts[0]).toMatchObject({
      block: "chartData",
      categoryColumn: 0,
      series: [
        { name: "Lowest", column: 1 },
        { name: "Score", column: 2 },
        { name: "Highest", column: 3 },
      ],
      points: rec.ranked.length,
    });
    expect(block(l, "verdict").rows[0][0]).toBe(verdictText(ev));
  });

  test("close call is flagged on the top two when one rating step would let the runner-up pass", () => {
    const offers = [offer("A", [4, 4, 4, 4]), offer("B", [4, 4, 4, 3.8]), offer("C", [1, 1, 1, 1])];
    const l = buildRecommendationLayout(PLAN, offers);
    const r = block(l, "ranking").rows;
    expect([r[1][7], r[2][7], r[3][7]]).toEqual(["Yes", "Yes", ""]);
    expect(verdictText(evaluate(PLAN, offers))).toMatch(/close call/);
  });

  test("verdict in plain words: leader, why, what would flip it", () => {
    const offers = [offer("A", [5, 4, 4, 4]), offer("B", [2, 3, 4, 4])];
    const text = verdictText(evaluate(PLAN, offers));
    // The verdict opens with how sure it is (no ranges: the order is certain), then who leads.
    expect(text).toMatch(/(^|\. )A \(T\) leads with/);
    expect(text).toMatch(/What sets it apart is scope/);
    expect(text).toMatch(
      /share of the weight (fell|rose) to about [\d.]+% \(a [a-z ]+ weight of about [\d.]+ instead of [\d.]+\)|No change to the weight of a single criterion/,
    );
  });

  test("no offers, one offer, ties", () => {
    expect(verdictText(evaluate(PLAN, []))).toMatch(/No offer can be scored yet/);
    expect(verdictText(evaluate(PLAN, [offer("Solo", [3, 3, 3, 3])]))).toMatch(/only offer/);
    expect(verdictText(evaluate(PLAN, [offer("A", [3, 3, 3, 3]), offer("B", [3, 3, 3, 3])]))).toMatch(/tied/);
    const l = buildRecommendationLayout(PLAN, []);
    expect(block(l, "ranking").rows).toHaveLength(2);
    expect(l.charts).toEqual([]);
  });

  test("a quiz without answers on both sides falls back to Hybrid and says so", () => {
    const plan = { ...PLAN, answers: [null, null, null, null, 5, 5, null, null] };
    const l = buildRecommendationLayout(plan, OFFERS);
    expect(String(block(l, "role").rows[1][1])).toMatch(/Hybrid \(default/);
  });
});

describe("Roadmap", () => {
  test("dates, focus, skills to stress and proof are roadmap()'s and skillsToStress()'s", () => {
    const role = quizResult(PLAN.answers).role;
    const phases = roadmap(role, { startSerial: PLAN.startSerial, hoursPerWeek: PLAN.hoursPerWeek });
    const stress = skillsToStress(role, PLAN.skills);
    const t = block(buildRoadmapLayout(PLAN, { done: [true] }), "roadmap");
    expect(t.table?.name).toBe("OfferRoadmap");
    phases.forEach((p, i) => {
      const row = t.rows[i + 1];
      expect(row.slice(0, 6)).toEqual([p.phase, p.weeks, p.startSerial, p.endSerial, p.focus, p.topics]);
      expect(row[7]).toBe(p.proof);
      expect(row[8]).toBe(i === 0);
      if (stress[i].length === 0) expect(row[6]).toMatch(/None flagged/);
    });
    expect(t.columns?.[2]?.numberFormat).toBe("yyyy-mm-dd");
    expect(t.columns?.[8]?.validation).toMatchObject({ kind: "list", items: ["TRUE", "FALSE"] });
  });

  test("pace changes the phase length", () => {
    const t = block(buildRoadmapLayout({ ...PLAN, hoursPerWeek: 5, startSerial: null }), "roadmap");
    expect(t.rows[1][1]).toBe("1-6");
    expect(t.rows[1][2]).toBeNull();
  });
});

describe("reading the Offers table back", () => {
  test("maps columns by header, skips blank rows, reports bad cells by row and column", () => {
    const header = [
      "Company",
      "Title",
      "Scope type",
      "Scope",
      "Data maturity",
      "Support",
      "Growth",
      "Notes",
      "Score",
      "Rank",
    ];
    const body = [
      ["A", "DS", "models", "#NAME?", 4, 3, "2", "", "", ""],
      ["", "", "", "", "", "", "", "", "", ""],
      ["B", "MLE", "", 4.5, 7, "x", 3, "n", 50, 1],
    ];
    const r = readOffersTable(header, body);
    expect(r.offers).toHaveLength(2);
    expect(r.offers[0]).toMatchObject({ company: "A", scope: null, dataMaturity: 4, support: 3, growth: 2 });
    expect(r.offers[1]).toMatchObject({ scope: 4.5, dataMaturity: null, support: null, growth: 3 });
    expect(r.issues.map((i) => [i.row, i.column])).toEqual([
      [3, "Data maturity"],
      [3, "Support"],
    ]);
    expect(readOffersTable(["Company"], []).missingColumns).toContain("Growth");
  });
});

describe("helpers", () => {
  test("fitMessage keeps every line and the limit", () => {
    const m = fitMessage(["a".repeat(100), "b".repeat(100), "c".repeat(100)], 255);
    expect(m.length).toBeLessThanOrEqual(255);
    expect(m.split("\n")).toHaveLength(3);
  });
  test("subtractRects leaves exactly the uncovered cells", () => {
    const a = { row: 0, col: 0, rows: 10, cols: 5 };
    const pieces = subtractRects(a, [{ row: 2, col: 1, rows: 3, cols: 2 }]);
    expect(pieces.reduce((n, p) => n + p.rows * p.cols, 0)).toBe(50 - 6);
    expect(subtractRects(a, [a])).toEqual([]);
  });
});

describe("formats, alignment and widths: the sheets read cleanly in any spreadsheet", () => {
  const layouts = buildWorkbookLayouts(PLAN, OFFERS);
  const byKey = (k: string): SheetLayout => layouts.find((l) => l.key === k)!;
  const fmt = (l: SheetLayout, key: string, j: number) => block(l, key).columns?.[j];

  test("shares are percentages; weights that sum to 1 too, others as they are", () => {
    const a = byKey("assumptions");
    for (let j = 1; j <= 4; j++) expect(fmt(a, "weightShares", j)?.numberFormat).toBe("0.0%");
    // PLAN's weights (3, 2, 2, 1) do not sum to 1: shown as typed.
    expect(fmt(a, "weights", 1)?.numberFormat).toBe("General");
    const normalized = buildAssumptionsLayout({
      ...PLAN,
      weights: [0.301372002077722, 0.2, 0.198627997922278, 0.3],
    });
    // Weights that sum to 1 are still raw weights, not shares: never shown as percentages.
    for (let j = 1; j <= 4; j++) expect(fmt(normalized, "weights", j)?.numberFormat).toBe("0.00");
    const r = byKey("recommendation");
    for (const j of [1, 2, 4]) expect(fmt(r, "tipping", j)?.numberFormat).toBe("0.0%");
    expect(fmt(r, "ranking", 5)?.numberFormat).toBe("0%");
  });

  test("scores and points 0.0, lean signed with its side, dates yyyy-mm-dd", () => {
    const r = byKey("recommendation");
    for (const j of [3, 8, 9, 10, 11]) expect(fmt(r, "ranking", j)?.numberFormat).toBe("0.0");
    expect(fmt(byKey("offers"), "offers", 8)?.numberFormat).toBe("0.0");
    expect(fmt(r, "role", 1)?.numberFormat).toMatch(/^\+0\.00.*;-0\.00.*;0\.00/);
    expect(fmt(byKey("assumptions"), "quizResult", 1)?.numberFormat).toBe(fmt(r, "role", 1)?.numberFormat);
    expect(fmt(byKey("roadmap"), "roadmap", 2)?.numberFormat).toBe("yyyy-mm-dd");
    expect(fmt(byKey("roadmap"), "roadmap", 3)?.numberFormat).toBe("yyyy-mm-dd");
  });

  test("numbers next to text are centred: Phase and Weeks, ratings, ranks", () => {
    const rm = byKey("roadmap");
    expect(fmt(rm, "roadmap", 0)?.align).toBe("center");
    expect(fmt(rm, "roadmap", 1)?.align).toBe("center");
    for (const j of [3, 4, 5, 6, 8, 9]) expect(fmt(byKey("offers"), "offers", j)?.align).toBe("center");
    expect(fmt(byKey("recommendation"), "ranking", 0)?.align).toBe("center");
  });

  test("every table with a wrapped column is top-aligned", () => {
    for (const l of layouts)
      for (const b of l.blocks)
        if (b.style === "grid" && b.columns?.some((c) => c?.wrap))
          expect({ at: `${l.key}.${b.key}`, v: b.verticalAlign }).toEqual({
            at: `${l.key}.${b.key}`,
            v: "top",
          });
  });

  test("every header fits its column or wraps; every row label fits", () => {
    for (const l of layouts)
      for (const b of l.blocks) {
        const headerRows = b.table ? 1 : b.headerRows;
        const labels: [string, number][] = [];
        for (let i = 0; i < headerRows; i++) b.rows[i].forEach((h, j) => labels.push([String(h ?? ""), j]));
        if (b.style === "keyValue") b.rows.forEach((r) => labels.push([String(r[0] ?? ""), 0]));
        for (const [text, j] of labels) {
          const width = l.columnWidths[b.col + j] ?? 8.43;
          // Bold text is about 10% wider than the width's characters.
          const fits = text.length * 1.1 <= width;
          const wraps =
            !!b.wrapHeader && b.style !== "keyValue" && text.split(" ").every((w) => w.length * 1.1 <= width);
          expect({ at: `${l.key}.${b.key}: "${text}"`, ok: fits || wraps }).toEqual({
            at: `${l.key}.${b.key}: "${text}"`,
            ok: true,
          });
        }
      }
  });

  test("long notes and the verdict are merged across the table width and wrap", () => {
    const o = byKey("offers");
    expect(block(o, "intro")).toMatchObject({ mergeColumns: 10 });
    expect(block(o, "intro").rowHeight).toBeGreaterThanOrEqual(30);
    const r = byKey("recommendation");
    expect(block(r, "verdict")).toMatchObject({ mergeColumns: 13 });
  });

  test("the chart sits below the ranking, clear of every block", () => {
    for (const n of [1, 4, 12, 30]) {
      const offers = Array.from({ length: n }, (_, i) => offer(`Offer ${i}`, [3, 4, (i % 5) + 1, 2]));
      const r = buildRecommendationLayout(PLAN, offers);
      const ranking = block(r, "ranking");
      const c = r.charts[0];
      expect(c.row).toBe(ranking.row + ranking.rows.length + 1);
      expect(c.col).toBe(4);
      // Its numbers sit beside it, from column A.
      expect(block(r, "chartData")).toMatchObject({ row: c.row, col: 0 });
      const rect = { row: c.row, col: c.col, rows: c.rowSpan, cols: c.colSpan };
      for (const b of r.blocks) expect(overlaps(blockRect(b), rect)).toBe(false);
    }
  });
});
