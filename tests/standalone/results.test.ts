/**
 * The page's results as words and cells (no DOM here; tests/browser checks the rendered page): the
 * tipping table in both directions with the slider value each share means, and the borderline role.
 */
import { CHECKLIST } from "../../src/content";
import { quizResult, ROLE_NAMES, tipping, type OfferRatings, type Rating } from "../../src/scoring";
import {
  chancePct,
  pagePlan,
  rangeText,
  RANKED_HEADERS,
  shareCell,
  TIPPING_HEADERS,
  tippingCells,
} from "../../src/standalone/results";
import { borderlineSentence, quizView } from "../../src/ui/quiz";
import { defaultState, toPlanInput, type PersonState } from "../../src/ui/state";
import { evaluate } from "../../src/workbook/inputs";
import { offer } from "../fixtures";

const names = ["L", "R1", "R2", "R3"];
const name = (i: number): string => names[i];

function sliders(v: [number, number, number, number]): PersonState {
  const s = defaultState();
  s.weights.sliders = v;
  return s;
}

/** Scope's share of the weight when its slider is w and the others stay as in `s`. */
function shareOf(s: PersonState, k: number, w: number): number {
  const others = s.weights.sliders.reduce((a, b, j) => (j === k ? a : a + b), 0);
  return w / (w + others);
}

describe("tipping table on the page", () => {
  test("the header is exactly the one the issue asks for", () => {
    expect(TIPPING_HEADERS.join(" | ")).toBe(
      "Criterion | Share now | Lower share | Leader below | Higher share | Leader above",
    );
  });

  test("L/R1/R2: scope lower 10% (R1 leads below), higher 40% (R2 leads above), with slider values", () => {
    const offers: OfferRatings[] = [
      [3, 3, 3, 3],
      [1, 29 / 9, 29 / 9, 29 / 9],
      [5, 5 / 3, 5 / 3, 5 / 3],
    ];
    const state = sliders([25, 25, 25, 25]);
    const cells = tippingCells(state, tipping(offers, [25, 25, 25, 25]).rows, name);
    expect(cells[0]).toEqual([
      "Scope",
      "25%",
      "10% (scope slider 8.3 instead of 25)",
      "R1",
      "40% (scope slider 50 instead of 25)",
      "R2",
    ]);
    // The slider values said give those shares back (to the rounding said).
    expect(shareOf(state, 0, 8.3)).toBeCloseTo(0.1, 3);
    expect(shareOf(state, 0, 50)).toBe(0.4);
  });

  test("North/South tied at 40/20/20/20: scope just under today's favours North, just over South", () => {
    // By hand: both 90; more scope weight favours South (scope 5), less favours North (scope 4).
    const offers: OfferRatings[] = [
      [4, 5, 5, 5],
      [5, 5, 4, 4],
    ];
    const names = (i: number): string => ["North", "South"][i];
    const cells = tippingCells(sliders([40, 20, 20, 20]), tipping(offers, [40, 20, 20, 20]).rows, names);
    expect(cells[0]).toEqual([
      "Scope",
      "40%",
      "40% (scope just under today's)",
      "North",
      "40% (scope just over today's)",
      "South",
    ]);
  });

  test("X/Y and A/B (the runner-up can only tie): none in every row, both ways", () => {
    for (const offers of [
      [
        [4, 4, 4, 4],
        [4, 4, 4, 3],
      ],
      [
        [5, 3, 3, 3],
        [5, 1, 1, 1],
      ],
    ] as OfferRatings[][]) {
      const cells = tippingCells(sliders([25, 25, 25, 25]), tipping(offers, [1, 1, 1, 1]).rows, name);
      for (const row of cells) expect(row.slice(2)).toEqual(["", "none", "", "none"]);
    }
  });

  test("uneven sliders: the slider value keeps the others as they are", () => {
    const state = sliders([40, 20, 20, 20]);
    // 6/11 of the weight on scope with the others at 60: 6/11 / (5/11) * 60 = 72.
    expect(shareCell(state, 0, 6 / 11)).toBe("54.5% (scope slider 72 instead of 40)");
    expect(shareOf(state, 0, 72)).toBeCloseTo(6 / 11, 12);
  });

  test("pairwise weights, or a share of the whole weight: the share alone", () => {
    const ahp = defaultState();
    ahp.weights.mode = "ahp";
    expect(shareCell(ahp, 1, 0.3)).toBe("30%");
    expect(shareCell(sliders([0, 0, 50, 0]), 2, 0.5)).toBe("50%");
    expect(shareCell(sliders([25, 25, 25, 25]), 0, null)).toBe("");
  });
});

