/**
 * jest globalSetup for the unit tests: one production build into .cache/test-build per run, shared
 * by every test file through OFFER_TEST_BUILD (read it with testBuildDir() from
 * scripts/test-build). A failed build does not stop the other tests: the error is handed to the
 * tests that need the build.
 */
"use strict";

const { build, UNIT_BUILD_DIR } = require("./test-build");

module.exports = async function globalSetup() {
  try {
    build(UNIT_BUILD_DIR);
    process.env.OFFER_TEST_BUILD = UNIT_BUILD_DIR;
    delete process.env.OFFER_TEST_BUILD_ERROR;
  } catch (e) {
    process.env.OFFER_TEST_BUILD_ERROR = e.message;
  }
};
