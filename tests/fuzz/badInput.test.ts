import fs from "fs";
import path from "path";
import { BAD_INPUT_CASES, outcome, renderBadInputDoc } from "./badInputCases";

describe("bad input", () => {
  test.each(BAD_INPUT_CASES.map((c) => [c.formula, c]))("%s", (_f, c) => {
    const o = outcome(c);
    expect(o).not.toBeNull();
    expect(o?.code).toBe(c.code);
    // Every message names what it is about (an argument, an offer, or the weights) and is a full sentence.
    expect(o?.message).toMatch(
      /^(scope|data_maturity|support|growth|weights|scope_type|role|answers|start_date|hours_per_week|weight_spread|samples|offers?|offer \d+|judgments)\b/,
    );
    expect(o?.message.length).toBeGreaterThan(25);
  });

  test("docs/bad-input.md is current (regenerate: node scripts/bad-input-doc.js)", () => {
    const file = path.join(__dirname, "../../docs/bad-input.md");
    expect(fs.existsSync(file)).toBe(true);
    expect(fs.readFileSync(file, "utf8")).toBe(renderBadInputDoc());
  });
});
