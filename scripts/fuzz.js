#!/usr/bin/env node
/**
 * `npm run fuzz`: the property and fuzz tests at full strength (FC_RUNS, default 10,000 runs per
 * property; the regular suite runs a few hundred). Covers every OFFER function, the argument
 * parsers, the settings loader and the writers' input.
 */
"use strict";
const { spawnSync } = require("child_process");
const path = require("path");

const runs = process.env.FC_RUNS || "10000";
const folders = ["tests/fuzz", "tests/scoring", "tests/taskpane", "tests/ui", "tests/workbook"];
console.log(`fuzz: ${runs} runs per property over ${folders.join(", ")}`);
const jest = require.resolve("jest/bin/jest", { paths: [path.resolve(__dirname, "..")] });
const r = spawnSync(process.execPath, [jest, "--testTimeout=600000", ...folders], {
  stdio: "inherit",
  env: { ...process.env, FC_RUNS: runs },
  cwd: path.resolve(__dirname, ".."),
});
process.exit(r.status === null ? 1 : r.status);
