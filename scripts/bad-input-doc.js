#!/usr/bin/env node
/** Writes docs/bad-input.md from the bad-input cases the tests check (see tests/fuzz/badInputCases.ts). */
"use strict";
const fs = require("fs");
const path = require("path");
require("./ts-register");
require("../tests/support/customFunctions.ts");
const { renderBadInputDoc } = require("../tests/fuzz/badInputCases.ts");

const out = path.join(__dirname, "..", "docs", "bad-input.md");
fs.writeFileSync(out, renderBadInputDoc());
console.log(`wrote ${path.relative(process.cwd(), out)}`);
