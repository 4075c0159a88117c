/**
 * Builds of the add-in for tests, so test files never depend on whatever is in dist/.
 *
 * - Unit tests (jest.config.js): a production build (office.js from the CDN) into .cache/test-build,
 *   made once per `jest` run by scripts/jest-global-setup.js, which sets OFFER_TEST_BUILD to its
 *   path. Test files call testBuildDir(); without the global setup it builds once per jest worker
 *   into .cache/test-build-worker/<worker id>.
 * - Browser tests (jest.browser.config.js): `npm run build:test` (local office.js) into dist-test/,
 *   made by scripts/jest-browser-setup.js, which sets OFFER_BROWSER_BUILD.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const UNIT_BUILD_DIR = path.join(ROOT, ".cache", "test-build");
const BROWSER_BUILD_DIR = path.join(ROOT, "dist-test");

/**
 * Runs webpack (production mode) into outDir and returns { status, stdout, stderr }.
 * options.officejs = "local" copies office.js locally instead of the CDN; options.origin is the
 * ADDIN_ORIGIN the build gets (none when absent, whatever the caller's environment holds, so the
 * tests' builds do not depend on it).
 */
function runBuild(outDir, options = {}) {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const args = [cli, "--mode", "production", "--env", `outdir=${outDir}`, "--no-color"];
  if (options.officejs === "local") args.push("--env", "officejs=local");
  const env = { ...process.env };
  delete env.ADDIN_ORIGIN;
  delete env.ADDIN_SUPPORT_URL;
  if (options.origin !== undefined) env.ADDIN_ORIGIN = options.origin;
  const run = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: "utf8",
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, stdout: run.stdout || "", stderr: run.stderr || "" };
}

/**
 * Runs webpack (production mode) into outDir (see runBuild for the options); throws an Error
 * carrying webpack's output if the build fails.
 */
function build(outDir, options = {}) {
  const run = runBuild(outDir, options);
  if (run.status !== 0) {
    const output = `${run.stdout}\n${run.stderr}`.trim().split("\n").slice(-40).join("\n");
    throw new Error(`webpack build into ${outDir} failed:\n${output}`);
  }
  return outDir;
}

let workerBuild;

/** The folder of a fresh production build for tests (see the module comment). */
function testBuildDir() {
  if (process.env.OFFER_TEST_BUILD_ERROR) throw new Error(process.env.OFFER_TEST_BUILD_ERROR);
  const shared = process.env.OFFER_TEST_BUILD;
  if (shared && fs.existsSync(path.join(shared, "taskpane.html"))) return shared;
  // One folder per jest worker (bounded, reused across runs, inside the ignored .cache/).
  if (!workerBuild)
    workerBuild = build(path.join(ROOT, ".cache", "test-build-worker", process.env.JEST_WORKER_ID || "0"));
  return workerBuild;
}

module.exports = { build, runBuild, testBuildDir, UNIT_BUILD_DIR, BROWSER_BUILD_DIR, ROOT };
