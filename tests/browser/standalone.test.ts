/**
 * The standalone page end to end (issue 6): the built taskpane page opened in headless Chromium with
 * no Excel (office.js reports no host), the quiz answered, two offers entered, "Download workbook"
 * pressed, and the downloaded .xlsx parsed with ExcelJS. Screenshots: test-artifacts/standalone.png
 * (320 px, whole page), standalone-section.png (the offers and results) and standalone-wide.png.
 */
import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import type { BrowserContext, Page } from "playwright-core";
import { ARTIFACTS, foreignRequests, launch, serve, type Browser, type Server } from "./harness";
import { CHECKLIST } from "../../src/content";
import { scopeFit, scoreOffer } from "../../src/scoring";

let server: Server;
let context: BrowserContext;
let browser: Browser;
let page: Page;
const requests: string[] = [];

// DS side disagrees, MLE side agrees: the role is ML Engineer.
const ANSWERS = [2, 1, 2, 2, 5, 4, 5, 5];
const OFFERS = [
  { company: "Northwind", title: "Data Scientist", scopeType: "models", ratings: ["", "4", "2", "3"] },
  {
    company: '=HYPERLINK("http://x")',
    title: "ML Engineer",
    scopeType: "deployment",
    ratings: ["", "3", "5", "4"],
  },
];

beforeAll(async () => {
  server = await serve();
  browser = await launch({ acceptDownloads: true });
  context = browser.context;
  page = await context.newPage();
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${server.origin}/taskpane.html`);
  await page.waitForSelector('#app[aria-busy="false"]');
  await page.waitForSelector("#sa-offers-panel", { timeout: 15000 });
}, 60000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("outside Excel the page runs standalone with the offers grid and results", async () => {
  expect(await page.locator("#standalone").isVisible()).toBe(true);
  expect(await page.getByRole("button", { name: "Download workbook" }).isVisible()).toBe(true);
  expect(await page.getByLabel("Import offers (.xlsx or .csv)").count()).toBe(1);
});

test("quiz + two offers -> results on the page", async () => {
  for (let i = 0; i < CHECKLIST.length; i++) {
    await page.locator(`#q-${CHECKLIST[i].id}-${ANSWERS[i]}`).check();
  }
  for (let i = 0; i < OFFERS.length; i++) {
    await page.getByRole("button", { name: "Add offer" }).click();
    const o = OFFERS[i];
    await page.locator(`#sa-company-${i}`).fill(o.company);
    await page.locator(`#sa-title-${i}`).fill(o.title);
    await page.locator(`#sa-scopeType-${i}`).selectOption(o.scopeType);
    const fields = ["scope", "dataMaturity", "support", "growth"];
    for (let k = 0; k < 4; k++)
      if (o.ratings[k] !== "") await page.locator(`#sa-${fields[k]}-${i}`).fill(o.ratings[k]);
  }
  // Scope follows the quiz role (MLE): the hint says so.
  expect(await page.locator("#sa-scope-1-hint").textContent()).toMatch(
    /^5 from "deployment" for Machine Learning Engineer/,
  );
  await page.waitForFunction(() =>
    /leads with/.test(document.getElementById("sa-summary")?.textContent ?? ""),
  );
  const summary = await page.locator("#sa-summary").textContent();
  const w = [0.25, 0.25, 0.25, 0.25] as const;
  const s0 = scoreOffer([scopeFit("models", "MLE"), 4, 2, 3], w) as number;
  const s1 = scoreOffer([scopeFit("deployment", "MLE"), 3, 5, 4], w) as number;
  expect(s1).toBeGreaterThan(s0);
  expect(summary).toContain(`leads with ${s1.toFixed(1)} out of 100`);
  expect(await page.locator("#sa-role").textContent()).toMatch(/Machine Learning Engineer/);
  expect(await page.locator("#sa-verdict p").textContent()).toMatch(/leads with/);
  expect(await page.locator("#sa-chart svg rect").count()).toBe(2);
  expect(await page.locator("#sa-ranking tbody tr").count()).toBe(2);
  expect(await page.locator("#sa-tipping tbody tr").count()).toBe(4);
  expect(await page.locator("#sa-roadmap li").count()).toBe(4);
  // The formula-like company name is shown as text.
  expect(await page.locator("#sa-ranking tbody tr").first().locator("th").textContent()).toContain(
    '=HYPERLINK("http://x")',
  );

  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, "standalone.png"), fullPage: true });
  await page.locator("#standalone").screenshot({ path: path.join(ARTIFACTS, "standalone-section.png") });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}, 60000);

test("Download workbook gives an .xlsx with the add-in's sheets and the page's numbers", async () => {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download workbook" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("offer-evaluator.xlsx");
  const file = await download.path();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(file as string) as unknown as ArrayBuffer);
  expect(wb.worksheets.map((s) => s.name)).toEqual(["Offers", "Assumptions", "Recommendation", "Roadmap"]);
  const offers = wb.getWorksheet("Offers") as ExcelJS.Worksheet;
  expect(offers.getCell("A4").value).toBe("Company");
  expect(offers.getCell("A5").value).toBe("Northwind");
  expect(offers.getCell("A6").value).toBe('=HYPERLINK("http://x")');
  expect(offers.getCell("A6").type).toBe(ExcelJS.ValueType.String);
  expect(offers.getCell("D6").value).toBe(5);
  const w = [0.25, 0.25, 0.25, 0.25] as const;
  expect(offers.getCell("I6").value).toBeCloseTo(scoreOffer([5, 3, 5, 4], w) as number, 9);
  expect(String(offers.getCell("A3").value)).toMatch(/OFFER\.\* formulas/);
  const rec = wb.getWorksheet("Recommendation") as ExcelJS.Worksheet;
  expect(rec.getCell("B24").value).toBe('=HYPERLINK("http://x")');
  expect(rec.getCell("B25").value).toBe("Northwind");
  const assumptions = wb.getWorksheet("Assumptions") as ExcelJS.Worksheet;
  expect([4, 4 + 7].map((r) => assumptions.getCell(26 + r - 4, 4).value)).toEqual([ANSWERS[0], ANSWERS[7]]);
  expect((wb.getWorksheet("Roadmap") as ExcelJS.Worksheet).getCell("E6").value).toBe("Python engineering");
  expect(await page.locator(".sa-download-row + .hint + .action-status").textContent()).toMatch(
    /Downloaded offer-evaluator\.xlsx/,
  );
}, 60000);

test("offers survive a reload (localStorage), and the page asks nothing of other origins", async () => {
  await page.waitForTimeout(500);
  await page.reload();
  await page.waitForSelector("#sa-offers-panel");
  expect(await page.locator("#sa-company-0").inputValue()).toBe("Northwind");
  expect(await page.locator("#sa-company-1").inputValue()).toBe('=HYPERLINK("http://x")');
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.waitForSelector("#sa-chart svg");
  await page.screenshot({ path: path.join(ARTIFACTS, "standalone-wide.png"), fullPage: true });
  expect(foreignRequests(requests, server.origin)).toEqual([]);
}, 60000);
