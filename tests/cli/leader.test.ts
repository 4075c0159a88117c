/**
 * The CLI's "wrote ...: N offers, role R, <leader>" line names every offer the ranking puts first
 * (a tie as a tie, a partly rated one saying so) and no other: checked against a brute-force maximum
 * of the scores, computed here as exact fractions (25 x the mean of (rating - 1) over rated criteria).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import fc from "fast-check";
import { leaderText } from "../../src/cli/summary";
import { evaluate, offerName, type OfferInput } from "../../src/workbook/inputs";
import { evenPlan } from "../fixtures";
import { untitled } from "../fixtures";

jest.setTimeout(120000);

type Ratings = (number | null)[];

/** The offers whose score is highest, by exact comparison of sum / count (equal weights). */
function bruteTop(all: readonly Ratings[]): { top: number[]; score: number } {
  let best: [number, number] | null = null;
  let top: number[] = [];
  all.forEach((r, i) => {
    const rated = r.filter((v): v is number => v !== null);
    if (rated.length === 0) return;
    const f: [number, number] = [rated.reduce((a, v) => a + v - 1, 0), rated.length];
    const cmp = best === null ? 1 : f[0] * best[1] - best[0] * f[1];
    if (cmp > 0) {
      best = f;
      top = [i];
    } else if (cmp === 0) top.push(i);
  });
  const b = best as [number, number] | null;
  return { top, score: b === null ? NaN : (25 * b[0]) / b[1] };
}

const offer = (i: number, r: Ratings): OfferInput => untitled(`Co${i}`, r);

test("property: the leader line names exactly the brute-force top offers, tied ones as tied", () => {
  const rating = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 4 });
  fc.assert(
    fc.property(
      fc.array(fc.array(rating, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
      (all) => {
        const ev = evaluate(
          evenPlan(Array(8).fill(null)),
          all.map((r, i) => offer(i, r)),
        );
        const text = leaderText(ev, offerName);
        const { top, score } = bruteTop(all);
        if (top.length === 0) {
          expect(text).toBe("no offer could be scored");
          return;
        }
        const named = [...text.matchAll(/Co(\d+)/g)].map((m) => Number(m[1])).sort((a, b) => a - b);
        expect(named).toEqual([...top].sort((a, b) => a - b));
        expect(text.startsWith(top.length > 1 ? "tied at the top: " : "leader: ")).toBe(true);
        expect(text.endsWith(`(${score.toFixed(1)})`)).toBe(true);
        for (const i of top) {
          const rated = all[i].filter((v) => v !== null).length;
          expect(text.includes(`Co${i} (rated on only ${rated} of the 4 criteria)`)).toBe(rated < 4);
        }
      },
    ),
    { numRuns: 300 },
  );
});

test("the trial's tie.csv through the CLI: A and B tied at 100.0, A partly rated; C never named", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "offer-cli-leader-"));
  try {
    const rows: Ratings[] = [
      [5, 5, null, null],
      [5, 5, 5, 5],
      [4, 4, 4, 4],
    ];
    const csv = ["Company,Scope,Data maturity,Support,Growth"];
    rows.forEach((r, i) => csv.push(["A", "B", "C"][i] + "," + r.map((v) => v ?? "").join(",")));
    fs.writeFileSync(path.join(dir, "tie.csv"), csv.join("\n") + "\n");
    const r = spawnSync(
      process.execPath,
      [path.resolve(__dirname, "../../bin/offer-evaluator.js"), "report", "tie.csv", "-o", "r.xlsx", "-q"],
      {
        cwd: dir,
        encoding: "utf8",
      },
    );
    expect(r.status).toBe(0);
    const { top, score } = bruteTop(rows);
    expect(top).toEqual([0, 1]);
    expect(r.stdout.split("\n")[0]).toBe(
      `wrote r.xlsx: 3 offers, role Hybrid, tied at the top: A (rated on only 2 of the 4 criteria) and B (${score.toFixed(1)})`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
