/**
 * Time from navigation to an interactive quiz: the taskpane page (local office.js build) in headless
 * Chromium, measured in the page as performance.now() when the first quiz radio button is enabled
 * and the app has finished loading. Outside Office, office.js reports no host and the page runs
 * standalone, which is the same start-up work up to the quiz.
 */
import fs from "fs";
import http from "http";
import os from "os";
import path from "path";
import type { AddressInfo } from "net";

export interface Interactive {
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
}

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

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".png": "image/png",
  ".json": "application/json",
  ".xml": "application/xml",
};

export function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).replace(/^\/+/, "");
    const file = path.resolve(dir, rel || "taskpane.html");
    if (!file.startsWith(path.resolve(dir)) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) });
    }),
  );
}

export async function interactiveBench(runs: number): Promise<Interactive | null> {
  const exe = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!fs.existsSync(exe)) return null;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { build } = require("../scripts/test-build");
  const dist: string = build(path.resolve(__dirname, "../.cache/bench-build-local"), { officejs: "local" });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  const server = await serve(dist);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "offer-bench-"));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: exe,
    args: CHROMIUM_ARGS,
    viewport: { width: 320, height: 900 },
  });
  const times: number[] = [];
  try {
    const page = await ctx.newPage();
    // One warm-up load (disk cache, font cache), as a person reopening a workbook would have.
    for (let i = 0; i <= runs; i++) {
      await page.goto(`${server.url}taskpane.html?run=${i}`, { waitUntil: "commit" });
      await page.waitForFunction(
        () => {
          const app = document.getElementById("app");
          const radio = document.querySelector<HTMLInputElement>('input[type="radio"]');
          return app?.getAttribute("aria-busy") === "false" && radio !== null && !radio.disabled;
        },
        undefined,
        { timeout: 30_000, polling: "raf" },
      );
      const ms = await page.evaluate(() => performance.now());
      if (i > 0) times.push(ms);
    }
  } finally {
    await ctx.close();
    await server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  times.sort((a, b) => a - b);
  return {
    medianMs: times[Math.floor(times.length / 2)],
    minMs: times[0],
    maxMs: times[times.length - 1],
    runs: times.length,
  };
}
