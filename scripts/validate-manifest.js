#!/usr/bin/env node
/**
 * npm run validate [-- <manifest.xml>...]
 *
 * 1. Microsoft's validation (office-addin-manifest validate), which is an online service: run only
 *    when its host answers within 3 s; otherwise say so and go on.
 * 2. Always: the offline structural check (scripts/manifest-check.js, rules in docs/manifest.md)
 *    of manifest.xml (dev origin, icons in assets/) and, when a build exists, of dist/manifest.xml
 *    (one origin throughout, every file it points at present in dist/). A production build (no
 *    source maps) must also be deployable: a manifest pointing at a placeholder or reserved
 *    domain (example.com/.org/.net, contoso.com) or at localhost fails, saying why.
 * Exits 1 when any check fails. Never prints a stack trace. VALIDATE_OFFLINE=1 skips step 1.
 */
"use strict";

const fs = require("fs");
const net = require("net");
const path = require("path");
const { spawnSync } = require("child_process");
const { checkManifest } = require("./manifest-check");
const { DEV_ORIGIN } = require("./origins");

const ROOT = path.resolve(__dirname, "..");
const SERVICE_HOST = "validationgateway.omex.office.net";
const TIMEOUT_MS = 3000;

function reachable(host, port, timeoutMs) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/** Returns "valid", "invalid" or "unavailable". */
async function validateOnline(file) {
  if (process.env.VALIDATE_OFFLINE === "1") {
    console.log("online validation: skipped (VALIDATE_OFFLINE=1)");
    return "unavailable";
  }
  if (!(await reachable(SERVICE_HOST, 443, TIMEOUT_MS))) {
    console.log(
      `online validation: skipped, ${SERVICE_HOST} is not reachable from this machine (no network?)`,
    );
    return "unavailable";
  }
  const cli = require.resolve("office-addin-manifest/cli.js", { paths: [ROOT] });
  const run = spawnSync(process.execPath, [cli, "validate", file], { encoding: "utf8", timeout: 60000 });
  const output = `${run.stdout || ""}${run.stderr || ""}`.trim();
  if (output) console.log(output.replace(/^/gm, "  "));
  if (/The manifest is valid/.test(output)) return "valid";
  if (run.error || /Unable to validate the manifest|ENOTFOUND|ETIMEDOUT|ECONNRESET/i.test(output)) {
    console.log("online validation: the service did not give an answer; relying on the offline check");
    return "unavailable";
  }
  return "invalid";
}

function checkOffline(label, file, options) {
  const xml = fs.readFileSync(file, "utf8");
  const { errors, checks } = checkManifest(xml, options);
  if (errors.length === 0) {
    console.log(`offline check of ${label}: OK (${checks.join("; ")})`);
    return true;
  }
  console.log(`offline check of ${label}: ${errors.length} problem(s)`);
  for (const e of errors) console.log(`  - ${e}`);
  return false;
}

/** Development builds (npm run build:dev) carry source maps and serve from localhost on purpose. */
function isDevBuild(dir) {
  return fs.existsSync(path.join(dir, "taskpane.js.map"));
}

/** Options for checking the manifest of a build in dir. */
function builtOptions(dir) {
  return { root: dir, built: true, deployable: !isDevBuild(dir) };
}

async function main() {
  const args = process.argv.slice(2);
  const targets = [];
  if (args.length > 0) {
    for (const a of args) {
      const file = path.resolve(a);
      if (!fs.existsSync(file)) throw new Error(`${a} does not exist`);
      const isBuild = path.resolve(path.dirname(file)) !== ROOT;
      targets.push({
        label: path.relative(ROOT, file) || a,
        file,
        options: isBuild ? builtOptions(path.dirname(file)) : { origins: [DEV_ORIGIN], root: ROOT },
      });
    }
  } else {
    targets.push({
      label: "manifest.xml",
      file: path.join(ROOT, "manifest.xml"),
      options: { origins: [DEV_ORIGIN], root: ROOT },
    });
    const built = path.join(ROOT, "dist", "manifest.xml");
    if (fs.existsSync(built)) {
      targets.push({
        label: "dist/manifest.xml",
        file: built,
        options: builtOptions(path.dirname(built)),
      });
    } else {
      console.log("dist/manifest.xml: not built yet (npm run build), only the source manifest is checked");
    }
  }

  let ok = true;
  const online = await validateOnline(targets[0].file);
  if (online === "invalid") ok = false;
  for (const t of targets) ok = checkOffline(t.label, t.file, t.options) && ok;

  console.log(ok ? "validate: manifest OK" : "validate: FAILED");
  process.exitCode = ok ? 0 : 1;
}

main().catch((e) => {
  console.error(`validate: FAILED: ${e && e.message ? e.message : e}`);
  process.exitCode = 1;
});
