#!/usr/bin/env node
/**
 * npm start: build the add-in (development mode, rebuilt on change) and serve it over HTTPS on
 * https://localhost:3000 with office-addin-dev-certs certificates; then sideload it into Excel
 * desktop on Windows and macOS (office-addin-debugging, fetched on demand with npx), or, elsewhere,
 * print how to sideload it into Excel on the web. Runs until Ctrl+C or `npm stop` (pid file in
 * .cache/dev-server.pid). Never ends with a stack trace: every failure is one clear message.
 */
"use strict";

const crypto = require("crypto");
const fs = require("fs");
const net = require("net");
const os = require("os");
const path = require("path");
const { spawn } = require("child_process");
const { DEV_ORIGIN, DEV_PORT } = require("./origins");

const ROOT = path.resolve(__dirname, "..");
const CACHE = path.join(ROOT, ".cache");
const PID_FILE = path.join(CACHE, "dev-server.pid");
const OWN_CERTS = path.join(CACHE, "certs");
const MANIFEST = path.join(ROOT, "manifest.xml");
const TASKPANE_URL = `${DEV_ORIGIN}taskpane.html`;

class StartError extends Error {}

const say = (line = "") => console.log(line);

function portFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", (e) => resolve(e.code !== "EADDRINUSE" && e.code !== "EACCES" ? true : e.code));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen({ port, host: "localhost", exclusive: true });
  });
}

/** Valid for at least one more day? */
function certUsable(certPem) {
  try {
    const cert = new crypto.X509Certificate(certPem);
    return new Date(cert.validTo).getTime() - Date.now() > 24 * 3600 * 1000;
  } catch {
    return false;
  }
}

/** Runs fn with console.log/info silenced; returns what it logged. */
async function quietly(fn) {
  const logged = [];
  const saved = { log: console.log, info: console.info, warn: console.warn };
  console.log = console.info = console.warn = (...args) => logged.push(args.join(" "));
  try {
    return { value: await fn(), logged };
  } catch (e) {
    e.logged = logged;
    throw e;
  } finally {
    Object.assign(console, saved);
  }
}

function trustHint(caPath) {
  if (process.platform === "linux") {
    // As root there is no sudo to ask for (and often none installed).
    const sudo = typeof process.getuid === "function" && process.getuid() === 0 ? "" : "sudo ";
    return [
      "  To trust it on Debian/Ubuntu (system and Chromium):",
      `    ${sudo}cp '${caPath}' /usr/local/share/ca-certificates/offer-evaluator-dev-ca.crt && ${sudo}update-ca-certificates`,
      `    certutil -d sql:$HOME/.pki/nssdb -A -t C,, -n "Offer Evaluator dev CA" -i '${caPath}'   (package libnss3-tools)`,
      "  or run `npx office-addin-dev-certs install` (it asks for sudo), then `npm start` again.",
    ];
  }
  return ["  To trust it, run `npx office-addin-dev-certs install`, then `npm start` again."];
}

/**
 * The HTTPS key and certificate: office-addin-dev-certs' trusted ones when it can install its CA;
 * otherwise the certificates it generated (untrusted), or our own from mkcert in .cache/certs.
 */
async function httpsOptions() {
  let reason;
  try {
    const devCerts = require("office-addin-dev-certs");
    say("certificates: asking office-addin-dev-certs (it may ask for your password to trust its CA)...");
    const { value } = await quietly(() => devCerts.getHttpsServerOptions());
    say("certificates: office-addin-dev-certs, trusted by this machine");
    return { options: { key: value.key, cert: value.cert, ca: value.ca }, trusted: true };
  } catch (e) {
    reason = String((e && e.message) || e)
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean)
      .slice(0, 2)
      .join(" ");
  }

  // office-addin-dev-certs writes its certificates before trying to install the CA.
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  let source = dir;
  let pems = null;
  try {
    const read = Object.fromEntries(
      Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]),
    );
    if (certUsable(read.cert)) pems = read;
  } catch {
    pems = null;
  }

  if (!pems) {
    source = OWN_CERTS;
    try {
      const read = Object.fromEntries(
        Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(OWN_CERTS, f))]),
      );
      if (certUsable(read.cert)) pems = read;
    } catch {
      pems = null;
    }
  }
  if (!pems) {
    const mkcert = require("mkcert");
    const ca = await mkcert.createCA({
      organization: "Offer Evaluator development CA",
      countryCode: "US",
      state: "Development",
      locality: "localhost",
      validity: 30,
    });
    const cert = await mkcert.createCert({ ca, domains: ["localhost", "127.0.0.1"], validity: 30 });
    fs.mkdirSync(OWN_CERTS, { recursive: true });
    fs.writeFileSync(path.join(OWN_CERTS, files.ca), ca.cert);
    fs.writeFileSync(path.join(OWN_CERTS, files.cert), cert.cert);
    fs.writeFileSync(path.join(OWN_CERTS, files.key), cert.key, { mode: 0o600 });
    pems = { key: cert.key, cert: cert.cert, ca: ca.cert };
  }

  say(`certificates: office-addin-dev-certs could not provide a trusted certificate (${reason})`);
  say(`certificates: using the self-signed certificates in ${source}`);
  say("  THE CERTIFICATE IS NOT TRUSTED BY THIS MACHINE: Excel will not load the add-in and browsers");
  say("  will warn until you trust its CA.");
  for (const l of trustHint(path.join(source, files.ca))) say(l);
  return { options: pems, trusted: false };
}

function writePid() {
  fs.mkdirSync(CACHE, { recursive: true });
  fs.writeFileSync(PID_FILE, String(process.pid));
}

