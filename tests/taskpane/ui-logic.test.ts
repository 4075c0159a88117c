/** Pure logic behind the taskpane's panels: what they display for a given state. */
import { AHP_PAIRS, ahpWeights, CR_LIMIT } from "../../src/scoring";
import { errorText } from "../../src/taskpane/actions";
import { checkHours, checkStartDate, paceText } from "../../src/ui/plan";
import { quizView } from "../../src/ui/quiz";
import { parseSkillValue, skillOptionLabel } from "../../src/ui/skills";
import { defaultState, loadFrom, toPlanInput, toSaved } from "../../src/ui/state";
import { createStore, localStoragePersistence } from "../../src/ui/store";
import { selectHostMode } from "../../src/taskpane/store";
import { luminance, themeFromBackground } from "../../src/taskpane/theme";
import {
  ahpView,
  judgmentKey,
  judgmentLabel,
  judgmentOption,
  nearestSaaty,
  pairName,
  parseJudgmentKey,
  percentages,
  SAATY_VALUES,
} from "../../src/ui/weights";
import { DomainError } from "../../src/scoring";

describe("quiz view", () => {
  test("no answers: an invitation, not an error", () => {
    const v = quizView([null, null, null, null, null, null, null, null]);
    expect(v).toEqual({ kind: "message", text: expect.stringMatching(/Answer the statements/) });
  });
  test("one side only: the scoring module's message, without the argument prefix", () => {
    const v = quizView([5, null, null, null, null, null, null, null]);
    expect(v.kind).toBe("message");
    if (v.kind === "message") expect(v.text).toMatch(/^[A-Z].*ML Engineer.*5-8.*answered yet/);
  });
  test("partial answers on both sides give a result with drivers", () => {
    const v = quizView([1, null, 2, null, 5, 5, null, 4]);
    expect(v.kind).toBe("result");
    if (v.kind !== "result") return;
    expect(v.role).toBe("MLE");
    expect(v.roleName).toBe("Machine Learning Engineer");
    expect(v.position).toBeGreaterThan(50);
    // One name for the role on the whole card: the role line's, never "ML Engineer" beside it.
    expect(v.summary).toMatch(
      /^Lean \+0\.\d\d: (strongly|clearly|slightly) toward Machine Learning Engineer\.$/,
    );
    expect(v.drivers.length).toBeGreaterThan(0);
    expect(v.driversTitle).toBe("What pushed it most");
    expect([v.summary, ...v.drivers].join(" ").replace(/Machine Learning Engineer/g, "")).not.toContain(
      "ML Engineer",
    );
    expect(v.drivers[0]).toMatch(
      /^([A-Z][^:]+: you answered "(Strongly agree|Agree|Disagree|Strongly disagree)" \(statement \d|Statements [\d, -]+(and \d+)? pull equally toward Machine Learning Engineer: you answered .*)/,
    );
  });
  test("balanced answers: Hybrid", () => {
    const v = quizView([3, 3, 3, 3, 3, 3, 3, 3]);
    expect(v.kind === "result" && v.role).toBe("Hybrid");
    if (v.kind === "result") expect(v.position).toBe(50);
  });
  test("DS lean uses a minus sign", () => {
    const v = quizView([5, 5, 5, 5, 1, 1, 1, 1]);
    expect(v.kind === "result" && v.summary).toBe("Lean \u22121.00: strongly toward Data Scientist.");
  });
});

describe("weights display", () => {
  test("percentages add up to exactly 100", () => {
    expect(percentages([25, 25, 25, 25])).toEqual([25, 25, 25, 25]);
    expect(percentages([1, 1, 1])).toEqual([34, 33, 33]);
    expect(percentages([0, 0, 0, 7])).toEqual([0, 0, 0, 100]);
    expect(percentages([0, 0, 0, 0])).toEqual([0, 0, 0, 0]);
    for (const w of [
      [13, 47, 88, 2],
      [100, 1, 1, 1],
      [33, 33, 33, 1],
    ]) {
      expect(percentages(w).reduce((a, b) => a + b, 0)).toBe(100);
    }
  });
  test("judgment keys round-trip over Saaty's scale", () => {
    for (const v of SAATY_VALUES) expect(parseJudgmentKey(judgmentKey(v))).toBeCloseTo(v, 12);
    expect(judgmentKey(1 / 3)).toBe("1/3");
    expect(parseJudgmentKey("10")).toBeNull();
    expect(parseJudgmentKey("1/0")).toBeNull();
    expect(parseJudgmentKey("x")).toBeNull();
    expect(nearestSaaty(2.9)).toBe(3);
    expect(nearestSaaty(0.34)).toBeCloseTo(1 / 3);
  });
  test("judgment labels in words", () => {
    expect(AHP_PAIRS[0]).toEqual([0, 1]);
    expect(judgmentLabel(0, 3)).toBe("Scope matters 3x more than data maturity");
    expect(judgmentLabel(0, 1 / 5)).toBe("Data maturity matters 5x more than scope");
    expect(judgmentLabel(5, 1)).toBe("Support and growth matter equally");
    expect(pairName(3)).toBe("Data maturity vs support");
    expect(judgmentOption(0, 3)).toBe("Scope matters 3x more");
    expect(judgmentOption(0, 1 / 9)).toBe("Data maturity matters 9x more");
    expect(judgmentOption(2, 1)).toBe("Both matter equally");
  });
  test("consistency: within the limit no warning; above it the judgment to revisit is named", () => {
    const ok = ahpView([1, 1, 1, 1, 1, 1]);
    expect(ok.warning).toBeNull();
    expect(ok.revisit).toBeNull();
    expect(ok.percentages).toEqual([25, 25, 25, 25]);
    expect(ok.crText).toBe("Consistency ratio: 0.00 (within the 0.10 limit).");
    const bad = [9, 1 / 9, 9, 1 / 9, 9, 1 / 9];
    const r = ahpWeights(bad);
    expect(r.cr).toBeGreaterThan(CR_LIMIT);
    const view = ahpView(bad);
    expect(view.revisit).toBe(r.worstJudgment);
    expect(view.warning).toContain(`"${pairName(r.worstJudgment)}"`);
    expect(view.crText).toMatch(/above the 0\.10 limit/);
  });
});

describe("skills and plan", () => {
  test("skill options", () => {
    expect(skillOptionLabel(1)).toBe("1 - Just starting");
    expect(parseSkillValue("")).toBeNull();
    expect(parseSkillValue("4")).toBe(4);
    expect(parseSkillValue("6")).toBeNull();
    expect(parseSkillValue("2.5")).toBeNull();
  });
  test("start date", () => {
    expect(checkStartDate("")).toEqual({ ok: true, value: null });
    expect(checkStartDate("2027-01-04")).toEqual({ ok: true, value: "2027-01-04" });
    expect(checkStartDate("2027-02-30").ok).toBe(false);
    expect(checkStartDate("1899-12-31").ok).toBe(false);
    expect(checkStartDate("04/01/2027").ok).toBe(false);
  });
  test("hours per week", () => {
    expect(checkHours("10")).toEqual({ ok: true, value: 10 });
    expect(checkHours(" 2.5 ")).toEqual({ ok: true, value: 2.5 });
    const zero = checkHours("0");
    expect(zero.ok === false && zero.message).toMatch(/from 1 to 80; 0 is outside/);
    expect(checkHours("").ok).toBe(false);
    expect(checkHours("abc").ok).toBe(false);
    expect(checkHours("81").ok).toBe(false);
    expect(paceText(10)).toBe("Each of the four phases takes 3 weeks: 12 weeks in all.");
    expect(paceText(80)).toBe("Each of the four phases takes 1 week: 4 weeks in all.");
  });
  test("the plan the sheets are built from", () => {
    const s = defaultState();
    s.plan = { startDate: "2027-01-04", hoursPerWeek: 5 };
    s.weights.sliders = [50, 0, 25, 25];
    const p = toPlanInput(s);
    expect(p.startSerial).toBe(46391);
    expect(p.hoursPerWeek).toBe(5);
    expect(p.weights).toEqual([0.5, 0, 0.25, 0.25]);
    expect(toPlanInput(defaultState()).startSerial).toBeNull();
  });
});

describe("store and host", () => {
  test("updates copy the state and notify", () => {
    const first = defaultState();
    const store = createStore(first);
    const seen: number[] = [];
    const off = store.subscribe((s) => seen.push(s.answers[0] ?? 0));
    store.update((s) => {
      s.answers[0] = 4;
    });
    expect(first.answers[0]).toBeNull();
    expect(store.get().answers[0]).toBe(4);
    off();
    store.update((s) => {
      s.answers[0] = 2;
    });
    expect(seen).toEqual([4]);
  });
  test("localStorage persistence round trip; a throwing storage reads as empty", async () => {
    const map = new Map<string, string>();
    const p = localStoragePersistence({
      getItem: (k) => map.get(k) ?? null,
      setItem: (k, v) => void map.set(k, v),
    });
    const s = defaultState();
    s.answers[7] = 5;
    await p.write(toSaved(s) as string);
    expect((await loadFrom(p)).state.answers[7]).toBe(5);
    const broken = localStoragePersistence({
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => undefined,
    });
    const r = await loadFrom(broken);
    expect(r.state).toEqual(defaultState());
    expect(r.notice).toMatch(/No saved answers/);
    const failing = { read: () => Promise.reject(new Error("x")), write: () => Promise.resolve() };
    expect((await loadFrom(failing)).notice).toMatch(/could not be read/);
  });
  test("toSaved refuses a state that fails the schema", () => {
    const s = defaultState();
    s.weights.sliders = [0, 0, 0, 0];
    expect(toSaved(s)).toBeNull();
  });
  test("host mode: Excel only for the Excel host, or the test seam with the fake present", () => {
    expect(selectHostMode("Excel", "Excel", {})).toBe("excel");
    expect(selectHostMode(null, "Excel", {})).toBe("standalone");
    expect(selectHostMode("Word", "Excel", {})).toBe("standalone");
    expect(selectHostMode(null, undefined, {})).toBe("standalone");
    expect(selectHostMode(null, "Excel", { forceHost: "Excel", hasFake: false })).toBe("standalone");
    expect(selectHostMode(null, "Excel", { forceHost: "Excel", hasFake: true })).toBe("excel");
  });
});

describe("theme and messages", () => {
  test("Office background colours", () => {
    expect(luminance("#ffffff")).toBeCloseTo(1);
    expect(luminance("#000")).toBe(0);
    expect(luminance("white")).toBeNull();
    expect(themeFromBackground("#262626")).toBe("dark");
    expect(themeFromBackground("#FFFFFF")).toBe("light");
    expect(themeFromBackground("#E6E6E6")).toBe("light");
    expect(themeFromBackground("")).toBeNull();
    expect(themeFromBackground(undefined)).toBeNull();
  });
  test("error text", () => {
    expect(errorText("It failed", new DomainError("notAvailable", "no offers are rated yet."))).toBe(
      "It failed: no offers are rated yet.",
    );
    const office = Object.assign(new Error(""), { code: "ItemNotFound" });
    expect(errorText("It failed", office)).toBe("It failed: ItemNotFound");
    expect(errorText("It failed", undefined)).toBe("It failed. Please try again.");
  });
});
