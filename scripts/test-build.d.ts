/** Types for scripts/test-build.js (builds of the add-in for tests). */
/** Runs a production webpack build into outDir (office.js local when officejs is "local"); throws with webpack's output on failure. */
export function build(outDir: string, options?: { officejs?: "local" }): string;
/** The folder of a fresh production build (CDN office.js) for unit tests: .cache/test-build. */
export function testBuildDir(): string;
export const UNIT_BUILD_DIR: string;
export const BROWSER_BUILD_DIR: string;
export const ROOT: string;
