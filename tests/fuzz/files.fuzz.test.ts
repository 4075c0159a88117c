/**
 * The file readers behind the CLI and the page's import: the CSV parser and the offers-table reader
 * take any text; they give rows and valid offers, or a CsvError / InputError naming where, nothing else.
 */
import fc from "fast-check";
import { CsvError, detectDelimiter, parseCsv } from "../../src/workbook/csv";
import { InputError, readOffersCsv } from "../../src/workbook/offersFile";
import { evaluate, isValidRatingCell, type PlanInput } from "../../src/workbook/inputs";

const FUZZ_PLAN: PlanInput = {
  answers: [3, 3, 3, 3, 4, 4, 4, 4],
  skills: {},
  weights: [1, 2, 1, 1],
  startSerial: null,
  hoursPerWeek: 10,
};

const RUNS = Number(process.env.FC_RUNS ?? 300);
const HEADER = "Company,Title,Scope type,Scope,Data maturity,Support,Growth,Notes";

function quoteAll(rows: string[][], sep: string): string {
  return rows.map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(sep)).join("\r\n");
}

test("property: fully quoted rows of any text round-trip, with commas or semicolons", () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.array(fc.string({ unit: "grapheme-ascii", maxLength: 12 }), { minLength: 2, maxLength: 6 }),
        {
          minLength: 1,
          maxLength: 6,
        },
      ),
      fc.constantFrom(",", ";"),
      (rows, sep) => {
        // The header line decides the separator: give it more of this one than the other.
        const text = quoteAll(rows, sep);
        const firstLine = rows[0].map((f) => `"${f}"`).join(sep);
        const commas = (firstLine.match(/,/g) ?? []).length;
        const semis = (firstLine.match(/;/g) ?? []).length;
        fc.pre(sep === "," ? semis <= commas : semis > commas);
        expect(parseCsv(text)).toEqual(rows);
      },
    ),
    { numRuns: RUNS },
  );
});

test("property: any text parses to rows or a CsvError with a line and field", () => {
  fc.assert(
    fc.property(
      fc.string({ unit: fc.constantFrom("a", ",", ";", '"', "\r", "\n", " ", "1", "="), maxLength: 60 }),
      (text) => {
        try {
          const rows = parseCsv(text);
          return rows.every((r) => r.length > 0 && r.every((f) => typeof f === "string"));
        } catch (e) {
          return e instanceof CsvError && e.line >= 1 && e.column >= 1;
        }
      },
    ),
    { numRuns: RUNS },
  );
});

test("detectDelimiter reads the header line only, outside quotes", () => {
  expect(detectDelimiter("a;b;c\n1,2,3,4,5")).toBe(";");
  expect(detectDelimiter('"x;y;z",b\n')).toBe(",");
  expect(detectDelimiter("a,b;c")).toBe(",");
});

test("property: an offers CSV with any cell text gives valid offers or an InputError naming file and row", () => {
  const cell = fc.oneof(
    fc.constantFrom(
      "",
      "1",
      "5",
      "3.5",
      "0",
      "6",
      "x",
      "models",
      "reporting",
      "=1+1",
      "+cmd",
      "-2",
      "4,5",
      '"',
      "3-5",
      " 2 to 3 ",
      "4\u20135",
      "0-4",
      "5-3",
      "3.5 - 4",
      "1-",
    ),
    fc.string({ maxLength: 6 }),
  );
  fc.assert(
    fc.property(fc.array(fc.array(cell, { minLength: 8, maxLength: 8 }), { maxLength: 5 }), (rows) => {
      const text = [HEADER, ...rows.map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(","))].join(
        "\n",
      );
      try {
        const { offers } = readOffersCsv(text, "fuzz.csv");
        for (const o of offers) {
          for (const r of [o.scope, o.dataMaturity, o.support, o.growth]) {
            // Text is kept only for a range; a number typed as text is read as the number.
            const badText =
              typeof r === "string" && (!isValidRatingCell(r) || r.trim() === "" || /^\s*[\d.]+\s*$/.test(r));
            if (badText || (typeof r === "number" && !(r >= 1 && r <= 5))) return false;
          }
          if (typeof o.company !== "string" || typeof o.notes !== "string") return false;
        }
        // Whatever was read evaluates without throwing, every rated offer with a score range.
        const ev = evaluate(FUZZ_PLAN, offers);
        if (ev.invalid.length > 0) return false;
        return ev.recommendation.ranked.every((r) => ev.scoreRanges[r.index] !== null);
      } catch (e) {
        return e instanceof InputError && /fuzz\.csv/.test(e.message) && /row \d+/.test(e.message);
      }
    }),
    { numRuns: RUNS },
  );
});
