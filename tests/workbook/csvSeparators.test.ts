/**
 * CSV separators and decimal commas: a tab-separated file is read like a comma one; in a semicolon
 * or tab file a decimal comma in a rating is a point (3,5 -> 3.5, 2,5-4 -> "2.5-4", as the README
 * says); in a comma file a quoted "3,5" is a bad cell whose message explains the decimal comma.
 */
import { FileProblems, readOffersCsv } from "../../src/workbook/offersFile";

const HEADER = ["Company", "Scope", "Data maturity", "Support", "Growth", "Notes"];
const ROWS = [
  ["X", "3", "3", "4", "4", "a, b"],
  ["Y", "4", "2-3", "3", "5", ""],
];
const joined = (sep: string, rows: string[][]): string => rows.map((r) => r.join(sep)).join("\r\n") + "\r\n";

test("a tab-separated file gives the same offers as the comma one", () => {
  const quoted = ROWS.map((r) => r.map((f) => (f.includes(",") ? `"${f}"` : f)));
  const comma = readOffersCsv(joined(",", [HEADER, ...quoted]), "c.csv");
  const tab = readOffersCsv(joined("\t", [HEADER, ...ROWS]), "t.csv");
  expect(tab.offers).toEqual(comma.offers);
  expect(tab.offers.map((o) => [o.company, o.dataMaturity, o.notes])).toEqual([
    ["X", 3, "a, b"],
    ["Y", "2-3", ""],
  ]);
});

test.each([
  [";", "semicolon"],
  ["\t", "tab"],
])("decimal commas in a %j (%s) file: numbers and ranges with points, other text as typed", (sep) => {
  const read = readOffersCsv(
    joined(sep, [HEADER, ["X", "3,5", "2,5-4", "3,5 to 4", "4", "1,5 days"]]),
    "d.csv",
  );
  expect(read.offers.map((o) => [o.scope, o.dataMaturity, o.support, o.growth, o.notes])).toEqual([
    [3.5, "2.5-4", "3.5 to 4", 4, "1,5 days"],
  ]);
});

test('a quoted "3,5" or "2,5-4" in a comma CSV: a bad cell, with the decimal comma explained', () => {
  let lines: string[] = [];
  try {
    readOffersCsv('Company,Scope,Data maturity,Support,Growth\nX,"3,5",3,"2,5-4",4\nY,4,3,3,six\n', "c.csv");
  } catch (e) {
    if (!(e instanceof FileProblems)) throw e;
    lines = e.message.split("\n").slice(1);
  }
  expect(lines).toHaveLength(3);
  expect(lines[0]).toContain(
    'c.csv, row 2, column 2 (Scope): found "3,5"; expected a rating from 1 to 5, a range such as "3-4" or "2 to 3", or a blank cell. It looks like a decimal comma: in a comma-separated file write the number with a point (3.5), or save the file with semicolons between the fields (then 3,5 is read as 3.5).',
  );
  expect(lines[1]).toContain('(Support): found "2,5-4"');
  expect(lines[1]).toContain("with a point (2.5-4)");
  expect(lines[2]).not.toContain("decimal comma");
});
