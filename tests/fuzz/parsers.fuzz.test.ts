/** The argument parsers return a valid domain value or throw a DomainError that names the argument; nothing else. */
import fc from "fast-check";
import {
  DomainError,
  parseAnswers,
  parseJudgments,
  parseRating,
  parseRole,
  parseScopeType,
  parseWeights,
} from "../../src/scoring";

const RUNS = Number(process.env.FC_RUNS ?? 300);
const anyCell = fc.oneof(
  fc.anything(),
  fc.double(),
  fc.integer({ min: -2, max: 12 }),
  fc.constantFrom(null, undefined, "", NaN, Infinity),
);
const grid = fc.array(fc.array(anyCell, { minLength: 1, maxLength: 9 }), { minLength: 1, maxLength: 9 });

function parsesOrDomainError<T>(f: () => T, arg: string, valid: (v: T) => boolean): boolean {
  try {
    return valid(f());
  } catch (e) {
    return e instanceof DomainError && e.kind === "invalid" && e.message.startsWith(arg);
  }
}

test("parseRating", () => {
  fc.assert(
    fc.property(anyCell, (v) =>
      parsesOrDomainError(
        () => parseRating(v, "scope"),
        "scope",
        (r) => r === null || (r >= 1 && r <= 5),
      ),
    ),
    { numRuns: RUNS },
  );
});

test("parseWeights", () => {
  fc.assert(
    fc.property(grid, (g) =>
      parsesOrDomainError(
        () => parseWeights(g),
        "weights",
        (w) =>
          w.length === 4 && w.every((x) => Number.isFinite(x) && x >= 0 && x <= 1) && Math.max(...w) === 1,
      ),
    ),
    { numRuns: RUNS },
  );
});

test("parseAnswers and parseJudgments", () => {
  fc.assert(
    fc.property(grid, (g) => {
      const a = parsesOrDomainError(
        () => parseAnswers(g),
        "answers",
        (r) => r.length === 8 && r.every((x) => x === null || (x >= 1 && x <= 5)),
      );
      const j = parsesOrDomainError(
        () => parseJudgments(g),
        "judgments",
        (r) => r.length === 6 && r.every((x) => x >= 1 / 9 - 1e-12 && x <= 9 + 1e-12),
      );
      return a && j;
    }),
    { numRuns: RUNS },
  );
});

test("parseRole and parseScopeType never throw and only return known words", () => {
  fc.assert(
    fc.property(fc.string(), (s) => {
      const r = parseRole(s);
      const t = parseScopeType(s);
      return (
        (r === null || ["DS", "MLE", "Hybrid"].includes(r)) &&
        (t === null || ["models", "deployment", "end-to-end", "reporting"].includes(t))
      );
    }),
    { numRuns: RUNS },
  );
});
