/**
 * Issue 11, items 1-4, through the reader the page's import uses (readOffersXlsx / readOffersCsv):
 * workbooks written by openpyxl and LibreOffice (committed in tests/fixtures/files, see its README),
 * read both with ExcelJS's Node build and with its browser build (the one the page loads, given an
 * ArrayBuffer as the page gives it); the header found wherever it is; every bad cell named at once;
 * and a download -> import -> CLI -> import round trip that keeps ranges and role-following Scope.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { layoutsToXlsx } from "../../src/workbook/excelJsWriter";
import type { OfferInput } from "../../src/workbook/inputs";
import {
  FileProblems,
  InputError,
  MAX_PROBLEM_LINES,
  readOffersCsv,
  readOffersXlsx,
} from "../../src/workbook/offersFile";
import { loadWorkbookLeniently } from "../../src/workbook/xlsxRepair";
import { buildWorkbookLayouts } from "../../src/workbook/sheets";
import { evenPlan } from "../fixtures";

// The page loads ExcelJS's browser bundle (package.json "browser" field): read with that too.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const BrowserExcelJS = require("exceljs/dist/exceljs.min.js") as typeof ExcelJS;

const DIR = path.resolve(__dirname, "../fixtures/files");
const bytesOf = (name: string): Uint8Array => new Uint8Array(fs.readFileSync(path.join(DIR, name)));
/** What the page passes: the File's ArrayBuffer. */
const arrayBufferOf = (name: string): ArrayBuffer => {
  const b = bytesOf(name);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

/** The three offers every table fixture holds, as the make_fixtures.py script wrote them. */
const THREE: Pick<OfferInput, "company" | "scopeType" | "scope" | "dataMaturity" | "support" | "growth">[] = [
  { company: "Acme", scopeType: "models", scope: null, dataMaturity: 4, support: 2, growth: 3 },
  { company: "Beta", scopeType: "deployment", scope: null, dataMaturity: 3, support: 4, growth: 5 },
  { company: "Gamma", scopeType: "end-to-end", scope: 4, dataMaturity: 2, support: 5, growth: 4 },
];

describe.each([
  ["Node", ExcelJS],
  ["browser", BrowserExcelJS],
])("workbooks from other producers, ExcelJS %s build", (_build, X) => {
  test.each([
    ["openpyxl-offers-table.xlsx", 'table "Offers" on sheet "Offers"', "Data Scientist"],
    ["openpyxl-other-table.xlsx", 'sheet "Offers"', "Data Scientist"],
    ["libreoffice-offers-table.xlsx", 'table "Offers" on sheet "Offers"', "Data Scientist"],
    ["openpyxl-title-rows.xlsx", 'table "Offers" on sheet "My job search"', ""],
    ["libreoffice-title-rows.xlsx", 'table "Offers" on sheet "My job search"', ""],
    // A chart, a comment and styles: openpyxl's chart and comment parts are ones ExcelJS cannot
    // follow, so the cells are read without them (and without the table); LibreOffice's are read.
    ["openpyxl-chart.xlsx", 'sheet "Offers"', "Data Scientist"],
    ["libreoffice-chart.xlsx", 'table "Offers" on sheet "Offers"', "Data Scientist"],
  ])("%s is read: its table, its three offers, its notes", async (name, source, firstTitle) => {
    const read = await readOffersXlsx(X, arrayBufferOf(name), name);
    expect(read.source).toBe(source);
    expect(read.offers.map((o) => ({ ...o, title: undefined, notes: undefined }))).toEqual(
      THREE.map((o) => ({ ...o, title: undefined, notes: undefined })),
    );
    expect(read.offers[0].title).toBe(firstTitle);
    expect(read.offers[0].notes).toBe("remote");
  });
});

test("openpyxl's table is read as its table after its absolute part names are made relative", async () => {
  // ExcelJS alone refuses the file: the failure this reader works around.
  await expect(
    new ExcelJS.Workbook().xlsx.load(bytesOf("openpyxl-offers-table.xlsx") as unknown as ArrayBuffer),
  ).rejects.toThrow(/reading 'name'/);
  const { workbook, route } = await loadWorkbookLeniently(ExcelJS, bytesOf("openpyxl-offers-table.xlsx"));
  expect(route).toBe("relative targets");
  expect(workbook.getWorksheet("Offers")?.getTables().length).toBe(1);
  const lo = await loadWorkbookLeniently(ExcelJS, bytesOf("libreoffice-offers-table.xlsx"));
  expect(lo.route).toBe("as is");
});

test("a table part that cannot be read at all: the cells are read without it", async () => {
  const zip = await JSZip.loadAsync(bytesOf("openpyxl-offers-table.xlsx"));
  const rels = "xl/worksheets/_rels/sheet1.xml.rels";
  const xml = (await zip.file(rels)?.async("string")) ?? "";
  // The sheet points at a table part that is not in the file.
  zip.file(rels, xml.replace("/xl/tables/table1.xml", "../tables/table9.xml"));
  const broken = await zip.generateAsync({ type: "uint8array" });
  await expect(new ExcelJS.Workbook().xlsx.load(broken as unknown as ArrayBuffer)).rejects.toThrow();
  expect((await loadWorkbookLeniently(ExcelJS, broken)).route).toBe("without tables");
  const read = await readOffersXlsx(ExcelJS, broken, "broken-table.xlsx");
  expect(read.source).toBe('sheet "Offers"');
  expect(read.offers.map((o) => o.company)).toEqual(["Acme", "Beta", "Gamma"]);
});

test("a file that is no workbook at all still says so", async () => {
  const bytes = bytesOf("openpyxl-offers-table.xlsx").slice(0, 300);
  await expect(readOffersXlsx(ExcelJS, bytes, "cut.xlsx")).rejects.toThrow(
    /^cut\.xlsx: not an xlsx file: it could not be opened/,
  );
});

describe("the header, wherever it is", () => {
  test("title rows above, start in column B, Notes left of Company, any order and case, extra and missing optional columns", async () => {
    const read = await readOffersXlsx(ExcelJS, bytesOf("openpyxl-title-rows.xlsx"), "t.xlsx");
    expect(read.offers[0]).toEqual({
      company: "Acme",
      title: "",
      scopeType: "models",
      scope: null,
      dataMaturity: 4,
      support: 2,
      growth: 3,
      notes: "remote",
    });
  });

  test("the same layout as CSV: title lines, Notes first, shuffled columns, an extra column", () => {
    const csv = [
      "My offers,,,,,",
      ",,,,,",
      "NOTES,Growth,company ,Salary,Data_Maturity,SUPPORT,Scope",
      "remote,3,Acme,120,4,2,5",
      ",5,Beta,130,3,4,2-3",
    ].join("\n");
    const read = readOffersCsv(csv, "t.csv");
    expect(read.offers).toEqual([
      {
        company: "Acme",
        title: "",
        scopeType: "",
        scope: 5,
        dataMaturity: 4,
        support: 2,
        growth: 3,
        notes: "remote",
      },
      {
        company: "Beta",
        title: "",
        scopeType: "",
        scope: "2-3",
        dataMaturity: 3,
        support: 4,
        growth: 5,
        notes: "",
      },
    ]);
  });

  test("optional columns: no Title, Notes or Scope (a Scope type alone lets Scope follow the role)", () => {
    const read = readOffersCsv("Company,Scope type,Data maturity,Support,Growth\nA,models,4,2,3\n", "o.csv");
    expect(read.offers[0]).toMatchObject({
      company: "A",
      title: "",
      scopeType: "models",
      scope: null,
      notes: "",
    });
    // Without Scope and Scope type, Scope cannot be given at all: that is named.
    expect(() => readOffersCsv("Company,Data maturity,Support,Growth\nA,4,2,3\n", "o.csv")).toThrow(
      /o\.csv, row 1: the header row has no column "Scope \(or Scope type\)"/,
    );
    // Each required column is named when missing; Title and Notes never are.
    expect(() => readOffersCsv("Company,Scope,Support\nA,4,2\n", "o.csv")).toThrow(
      /no columns "Data maturity", "Growth" \(it has "Company", "Scope", "Support"\); expected the columns Company, Scope \(or Scope type\), Data maturity, Support and Growth \(Title, Scope type and Notes are optional/,
    );
  });

  test("a sheet with no header row names the sheets it looked at", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Budget").addRow(["Item", "Cost"]);
    await expect(
      readOffersXlsx(ExcelJS, new Uint8Array(await wb.xlsx.writeBuffer()), "b.xlsx"),
    ).rejects.toThrow(/no sheet with a header row that has a "Company" column \(sheets: "Budget"\)/);
  });

  test("a header with no offers below it is an error, not an empty list", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Offers").addRow(["Company", "Scope", "Data maturity", "Support", "Growth"]);
    await expect(
      readOffersXlsx(ExcelJS, new Uint8Array(await wb.xlsx.writeBuffer()), "h.xlsx"),
    ).rejects.toThrow(
      /h\.xlsx, sheet "Offers", row 1: the offers table has a header row but no offers below it/,
    );
    expect(() => readOffersCsv("Company,Scope,Data maturity,Support,Growth\n,,,,\n", "h.csv")).toThrow(
      /h\.csv, row 1: the offers table has a header row but no offers/,
    );
  });
});

