#!/usr/bin/env node
/**
 * npm test [-- <jest args for the unit run>]
 *
 * 1. Unit, property and bundle tests: jest (jest.config.js; its global setup builds the add-in
 *    into .cache/test-build).
 * 2. Browser end-to-end tests: jest -c jest.browser.config.js (tests/browser; its global setup runs
 *    the local-office.js build into dist-test/) in headless Chromium at CHROMIUM_PATH or
 *    /usr/bin/chromium. No Chromium: one loud line and the unit result; with CI=true that is a
 *    failure.
 * The last line is the total over both runs: "tests: N passed, M failed".
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const CACHE = path.join(ROOT, ".cache");
const BROWSER_DIR = path.join(ROOT, "tests", "browser");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const CI = process.env.CI === "true";

const totals = { passed: 0, failed: 0 };

/** Runs jest with a JSON report; adds its counts to totals; returns true when it passed. */
function runJest(label, args, env = {}) {
  fs.mkdirSync(CACHE, { recursive: true });
  const report = path.join(CACHE, `jest-${label}.json`);
  fs.rmSync(report, { force: true });
  const jest = require.resolve("jest/bin/jest", { paths: [ROOT] });
  const run = spawnSync(process.execPath, [jest, ...args, "--json", `--outputFile=${report}`], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  let result;
  try {
    result = JSON.parse(fs.readFileSync(report, "utf8"));
  } catch {
    console.log(
      `${label} tests: jest did not finish (exit ${run.status ?? run.signal}); counted as 1 failure`,
    );
    totals.failed += 1;
    return false;
  }
  // A suite that cannot even run (syntax error, failed import) has no failed tests: count it.
  const brokenSuites = result.numRuntimeErrorTestSuites || 0;
  totals.passed += result.numPassedTests;
  totals.failed += result.numFailedTests + brokenSuites;
  return run.status === 0 && result.success;
}

function browserTestFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return browserTestFiles(full);
    return /\.test\.ts$/.test(e.name) ? [full] : [];
  });
}

function main() {
  let ok = runJest("unit", process.argv.slice(2));

  if (browserTestFiles(BROWSER_DIR).length === 0) {
    console.log("browser tests: none yet in tests/browser, nothing to run");
  } else if (!fs.existsSync(CHROMIUM)) {
    const line =
      `BROWSER TESTS DID NOT RUN: no Chromium found at ${CHROMIUM}. ` +
      "Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH)";
    console.log(line);
    if (CI) {
      console.log("CI=true: missing browser tests fail the run");
      ok = false;
      totals.failed += 1;
    }
  } else {
    ok = runJest("browser", ["-c", "jest.browser.config.js"], { CHROMIUM_PATH: CHROMIUM }) && ok;
  }

  try {
    // A picture of the report for people to look at; never part of the verdict.
    console.log(require("./report-preview").preview());
  } catch (e) {
    console.log(`report preview: not made (${e && e.message ? e.message : e})`);
  }

  console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
  process.exitCode = ok && totals.failed === 0 ? 0 : 1;
}

try {
  main();
} catch (e) {
  console.log(`npm test could not run: ${e && e.message ? e.message : e}`);
  console.log(`tests: ${totals.passed} passed, ${totals.failed + 1} failed`);
  process.exitCode = 1;
}
