/**
 * npm's prepare step (after `npm install` / `npm ci`): transpiles the CLI's TypeScript (src/) into
 * .cache/ts-register once, so the first `offer-evaluator --help` does not pay ~300 ms for loading
 * TypeScript. Never fails the install: a cache that cannot be written only makes that first run slower.
 */
"use strict";
const path = require("path");

try {
  const { warm } = require("./ts-register.js");
  const n = warm(path.join(__dirname, "..", "src"));
  console.log(`offer-evaluator: ${n} TypeScript files ready for the command line`);
} catch (e) {
  console.log(
    `offer-evaluator: TypeScript cache not warmed (${e && e.message ? e.message : e}); the first CLI run will be slower`,
  );
}
