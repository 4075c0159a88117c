/**
 * Browser end-to-end tests (tests/browser): headless Chromium via playwright-core against the
 * build with local office.js (dist-test/, built by the global setup). Run by scripts/test.js, or
 * directly: npx jest -c jest.browser.config.js
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests/browser"],
  testMatch: ["**/*.test.ts"],
  testTimeout: 60000,
  maxWorkers: 1,
  globalSetup: "<rootDir>/scripts/jest-browser-setup.js",
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: { module: "commonjs", sourceMap: true }, diagnostics: false }],
  },
};
