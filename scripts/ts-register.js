/**
 * Lets plain `node` run the project's TypeScript (benchmarks, the fuzz runner, the CLI in a source
 * checkout): each .ts file is transpiled to CommonJS on require, with no type check (lint does that).
 * Transpiled files are kept in .cache/ts-register, keyed by their source, the options and the
 * TypeScript version, so a run whose files are all cached never loads TypeScript (300 ms saved:
 * `offer-evaluator --help` answers at once). A cache that cannot be written is simply not used.
 */
"use strict";
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");

const CACHE = path.join(__dirname, "..", ".cache", "ts-register");
// The key also covers this file, so a change to the options below never reuses an old output.
const SALT = `${require("typescript/package.json").version}\0${fs.readFileSync(__filename, "utf8")}`;
let ts = null;

function transpile(source, filename) {
  ts = ts || require("typescript");
  return ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: true,
      resolveJsonModule: true,
      inlineSourceMap: true,
    },
  }).outputText;
}

/** The CommonJS for a .ts file: from the cache, else transpiled and cached. */
function compiled(filename) {
  const source = fs.readFileSync(filename, "utf8");
  const key = crypto.createHash("sha1").update(`${SALT}\0${filename}\0${source}`).digest("hex");
  const cached = path.join(CACHE, `${key}.js`);
  try {
    return fs.readFileSync(cached, "utf8");
  } catch {
    const outputText = transpile(source, filename);
    try {
      fs.mkdirSync(CACHE, { recursive: true });
      const tmp = `${cached}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, outputText);
      fs.renameSync(tmp, cached);
    } catch {
      // a read-only checkout: transpile every time
    }
    return outputText;
  }
}

require.extensions[".ts"] = function compileTs(module, filename) {
  module._compile(compiled(filename), filename);
};

/**
 * Fills the cache for every .ts file below `dir` without running any (npm's prepare step calls it
 * through scripts/warm-ts-cache.js), so even the first `offer-evaluator --help` after an install
 * never loads TypeScript. Returns how many files it saw.
 */
function warm(dir) {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) n += warm(full);
    else if (e.name.endsWith(".ts") && !e.name.endsWith(".d.ts")) {
      compiled(full);
      n++;
    }
  }
  return n;
}

module.exports = { warm, CACHE };
