/** The RFC 4180 CSV parser behind the offers import (standalone page and report CLI). */
import { CsvError, parseCsv, parseCsvRecords } from "../../src/workbook/csv";
import { readOffersCsv, InputError } from "../../src/workbook/offersFile";
import { pFirst, type OfferRanges } from "../../src/scoring";
import { evaluate } from "../../src/workbook/inputs";
import { pfirstMatrix } from "../../functions/uncertaintyFunctions";
import { evenPlan, NO_ANSWERS } from "../fixtures";

describe("parseCsv", () => {
  test("plain fields, LF and CRLF and CR line ends, final line break optional", () => {
    expect(parseCsv("a,b\nc,d\n")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(parseCsv("a,b\r\nc,d")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(parseCsv("a,b\rc,d\r")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });
  test("quoted fields keep commas, line breaks and doubled quotes", () => {
    expect(parseCsv('"a, b","say ""hi""","two\r\nlines"\r\nx,y,z')).toEqual([
      ["a, b", 'say "hi"', "two\r\nlines"],
      ["x", "y", "z"],
    ]);
  });
  test("empty fields and trailing commas", () => {
    expect(parseCsv("a,,c,\n,\n")).toEqual([
      ["a", "", "c", ""],
      ["", ""],
    ]);
    expect(parseCsv('""')).toEqual([[""]]);
  });
  test("a UTF-8 byte order mark is dropped", () => {
    expect(parseCsv("\uFEFFCompany,Title\nA,B")).toEqual([
      ["Company", "Title"],
      ["A", "B"],
    ]);
  });
  test("formula-like text stays text", () => {
    const rows = parseCsv('"=HYPERLINK(""http://x"")",+cmd,-1+2,@SUM(A1),"=1+1"\n');
    expect(rows).toEqual([['=HYPERLINK("http://x")', "+cmd", "-1+2", "@SUM(A1)", "=1+1"]]);
    rows[0].forEach((v) => expect(typeof v).toBe("string"));
  });
  test("records know the line they start on, across quoted line breaks", () => {
    const recs = parseCsvRecords('h1,h2\n"multi\nline",x\nlast,y\n');
    expect(recs.map((r) => r.line)).toEqual([1, 2, 4]);
  });
  test("malformed input throws with line and field", () => {
    expect(() => parseCsv('a,"open\nb')).toThrow(CsvError);
    expect(parseCsv('a,b"c')).toEqual([["a", 'b"c']]);
    try {
      parseCsv('ok\n"x"y,z');
    } catch (e) {
      expect(e).toBeInstanceOf(CsvError);
      expect((e as CsvError).line).toBe(2);
      expect((e as CsvError).column).toBe(1);
    }
  });
  test("empty text has no records", () => {
    expect(parseCsv("")).toEqual([]);
  });
});

describe("readOffersCsv", () => {
  const header = "Company,Title,Scope type,Scope,Data maturity,Support,Growth,Notes";
  test("reads offers; blank ratings are null; text stays text", () => {
    const { offers } = readOffersCsv(
      `\uFEFF${header}\r\n"=HYPERLINK(""x"")",DS,models,,4,2,3,"a, b"\r\n,,,,,,,\r\nB,MLE,deployment,4.5,3,4,5,\r\n`,
      "o.csv",
    );
    expect(offers).toHaveLength(2);
    expect(offers[0]).toEqual({
      company: '=HYPERLINK("x")',
      title: "DS",
      scopeType: "models",
      scope: null,
      dataMaturity: 4,
      support: 2,
      growth: 3,
      notes: "a, b",
    });
    expect(offers[1].scope).toBe(4.5);
  });
  test("a rating out of range names file, line and column", () => {
    expect(() => readOffersCsv(`${header}\nA,T,models,,4,7,3,\n`, "o.csv")).toThrow(
      /^o\.csv: 1 cell to fix .*\n {2}o\.csv, row 2, column 6 \(Support\): found "7"; expected a rating from 1 to 5/,
    );
  });
  test("a missing column is named", () => {
    expect(() =>
      readOffersCsv("Company,Title,Scope type,Scope,Data maturity,Growth,Notes\nA,T,,,,,\n", "o.csv"),
    ).toThrow(/o\.csv, row 1: the header row has no column "Support" \(it has "Company", "Title", /);
  });
  test("no header row, empty file, broken quotes", () => {
    expect(() => readOffersCsv("a,b\n1,2\n", "x.csv")).toThrow(InputError);
    expect(() => readOffersCsv("", "x.csv")).toThrow(/empty/);
    expect(() => readOffersCsv(`${header}\n"A,T\n`, "x.csv")).toThrow(
      /x\.csv, row 2, column 1: not valid CSV/,
    );
  });
});

describe("readOffersCsv: rating ranges", () => {
  const header = "Company,Title,Scope type,Scope,Data maturity,Support,Growth,Notes";
  test("a range is kept exactly as typed; a number typed as text is a number", () => {
    const { offers } = readOffersCsv(
      `${header}\nA,T,,3-5, 3.5 - 4 ,2 to 3,4\u20135,\nB,T,models,,"4",1-1,5,\n`,
      "r.csv",
    );
    expect([offers[0].scope, offers[0].dataMaturity, offers[0].support, offers[0].growth]).toEqual([
      "3-5",
      " 3.5 - 4 ",
      "2 to 3",
      "4\u20135",
    ]);
    expect([offers[1].scope, offers[1].dataMaturity, offers[1].support, offers[1].growth]).toEqual([
      null,
      4,
      "1-1",
      5,
    ]);
  });
  test("a semicolon CSV's decimal commas work in ranges too", () => {
    const { offers } = readOffersCsv(
      "Company;Title;Scope type;Scope;Data maturity;Support;Growth;Notes\nA;T;;3,5-4;2,5;2 to 3,5;4;x,y\n",
      "r.csv",
    );
    expect([offers[0].scope, offers[0].dataMaturity, offers[0].support, offers[0].notes]).toEqual([
      "3.5-4",
      2.5,
      "2 to 3.5",
      "x,y",
    ]);
  });
  test("a range outside 1-5, backwards, or text that is no rating names file, line and column", () => {
    expect(() => readOffersCsv(`${header}\nA,T,,0-4,3,3,3,\n`, "r.csv")).toThrow(
      /\n {2}r\.csv, row 2, column 4 \(Scope\): found "0-4"; expected a range that runs from a low end to a high end, both from 1 to 5/,
    );
    expect(() => readOffersCsv(`${header}\nA,T,,4,5-3,3,3,\n`, "r.csv")).toThrow(
      /\n {2}r\.csv, row 2, column 5 \(Data maturity\): found "5-3"; expected a range that runs/,
    );
    expect(() => readOffersCsv(`${header}\nA,T,,4,3,3,4e,\n`, "r.csv")).toThrow(
      /\n {2}r\.csv, row 2, column 7 \(Growth\): found "4e"; expected a rating from 1 to 5, a range such as "3-4" or "2 to 3", or a blank cell/,
    );
  });
  test("a rating that Excel turned into a date says so", () => {
    expect(() => readOffersCsv(`${header}\nA,T,,4,2026-03-05,3,3,\n`, "r.csv")).toThrow(
      /It looks like a date: Excel may have turned a range such as "3-5" into one; format the cell as Text/,
    );
  });
});

describe("ranges from a CSV give the chances computed from the typed ranges", () => {
  test("the pane's e2e offers (Acme, Gamma) as a CSV: evaluate's chances equal pFirst and OFFER.PFIRST", () => {
    const csv =
      "Company,Title,Scope type,Scope,Data maturity,Support,Growth,Notes\n" +
      "Acme,,,4,3-5,4,4,\n" +
      "Gamma,,,3,4,2 to 5,,\n";
    const read = readOffersCsv(csv, "r.csv");
    const ev = evaluate(evenPlan(NO_ANSWERS), read.offers);
    const ranges: OfferRanges[] = [
      [
        { lo: 4, hi: 4 },
        { lo: 3, hi: 5 },
        { lo: 4, hi: 4 },
        { lo: 4, hi: 4 },
      ],
      [{ lo: 3, hi: 3 }, { lo: 4, hi: 4 }, { lo: 2, hi: 5 }, null],
    ];
    const expected = pFirst(ranges, [1, 1, 1, 1]);
    expect(ev.chances).toEqual(expected);
    // The sheet function over the same cells, as Excel would pass them (a column per criterion).
    const fromCells = pfirstMatrix([[4], [3]], [["3-5"], [4]], [[4], ["2 to 5"]], [[4], [null]]);
    expect(fromCells.map((r) => r[0])).toEqual(expected);
    // Closed form: Acme = 25 (8 + d) / 4, Gamma = 25 (3 + s + g) / 4 with d ~ U[3,5], s ~ U[2,5],
    // g ~ U[1,5]. Gamma leads when s + g > 5 + d: for fixed d that is the corner triangle of the
    // (s, g) rectangle, area (5 - d)^2 / 2 of 12; averaged over d: (1/2) * integral of (5 - d)^2 / 24
    // from 3 to 5 = 1/18.
    expect(expected[1] as number).toBeGreaterThan(1 / 18 - 0.015);
    expect(expected[1] as number).toBeLessThan(1 / 18 + 0.015);
    expect((expected[0] as number) + (expected[1] as number)).toBeCloseTo(1, 12);
  });
});
