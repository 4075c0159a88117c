/**
 * Time from navigation to an interactive quiz: the taskpane page (local office.js build) in headless
 * Chromium, measured in the page as performance.now() when the first quiz radio button is enabled
 * and the app has finished loading. Outside Office, office.js reports no host and the page runs
 * standalone, which is the same start-up work up to the quiz.
 */
import fs from "fs";
import path from "path";
import { CHROMIUM, launch, serve } from "../tests/browser/harness";

export interface Interactive {
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
}

export async function interactiveBench(runs: number): Promise<Interactive | null> {
  if (!fs.existsSync(CHROMIUM)) return null;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { build } = require("../scripts/test-build");
  const dist: string = build(path.resolve(__dirname, "../.cache/bench-build-local"), { officejs: "local" });
  const server = await serve(dist);
  const browser = await launch();
  const times: number[] = [];
  try {
    const page = await browser.context.newPage();
    // One warm-up load (disk cache, font cache), as a person reopening a workbook would have.
    for (let i = 0; i <= runs; i++) {
      await page.goto(`${server.origin}/taskpane.html?run=${i}`, { waitUntil: "commit" });
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
    await browser.close();
    await server.close();
  }
  times.sort((a, b) => a - b);
  return {
    medianMs: times[Math.floor(times.length / 2)],
    minMs: times[0],
    maxMs: times[times.length - 1],
    runs: times.length,
  };
}