describe("every problem in one run", () => {
  test("56 bad cells: each named with file, sheet and A1 address, found and expected; 50 lines, then the count", async () => {
    let error: unknown;
    try {
      await readOffersXlsx(ExcelJS, bytesOf("openpyxl-bad-cells.xlsx"), "bad.xlsx");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FileProblems);
    expect(error).toBeInstanceOf(InputError);
    const p = error as FileProblems;
    // 55 out-of-range data maturity ratings (rows 2-56) and the word "four" in F2.
    expect(p.problems).toHaveLength(56);
    const cells = p.problems.map((x) => x.where.cell);
    for (let r = 2; r <= 56; r++) expect(cells).toContain(`E${r} (Data maturity)`);
    expect(cells).toContain("F2 (Support)");
    const lines = p.message.split("\n");
    expect(lines[0]).toBe("bad.xlsx: 56 cells to fix before the offers can be read (nothing was imported):");
    expect(lines).toHaveLength(1 + MAX_PROBLEM_LINES + 1);
    expect(lines[1]).toBe(
      '  bad.xlsx, sheet "Offers", cell E2 (Data maturity): found 9; expected a rating from 1 to 5, a range such as "3-4" or "2 to 3", or a blank cell.',
    );
    expect(lines[2]).toMatch(/cell F2 \(Support\): found "four"; expected a rating from 1 to 5/);
    expect(lines[lines.length - 1]).toBe("  and 6 more.");
  });

  test("a CSV: every bad cell of a row, each with what was found and what is expected", () => {
    let message = "";
    try {
      readOffersCsv(
        "Company,Scope,Data maturity,Support,Growth\nA,4.5.1,2026-03-05,x,5-3\nB,3,3,3,3\n",
        "t.csv",
      );
    } catch (e) {
      message = (e as Error).message;
    }
    const expected = 'a rating from 1 to 5, a range such as "3-4" or "2 to 3", or a blank cell.';
    expect(message.split("\n")).toEqual([
      "t.csv: 4 cells to fix before the offers can be read (nothing was imported):",
      `  t.csv, row 2, column 2 (Scope): found "4.5.1"; expected ${expected}`,
      `  t.csv, row 2, column 3 (Data maturity): found "2026-03-05"; expected ${expected} It looks like a date: Excel may have turned a range such as "3-5" into one; format the cell as Text and type the range again.`,
      `  t.csv, row 2, column 4 (Support): found "x"; expected ${expected}`,
      '  t.csv, row 2, column 5 (Growth): found "5-3"; expected a range that runs from a low end to a high end, both from 1 to 5 (such as "3-4").',
    ]);
  });

  test("an unknown scope type with a blank Scope is named with what is expected", () => {
    expect(() =>
      readOffersCsv("Company,Scope type,Scope,Data maturity,Support,Growth\nA,modles,,4,2,3\n", "s.csv"),
    ).toThrow(
      /s\.csv, row 2, column 2 \(Scope type\): found "modles"; expected one of models, deployment, end-to-end, reporting, or a blank cell/,
    );
  });
});

