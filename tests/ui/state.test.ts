import fc from "fast-check";
import {
  defaultState,
  effectiveWeights,
  loadState,
  serializeState,
  stateSchema,
  STATE_VERSION,
} from "../../src/ui/state";

describe("person state", () => {
  test("round trip", () => {
    const s = defaultState();
    s.answers[0] = 4;
    s.skills.sql = 2;
    s.weights = { mode: "ahp", sliders: [10, 20, 30, 40], judgments: [3, 1, 1 / 3, 1, 1, 5] };
    s.plan = { startDate: "2027-01-04", hoursPerWeek: 6 };
    const back = loadState(serializeState(s));
    expect(back.notice).toBeNull();
    expect(back.state).toEqual(s);
  });

  test("missing, corrupt and other-version values fall back with a notice", () => {
    expect(loadState(null).notice).toMatch(/No saved answers/);
    expect(loadState("{not json").state).toEqual(defaultState());
    expect(loadState("{not json").notice).toMatch(/could not be read/);
    const old = { version: 0, answers: [5, 5, 5, 5, 1, 1, 1, 1], weights: "heavy" };
    const r = loadState(JSON.stringify(old));
    expect(r.state.answers).toEqual([5, 5, 5, 5, 1, 1, 1, 1]);
    expect(r.state.weights).toEqual(defaultState().weights);
    expect(r.notice).toMatch(/another version.*\(0\).*skills check, weights, plan/);
    expect(
      loadState(JSON.stringify({ ...defaultState(), plan: { startDate: "2027-02-30x", hoursPerWeek: 10 } }))
        .notice,
    ).toMatch(/plan/);
  });

  test("effective weights: sliders normalised; AHP from the judgments", () => {
    const s = defaultState();
    s.weights.sliders = [50, 25, 25, 0];
    expect(effectiveWeights(s)).toEqual([0.5, 0.25, 0.25, 0]);
    s.weights = { mode: "ahp", sliders: [1, 1, 1, 1], judgments: [2, 4, 8, 2, 4, 2] };
    expect(effectiveWeights(s)[0]).toBeCloseTo(8 / 15, 9);
  });

  test("property: any stored string loads to a state that passes the schema, without throwing", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ version: STATE_VERSION, answers: v })),
        ),
        (raw) => {
          const r = loadState(raw);
          return stateSchema.safeParse(r.state).success;
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });
});
