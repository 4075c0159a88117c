#!/usr/bin/env node
/** `npm run bench [-- --quick]`: runs bench/run.ts (see there) with the GC exposed, so rounds start clean. */
"use strict";
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..");
const code = [
  `require(${JSON.stringify(path.join(__dirname, "ts-register.js"))});`,
  `require(${JSON.stringify(path.join(root, "tests", "support", "customFunctions.ts"))});`,
  `require(${JSON.stringify(path.join(root, "bench", "run.ts"))});`,
].join("\n");
const r = spawnSync(process.execPath, ["--expose-gc", "-e", code, "--", ...process.argv.slice(2)], {
  stdio: "inherit",
  cwd: root,
});
process.exit(r.status === null ? 1 : r.status);