describe("ranges typed as text", () => {
  test("openpyxl cells typed as text ranges keep their text; numbers typed as text become numbers; a blank Scope with a Scope type follows the role", async () => {
    const read = await readOffersXlsx(ExcelJS, bytesOf("openpyxl-ranges.xlsx"), "r.xlsx");
    expect(read.offers.map((o) => [o.scope, o.dataMaturity, o.support, o.growth])).toEqual([
      [null, "3-5", "2 to 3", 4],
      ["3.5 - 4", 4, 2.5, "4\u20135"],
      [null, 3, 3, 3],
    ]);
    expect(read.offers[2].scopeType).toBe("reporting");
  });
});

describe("round trip: download -> import -> CLI-style report -> import", () => {
  const PLAN = evenPlan([1, 1, 1, 1, 5, 5, 5, 5]);
  const OFFERS: OfferInput[] = [
    {
      company: "Acme",
      title: "DS",
      scopeType: "models",
      scope: null,
      dataMaturity: "3-5",
      support: "2 to 3",
      growth: 4,
      notes: "",
    },
    {
      company: "Beta",
      title: "",
      scopeType: "deployment",
      scope: 2,
      dataMaturity: 4,
      support: "4\u20135",
      growth: 2.5,
      notes: "n",
    },
    {
      company: "Gamma",
      title: "MLE",
      scopeType: "",
      scope: "3.5 - 4",
      dataMaturity: 1,
      support: 5,
      growth: "1-2",
      notes: "",
    },
    {
      company: "Delta",
      title: "",
      scopeType: "reporting",
      scope: null,
      dataMaturity: 5,
      support: 5,
      growth: 5,
      notes: "",
    },
  ];

  test("the same offers, ratings (ranges as typed) and role-following Scope cells come back every time", async () => {
    const download = await layoutsToXlsx(ExcelJS, buildWorkbookLayouts(PLAN, OFFERS));
    const imported = (await readOffersXlsx(ExcelJS, download, "offer-evaluator.xlsx")).offers;
    expect(imported).toEqual(OFFERS);
    // The report the CLI writes from the imported offers (same layouts, same writer), imported again.
    const report = await layoutsToXlsx(ExcelJS, buildWorkbookLayouts(PLAN, imported));
    const again = await readOffersXlsx(BrowserExcelJS, report, "report.xlsx");
    expect(again.offers).toEqual(OFFERS);
    // A typed Scope over a scope type stays typed (Beta: 2, not deployment's fit).
    expect(again.offers[1].scope).toBe(2);
  });

  test("a Scope saved by Excel with the add-in (OFFER.SCOPEFIT with its cached value) follows the role too", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Offers");
    ws.addRow(["Company", "Scope type", "Scope", "Data maturity", "Support", "Growth"]);
    ws.addRow(["A", "models", null, 4, 2, 3]);
    ws.getCell("C2").value = {
      formula:
        'IF(Offers[[#This Row],[Scope type]]="","",_xldudf_OFFER.SCOPEFIT(Offers[[#This Row],[Scope type]],"DS"))',
      result: 5,
    } as ExcelJS.CellFormulaValue;
    ws.addRow(["B", "models", { formula: "2+2", result: 4 }, 4, 2, 3]);
    const read = await readOffersXlsx(ExcelJS, new Uint8Array(await wb.xlsx.writeBuffer()), "x.xlsx");
    expect(read.offers[0].scope).toBeNull();
    // Any other formula in Scope is the person's own rating: its value is read.
    expect(read.offers[1].scope).toBe(4);
  });
});

