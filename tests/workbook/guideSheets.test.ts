/**
 * The guide on the sheets (issue 13): the Recommendation's two roles side by side under "Your role"
 * with the hybrid-first advice where it applies; the Roadmap's "Start now" line (its weeks checked
 * against a brute-force count of hours), the mistakes at the phase where each bites with Done ticks
 * that a rewrite keeps, proof to show; and the Office writer keeping ticks and rebuilding a table
 * that an earlier layout left elsewhere.
 */
import { CHECKLIST, COMPARISON, MISTAKES, PROOF_TO_SHOW, RUBRIC } from "../../src/content";
import {
  borderlineRole,
  DomainError,
  MAX_HOURS_PER_WEEK,
  MIN_HOURS_PER_WEEK,
  phaseLengthWeeks,
  type Rating,
  roadmap,
  type Role,
  startProjectWeeks,
} from "../../src/scoring";
import {
  blockRect,
  buildOffersLayout,
  buildRecommendationLayout,
  buildRoadmapLayout,
  type Cell,
  MISTAKES_HEADERS,
  overlaps,
  readMistakeTicks,
  RECOMMENDATION_ROWS,
  type SheetLayout,
  setUpOffersSheet,
  writeRecommendation,
  writeRoadmap,
} from "../../src/workbook";
import { evenPlan, offer } from "../fixtures";
import { fillOffers, newFake, offerRows, PLAN, writerOpts } from "./helpers";

function block(l: SheetLayout, key: string) {
  const b = l.blocks.find((x) => x.key === key);
  if (!b) throw new Error(`no block ${key}`);
  return b;
}
const text = (l: SheetLayout): string =>
  l.blocks
    .flatMap((b) => b.rows.flat())
    .filter((c): c is string => typeof c === "string")
    .join("\n");

const DS_CLEAR: Rating[] = [5, 5, 5, 5, 1, 1, 1, 1];
const MLE_CLEAR: Rating[] = [1, 1, 1, 1, 5, 5, 5, 5];
const HYBRID: Rating[] = [3, 3, 3, 3, 3, 3, 3, 3];
/** Lean -0.125: Data Scientist, and answering 4 instead of 5 to statement 1 makes it Hybrid. */
const DS_BORDERLINE: Rating[] = [5, 3, 3, 3, 3, 3, 3, 3];
const NONE: Rating[] = CHECKLIST.map(() => null);
const OFFERS = [offer("Alpha", [4, 3, 5, 2]), offer("Beta", [2, 4, 2, 5])];

describe("the first project's weeks: paced like the phases", () => {
  /** The fewest whole weeks that hold `hours` of work at h hours a week, by counting. */
  const weeksFor = (hours: number, h: number): number => {
    let w = 1;
    while (w * h < hours) w++;
    return w;
  };
  test("20 to 30 hours of work (2-3 weeks at 10 hours a week), for every pace from 1 to 80 and between", () => {
    expect(startProjectWeeks(10)).toEqual([2, 3]);
    const paces = [...Array.from({ length: 80 }, (_, i) => i + 1), 1.5, 2.5, 6.5, 7.5, 12.5, 33.3, 79.9];
    for (const h of paces) {
      expect({ h, weeks: startProjectWeeks(h) }).toEqual({ h, weeks: [weeksFor(20, h), weeksFor(30, h)] });
      // Never longer than a phase: the most is exactly a phase's length.
      expect(startProjectWeeks(h)[1]).toBe(phaseLengthWeeks(h));
    }
  });
  test("a pace outside 1-80 is refused with the same message as the roadmap's", () => {
    for (const bad of [0, MIN_HOURS_PER_WEEK - 0.5, MAX_HOURS_PER_WEEK + 1, Number.NaN]) {
      expect(() => startProjectWeeks(bad)).toThrow(DomainError);
      expect(() => startProjectWeeks(bad)).toThrow(/hours_per_week: expected a number of hours from 1 to 80/);
    }
  });
});