describe("borderline role", () => {
  const step = (answers: Rating[], item: number, to: number): Rating[] =>
    answers.map((a, j) => (j === item ? to : a));

  test("the issue's case: lean -0.125 is borderline; the move said gives the role said", () => {
    const answers: Rating[] = [4, 4, 3, 3, 3, 3, 3, 3];
    const v = quizView(answers);
    expect(v.kind).toBe("result");
    if (v.kind !== "result") return;
    expect(v.role).toBe("DS");
    expect(v.borderline.length).toBeGreaterThan(0);
    for (const sentence of v.borderline) {
      const m =
        /^Your role is borderline: answering (\d) instead of (\d) to statement (\d) \("([^"]+)"\) would make it (.+)\.$/.exec(
          sentence,
        );
      expect(m).not.toBeNull();
      if (!m) continue;
      const [, to, from, stmt, short, roleName] = m;
      const item = Number(stmt) - 1;
      expect(answers[item]).toBe(Number(from));
      expect(Math.abs(Number(to) - Number(from))).toBe(1);
      expect(CHECKLIST[item].short).toBe(short);
      expect(ROLE_NAMES[quizResult(step(answers, item, Number(to))).role]).toBe(roleName);
      expect(roleName).not.toBe(ROLE_NAMES.DS);
    }
  });

  test("a clear lean is not borderline: no single step changes the role", () => {
    const answers: Rating[] = [5, 5, 5, 5, 1, 1, 1, 1];
    const v = quizView(answers);
    expect(v.kind === "result" && v.borderline).toEqual([]);
    // Independently: no one-step move of any answer changes the role.
    answers.forEach((a, i) => {
      for (const to of [(a as number) - 1, (a as number) + 1]) {
        if (to < 1 || to > 5) continue;
        expect(quizResult(step(answers, i, to)).role).toBe("DS");
      }
    });
  });

  test("the page's addition about the leader follows the role sentence", () => {
    expect(
      borderlineSentence({ role: "Hybrid", move: { item: 1, from: 4, to: 3 } }, ", and X would lead"),
    ).toBe(
      `Your role is borderline: answering 3 instead of 4 to statement 2 ("${CHECKLIST[1].short}") would make it ${ROLE_NAMES.Hybrid}, and X would lead.`,
    );
  });
});

describe("ranked table cells", () => {
  test("chance first: whole percent, never 0% or 100% for a chance that is neither", () => {
    expect(chancePct(null)).toBe("");
    expect(chancePct(0)).toBe("0%");
    expect(chancePct(1)).toBe("100%");
    expect(chancePct(0.8349)).toBe("83%");
    expect(chancePct(0.0001)).toBe("<1%");
    expect(chancePct(0.9999)).toBe(">99%");
    expect(chancePct(0.005)).toBe("1%");
  });
  test("score range: lowest to highest, one number for a point", () => {
    expect(rangeText(null)).toBe("");
    expect(rangeText([62.5, 87.5])).toBe("62.5 to 87.5");
    expect(rangeText([75, 75])).toBe("75.0");
  });
  test("the headers name Rated, Score range, Chance first and Close call", () => {
    expect(RANKED_HEADERS).toEqual(
      expect.arrayContaining(["Rated", "Score range", "Chance first", "Close call"]),
    );
  });
});

describe("the page's plan", () => {
  test("slider positions as weights: the same scores, shares and chances as the normalised weights", () => {
    const state = sliders([40, 10, 30, 20]);
    state.answers = [2, 1, 2, 2, 5, 4, 5, 5];
    const offers = [
      offer("A", [3, null, 2, 4], { dataMaturity: "3-5" }),
      offer("B", [4, 3, null, 3], { support: "2 to 4" }),
      offer("C", [null, 4, 4, 2], { scopeType: "models" }),
    ];
    const raw = evaluate(pagePlan(state), offers);
    const norm = evaluate(toPlanInput(state), offers);
    expect(raw.weights).toEqual([40, 10, 30, 20]);
    expect(raw.recommendation.ranked.map((r) => [r.index, r.score, r.rank])).toEqual(
      norm.recommendation.ranked.map((r) => [r.index, r.score, r.rank]),
    );
    expect(raw.scoreRanges).toEqual(norm.scoreRanges);
    (raw.chances ?? []).forEach((p, i) => expect(p).toBeCloseTo(norm.chances?.[i] as number, 3));
    const ahp = defaultState();
    ahp.weights.mode = "ahp";
    expect(pagePlan(ahp).weights).toEqual(toPlanInput(ahp).weights);
  });
});

describe("a share past the slider's end", () => {
  test("said as this slider at 100 and the others scaled down, which gives the same share", () => {
    const state = sliders([25, 25, 25, 25]);
    // 11/17 of the weight on data maturity: 137.5 with the others at 25 each, past 100.
    const t = 11 / 17;
    const cell = shareCell(state, 1, t);
    const m = /^64\.7% \(data maturity slider 100 with the other sliders at (\d+)% of theirs\)$/.exec(cell);
    expect(m).not.toBeNull();
    const f = Number(m?.[1]) / 100;
    // Independently: 100 / (100 + f * 75) is the share, to the rounding of f.
    expect(100 / (100 + f * 75)).toBeCloseTo(t, 2);
  });
});
