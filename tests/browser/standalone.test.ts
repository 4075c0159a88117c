/**
 * The standalone page end to end (issue 6): the built taskpane page opened in headless Chromium with
 * no Excel (office.js reports no host), the quiz answered, two offers entered, "Download workbook"
 * pressed, and the downloaded .xlsx parsed with ExcelJS; the page's own wording (no sheets, no
 * argument-name prefixes, the role quiz by one name), an import with undo, a third offer with a long
 * name and contradicting pairwise weights (the results note it), results that fit at 320 and 1200 px,
 * and axe. Screenshots: test-artifacts/standalone.png (320 px, whole page), standalone-section.png
 * (the offers and results), standalone-results-320.png, standalone-results-1200.png and
 * standalone-wide.png.
 */
import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import type { BrowserContext, Page } from "playwright-core";
import {
  ARTIFACTS,
  foreignRequests,
  launch,
  seriousViolations,
  serve,
  type Browser,
  type Server,
} from "./harness";
import { CHECKLIST } from "../../src/content";
import { scopeFit, scoreOffer } from "../../src/scoring";

let server: Server;
let context: BrowserContext;
let browser: Browser;
let page: Page;
const requests: string[] = [];

const HYPER = '=HYPERLINK("http://x","click")';
// DS side disagrees, MLE side agrees: the role is ML Engineer.
const ANSWERS = [2, 1, 2, 2, 5, 4, 5, 5];
const OFFERS = [
  { company: "Northwind", title: "Data Scientist", scopeType: "models", ratings: ["", "4", "2", "3"] },
  {
    company: HYPER,
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

/** What the page must never say: Excel places, the old name of the quiz, argument-name prefixes. */
const NOT_PAGE_WORDS = /Offers sheet|checklist|\b(answers|offers|offer \d+|weights): |Not available:/i;

async function resultsText(): Promise<string> {
  return (await page.locator("#sa-results-panel").innerText()).replace(/\s+/g, " ");
}

test("with nothing entered yet, the results speak the page's words", async () => {
  const text = await resultsText();
  expect(text).not.toMatch(NOT_PAGE_WORDS);
  expect(await page.locator("#sa-verdict p").textContent()).toMatch(
    /^No offer can be scored yet\. Under Your offers, rate each offer/,
  );
  expect(await page.locator("#sa-role p").textContent()).toBe(
    'Hybrid for now: answer the role quiz ("Which role fits you?") to see which role fits you.',
  );
  expect(await page.locator("#sa-tipping-reason").textContent()).toMatch(
    /^Rate at least two offers on all four criteria/,
  );
  // Only the Data Scientist side answered.
  await page.locator(`#q-${CHECKLIST[0].id}-2`).check();
  await page.waitForFunction(() =>
    /ML Engineer statements \(5-8\)/.test(document.getElementById("sa-role")?.textContent ?? ""),
  );
  // One partly rated offer: the page names it, in its own words.
  await page.getByRole("button", { name: "Add offer" }).click();
  await page.locator("#sa-company-0").fill("Partial");
  await page.locator("#sa-scope-0").fill("3");
  await page.locator("#sa-growth-0").fill("4");
  await page.waitForFunction(() =>
    /Offer 1 \(Partial\) has 2 of the 4 criteria rated/.test(
      document.getElementById("sa-tipping")?.textContent ?? "",
    ),
  );
  expect(await resultsText()).not.toMatch(NOT_PAGE_WORDS);
  await page.getByRole("button", { name: "Remove Offer 1: Partial" }).click();
  expect(await page.locator("fieldset.sa-offer").count()).toBe(0);
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
  const w = [0.25, 0.25, 0.25, 0.25] as const;
  const s0 = scoreOffer([scopeFit("models", "MLE"), 4, 2, 3], w) as number;
  const s1 = scoreOffer([scopeFit("deployment", "MLE"), 3, 5, 4], w) as number;
  expect(s1).toBeGreaterThan(s0);
  // Wait for the final figure, not just the count: a redraw can land while the second offer is half typed.
  await page.waitForFunction(
    (expected) =>
      (document.getElementById("sa-summary")?.textContent ?? "").includes(expected) &&
      /\(2 offers scored\)/.test(document.getElementById("sa-summary")?.textContent ?? ""),
    `leads with ${s1.toFixed(1)} out of 100`,
  );
  const summary = await page.locator("#sa-summary").textContent();
  expect(summary).toContain(`leads with ${s1.toFixed(1)} out of 100`);
  expect(await page.locator("#sa-role").textContent()).toMatch(/Machine Learning Engineer/);
  expect(await page.locator("#sa-verdict p").textContent()).toMatch(/leads with/);
  expect(await page.locator("#sa-chart .sa-bar").count()).toBe(2);
  expect(await page.locator("#sa-ranking tbody tr").count()).toBe(2);
  expect(await page.locator("#sa-tipping tbody tr").count()).toBe(4);
  expect(await page.locator("#sa-roadmap li").count()).toBe(4);
  // The formula-like company name is shown as text.
  expect(await page.locator("#sa-ranking tbody tr").first().locator("th").textContent()).toContain(HYPER);

  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, "standalone.png"), fullPage: true });
  await page.locator("#standalone").screenshot({ path: path.join(ARTIFACTS, "standalone-section.png") });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await resultsText()).not.toMatch(NOT_PAGE_WORDS);
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
  expect(offers.getCell("A6").value).toBe(HYPER);
  expect(offers.getCell("A6").type).toBe(ExcelJS.ValueType.String);
  expect(offers.getCell("D6").value).toBe(5);
  const w = [0.25, 0.25, 0.25, 0.25] as const;
  expect(offers.getCell("I6").value).toBeCloseTo(scoreOffer([5, 3, 5, 4], w) as number, 9);
  expect(String(offers.getCell("A3").value)).toMatch(/OFFER\.\* formulas/);
  const rec = wb.getWorksheet("Recommendation") as ExcelJS.Worksheet;
  expect(rec.getCell("B24").value).toBe(HYPER);
  expect(rec.getCell("B25").value).toBe("Northwind");
  const assumptions = wb.getWorksheet("Assumptions") as ExcelJS.Worksheet;
  expect([4, 4 + 7].map((r) => assumptions.getCell(26 + r - 4, 4).value)).toEqual([ANSWERS[0], ANSWERS[7]]);
  expect((wb.getWorksheet("Roadmap") as ExcelJS.Worksheet).getCell("E6").value).toBe("Python engineering");
  expect(await page.locator(".sa-download-row + .hint + .action-status").textContent()).toMatch(
    /Downloaded offer-evaluator\.xlsx/,
  );
}, 60000);