describe("Recommendation: the two roles under Your role", () => {
  test.each([
    ["DS", DS_CLEAR, "Data Scientist (your role)", "Machine Learning Engineer", "DS", "MLE"],
    ["MLE", MLE_CLEAR, "Machine Learning Engineer (your role)", "Data Scientist", "MLE", "DS"],
    ["Hybrid", HYBRID, "Data Scientist (first, for Hybrid)", "Machine Learning Engineer (then)", "DS", "MLE"],
  ] as const)("%s: the five rows, the person's side first", (_, answers, first, second, a, b) => {
    const l = buildRecommendationLayout(evenPlan(answers), OFFERS);
    const c = block(l, "compare");
    expect(c.row).toBe(RECOMMENDATION_ROWS.compare);
    expect(c.rows[0]).toEqual(["Aspect", first, second]);
    expect(c.rows.slice(1)).toEqual(COMPARISON.map((r) => [r.label, r[a], r[b]]));
    // Under the role card, above the tipping table, overlapping nothing.
    const role = blockRect(block(l, "role"));
    expect(c.row).toBeGreaterThan(role.row + role.rows - 1);
    for (const other of l.blocks.filter((x) => x.key !== "compare"))
      expect({ key: other.key, overlaps: overlaps(blockRect(c), blockRect(other)) }).toEqual({
        key: other.key,
        overlaps: false,
      });
    expect(block(l, "tipping").row).toBe(RECOMMENDATION_ROWS.tipping);
    expect(block(l, "ranking").row).toBe(RECOMMENDATION_ROWS.ranking);
  });

  test("the hybrid-first advice: for Hybrid, for a borderline role, for the default; not for a clear lean", () => {
    expect(borderlineRole(DS_BORDERLINE).map((n) => n.role)).toEqual(["Hybrid"]);
    expect(borderlineRole(DS_CLEAR)).toEqual([]);
    const advice = (answers: Rating[]): string | null => {
      const l = buildRecommendationLayout(evenPlan(answers), OFFERS);
      const b = l.blocks.find((x) => x.key === "advice");
      if (!b) return null;
      expect(b.row).toBe(RECOMMENDATION_ROWS.compare + 1 + COMPARISON.length);
      for (const other of l.blocks.filter((x) => x.key !== "advice"))
        expect(overlaps(blockRect(b), blockRect(other))).toBe(false);
      return String(b.rows[0][0]);
    };
    const route =
      /learn the Data Scientist fundamentals first \(SQL, Python, statistics\), then move on to MLOps and deployment/;
    expect(advice(HYBRID)).toMatch(route);
    expect(advice(HYBRID)).toMatch(/early in a career is normal/);
    expect(advice(DS_BORDERLINE)).toMatch(route);
    expect(advice(DS_BORDERLINE)).toMatch(/one step from another role/);
    expect(advice(NONE)).toMatch(/^Until the quiz gives a lean, the plan is the Hybrid one\./);
    expect(advice(DS_CLEAR)).toBeNull();
    expect(advice(MLE_CLEAR)).toBeNull();
  });
});

