#!/usr/bin/env node
/**
 * npm stop: stops the dev server that `npm start` started (its pid is in .cache/dev-server.pid)
 * and, on Windows and macOS, unregisters the sideloaded add-in.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const PID_FILE = path.join(ROOT, ".cache", "dev-server.pid");

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
};

/** On Linux, make sure the pid is still our start script and not a recycled pid. */
function isOurs(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("start.js");
  } catch {
    return process.platform !== "linux";
  }
}

async function main() {
  if (process.platform === "win32" || process.platform === "darwin") {
    spawnSync("npx", ["--yes", "office-addin-debugging", "stop", path.join(ROOT, "manifest.xml")], {
      cwd: ROOT,
      stdio: "ignore",
      shell: process.platform === "win32",
    });
  }

  let pid;
  try {
    pid = Number(fs.readFileSync(PID_FILE, "utf8").trim());
  } catch {
    console.log("npm stop: no dev server from `npm start` is running (no .cache/dev-server.pid).");
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid) || !isOurs(pid)) {
    fs.rmSync(PID_FILE, { force: true });
    console.log(`npm stop: the dev server (pid ${pid}) was not running any more; cleaned up.`);
    return;
  }
  process.kill(pid, "SIGTERM");
  for (let waited = 0; waited < 10000 && alive(pid); waited += 100) {
    await new Promise((r) => setTimeout(r, 100));
  }
  if (alive(pid)) {
    console.log(`npm stop: the dev server (pid ${pid}) did not stop within 10 s.`);
    process.exitCode = 1;
    return;
  }
  fs.rmSync(PID_FILE, { force: true });
  console.log(`npm stop: stopped the dev server (pid ${pid}).`);
}

main().catch((e) => {
  console.log(`npm stop: ${(e && e.message) || e}`);
  process.exitCode = 1;
});