function removePid() {
  try {
    if (fs.readFileSync(PID_FILE, "utf8").trim() === String(process.pid)) fs.rmSync(PID_FILE);
  } catch {
    // already gone
  }
}

/** Windows and macOS: sideload into Excel desktop with office-addin-debugging (fetched by npx). */
function sideloadDesktop() {
  return new Promise((resolve) => {
    say("sideloading into Excel desktop with office-addin-debugging (npx may download it first)...");
    const args = ["--yes", "office-addin-debugging", "start", MANIFEST, "desktop"];
    args.push("--app", "excel", "--no-debug", "--dev-server-port", String(DEV_PORT));
    let output = "";
    const child = spawn("npx", args, { cwd: ROOT, shell: process.platform === "win32", env: process.env });
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", () => resolve(false));
    child.on("close", (code) => {
      const failed = code !== 0 || /Unable to start debugging|Error/i.test(output);
      if (failed) {
        const first = output.trim().split("\n").filter(Boolean).slice(-2).join(" ");
        say(`sideloading: did not work${first ? ` (${first})` : ""}`);
      }
      resolve(!failed);
    });
  });
}

function printWebSideload() {
  say("  To use it in Excel on the web (works from any OS):");
  say("    1. open a workbook in Excel on the web (https://www.office.com)");
  say("    2. Home (or Insert) > Add-ins > More Add-ins > My Add-ins > Upload My Add-in");
  say(`    3. choose ${MANIFEST}`);
}

async function main() {
  say(`Offer Evaluator: building and serving on ${DEV_ORIGIN}`);

  const free = await portFree(DEV_PORT);
  if (free !== true) {
    throw new StartError(
      free === "EACCES"
        ? `port ${DEV_PORT} cannot be opened by this user.`
        : `port ${DEV_PORT} is already in use. If \`npm start\` is already running, stop it with \`npm stop\`; ` +
            `otherwise stop the program using the port (e.g. \`lsof -i :${DEV_PORT}\`).`,
    );
  }

  const { options: tls, trusted } = await httpsOptions();

  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const config = require(path.join(ROOT, "webpack.config.js"))({}, { mode: "development" });
  config.stats = "none";
  config.infrastructureLogging = { level: "warn" };
  config.watchOptions = {
    ignored: ["**/node_modules/**", "**/.cache/**", "**/dist/**", "**/dist-test/**", "**/.git/**"],
  };
  const compiler = webpack(config);

  let firstBuild;
  const built = new Promise((resolve) => (firstBuild = resolve));
  compiler.hooks.done.tap("offer-evaluator-start", (stats) => {
    const time = stats.endTime - stats.startTime;
    if (stats.hasErrors() || stats.hasWarnings())
      say(stats.toString({ preset: "errors-warnings", colors: false }));
    if (stats.hasErrors())
      say(`build: FAILED (${stats.compilation.errors.length} error(s) above); fix and save to rebuild`);
    else say(`build: OK in ${time} ms`);
    firstBuild(!stats.hasErrors());
  });

  const server = new WebpackDevServer(
    {
      host: "localhost",
      port: DEV_PORT,
      server: { type: "https", options: tls },
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      liveReload: false,
      client: false,
      setupExitSignals: false,
      // The bare origin opens the page rather than "Cannot GET /".
      devMiddleware: { index: "taskpane.html" },
    },
    compiler,
  );

  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    say("\nstopping the dev server...");
    try {
      await server.stop();
    } catch {
      // exiting anyway
    }
    removePid();
    process.exit(code);
  };
  process.on("SIGINT", () => stop(0));
  process.on("SIGTERM", () => stop(0));
  process.on("SIGHUP", () => stop(0));

  try {
    await server.start();
  } catch (e) {
    throw new StartError(
      e && e.code === "EADDRINUSE"
        ? `port ${DEV_PORT} is already in use. Stop the other server (\`npm stop\` if it is ours) and retry.`
        : `the dev server could not start: ${(e && e.message) || e}`,
    );
  }
  writePid();
  const ok = await built;

  say("");
  say(`taskpane page: ${TASKPANE_URL}   (opens in a browser too, outside Excel)`);
  say(`functions:     ${DEV_ORIGIN}functions.json`);
  say(`manifest:      ${MANIFEST}`);
  if (!ok) say("(the build has errors: the pages above may be missing until you fix them)");

  let sideloaded = false;
  if ((process.platform === "win32" || process.platform === "darwin") && trusted) {
    sideloaded = await sideloadDesktop();
    if (sideloaded) say("sideloading: Excel is opening with the add-in (Home tab > Evaluate offers)");
  }
  if (!sideloaded) {
    if (process.platform === "win32" || process.platform === "darwin") {
      say("Excel desktop was not sideloaded automatically.");
      say(`  Sideload by hand: npx office-addin-debugging start "${MANIFEST}" desktop --app excel`);
    } else {
      say(`No Excel desktop on ${process.platform}: nothing to sideload here.`);
    }
    printWebSideload();
  }
  say("");
  say("Running until Ctrl+C or `npm stop`. Edits rebuild automatically; reload the pane to see them.");
}

process.on("uncaughtException", (e) => {
  console.log(`npm start: ${(e && e.message) || e}`);
  removePid();
  process.exit(1);
});
process.on("unhandledRejection", (e) => {
  console.log(`npm start: ${(e && e.message) || e}`);
  removePid();
  process.exit(1);
});

main().catch((e) => {
  console.log(`npm start: cannot start: ${(e && e.message) || e}`);
  removePid();
  process.exit(1);
});