test("an import replaces the list with a status line and an Undo that restores it", async () => {
  const csv =
    "Company,Title,Scope type,Scope,Data maturity,Support,Growth,Notes\nImported Co,Analyst,,3,3,3,3,\n";
  await page.locator("#sa-import").setInputFiles({
    name: "offers.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv),
  });
  const status = page.locator(".sa-import-status");
  await page.waitForFunction(() =>
    /Imported 1 offer/.test(document.querySelector(".sa-import-status")?.textContent ?? ""),
  );
  expect(await status.textContent()).toMatch(
    /^Imported 1 offer from .* in offers\.csv \(replaced 2\)\. Undo$/,
  );
  expect(await page.locator("fieldset.sa-offer").count()).toBe(1);
  expect(await page.locator("#sa-company-0").inputValue()).toBe("Imported Co");
  const undo = page.getByRole("button", { name: "Undo" });
  expect(await undo.isVisible()).toBe(true);
  await undo.click();
  expect(await page.locator("fieldset.sa-offer").count()).toBe(2);
  expect(await page.locator("#sa-company-0").inputValue()).toBe("Northwind");
  expect(await page.locator("#sa-company-1").inputValue()).toBe(OFFERS[1].company);
  expect(await page.locator("#sa-dataMaturity-1").inputValue()).toBe("3");
  expect(await undo.isVisible()).toBe(false);
  expect(await status.textContent()).toMatch(/Import undone: the 2 offers you had before are back/);
  await page.waitForFunction(() =>
    /\(2 offers scored\)/.test(document.getElementById("sa-summary")?.textContent ?? ""),
  );
});

const LONG_NAME = "Gamma Analytics International";

/** Per results table: how far its content is wider than its box (0 when it fits). */
async function tableOverflow(): Promise<number[]> {
  return page.$$eval(".sa-scroll", (els) => els.map((e) => e.scrollWidth - e.clientWidth));
}

