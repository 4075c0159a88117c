/**
 * The built functions.js as Excel loads it: in a fresh JS context whose only Office global is a
 * CustomFunctions object recording associate(). The metadata plugin adds the associate calls only
 * inside webpack, so this is the one test that proves Excel can find every function.
 */
import fs from "fs";
import path from "path";
import vm from "vm";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { testBuildDir } = require("../../scripts/test-build");

interface Param {
  name: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FnMeta {
  id: string;
  name: string;
  description?: string;
  parameters: Param[];
  result: { type?: string; dimensionality?: string };
}

type Fn = (...args: unknown[]) => unknown;
let associated: Map<string, Fn>;
let meta: FnMeta[];
let ExcelError: new (code: string, message?: string) => Error & { code: string };

beforeAll(() => {
  const dir: string = testBuildDir();
  meta = JSON.parse(fs.readFileSync(path.join(dir, "functions.json"), "utf8")).functions;
  associated = new Map();
  ExcelError = class extends Error {
    constructor(
      public code: string,
      message?: string,
    ) {
      super(message);
    }
  };
  const sandbox: Record<string, unknown> = {
    CustomFunctions: {
      associate: (id: string, f: Fn) => {
        if (associated.has(id)) throw new Error(`${id} associated twice`);
        associated.set(id, f);
      },
      Error: ExcelError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    },
    console,
    document: {
      currentScript: { src: "https://localhost:3000/functions.js" },
      baseURI: "https://localhost:3000/",
    },
    location: { href: "https://localhost:3000/taskpane.html" },
  };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  vm.runInNewContext(fs.readFileSync(path.join(dir, "functions.js"), "utf8"), sandbox, {
    filename: "functions.js",
  });
}, 180_000);

const EXPECTED: Record<string, { params: [string, string | undefined, boolean][]; result: string }> = {
  SCORE: {
    params: [
      ["scope", "matrix", false],
      ["data_maturity", "matrix", false],
      ["support", "matrix", false],
      ["growth", "matrix", false],
      ["weights", "matrix", true],
    ],
    result: "matrix",
  },
  EXPLAIN: {
    params: [
      ["scope", "matrix", false],
      ["data_maturity", "matrix", false],
      ["support", "matrix", false],
      ["growth", "matrix", false],
      ["weights", "matrix", true],
    ],
    result: "matrix",
  },
  TIPPING: {
    params: [
      ["scope", "matrix", false],
      ["data_maturity", "matrix", false],
      ["support", "matrix", false],
      ["growth", "matrix", false],
      ["weights", "matrix", true],
    ],
    result: "matrix",
  },
  SCOPEFIT: {
    params: [
      ["scope_type", "matrix", false],
      ["role", undefined, true],
    ],
    result: "matrix",
  },
  LEAN: { params: [["answers", "matrix", false]], result: "number" },
  ROLE: { params: [["answers", "matrix", false]], result: "string" },
  ROADMAP: {
    params: [
      ["role", undefined, false],
      ["start_date", undefined, true],
      ["hours_per_week", undefined, true],
    ],
    result: "matrix",
  },
  AHPWEIGHTS: { params: [["judgments", "matrix", false]], result: "matrix" },
  RANGE: {
    params: [
      ["scope", "matrix", false],
      ["data_maturity", "matrix", false],
      ["support", "matrix", false],
      ["growth", "matrix", false],
      ["weights", "matrix", true],
    ],
    result: "matrix",
  },
  PFIRST: {
    params: [
      ["scope", "matrix", false],
      ["data_maturity", "matrix", false],
      ["support", "matrix", false],
      ["growth", "matrix", false],
      ["weights", "matrix", true],
      ["weight_spread", undefined, true],
      ["samples", undefined, true],
    ],
    result: "matrix",
  },
};

test("every function in functions.json is associated, and nothing else is", () => {
  expect(meta.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  expect([...associated.keys()].sort()).toEqual(meta.map((f) => f.id).sort());
});

test("metadata: parameter names, any type, dimensionality, optional flags, result shape and help text", () => {
  for (const f of meta) {
    const e = EXPECTED[f.id];
    expect(f.name).toBe(f.id);
    expect(f.description && f.description.length).toBeGreaterThan(40);
    expect(f.parameters.map((p) => [p.name, p.dimensionality, p.optional === true])).toEqual(e.params);
    f.parameters.forEach((p) => expect(p.type).toBe("any"));
    if (e.result === "matrix") expect(f.result.dimensionality).toBe("matrix");
    else expect(f.result.type).toBe(e.result);
  }
});

function call(id: string, ...args: unknown[]): unknown {
  const f = associated.get(id);
  if (!f) throw new Error(`${id} is not associated`);
  try {
    return f(...args);
  } catch (e) {
    if (e instanceof ExcelError) return e;
    throw e;
  }
}

test("each associated function answers Excel-shaped arguments", () => {
  const col = (...v: unknown[]): unknown[][] => v.map((x) => [x]);
  const score = call("SCORE", col(5, 1, null), col(1, 1, null), col(3, 1, null), col(4, 1, null), [
    [2, 1, 1, 0],
  ]) as unknown[][];
  expect(score[0][0]).toBeCloseTo(62.5, 12);
  expect(score[2][0]).toBe("");
  expect((call("EXPLAIN", [[5]], [[1]], [[3]], [[4]], null) as unknown[][])[0]).toHaveLength(4);
  expect(call("SCOPEFIT", [["models"], ["reporting"]], "MLE")).toEqual([[3], [1]]);
  expect(call("LEAN", [[1, 1, 1, 1, 5, 5, 5, 5]])).toBe(1);
  expect(call("ROLE", [[5, 5, 5, 5, 1, 1, 1, 1]])).toBe("Data Scientist");
  expect((call("ROADMAP", "Hybrid", 46352, 10) as unknown[][]).length).toBe(5);
  expect((call("TIPPING", col(5, 1), col(1, 3), col(1, 3), col(1, 3), null) as unknown[][])[0]).toEqual([
    "Criterion",
    "Share now",
    "Lower share",
    "Leader below",
    "Higher share",
    "Leader above",
  ]);
  expect((call("AHPWEIGHTS", [[1, 1, 1, 1, 1, 1]]) as unknown[][])[0]).toHaveLength(5);
  expect(call("RANGE", col(5, "1-5"), col(1, 1), col(1, 1), col(1, 1), null)).toEqual([
    [25, 25],
    [0, 25],
  ]);
  expect(call("PFIRST", col(4, 3), col(2, 3), col(3, 3), col(3, 3), null, null, null)).toEqual([
    [0.5],
    [0.5],
  ]);
});

test("bad arguments come back as Excel errors with messages, in the bundle too", () => {
  const bad = (call("SCORE", [["great"]], [[1]], [[1]], [[1]], null) as unknown[][])[0][0] as {
    code: string;
    message: string;
  };
  expect(bad).toBeInstanceOf(ExcelError);
  expect(bad.code).toBe("#VALUE!");
  expect(bad.message).toMatch(/^scope: /);
  const whole = call("ROADMAP", "Analyst") as { code: string; message: string };
  expect(whole).toBeInstanceOf(ExcelError);
  expect(whole.message).toMatch(/^role: /);
  const na = call("TIPPING", [[5]], [[1]], [[1]], [[1]]) as { code: string };
  expect(na.code).toBe("#N/A");
});

test("outside Excel (no CustomFunctions global) the bundle loads without throwing and defines nothing else", () => {
  const dir: string = testBuildDir();
  const sandbox: Record<string, unknown> = { console };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  expect(() =>
    vm.runInNewContext(fs.readFileSync(path.join(dir, "functions.js"), "utf8"), sandbox, {
      filename: "functions.js",
    }),
  ).not.toThrow();
  expect(typeof (sandbox.CustomFunctions as { associate?: unknown }).associate).toBe("function");
  expect((sandbox.CustomFunctions as { Error?: unknown }).Error).toBeUndefined();
});
