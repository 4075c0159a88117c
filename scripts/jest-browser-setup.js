/**
 * jest globalSetup for the browser tests: `npm run build:test` (production, local office.js) into
 * dist-test/, whose path it puts in OFFER_BROWSER_BUILD. The Chromium to drive is in
 * CHROMIUM_PATH (scripts/test.js sets it; default /usr/bin/chromium).
 */
"use strict";

const { build, BROWSER_BUILD_DIR } = require("./test-build");

module.exports = async function globalSetup() {
  build(BROWSER_BUILD_DIR, { officejs: "local" });
  process.env.OFFER_BROWSER_BUILD = BROWSER_BUILD_DIR;
  if (!process.env.CHROMIUM_PATH) process.env.CHROMIUM_PATH = "/usr/bin/chromium";
};
