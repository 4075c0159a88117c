#!/usr/bin/env node
/**
 * The headless report: `offer-evaluator report offers.xlsx -o report.xlsx [--answers answers.json]`.
 * Runs from a source checkout with no build step: scripts/ts-register.js transpiles the TypeScript
 * on require. See src/cli/report.ts and the README's "Without Excel" section.
 */
"use strict";

require("../scripts/ts-register.js");
const { main } = require("../src/cli/report.ts");

/**
 * A reader that went away (`... | head -1`) is no failure of the report: the workbook is written
 * before anything is printed. Once a stream reports EPIPE, later writes to it are dropped, and the
 * exit code stays the one main returns, with no stack trace.
 */
function guarded(stream) {
  let closed = false;
  stream.on("error", (e) => {
    if (e && (e.code === "EPIPE" || e.code === "ERR_STREAM_DESTROYED")) closed = true;
    else throw e;
  });
  return {
    write(s) {
      return closed ? true : stream.write(s);
    },
  };
}
const stdout = guarded(process.stdout);
const stderr = guarded(process.stderr);

main(process.argv.slice(2), { stdout, stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    stderr.write(`offer-evaluator: unexpected failure: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 1;
  },
);