describe("Roadmap: Start now, mistakes at their phase, proof to show", () => {
  const planFor = (answers: Rating[], hoursPerWeek = 10) => ({ ...PLAN, answers, hoursPerWeek });

  test.each([
    [10, "2-3 weeks"],
    [5, "4-6 weeks"],
    [6, "4-5 weeks"],
    [20, "1-2 weeks"],
    [80, "1 week"],
  ])("at %i hours a week the first project takes %s, alongside phase 1, above it", (hours, weeks) => {
    const l = buildRoadmapLayout({ ...planFor(DS_CLEAR, hours), startSerial: null });
    const start = block(l, "startNow");
    expect(start.rows[0][0]).toBe(
      `Start now, alongside phase 1: one small proof-of-skill project, finished end to end in your first ${weeks} at ${hours} hours a week, then a second one that shows breadth.`,
    );
    expect(start.row).toBeLessThan(block(l, "roadmap").row);
  });

  // Excel's day 0 is 1899-12-30 for every serial after 1900-02-28 (Excel's phantom 1900-02-29 aside).
  const iso = (serial: number): string =>
    new Date(Date.UTC(1899, 11, 30) + serial * 86400000).toISOString().slice(0, 10);

  test("dated: from the start date to start + 7 * ceil(30 / hours) - 1, within phase 1", () => {
    const starts = [46391 /* 2027-01-04 */, 45658.75 /* 2025-01-01 18:00 */, 61];
    for (const startSerial of starts) {
      for (let hours = 1; hours <= 80; hours++) {
        const l = buildRoadmapLayout({ ...planFor(DS_CLEAR, hours), startSerial });
        const text = block(l, "startNow").rows[0][0] as string;
        const day = Math.floor(startSerial);
        const most = Math.ceil(30 / hours);
        const fewest = Math.ceil(20 / hours);
        const end = day + 7 * most - 1;
        const latest = fewest === most ? "" : " at the latest";
        expect(text).toContain(`(${iso(day)} to ${iso(end)}${latest})`);
        expect(text.startsWith("Start now, alongside phase 1: ")).toBe(true);
        // Phase 1 starts the same day and ends no earlier: the project fits inside it.
        const phase1 = roadmap("DS", { startSerial, hoursPerWeek: hours })[0];
        expect(phase1.startSerial).toBe(day);
        expect(phase1.endSerial as number).toBeGreaterThanOrEqual(end);
      }
    }
    // The trial's plan: 2027-01-04 at 10 hours a week.
    expect(
      block(buildRoadmapLayout({ ...planFor(DS_CLEAR, 10), startSerial: 46391 }), "startNow").rows[0][0],
    ).toContain("in your first 2-3 weeks at 10 hours a week (2027-01-04 to 2027-01-24 at the latest), then");
  });

  test.each(["DS", "MLE", "Hybrid"] as Role[])(
    "%s: the mistakes its plan places, each with its phase's weeks and dates",
    (role) => {
      const answers = role === "DS" ? DS_CLEAR : role === "MLE" ? MLE_CLEAR : HYBRID;
      const l = buildRoadmapLayout(planFor(answers));
      const phases = roadmap(role, { startSerial: PLAN.startSerial, hoursPerWeek: 10 });
      const m = block(l, "mistakes");
      expect(m.rows[0]).toEqual([...MISTAKES_HEADERS]);
      expect(m.table?.name).toBe("OfferMistakes");
      const body = m.rows.slice(1);
      // Ignoring deployment is the guide's mistake for ML Engineers; skipping SQL is everyone's, and
      // the ML Engineer plan, which has no SQL phase, lists it for the whole plan.
      const expected = {
        DS: ["sql", "library", "toy", "story"],
        MLE: ["sql", "library", "toy", "deployment", "story"],
        Hybrid: ["sql", "library", "toy", "deployment", "story"],
      }[role];
      expect(body.map((r) => r[4]).sort()).toEqual(
        MISTAKES.filter((x) => expected.includes(x.id))
          .map((x) => x.mistake)
          .sort(),
      );
      for (const row of body) {
        const mistake = MISTAKES.find((x) => x.mistake === row[4]);
        const at = mistake?.phase[role];
        const [first, last] = [phases[0], phases[phases.length - 1]];
        const p =
          at === "all"
            ? {
                phase: "All",
                weeks: `${first.weekFrom}-${last.weekTo}`,
                startSerial: first.startSerial,
                endSerial: last.endSerial,
              }
            : phases[Number(at ?? 0) - 1];
        expect(row).toEqual([
          p.phase,
          p.weeks,
          p.startSerial,
          p.endSerial,
          mistake?.mistake,
          mistake?.instead,
          false,
        ]);
      }
      // In the order of the phases, so the list reads with the plan.
      const order = body.map((r) => (r[0] === "All" ? 0 : (r[0] as number)));
      expect(order).toEqual([...order].sort((x, y) => x - y));
      // The Done column is a TRUE/FALSE drop-down, as the phases' is.
      expect(m.columns?.[6]?.validation).toMatchObject({ kind: "list", items: ["TRUE", "FALSE"] });
      // Proof to show: the role's own (Hybrid: both), then the credentials.
      const all = text(l);
      expect(all).toContain("Proof to show");
      for (const side of ["DS", "MLE"] as const) {
        const shown = role === "Hybrid" || role === side;
        expect(all.includes(PROOF_TO_SHOW[side])).toBe(shown);
      }
      expect(all).toMatch(/Credentials: A master's degree is not required; proof of skill is\./);
    },
  );

  test("the tables stay where a role change cannot move them (Excel cannot move a header row)", () => {
    const at = (answers: Rating[], key: string) => block(buildRoadmapLayout(planFor(answers)), key).row;
    for (const key of ["roadmap", "mistakes"])
      expect(new Set([DS_CLEAR, MLE_CLEAR, HYBRID, NONE].map((a) => at(a, key))).size).toBe(1);
    expect(at(DS_CLEAR, "roadmap")).toBe(4); // where earlier versions wrote the phases
  });

  test("mistake ticks: read back by the mistake's text, kept by the layout", () => {
    const l = buildRoadmapLayout(planFor(DS_CLEAR), { mistakesDone: { "Skipping SQL": true } });
    const values = block(l, "mistakes").rows as Cell[][];
    expect(
      values
        .slice(1)
        .filter((r) => r[6] === true)
        .map((r) => r[4]),
    ).toEqual(["Skipping SQL"]);
    // The person typed TRUE as text in another row; a row without a mistake's text is ignored.
    const typed = values.map((r, i) => (i === 3 ? [...r.slice(0, 6), "true"] : r));
    expect(readMistakeTicks([...typed, [null, null, null, null, null, null, true]])).toEqual({
      "Skipping SQL": true,
      [String(values[3][4])]: true,
    });
    expect(readMistakeTicks(undefined)).toEqual({});
    expect(
      readMistakeTicks([
        ["Phase", "Mistake", "Done"],
        [1, "Skipping SQL", true],
      ]),
    ).toEqual({});
  });
});

test("rating prompts list all five levels whole (Excel's 255-character limit, nothing cut)", () => {
  const offersLayout = buildOffersLayout(PLAN);
  const prompts = offersLayout.blocks
    .flatMap((b) => b.columns ?? [])
    .map((c) => c?.validation?.prompt?.message)
    .filter((m): m is string => typeof m === "string" && m.startsWith("1: "));
  expect(prompts).toHaveLength(4);
  for (const [i, c] of (["scope", "dataMaturity", "support", "growth"] as const).entries()) {
    expect(prompts[i].length).toBeLessThanOrEqual(255);
    expect(prompts[i].split("\n").slice(0, 5)).toEqual(RUBRIC[c].levels.map((l, k) => `${k + 1}: ${l}`));
  }
});

describe("the Office writer", () => {
  test("a rewrite keeps the mistakes' ticks even when a new role moves them to another phase", async () => {
    const fake = newFake();
    const dsPlan = { ...PLAN, answers: DS_CLEAR };
    let r = await writeRoadmap(dsPlan, writerOpts(fake));
    expect(r.syncs).toBeLessThanOrEqual(3);
    const t = fake.helpers.tables().find((x) => x.name === "OfferMistakes");
    // Four mistakes in the Data Scientist plan (no deployment phase).
    expect(t?.address).toBe("A12:G16");
    // Tick "Over-focusing on one library" (phase 3 for a Data Scientist: the second data row).
    expect(fake.helpers.values("Roadmap", "E14")).toEqual([["Over-focusing on one library"]]);
    fake.helpers.setValues("Roadmap", "G14", [["TRUE"]]);
    r = await writeRoadmap({ ...PLAN, answers: MLE_CLEAR }, writerOpts(fake));
    expect(r.syncs).toBeLessThanOrEqual(3);
    expect(r.message).toMatch(/Kept 1 Done tick\./);
    let rows = fake.helpers.values("Roadmap", "A13:G16");
    let library = rows.find((x) => x[4] === "Over-focusing on one library");
    // Phase 1 of the ML Engineer plan, still ticked; no other tick appeared.
    expect(library?.[0]).toBe(1);
    expect(library?.[6]).toBe(true);
    expect(rows.filter((x) => x[6] === true)).toHaveLength(1);
    // Hybrid has all five: the table grows by a row and the tick follows to phase 2.
    r = await writeRoadmap({ ...PLAN, answers: HYBRID }, writerOpts(fake));
    expect(fake.helpers.tables().find((x) => x.name === "OfferMistakes")?.address).toBe("A12:G17");
    rows = fake.helpers.values("Roadmap", "A13:G17");
    library = rows.find((x) => x[4] === "Over-focusing on one library");
    expect(library?.[0]).toBe(2);
    expect(library?.[6]).toBe(true);
    expect(rows.filter((x) => x[6] === true)).toHaveLength(1);
  });

  test("a table an earlier layout left elsewhere is made again in its place, its ticks kept", async () => {
    const fake = newFake();
    // Written twice: the registry then knows the table by its id.
    await writeRoadmap(PLAN, writerOpts(fake));
    await writeRoadmap(PLAN, writerOpts(fake));
    fake.helpers.setValues("Roadmap", "I7", [["TRUE"]]);
    // An earlier version had the phases two rows lower: move the table and its cells there.
    const t = fake.workbook.tables.find((x) => x.name === "OfferRoadmap");
    if (!t) throw new Error("no roadmap table");
    const cells = fake.helpers.values("Roadmap", "A5:I9");
    fake.helpers.setValues(
      "Roadmap",
      "A5:I9",
      cells.map((row) => row.map(() => "")),
    );
    t.rect = { ...t.rect, r0: t.rect.r0 + 2 };
    fake.helpers.setValues("Roadmap", "A7:I11", cells);
    expect(fake.helpers.tables().find((x) => x.name === "OfferRoadmap")?.address).toBe("A7:I11");

    const r = await writeRoadmap(PLAN, writerOpts(fake));
    expect(r.message).toMatch(/Kept 1 Done tick\./);
    const roadmapTables = fake.helpers.tables().filter((x) => x.name.startsWith("OfferRoadmap"));
    expect(roadmapTables.map((x) => [x.name, x.address])).toEqual([["OfferRoadmap", "A5:I9"]]);
    expect(fake.helpers.values("Roadmap", "I6:I9").flat()).toEqual([false, true, false, false]);
    // Nothing of the old place is left: row 10 is the blank row above "Mistakes to avoid".
    expect(
      fake.helpers
        .values("Roadmap", "A10:I10")
        .flat()
        .every((v) => v === ""),
    ).toBe(true);
    expect(fake.helpers.values("Roadmap", "A11")).toEqual([["Mistakes to avoid"]]);
  });

  test("known by name only (written once), a moved table is made again too: no overlap error", async () => {
    const fake = await (async () => {
      const f = newFake();
      await setUpOffersSheet(PLAN, writerOpts(f));
      fillOffers(f, offerRows(3));
      return f;
    })();
    await writeRecommendation(PLAN, writerOpts(fake));
    // The tipping table where an earlier layout had it, nine rows higher.
    const t = fake.workbook.tables.find((x) => x.name === "OfferTipping");
    if (!t) throw new Error("no tipping table");
    const cells = fake.helpers.values("Recommendation", "A26:F30");
    fake.helpers.setValues(
      "Recommendation",
      "A26:F30",
      cells.map((row) => row.map(() => "")),
    );
    t.rect = { ...t.rect, r0: t.rect.r0 - 9 };
    fake.helpers.setValues("Recommendation", "A17:F21", cells);
    const r = await writeRecommendation(PLAN, writerOpts(fake));
    expect(r.blocked).toBeUndefined();
    expect(
      fake.helpers
        .tables()
        .filter((x) => x.sheet === "Recommendation")
        .map((x) => [x.name, x.address]),
    ).toEqual([
      ["OfferRanking", "A34:M37"],
      ["OfferTipping", "A26:F30"],
    ]);
    // Its old rows now hold the comparison: the header of the two roles compared.
    expect(fake.helpers.values("Recommendation", "A16")).toEqual([["Aspect"]]);
  });
});
