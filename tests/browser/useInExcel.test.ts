/**
 * The standalone page's "Use it in Excel" section in headless Chromium: at the top of the page,
 * with the three platforms' steps; it offers the manifest served next to the page only when that
 * manifest loads the add-in from the page's own folder (the test build's manifest points at the
 * placeholder origin; a manifest rewritten for the test server is offered, and downloads as served).
 * index.html is the same page. Screenshot: test-artifacts/use-in-excel.png.
 */
import fs from "fs";
import os from "os";
import path from "path";
import type { Page } from "playwright-core";
import { ARTIFACTS, BUILD_DIR, launch, seriousViolations, serve, type Browser, type Server } from "./harness";
import INSTALL from "../../src/standalone/installSteps.json";
import { PLACEHOLDER_ORIGIN } from "../../scripts/origins";

let server: Server;
let browser: Browser;

beforeAll(async () => {
  server = await serve();
  browser = await launch({ acceptDownloads: true, width: 1000 });
}, 60000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(from: Server, file: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${from.origin}/${file}`);
  await page.waitForSelector("#use-in-excel", { timeout: 15000 });
  await page.waitForFunction(
    () => !/^Checking/.test(document.getElementById("use-in-excel-status")?.textContent || "Checking"),
  );
  return page;
}

test("sits at the top of the page with the steps for the web, Windows and Mac", async () => {
  const page = await open(server, "taskpane.html");
  const order = await page.evaluate(() =>
    [...document.querySelectorAll("#app section.panel")].map((s) => s.id).slice(0, 2),
  );
  expect(order[0]).toBe("use-in-excel");
  expect(await page.textContent("#use-in-excel h2")).toBe("Use it in Excel");
  const headings = await page.$$eval("#use-in-excel h3", (els) => els.map((e) => e.textContent));
  expect(headings).toEqual(INSTALL.platforms.map((p) => p.name));
  const steps = await page.$$eval("#use-in-excel ol li", (els) => els.map((e) => e.textContent));
  expect(steps).toEqual(INSTALL.platforms.flatMap((p) => p.steps));
  await page.click("#use-in-excel summary");
  await page.locator("#use-in-excel").screenshot({ path: path.join(ARTIFACTS, "use-in-excel.png") });
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
}, 60000);

test("does not offer a manifest that would load the add-in from another address", async () => {
  const page = await open(server, "taskpane.html");
  expect(await page.textContent("#use-in-excel-status")).toContain(
    `loads the add-in from ${PLACEHOLDER_ORIGIN}, not from this address`,
  );
  expect(await page.$("#use-in-excel-download")).toBeNull();
  // With the link gone, nothing in the section's opening still asks to download.
  expect(await page.textContent("#use-in-excel > p")).not.toMatch(/download/i);
  await page.close();
}, 60000);

test("offers the manifest built for this address, and it downloads as served", async () => {
  // A copy of the test build whose manifest is rewritten for the address it is served from.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "offer-use-in-excel-"));
  for (const entry of fs.readdirSync(BUILD_DIR)) {
    if (entry !== "manifest.xml") fs.symlinkSync(path.join(BUILD_DIR, entry), path.join(dir, entry));
  }
  const own = await serve(dir);
  const xml = fs
    .readFileSync(path.join(BUILD_DIR, "manifest.xml"), "utf8")
    .split(PLACEHOLDER_ORIGIN)
    .join(`${own.origin}/`);
  fs.writeFileSync(path.join(dir, "manifest.xml"), xml);
  try {
    const page = await open(own, "index.html");
    expect(await page.textContent("#use-in-excel-status")).toContain(
      `loads Offer Evaluator from this very address (${own.origin}/)`,
    );
    const link = page.locator("#use-in-excel-download");
    expect(await link.getAttribute("href")).toBe("manifest.xml");
    expect(await link.getAttribute("download")).toBe(INSTALL.downloadName);
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe(INSTALL.downloadName);
    // The link's text names the file the person then looks for.
    expect(await link.textContent()).toContain(download.suggestedFilename());
    expect(await page.textContent("#use-in-excel > p")).toMatch(/Download .*, then add it to Excel\.$/);
    expect(fs.readFileSync((await download.path()) as string, "utf8")).toBe(xml);
    await page.close();
  } finally {
    await own.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60000);

test("the opened steps fit a 320 px pane: a long folder path wraps instead of widening the page", async () => {
  const page = await open(server, "taskpane.html");
  await page.setViewportSize({ width: 320, height: 900 });
  await page.click("#use-in-excel summary");
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    view: document.documentElement.clientWidth,
    items: [...document.querySelectorAll("#use-in-excel li")].map((li) => li.scrollWidth - li.clientWidth),
  }));
  expect(widths.page).toBeLessThanOrEqual(widths.view);
  for (const over of widths.items) expect(over).toBeLessThanOrEqual(0);
  await page.close();
}, 60000);
