/**
 * The bad inputs we promise to handle, with the Excel error each gets. The test suite checks every
 * case; scripts/bad-input-doc.js renders the same cases (with the live messages) into
 * docs/bad-input.md, and a test fails when that file is out of date.
 */
import * as F from "../../functions/functions";

export interface BadInputCase {
  readonly formula: string;
  readonly code: "#VALUE!" | "#N/A";
  readonly run: () => unknown;
}

const col = (...v: unknown[]): unknown[][] => v.map((x) => [x]);

export const BAD_INPUT_CASES: readonly BadInputCase[] = [
  {
    formula: '=OFFER.SCORE("great",1,3,4)',
    code: "#VALUE!",
    run: () => F.score([["great"]], [[1]], [[3]], [[4]]),
  },
  { formula: "=OFFER.SCORE(6,1,3,4)", code: "#VALUE!", run: () => F.score([[6]], [[1]], [[3]], [[4]]) },
  { formula: "=OFFER.SCORE(TRUE,1,3,4)", code: "#VALUE!", run: () => F.score([[true]], [[1]], [[3]], [[4]]) },
  {
    formula: "=OFFER.SCORE(A2:A3,B2:B4,C2,D2)",
    code: "#VALUE!",
    run: () => F.score(col(5, 4), col(1, 2, 3), [[3]], [[4]]),
  },
  {
    formula: "=OFFER.SCORE(5,1,3,4,{1,1,1})",
    code: "#VALUE!",
    run: () => F.score([[5]], [[1]], [[3]], [[4]], [[1, 1, 1]]),
  },
  {
    formula: '=OFFER.SCORE(5,1,3,4,{1,"x",1,1})',
    code: "#VALUE!",
    run: () => F.score([[5]], [[1]], [[3]], [[4]], [[1, "x", 1, 1]]),
  },
  {
    formula: "=OFFER.SCORE(5,1,3,4,{1,-1,1,1})",
    code: "#VALUE!",
    run: () => F.score([[5]], [[1]], [[3]], [[4]], [[1, -1, 1, 1]]),
  },
  {
    formula: "=OFFER.SCORE(5,1,3,4,{0,0,0,0})",
    code: "#VALUE!",
    run: () => F.score([[5]], [[1]], [[3]], [[4]], [[0, 0, 0, 0]]),
  },
  {
    formula: '=OFFER.SCORE(5,"","","",{0,1,1,1})',
    code: "#N/A",
    run: () => F.score([[5]], [[""]], [[""]], [[""]], [[0, 1, 1, 1]]),
  },
  {
    formula: '=OFFER.EXPLAIN("x",1,1,1)',
    code: "#VALUE!",
    run: () => F.explain([["x"]], [[1]], [[1]], [[1]]),
  },
  { formula: '=OFFER.SCOPEFIT("modelling")', code: "#VALUE!", run: () => F.scopefit([["modelling"]]) },
  {
    formula: '=OFFER.SCOPEFIT("models","Analyst")',
    code: "#VALUE!",
    run: () => F.scopefit([["models"]], "Analyst"),
  },
  { formula: "=OFFER.LEAN(A1:C1)", code: "#VALUE!", run: () => F.leanFn([[1, 2, 3]]) },
  {
    formula: "=OFFER.LEAN({1,2,3,4,5,6,1,1})",
    code: "#VALUE!",
    run: () => F.leanFn([[1, 2, 3, 4, 5, 6, 1, 1]]),
  },
  {
    formula: '=OFFER.ROLE({"","","","",4,5,4,5})',
    code: "#N/A",
    run: () => F.role([[null, null, null, null, 4, 5, 4, 5]]),
  },
  { formula: '=OFFER.ROADMAP("Analyst")', code: "#VALUE!", run: () => F.roadmapFn("Analyst") },
  {
    formula: '=OFFER.ROADMAP("DS","next monday")',
    code: "#VALUE!",
    run: () => F.roadmapFn("DS", "next monday"),
  },
  { formula: '=OFFER.ROADMAP("DS",,0)', code: "#VALUE!", run: () => F.roadmapFn("DS", null, 0) },
  { formula: '=OFFER.ROADMAP("DS",,120)', code: "#VALUE!", run: () => F.roadmapFn("DS", null, 120) },
  { formula: "=OFFER.TIPPING(5,1,1,1)", code: "#N/A", run: () => F.tippingFn([[5]], [[1]], [[1]], [[1]]) },
  {
    formula: "=OFFER.TIPPING(A2:A3,B2:B3,C2:C3,D2:D3) with B3 blank",
    code: "#N/A",
    run: () => F.tippingFn(col(5, 1), col(1, ""), col(1, 3), col(1, 3)),
  },
  {
    formula: '=OFFER.SCORE("5-3",1,3,4)',
    code: "#VALUE!",
    run: () => F.score([["5-3"]], [[1]], [[3]], [[4]]),
  },
  {
    formula: '=OFFER.SCORE("3 or 4",1,3,4)',
    code: "#VALUE!",
    run: () => F.score([["3 or 4"]], [[1]], [[3]], [[4]]),
  },
  {
    formula: '=OFFER.RANGE(A2:A3,B2:B3,C2:C3,D2:D3) with A2 "4-6"',
    code: "#VALUE!",
    run: () => F.rangeFn(col("4-6", 1), col(1, 1), col(1, 1), col(1, 1)),
  },
  {
    formula: '=OFFER.PFIRST(5,"3-4",1,1)',
    code: "#N/A",
    run: () => F.pfirst([[5]], [["3-4"]], [[1]], [[1]]),
  },
  {
    formula: '=OFFER.PFIRST(A2:A3,B2:B3,C2:C3,D2:D3) with A3 "x"',
    code: "#VALUE!",
    run: () => F.pfirst(col(5, "x"), col(1, 1), col(1, 1), col(1, 1)),
  },
  {
    formula: "=OFFER.PFIRST(A2:A3,B2:B3,C2:C3,D2:D3,,1)",
    code: "#VALUE!",
    run: () => F.pfirst(col(5, 4), col(1, 1), col(1, 1), col(1, 1), undefined, 1),
  },
  {
    formula: '=OFFER.PFIRST(A2:A3,B2:B3,C2:C3,D2:D3,,"some")',
    code: "#VALUE!",
    run: () => F.pfirst(col(5, 4), col(1, 1), col(1, 1), col(1, 1), undefined, "some"),
  },
  {
    formula: "=OFFER.PFIRST(A2:A3,B2:B3,C2:C3,D2:D3,,0,500)",
    code: "#VALUE!",
    run: () => F.pfirst(col(5, 4), col(1, 1), col(1, 1), col(1, 1), undefined, 0, 500),
  },
  {
    formula: "=OFFER.PFIRST(A2:A3,B2:B3,C2:C3,D2:D3,,0,2500.5)",
    code: "#VALUE!",
    run: () => F.pfirst(col(5, 4), col(1, 1), col(1, 1), col(1, 1), undefined, 0, 2500.5),
  },
  { formula: "=OFFER.AHPWEIGHTS({1,1,1,1,1})", code: "#VALUE!", run: () => F.ahpweights([[1, 1, 1, 1, 1]]) },
  {
    formula: "=OFFER.AHPWEIGHTS({1,1,1,1,1,10})",
    code: "#VALUE!",
    run: () => F.ahpweights([[1, 1, 1, 1, 1, 10]]),
  },
];

/** The first Excel error a call produced: thrown, or in the first cell of its result. */
export function outcome(c: BadInputCase): { code: string; message: string } | null {
  let v: unknown;
  try {
    v = c.run();
  } catch (e) {
    v = e;
  }
  while (Array.isArray(v)) v = v[0];
  if (v instanceof CustomFunctions.Error)
    return { code: (v as { code: string }).code, message: v.message ?? "" };
  return null;
}

export function renderBadInputDoc(): string {
  const lines = [
    "# Bad input and what it gets",
    "",
    "Generated by `node scripts/bad-input-doc.js` from `tests/fuzz/badInputCases.ts`; the test suite fails when this",
    "file is out of date, so it always says what the functions really answer. In a range, only the offer with the",
    "bad cell gets the error; the other offers still compute.",
    "",
    "| formula | error | message |",
    "|---|---|---|",
  ];
  for (const c of BAD_INPUT_CASES) {
    const o = outcome(c);
    const esc = (s: string): string => s.replace(/\|/g, "\\|");
    lines.push(`| \`${esc(c.formula)}\` | ${o ? o.code : "(no error)"} | ${o ? esc(o.message) : ""} |`);
  }
  return lines.join("\n") + "\n";
}
