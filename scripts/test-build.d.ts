/** Types for scripts/test-build.js (builds of the add-in for tests). */
export interface BuildOptions {
  /** "local": office.js copied into the build instead of loaded from the CDN. */
  officejs?: "local";
  /** The ADDIN_ORIGIN the build gets; without it the build has none, whatever the environment holds. */
  origin?: string;
}
/** Runs a production webpack build into outDir; returns its exit status and output. */
export function runBuild(
  outDir: string,
  options?: BuildOptions,
): { status: number | null; stdout: string; stderr: string };
/** Runs a production webpack build into outDir; throws with webpack's output on failure. */
export function build(outDir: string, options?: BuildOptions): string;
/** The folder of a fresh production build (CDN office.js) for unit tests: .cache/test-build. */
export function testBuildDir(): string;
export const UNIT_BUILD_DIR: string;
export const BROWSER_BUILD_DIR: string;
export const ROOT: string;
