/**
 * Shared set-up for the browser tests: a static server for the test build on 127.0.0.1 (random
 * port), headless Chromium through playwright-core in a fresh profile, and the in-memory Excel fake
 * injected before the page loads.
 */
import fs from "fs";
import http from "http";
import os from "os";
import path from "path";
import type { AddressInfo } from "net";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const ROOT = path.resolve(__dirname, "../..");
export const BUILD_DIR = process.env.OFFER_BROWSER_BUILD || path.join(ROOT, "dist-test");
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const ARTIFACTS = path.join(ROOT, "test-artifacts");
export const FAKE_EXCEL = path.join(ROOT, "tests/fake-excel/fake-excel.js");
export const AXE = require.resolve("axe-core/axe.min.js", { paths: [ROOT] });

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

export interface Server {
  readonly origin: string;
  close(): Promise<void>;
}

export async function serve(dir: string = BUILD_DIR): Promise<Server> {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url || "/", "http://127.0.0.1");
    const file = path.resolve(root, "." + decodeURIComponent(url.pathname));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[path.extname(file)] || "application/octet-stream",
      "cache-control": "no-store",
    });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Headless, sandbox off (root in CI), and no background networking: this machine's network is
 * closed and Chromium's own connections would otherwise be refused many at a time.
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launch(
  options: {
    colorScheme?: "light" | "dark";
    width?: number;
    height?: number;
    acceptDownloads?: boolean;
  } = {},
): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "offer-evaluator-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: options.acceptDownloads ?? false,
    viewport: { width: options.width ?? 320, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? "light",
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The init script that makes the page an Excel taskpane: the fake's Excel global, the test seam
 * flag, and the workbook settings kept in sessionStorage so that they survive a reload (like a
 * workbook's settings survive closing and reopening the pane). Optional set-up code runs against
 * the fresh fake once per session (not again after a reload).
 */
function excelInitScript(setup: string): string {
  return `(() => {
    const fake = globalThis.createFakeExcel();
    globalThis.__fake = fake;
    globalThis.Excel = fake.Excel;
    window.__OFFER_EVALUATOR_FORCE_HOST = "Excel";
    const KEY = "__fakeExcelSettings";
    const saved = sessionStorage.getItem(KEY);
    if (saved) {
      for (const [k, v] of JSON.parse(saved)) fake.workbook.settings.set(k, { key: k, value: v });
    }
    if (!sessionStorage.getItem("__fakeExcelSetupDone")) {
      sessionStorage.setItem("__fakeExcelSetupDone", "1");
      (function (fake) { ${setup} })(fake);
    }
    const persist = () =>
      sessionStorage.setItem(KEY, JSON.stringify([...fake.workbook.settings.values()].map((s) => [s.key, s.value])));
    globalThis.__persistFakeSettings = persist;
    window.addEventListener("pagehide", persist);
  })();`;
}

export interface OpenedPage {
  readonly page: Page;
  /** Every request URL the page made. */
  readonly requests: string[];
}

export async function openTaskpane(
  browser: Browser,
  server: Server,
  options: { excel?: boolean; setup?: string } = {},
): Promise<OpenedPage> {
  const page = await browser.context.newPage();
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  if (options.excel !== false) {
    await page.addInitScript({ path: FAKE_EXCEL });
    await page.addInitScript({ content: excelInitScript(options.setup ?? "") });
  }
  await page.goto(`${server.origin}/taskpane.html`);
  await page.waitForSelector('#app[aria-busy="false"]');
  return { page, requests };
}

export function foreignRequests(requests: readonly string[], origin: string): string[] {
  return requests.filter(
    (u) => !u.startsWith(origin + "/") && !u.startsWith("data:") && !u.startsWith("blob:"),
  );
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's violations of impact serious or critical. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // A <script> tag (page.addScriptTag) would be inline script, which the page's CSP rightly blocks:
  // evaluate axe's source through the DevTools protocol instead.
  await page.evaluate(fs.readFileSync(AXE, "utf8"));
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}
