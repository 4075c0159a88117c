#!/usr/bin/env node
/**
 * The headless report: `offer-evaluator report offers.xlsx -o report.xlsx [--answers answers.json]`.
 * Runs from a source checkout with no build step: scripts/ts-register.js transpiles the TypeScript
 * on require. See src/cli/report.ts and the README's "Without Excel" section.
 */
"use strict";

require("../scripts/ts-register.js");
const { main } = require("../src/cli/report.ts");

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`offer-evaluator: unexpected failure: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 1;
  },
);
