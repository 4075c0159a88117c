/**
 * The page grid's undo of Remove (src/standalone/offersUndo.ts) and the number runs its tables keep
 * on one line (src/standalone/table.ts numberRuns). The browser test checks the buttons and focus.
 */
import fc from "fast-check";
import { MAX_PAGE_OFFERS, emptyOffer, type OfferRow } from "../../src/standalone/offersState";
import { MAX_UNDO, RemovalStack } from "../../src/standalone/offersUndo";
import { numberRuns } from "../../src/standalone/table";

const offer = (company: string, over: Partial<OfferRow> = {}): OfferRow => ({
  ...emptyOffer(),
  company,
  ...over,
});
const list = (n: number): OfferRow[] =>
  Array.from({ length: n }, (_, i) => offer(`C${i}`, { growth: 1 + (i % 5) }));

describe("undo of Remove", () => {
  test("a removed offer comes back at its place with every cell", () => {
    const rows = [
      offer("A", {
        title: "DS",
        scopeType: "models",
        scope: null,
        dataMaturity: "3-5",
        support: 2,
        notes: "n",
      }),
      offer("B", { growth: "4e" }),
      offer("C"),
    ];
    const before = structuredClone(rows);
    const stack = new RemovalStack();
    const after = stack.remove(rows, 1, "Offer 2: B");
    expect(after.map((o) => o.company)).toEqual(["A", "C"]);
    expect(rows).toEqual(before); // the list given is left as it is
    expect(stack.last()).toEqual({ row: before[1], index: 1, name: "Offer 2: B" });
    const back = stack.undo(after);
    expect(back).toEqual({
      ok: true,
      rows: before,
      index: 1,
      removal: { row: before[1], index: 1, name: "Offer 2: B" },
    });
    expect(stack.size).toBe(0);
    expect(stack.undo(before)).toEqual({ ok: false, reason: "There is no removed offer to bring back." });
  });

  test("an edit of the list after the removal does not reach the kept offer", () => {
    const rows = [offer("A"), offer("B")];
    const stack = new RemovalStack();
    const after = stack.remove(rows, 0, "Offer 1: A");
    rows[0].company = "changed in place";
    const back = stack.undo(after);
    expect(back.ok && back.rows[0].company).toBe("A");
  });

  test("removals undone newest first give back the list they started from (any order of removals)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
        (n, picks) => {
          const start = list(n);
          const stack = new RemovalStack();
          let rows = start;
          // An independent model: which original offers are still in, by their original order.
          const present = start.map(() => true);
          for (const p of picks) {
            if (rows.length === 0) break;
            const i = p % rows.length;
            const original = present.reduce<number[]>((a, v, k) => (v ? [...a, k] : a), [])[i];
            present[original] = false;
            rows = stack.remove(rows, i, `Offer ${i + 1}`);
            expect(rows).toEqual(start.filter((_, k) => present[k]));
          }
          while (stack.size > 0) {
            const r = stack.undo(rows);
            if (!r.ok) throw new Error(r.reason);
            rows = r.rows;
          }
          expect(rows).toEqual(start);
        },
      ),
    );
  });

  test("when the list got shorter since, the offer goes at the end", () => {
    const stack = new RemovalStack();
    let rows = stack.remove(list(4), 3, "Offer 4: C3");
    rows = rows.slice(0, 1); // two more offers gone by other means (an import would clear the stack)
    const r = stack.undo(rows);
    expect(r.ok && r.index).toBe(1);
    expect(r.ok && r.rows.map((o) => o.company)).toEqual(["C0", "C3"]);
  });

  test("a full list refuses the undo and keeps the removal for later", () => {
    const stack = new RemovalStack();
    const rows = stack.remove(list(3), 0, "Offer 1: C0");
    const full = list(MAX_PAGE_OFFERS);
    expect(stack.undo(full)).toEqual({
      ok: false,
      reason: `The page holds up to ${MAX_PAGE_OFFERS} offers: remove one before bringing Offer 1: C0 back.`,
    });
    expect(stack.size).toBe(1);
    expect(stack.undo(rows).ok).toBe(true);
  });

  test(`only the last ${MAX_UNDO} removals are kept; clear forgets them all`, () => {
    const stack = new RemovalStack();
    let rows = list(MAX_UNDO + 5);
    for (let k = 0; k < MAX_UNDO + 5; k++) rows = stack.remove(rows, 0, `C${k}`);
    expect(stack.size).toBe(MAX_UNDO);
    expect(stack.last()?.name).toBe(`C${MAX_UNDO + 4}`);
    stack.clear();
    expect(stack.size).toBe(0);
    expect(stack.last()).toBeNull();
  });

  test("an index outside the list is an error naming it and the range", () => {
    const stack = new RemovalStack();
    expect(() => stack.remove(list(2), 2, "x")).toThrow(
      "index: expected a whole number from 0 to 1 (the list has 2 offers), got 2",
    );
    expect(() => stack.remove(list(2), 0.5, "x")).toThrow(/^index: expected a whole number/);
    expect(() => stack.remove([], 0, "x")).toThrow(/the list has 0 offers/);
    expect(stack.size).toBe(0);
  });
});

describe("number runs in table cells", () => {
  const nums = (t: string): string[] =>
    numberRuns(t)
      .filter((r) => r.num)
      .map((r) => r.text);

  test("each number keeps its sign, unit and 'of'/'to' partner", () => {
    expect(nums("100%")).toEqual(["100%"]);
    expect(nums(">99%")).toEqual([">99%"]);
    expect(nums("<1%")).toEqual(["<1%"]);
    expect(nums("4 of 4")).toEqual(["4 of 4"]);
    expect(nums("70.0 to 85.0")).toEqual(["70.0 to 85.0"]);
    expect(nums("100% (scope slider 100 with the other sliders at 33% of theirs)")).toEqual([
      "100%",
      "100",
      "33%",
    ]);
    expect(nums("14.3% (scope slider 12.5 instead of 25)")).toEqual(["14.3%", "12.5", "25"]);
  });

  test("names and long digit strings are left to wrap", () => {
    expect(nums("Gamma Analytics International (ML Engineer)")).toEqual([]);
    expect(nums("3M")).toEqual([]);
    expect(nums("R2D2")).toEqual([]);
    expect(nums("12345678901234567890")).toEqual([]);
  });

  test("the runs put together are the text, and no run is empty", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."0123456789.% <>oftAB-()") }), (t) => {
        const runs = numberRuns(t);
        expect(runs.map((r) => r.text).join("")).toBe(t);
        for (const r of runs) expect(r.text.length).toBeGreaterThan(0);
        // A number run is never cut out of a longer number.
        for (let k = 0; k < runs.length; k++) {
          if (!runs[k].num) continue;
          const prev = runs[k - 1]?.text.slice(-1) ?? "";
          const next = runs[k + 1]?.text.slice(0, 1) ?? "";
          expect(prev).not.toMatch(/[0-9.]/);
          expect(next).not.toMatch(/[0-9%]/);
        }
      }),
    );
  });
});
