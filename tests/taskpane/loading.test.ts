/**
 * The pane's first read of the saved answers (issue 12 item 4): it never leaves the pane on
 * "Loading...". Fake timers drive the timeout and the retries; no wall clock is read.
 */
import { changedParts, firstLoad, type FirstLoad, lateNotice, mergeLate } from "../../src/taskpane/loading";
import { defaultState, serializeState, type PersonState, type Persistence } from "../../src/ui/state";

const TIMEOUT = 3000;
const RETRY = 5000;
const OPTS = { timeoutMs: TIMEOUT, retryMs: RETRY, maxAttempts: 4 };

function saved(): PersonState {
  const s = defaultState();
  s.answers = [5, 4, 5, 4, 1, 2, 1, 2];
  s.plan.hoursPerWeek = 15;
  s.weights = { mode: "sliders", sliders: [40, 20, 20, 20], judgments: [1, 1, 1, 1, 1, 1] };
  return s;
}

/** A persistence whose reads each answer (or fail, or hang) as the script says, in order. */
type Step = "hang" | "fail" | { after: number; raw: string | null } | { after: number; fails: true };

function scripted(script: Step[]): Persistence & {
  reads: number;
} {
  const p = {
    reads: 0,
    read(): Promise<string | null> {
      const step = script[p.reads++] ?? "hang";
      if (step === "hang") return new Promise(() => undefined);
      if (step === "fail") return Promise.reject(new Error("GeneralException"));
      return new Promise((res, rej) =>
        setTimeout(() => ("fails" in step ? rej(new Error("GeneralException")) : res(step.raw)), step.after),
      );
    },
    write: async () => undefined,
  };
  return p;
}

/** The first load and whether `later` has settled, after advancing the fake clock by ms. */
async function run(p: Persistence, ms: number): Promise<{ first: FirstLoad | null; later: unknown }> {
  let first: FirstLoad | null = null;
  let later: unknown = "pending";
  void firstLoad(p, OPTS).then((f) => {
    first = f;
    if (f.kind === "late") void f.later.then((r) => (later = r));
  });
  await jest.advanceTimersByTimeAsync(ms);
  return { first, later };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("the first read", () => {
  test("answering in time: the saved state, no waiting", async () => {
    const p = scripted([{ after: 100, raw: serializeState(saved()) }]);
    const { first } = await run(p, 200);
    expect(first).toEqual({ kind: "loaded", result: { state: saved(), notice: null } });
    expect(p.reads).toBe(1);
  });

  test("failing in time: the defaults with a notice, as before", async () => {
    const { first } = await run(scripted(["fail"]), 10);
    expect(first).toMatchObject({ kind: "loaded", result: { state: defaultState() } });
    expect(first?.kind === "loaded" && first.result.notice).toMatch(/could not be read/);
  });

  test("a workbook that never answers: the pane starts after the timeout and keeps asking, a bounded number of times", async () => {
    const p = scripted([]);
    const before = await run(p, TIMEOUT - 1);
    expect(before.first).toBeNull();
    jest.clearAllTimers();
    const p2 = scripted([]);
    const after = await run(p2, TIMEOUT + 3 * RETRY + 1);
    expect(after.first?.kind).toBe("late");
    expect(after.later).toBe("pending");
    expect(p2.reads).toBe(4); // the first read and three retries
    await jest.advanceTimersByTimeAsync(10 * RETRY);
    expect(p2.reads).toBe(4); // at most maxAttempts reads in flight
  });

  test("the first read answering late: its state comes through `later`", async () => {
    const p = scripted([{ after: TIMEOUT + 2000, raw: serializeState(saved()) }]);
    const r = await run(p, TIMEOUT + 2001);
    expect(r.first?.kind).toBe("late");
    expect(r.later).toEqual({ state: saved(), notice: null });
  });

  test("a retry answering while the first read hangs: the retry's answer wins", async () => {
    const p = scripted(["hang", { after: 10, raw: serializeState(saved()) }]);
    const r = await run(p, TIMEOUT + RETRY + 11);
    expect(r.later).toEqual({ state: saved(), notice: null });
    expect(p.reads).toBe(2);
    await jest.advanceTimersByTimeAsync(5 * RETRY);
    expect(p.reads).toBe(2); // no more retries once answered
  });

  test("every read failing after the timeout: the defaults with the notice, once nothing can answer", async () => {
    const p = scripted([{ after: TIMEOUT + 1, raw: null }]);
    // The first read answers "nothing saved" just after the timeout: that is an answer.
    const r = await run(p, TIMEOUT + 2);
    expect(r.later).toMatchObject({
      state: defaultState(),
      notice: expect.stringMatching(/No saved answers/),
    });
    const q = scripted(["hang", "fail", "fail", "fail"]);
    const s = await run(q, TIMEOUT + 3 * RETRY + 1);
    expect(s.later).toBe("pending"); // the first read may still answer
    const all = scripted([{ after: TIMEOUT + 1, fails: true }, "fail", "fail", "fail"]);
    const t = await run(all, TIMEOUT + 3 * RETRY + 1);
    expect(all.reads).toBe(4);
    expect(t.later).toMatchObject({
      state: defaultState(),
      notice: expect.stringMatching(/could not be read/),
    });
  });
});

describe("merging a late answer", () => {
  test("parts the person touched keep the person's value; the others take the saved one", () => {
    const shown = defaultState();
    const typed = JSON.parse(JSON.stringify(shown)) as PersonState;
    typed.answers[0] = 1; // changed
    typed.answers[1] = null; // unchanged (was null)
    typed.plan.startDate = "2027-01-04";
    const touched = new Set(changedParts(shown, typed));
    expect([...touched].sort()).toEqual(["answers.0", "plan.startDate"]);
    const m = mergeLate(saved(), typed, touched);
    expect(m.answers).toEqual([1, 4, 5, 4, 1, 2, 1, 2]);
    expect(m.plan).toEqual({ startDate: "2027-01-04", hoursPerWeek: 15 });
    expect(m.weights).toEqual(saved().weights);
    expect(m.skills).toEqual(saved().skills);
  });

  test("a part changed and changed back still counts as the person's (they chose it)", () => {
    const shown = defaultState();
    const a = JSON.parse(JSON.stringify(shown)) as PersonState;
    a.plan.hoursPerWeek = 20;
    const touched = new Set(changedParts(shown, a));
    changedParts(a, shown).forEach((k) => touched.add(k));
    const m = mergeLate(saved(), shown, touched);
    expect(m.plan.hoursPerWeek).toBe(10);
    expect(m.answers).toEqual(saved().answers);
  });

  test("weights are one part: a person's slider keeps the person's whole weights", () => {
    const shown = defaultState();
    const a = JSON.parse(JSON.stringify(shown)) as PersonState;
    a.weights.sliders[3] = 90;
    const m = mergeLate(saved(), a, new Set(changedParts(shown, a)));
    expect(m.weights.sliders).toEqual([25, 25, 25, 90]);
  });

  test("the notice says what happened", () => {
    expect(lateNotice({ state: saved(), notice: null }, 0)).toBeNull();
    expect(lateNotice({ state: saved(), notice: null }, 1)).toMatch(/the choice you made .* was kept/);
    expect(lateNotice({ state: saved(), notice: "Weights were reset." }, 3)).toMatch(
      /the 3 choices you made .* were kept\. Weights were reset\.$/,
    );
  });
});
