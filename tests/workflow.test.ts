/**
 * .github/workflows/pages.yml cannot run here: it is parsed as YAML (js-yaml, already installed
 * through eslint) and its structure checked: the triggers, npm ci, the tests with a browser, the
 * build with the origin GitHub Pages reports (configure-pages' base_url), the Pages actions, and the
 * permissions and environment the deployment needs.
 */
import * as fs from "fs";
import * as path from "path";
import { normalizeOrigin } from "../scripts/origins";

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Job {
  "runs-on": string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  environment?: { name: string; url?: string };
  steps: Step[];
}
interface Workflow {
  name: string;
  on: { push?: { branches: string[] }; workflow_dispatch?: null };
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml = require("js-yaml") as { load(text: string): unknown };
const FILE = path.resolve(__dirname, "..", ".github", "workflows", "pages.yml");
const workflow = yaml.load(fs.readFileSync(FILE, "utf8")) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
const indexOf = (pred: (s: Step) => boolean) => steps.findIndex(pred);

/** ${{ expr }} evaluated against a small context, as GitHub would. */
function evaluate(template: string, context: Record<string, string>): string {
  return template.replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_m, key: string) => {
    if (!(key in context)) throw new Error(`no ${key} in the test context`);
    return context[key];
  });
}

describe("the GitHub Pages workflow", () => {
  test("runs on a push to main and by hand", () => {
    expect(workflow.on.push).toEqual({ branches: ["main"] });
    expect("workflow_dispatch" in workflow.on).toBe(true);
  });

  test("installs with npm ci, lints, tests with a browser, then builds, validates and uploads dist/", () => {
    const ci = indexOf((s) => s.run === "npm ci");
    const browser = indexOf((s) => (s.run || "").includes("CHROMIUM_PATH="));
    const test = indexOf((s) => s.run === "npm test");
    const buildStep = indexOf((s) => s.run === "npm run build");
    const validate = indexOf((s) => s.run === "npm run validate");
    const upload = indexOf((s) => (s.uses || "").startsWith("actions/upload-pages-artifact@"));
    for (const i of [ci, browser, test, buildStep, validate, upload]) expect(i).toBeGreaterThanOrEqual(0);
    expect([ci, browser, test, buildStep, validate, upload]).toEqual(
      [ci, browser, test, buildStep, validate, upload].slice().sort((a, b) => a - b),
    );
    expect(steps[upload].with).toEqual({ path: "dist" });
  });

  test("asks GitHub Pages for the site's address (configure-pages, id pages) before the build", () => {
    const configure = indexOf((s) => (s.uses || "").startsWith("actions/configure-pages@"));
    const buildStep = indexOf((s) => s.run === "npm run build");
    expect(configure).toBeGreaterThanOrEqual(0);
    expect(configure).toBeLessThan(buildStep);
    expect(steps[configure].id).toBe("pages");
    // Both in the build job, which may read the Pages API (and write nothing).
    const job = Object.values(workflow.jobs).find((j) => j.steps.includes(steps[configure])) as Job;
    expect(job.steps).toContain(steps[buildStep]);
    expect(job.permissions).toEqual({ contents: "read", pages: "read" });
  });

  test.each([
    [
      "a project site",
      "https://example-user.github.io/offer-evaluator",
      "https://example-user.github.io/offer-evaluator/",
    ],
    ["a user or organization site", "https://example-user.github.io", "https://example-user.github.io/"],
    ["a custom domain", "https://offers.example-corp.org", "https://offers.example-corp.org/"],
    [
      "a custom domain with a folder",
      "https://example-corp.org/tools/offers",
      "https://example-corp.org/tools/offers/",
    ],
    ["an address already ending in /", "https://example-user.github.io/", "https://example-user.github.io/"],
  ])("builds %s for the address Pages reports (%s), with one trailing slash", (_what, baseUrl, expected) => {
    const buildStep = steps.find((s) => s.run === "npm run build") as Step;
    const template = (buildStep.env || {}).ADDIN_ORIGIN;
    expect(template).toContain("${{ steps.pages.outputs.base_url }}");
    const origin = evaluate(template, { "steps.pages.outputs.base_url": baseUrl });
    expect(normalizeOrigin(origin)).toBe(expected);
    expect(origin.endsWith("/")).toBe(true);
  });

  test("the origin is set only in the build step, from no hand-made name", () => {
    const buildStep = steps.find((s) => s.run === "npm run build") as Step;
    expect((buildStep.env || {}).ADDIN_ORIGIN).not.toMatch(/github\.io|repository_owner|repository\.name/);
    // The tests build their own copies: no other step or job sets the origin.
    const others = steps.filter((s) => s !== buildStep && s.env && "ADDIN_ORIGIN" in s.env);
    expect(others).toEqual([]);
    expect(fs.readFileSync(FILE, "utf8").match(/ADDIN_ORIGIN:/g)).toHaveLength(1);
  });

  test("deploys with the official action, in the github-pages environment, with the permissions it needs", () => {
    const deploy = Object.values(workflow.jobs).find((j) =>
      j.steps.some((s) => (s.uses || "").startsWith("actions/deploy-pages@")),
    ) as Job;
    expect(deploy).toBeDefined();
    expect(deploy.needs).toBe("build");
    expect(deploy.permissions).toEqual({ pages: "write", "id-token": "write" });
    expect(deploy.environment?.name).toBe("github-pages");
    const step = deploy.steps.find((s) => (s.uses || "").startsWith("actions/deploy-pages@")) as Step;
    expect(deploy.environment?.url).toBe(`\${{ steps.${step.id}.outputs.page_url }}`);
    // Everything else reads only.
    expect(workflow.permissions).toEqual({ contents: "read" });
  });

  test("every action is pinned to a major version", () => {
    const uses = steps.map((s) => s.uses).filter((u): u is string => u !== undefined);
    expect(uses.length).toBeGreaterThanOrEqual(5);
    for (const u of uses) expect(u).toMatch(/^actions\/[a-z-]+@v\d+$/);
  });
});
