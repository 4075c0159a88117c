/**
 * The page's import of workbooks written by other tools (issue 11, item 1), in headless Chromium
 * against the built page: the openpyxl table ExcelJS alone refuses, LibreOffice's re-save of a sheet
 * with title rows and Notes left of Company, and a file with many bad cells, listed one per line.
 */
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { launch, serve, type Browser, type Server } from "./harness";

const FIXTURES = path.resolve(__dirname, "../fixtures/files");
let server: Server;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serve();
  browser = await launch({ width: 1200 });
  page = await browser.context.newPage();
  await page.goto(`${server.origin}/taskpane.html`);
  await page.waitForSelector('#app[aria-busy="false"]');
  await page.waitForSelector("#sa-offers-panel", { timeout: 15000 });
}, 60000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function importFixture(name: string): Promise<void> {
  await page.locator("#sa-import").setInputFiles({
    name,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: fs.readFileSync(path.join(FIXTURES, name)),
  });
  // Done when the status says what was imported or an error says why not.
  await page.waitForFunction(
    (file) =>
      (document.querySelector(".sa-import-status")?.textContent ?? "").includes(`in ${file}`) ||
      [...document.querySelectorAll(".action-error")].some((e) =>
        (e.textContent ?? "").includes("Could not import"),
      ),
    name,
    { timeout: 20000 },
  );
}

test.each([
  ["openpyxl-offers-table.xlsx", 'table "Offers" on sheet "Offers"'],
  ["libreoffice-title-rows.xlsx", 'table "Offers" on sheet "My job search"'],
  ["openpyxl-title-rows.xlsx", 'table "Offers" on sheet "My job search"'],
])(
  "%s is imported: its three offers replace the list",
  async (name, source) => {
    await importFixture(name);
    const status = (await page.locator(".sa-import-status").textContent()) ?? "";
    expect(status).toContain(`Imported 3 offers from ${source} in ${name}`);
    expect(await page.locator("fieldset.sa-offer").count()).toBe(3);
    expect(await page.locator("#sa-company-0").inputValue()).toBe("Acme");
    expect(await page.locator("#sa-company-2").inputValue()).toBe("Gamma");
  },
  60000,
);

test("a file with many bad cells: every one listed on its own line, nothing imported", async () => {
  const before = await page.locator("fieldset.sa-offer").count();
  await importFixture("openpyxl-bad-cells.xlsx");
  const error = page.locator(".action-error").filter({ hasText: "Could not import" });
  const text = (await error.innerText()).split("\n").filter((l) => l.trim() !== "");
  expect(text[0]).toMatch(/^Could not import: openpyxl-bad-cells\.xlsx: 56 cells to fix/);
  expect(text[1]).toMatch(
    /sheet "Offers", cell E2 \(Data maturity\): found 9; expected a rating from 1 to 5/,
  );
  expect(text).toHaveLength(1 + 50 + 1);
  expect(text[text.length - 1].trim()).toBe("and 6 more.");
  expect(await page.locator("fieldset.sa-offer").count()).toBe(before);
}, 60000);

test("rows read but worth a look (a repeated name, no Company) are listed under the import's status", async () => {
  const csv = [
    "Company,Title,Scope,Data maturity,Support,Growth",
    "Acme,Analyst,4,4,3,5",
    "Acme,Analyst,3,3,3,3",
    ",,2,2,2,2",
  ].join("\n");
  await page
    .locator("#sa-import")
    .setInputFiles({ name: "dupes.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.waitForFunction(() =>
    (document.querySelector(".sa-import-status")?.textContent ?? "").includes("in dupes.csv"),
  );
  const warnings = (await page.locator(".sa-import-warnings").textContent()) ?? "";
  expect(warnings.trim()).toMatch(/^Worth a look:/);
  expect(warnings).toMatch(/rows 2 and 3/);
  expect(warnings).toMatch(/no Company/);
  expect(await page.locator("fieldset.sa-offer").count()).toBe(3);
});
