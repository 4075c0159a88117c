/** Unit, property and bundle tests. Browser end-to-end tests live in tests/browser and run through scripts/test.js. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  globalSetup: "<rootDir>/scripts/jest-global-setup.js",
  setupFiles: ["<rootDir>/tests/support/customFunctions.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/tests/browser/"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: { module: "commonjs", sourceMap: true }, diagnostics: false }],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