test("a third offer, contradicting pairwise weights: the results note it, and fit at 1200 and 320 px", async () => {
  await page.getByRole("button", { name: "Add offer" }).click();
  await page.locator("#sa-company-2").fill(LONG_NAME);
  await page.locator("#sa-title-2").fill("ML Engineer");
  for (const [f, v] of [
    ["scope", "4"],
    ["dataMaturity", "4"],
    ["support", "4"],
    ["growth", "4.5"],
  ])
    await page.locator(`#sa-${f}-2`).fill(v);
  expect(await page.locator("#sa-weights-note").count()).toBe(0);
  await page.getByRole("radio", { name: "Pairwise comparison" }).check();
  await page.getByLabel("Data maturity vs support").selectOption({ label: "Data maturity matters 9x more" });
  await page.getByLabel("Scope vs support").selectOption({ label: "Support matters 9x more" });
  await page.waitForSelector("#sa-weights-note");
  expect(await page.locator("#sa-weights-note").textContent()).toMatch(
    /^These weights come from pairwise judgments that contradict each other \(consistency ratio \d\.\d\d, above 0\.10\)\. Revisit "Data maturity vs support" .* before trusting the ranking\.$/,
  );
  await page.waitForFunction(() =>
    /\(3 offers scored\)/.test(document.getElementById("sa-summary")?.textContent ?? ""),
  );

  for (const width of [1200, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(150);
    // Every results table fits its box: no clipped columns, nothing to scroll.
    expect(await tableOverflow()).toEqual([0, 0]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    expect(await page.locator(".sa-scroll-hint:visible").count()).toBe(0);
    // The ranked table's last column ("Close call") ends inside its box.
    const clipped = await page.$eval("#sa-ranking .sa-scroll", (box) => {
      const right = box.getBoundingClientRect().right;
      // In the card view (narrow) the header row is visually hidden: only the cells shown count.
      const head = box.querySelector("thead") as HTMLElement;
      const shown = getComputedStyle(head).position === "absolute" ? "tbody th, tbody td" : "th, td";
      return [...box.querySelectorAll(shown)]
        .filter((c) => c.getBoundingClientRect().right > right + 0.5)
        .map((c) => `${c.textContent} ${c.getBoundingClientRect().right} ${right}`);
    });
    expect(clipped).toEqual([]);
    // The chart's long name ends in an ellipsis inside its column; the full name is in the row's title.
    const row = page.locator("#sa-chart .sa-chart-row", { hasText: LONG_NAME });
    expect(await row.getAttribute("title")).toMatch(
      new RegExp(`^${LONG_NAME} \\(ML Engineer\\): \\d+\\.\\d$`),
    );
    const label = await row.locator(".sa-chart-label").evaluate((e) => {
      const r = e.getBoundingClientRect();
      const chart = (e.closest(".sa-chart") as HTMLElement).getBoundingClientRect();
      return { left: r.left - chart.left, overflow: getComputedStyle(e).textOverflow };
    });
    expect(label).toEqual({ left: 0, overflow: "ellipsis" });
    // Offers grid: the four ratings 2 x 2 at 320 px, in one row when wide.
    const tops = await page.$$eval("fieldset.sa-offer[data-index='0'] input.sa-rating", (els) =>
      els.map((e) => Math.round(e.getBoundingClientRect().top)),
    );
    expect(new Set(tops).size).toBe(width === 320 ? 2 : 1);
    expect(await resultsText()).not.toMatch(NOT_PAGE_WORDS);
    await page
      .locator("#sa-results-panel")
      .screenshot({ path: path.join(ARTIFACTS, `standalone-results-${width}.png`) });
    expect(await seriousViolations(page)).toEqual([]);
  }
}, 60000);

test("a table wider than its box shows that it scrolls, and its box takes keyboard focus", async () => {
  await page.setViewportSize({ width: 1200, height: 900 });
  // Force the ranked table wider than its box (CSSOM, which the page's CSP allows).
  await page.$eval("#sa-ranking table", (t) => ((t as HTMLElement).style.minWidth = "1600px"));
  const box = page.locator("#sa-ranking .sa-scroll");
  const hint = page.locator("#sa-ranking .sa-scroll-hint");
  await hint.waitFor({ state: "visible" });
  expect(await hint.textContent()).toMatch(/^Scroll sideways for more/);
  expect(await box.getAttribute("tabindex")).toBe("0");
  expect(await box.getAttribute("role")).toBe("region");
  expect(await box.getAttribute("aria-label")).toMatch(/^Offers ranked/);
  expect(await box.getAttribute("aria-describedby")).toBe(await hint.getAttribute("id"));
  const frame = page.locator("#sa-ranking .sa-scroll-frame");
  expect(await frame.getAttribute("class")).toBe("sa-scroll-frame sa-more-right");
  await box.focus();
  await page.keyboard.press("End");
  await box.evaluate((e) => (e.scrollLeft = e.scrollWidth));
  await page.waitForFunction(() =>
    document.querySelector("#sa-ranking .sa-scroll-frame")?.classList.contains("sa-more-left"),
  );
  expect(await frame.getAttribute("class")).toBe("sa-scroll-frame sa-more-left");
  expect(await seriousViolations(page)).toEqual([]);
  await page.$eval("#sa-ranking table", (t) => ((t as HTMLElement).style.minWidth = ""));
  await hint.waitFor({ state: "hidden" });
  expect(await box.getAttribute("aria-describedby")).toBeNull();
  // Back to the sliders (equal weights) for the rest.
  await page.getByRole("radio", { name: "Sliders" }).check();
  await page.waitForSelector("#sa-weights-note", { state: "detached" });
});

test("offers survive a reload (localStorage), and the page asks nothing of other origins", async () => {
  await page.waitForTimeout(500);
  await page.reload();
  await page.waitForSelector("#sa-offers-panel");
  expect(await page.locator("#sa-company-0").inputValue()).toBe("Northwind");
  expect(await page.locator("#sa-company-1").inputValue()).toBe(HYPER);
  expect(await page.locator("#sa-company-2").inputValue()).toBe(LONG_NAME);
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.waitForSelector("#sa-chart svg");
  await page.screenshot({ path: path.join(ARTIFACTS, "standalone-wide.png"), fullPage: true });
  expect(foreignRequests(requests, server.origin)).toEqual([]);
}, 60000);