describe("property: the header is found however the columns are arranged", () => {
  const COLUMNS = ["Company", "Title", "Scope type", "Scope", "Data maturity", "Support", "Growth", "Notes"];
  const ROWS = [
    ["Acme", "DS", "models", "", "3-5", "2", "4", "n, with a comma"],
    ["Beta", "", "", "4", "3", "2 to 3", "5", ""],
  ];
  const canonical = readOffersCsv(
    [COLUMNS, ...ROWS].map((r) => r.map((f) => (f.includes(",") ? `"${f}"` : f)).join(",")).join("\n"),
    "c.csv",
  ).offers;
  /** A header name as a person might type it: other case, spaces or underscores around and inside. */
  const spelling = (name: string, how: number): string =>
    [
      name,
      name.toUpperCase(),
      name.toLowerCase(),
      ` ${name}  `,
      name.replace(/ /g, "_"),
      name.replace(/ /g, "  "),
    ][how % 6];

  test("any order, any spelling, title lines above, extra columns, any start column: the same offers", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7], { minLength: 8, maxLength: 8 }),
        fc.array(fc.nat(5), { minLength: 8, maxLength: 8 }),
        fc.nat(4),
        fc.nat(3),
        fc.boolean(),
        (order, spellings, titleLines, leftPad, extra) => {
          const pad = (cells: string[]): string[] => [
            ...Array(leftPad).fill(""),
            ...cells,
            ...(extra ? ["x"] : []),
          ];
          const header = pad(order.map((k, i) => spelling(COLUMNS[k], spellings[i])));
          if (extra) header[header.length - 1] = "Salary";
          const lines = [
            ...Array.from({ length: titleLines }, (_, i) => (i === 0 ? "My offers" : "")),
            header,
            ...ROWS.map((r) => pad(order.map((k) => r[k]))),
          ].map((r) => (Array.isArray(r) ? r.map((f) => (f.includes(",") ? `"${f}"` : f)).join(",") : r));
          expect(readOffersCsv(lines.join("\n"), "p.csv").offers).toEqual(canonical);
        },
      ),
      { numRuns: 200 },
    );
  });
});
