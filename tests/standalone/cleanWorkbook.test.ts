/**
 * Issue 11, item 5: the workbook the ExcelJS writer makes (the page's download, the CLI's report) is
 * clean when read back from the file itself: data validation ranges never overlap (however many
 * offers), no number carries a float leftover, no cell holds an empty string where nothing was
 * entered, and the Offers sheet's notes agree with what its cells hold.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { excelNumber, layoutsToXlsx } from "../../src/workbook/excelJsWriter";
import type { OfferInput } from "../../src/workbook/inputs";
import type { SheetLayout } from "../../src/workbook/layout";
import { buildWorkbookLayouts } from "../../src/workbook/sheets";
import { evenPlan } from "../fixtures";

const PLAN = evenPlan([2, 2, 1, 2, 5, 5, 4, 5]);

function offers(n: number): OfferInput[] {
  return Array.from({ length: n }, (_, i) => ({
    company: `Co ${i + 1}`,
    title: i % 2 ? "" : "DS",
    scopeType: ["models", "deployment", "end-to-end", "reporting", ""][i % 5],
    scope: i % 5 === 4 ? 3 : null,
    dataMaturity: 1 + (i % 5),
    support: i % 3 === 0 ? "2-4" : 3,
    growth: 1 + ((i * 2) % 5),
    notes: i % 4 === 0 ? "note" : "",
  }));
}

/** Cell ranges of an sqref list ("C5:C11 E5") as [r0, c0, r1, c1]. */
function rects(sqref: string): [number, number, number, number][] {
  const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return sqref.split(/\s+/).map((ref) => {
    const [a, b = a] = ref.split(":");
    const pa = /^([A-Z]+)(\d+)$/.exec(a) as RegExpExecArray;
    const pb = /^([A-Z]+)(\d+)$/.exec(b) as RegExpExecArray;
    return [Number(pa[2]), col(pa[1]), Number(pb[2]), col(pb[1])];
  });
}

async function sheetXml(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  return Promise.all(names.map((n) => (zip.file(n) as JSZip.JSZipObject).async("string")));
}

test.each([1, 2, 6, 7, 12, 40])("%i offers: no two data validation ranges overlap", async (n) => {
  const bytes = await layoutsToXlsx(ExcelJS, buildWorkbookLayouts(PLAN, offers(n)));
  let ranges = 0;
  for (const xml of await sheetXml(bytes)) {
    const all = [...xml.matchAll(/<dataValidation\b[^>]*\bsqref="([^"]+)"/g)].flatMap((m) => rects(m[1]));
    ranges += all.length;
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++) {
        const [a, b] = [all[i], all[j]];
        const overlap = a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
        expect({ a, b, overlap }).toEqual({ a, b, overlap: false });
      }
    // The four rating columns and the Scope type column each carry one rule for all their rows.
  }
  expect(ranges).toBeGreaterThanOrEqual(5);
});

test("every offer row has its rating rule: the Offers columns' ranges cover rows 5 to 4 + n", async () => {
  const n = 7;
  const bytes = await layoutsToXlsx(ExcelJS, buildWorkbookLayouts(PLAN, offers(n)));
  const offersXml = (await sheetXml(bytes))[0];
  const sqrefs = [...offersXml.matchAll(/<dataValidation\b[^>]*\bsqref="([^"]+)"/g)].map((m) => m[1]);
  for (const c of ["C", "D", "E", "F", "G"]) expect(sqrefs).toContain(`${c}5:${c}${4 + n}`);
});

test("no float leftovers: a number is written as Excel keeps it (15 significant digits)", async () => {
  expect(excelNumber(0.1 + 0.2)).toBe(0.3);
  expect(excelNumber(95.00000000000001)).toBe(95);
  expect(excelNumber(1 / 3)).toBeCloseTo(1 / 3, 14);
  const layout: SheetLayout = {
    key: "offers",
    title: "Sheet",
    blocks: [
      {
        key: "grid",
        row: 0,
        col: 0,
        style: "grid",
        headerRows: 1,
        rows: [
          ["a", "b"],
          [0.1 + 0.2, { formula: "=A2*1", value: 95.00000000000001 }],
        ],
      },
    ],
    names: [],
    charts: [],
    columnWidths: [],
  };
  const bytes = await layoutsToXlsx(ExcelJS, [layout]);
  const xml = (await sheetXml(bytes))[0];
  const values = [...xml.matchAll(/<v>([^<]*)<\/v>/g)].map((m) => m[1]);
  expect(values).toContain("0.3");
  expect(values).toContain("95");
  // The whole report too: every number in every sheet reads back as its 15-digit self.
  const report = await layoutsToXlsx(ExcelJS, buildWorkbookLayouts(PLAN, offers(12)));
  for (const sheet of await sheetXml(report))
    for (const m of sheet.matchAll(/<c [^>]*?(?:t="n")?[^>]*><(?:f>[^<]*<\/f><)?v>(-?[\d.eE+-]+)<\/v>/g)) {
      const v = Number(m[1]);
      expect({ v: m[1], clean: Number(v.toPrecision(15)) === v }).toEqual({ v: m[1], clean: true });
    }
});

test("no empty-string cells where nothing was entered (blank titles and notes, blank chart names)", async () => {
  const list = offers(6);
  list[2] = { ...list[2], company: "" };
  const bytes = await layoutsToXlsx(ExcelJS, buildWorkbookLayouts(PLAN, list));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const empty: string[] = [];
  for (const ws of wb.worksheets)
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.value === "") empty.push(`${ws.name}!${cell.address}`);
      }),
    );
  expect(empty).toEqual([]);
  const zip = await JSZip.loadAsync(bytes);
  const shared = (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "";
  expect(shared).not.toMatch(/<si><t(?: [^>]*)?\/?>(?:<\/t>)?<\/si>/);
});

test("the Offers notes agree with the cells: Score is a stored value, Scope and Rank are live formulas", async () => {
  const bytes = await layoutsToXlsx(ExcelJS, buildWorkbookLayouts(PLAN, offers(3)));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("Offers") as ExcelJS.Worksheet;
  const text = [1, 2, 3].map((r) => String(ws.getCell(`A${r}`).value ?? "")).join("\n");
  // What the notes say about each column, checked against what the cells hold.
  expect(text).toMatch(/Score holds the values computed when it was made/);
  expect(text).toMatch(/a Scope left to follow the scope type, and Rank, are Excel formulas that update/);
  expect(text).not.toMatch(/Scope, Score and Rank hold the values/);
  // "update by themselves" is said of the add-in only.
  expect(text).toMatch(/With the Offer Evaluator add-in, Score and Rank update by themselves/);
  for (const r of [5, 6, 7]) {
    expect(typeof ws.getCell(`I${r}`).value).toBe("number");
    expect(ws.getCell(`J${r}`).value).toMatchObject({ formula: expect.stringMatching(/RANK\.EQ/) });
  }
  // Scope: a formula where it follows the role (rows 5-7 have scope types and no typed scope).
  for (const r of [5, 6, 7])
    expect(ws.getCell(`D${r}`).value).toMatchObject({ formula: expect.stringMatching(/Scope type/) });
});
