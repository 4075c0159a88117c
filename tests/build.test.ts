/**
 * The production build as it ships (built once per test run into .cache/test-build, see
 * scripts/test-build.js, with no ADDIN_ORIGIN): the shared-runtime page and what it loads, the
 * generated functions.json and its help links, the help page, the manifest with the placeholder
 * origin, the icons, the CSP, and the size budget. tests/origin.test.ts builds with a real origin.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { checkManifest } from "../scripts/manifest-check";
import { DEV_ORIGIN, OFFICE_JS_CDN, PLACEHOLDER_ORIGIN } from "../scripts/origins";
import { testBuildDir } from "../scripts/test-build";

/** The OFFER.* functions issues 3 and 10 define; functions.json is generated from their JSDoc. */
const FUNCTION_IDS = [
  "SCORE",
  "EXPLAIN",
  "SCOPEFIT",
  "LEAN",
  "ROLE",
  "ROADMAP",
  "TIPPING",
  "AHPWEIGHTS",
  "RANGE",
  "PFIRST",
];
/** What the page may load at startup, excluding office.js (issue 5). */
const BUDGET_GZIP_BYTES = 100 * 1024;

let dir: string;
const read = (file: string) => fs.readFileSync(path.join(dir, file), "utf8");
/** The ids an HTML text defines, quoted or not (the build minifies its pages). */
const idsIn = (html: string) =>
  new Set([...html.matchAll(/\sid=(?:"([^"]+)"|([^\s>"]+))/g)].map((m) => m[1] ?? m[2]));
/** Every href of an HTML text, quoted or not. */
const hrefsIn = (html: string) =>
  [...html.matchAll(/\shref=(?:"([^"]*)"|([^\s>"]+))/g)].map((m) => (m[1] ?? m[2]).replace(/&amp;/g, "&"));

/** Every file under dir, relative, with "/" separators. */
function files(root: string, sub = ""): string[] {
  return fs.readdirSync(path.join(root, sub), { withFileTypes: true }).flatMap((e) => {
    const rel = sub ? `${sub}/${e.name}` : e.name;
    return e.isDirectory() ? files(root, rel) : [rel];
  });
}

/** The src of each <script> and the href of each stylesheet <link>, in document order. */
function pageResources(html: string) {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => ({
    src: /\bsrc=["']?([^"'\s>]+)/i.exec(m[1])?.[1],
    defer: /\bdefer\b/i.test(m[1]),
    inline: m[2].trim(),
  }));
  const styles = [...html.matchAll(/<link\b([^>]*)>/gi)]
    .filter((m) => /rel=["']?stylesheet/i.test(m[1]))
    .map((m) => /\bhref=["']?([^"'\s>]+)/i.exec(m[1])?.[1] as string);
  return { scripts, styles };
}

beforeAll(() => {
  dir = testBuildDir();
}, 180000);

describe("the production build", () => {
  test("emits the page, both bundles, functions.json, the manifest and the icons", () => {
    const all = files(dir);
    for (const f of [
      "taskpane.html",
      "index.html",
      "help.html",
      "help.css",
      "bad-input.html",
      "taskpane.js",
      "functions.js",
      "functions.json",
      "manifest.xml",
      "taskpane.css",
      "assets/icon-16.png",
      "assets/icon-32.png",
      "assets/icon-64.png",
      "assets/icon-80.png",
    ]) {
      expect(all).toContain(f);
    }
  });

  test("has no source maps and no local office.js", () => {
    const all = files(dir);
    expect(all.filter((f) => f.endsWith(".map"))).toEqual([]);
    expect(all.filter((f) => f.startsWith("office-js/"))).toEqual([]);
  });

  test("puts dynamically imported code only under chunks/", () => {
    const js = files(dir).filter((f) => f.endsWith(".js"));
    expect(js.filter((f) => !f.startsWith("chunks/")).sort()).toEqual(["functions.js", "taskpane.js"]);
  });

  test("keeps exceljs out of the bundles the page loads at startup", () => {
    for (const bundle of ["functions.js", "taskpane.js"]) {
      const code = read(bundle);
      expect(code).not.toMatch(/xl\/workbook\.xml|\[Content_Types\]\.xml/);
    }
  });
});

describe("taskpane.html, the shared runtime page", () => {
  test("loads office.js from Microsoft's CDN first, then functions.js, then taskpane.js", () => {
    const { scripts } = pageResources(read("taskpane.html"));
    expect(scripts.map((s) => s.src)).toEqual([OFFICE_JS_CDN, "functions.js", "taskpane.js"]);
    expect(scripts[0].defer).toBe(false);
    expect(scripts.every((s) => s.inline === "")).toBe(true);
  });

  test("carries a Content-Security-Policy limited to itself and the office.js host", () => {
    const html = read("taskpane.html");
    const meta = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/i.exec(html);
    expect(meta).not.toBeNull();
    const policy = new Map(
      (meta as RegExpExecArray)[1].split(";").map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values] as [string, string[]];
      }),
    );
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(policy.get("style-src")).toEqual(["'self'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect((meta as RegExpExecArray)[1]).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
  });

  test("has the container the taskpane UI renders into", () => {
    expect(read("taskpane.html")).toMatch(/<main\b[^>]*\bid=["']?app\b/);
  });

  test(`loads at most ${BUDGET_GZIP_BYTES / 1024} KB gzip of its own at startup (office.js excluded)`, () => {
    const { scripts, styles } = pageResources(read("taskpane.html"));
    const own = [...scripts.map((s) => s.src as string).filter((src) => !/^https?:/.test(src)), ...styles];
    const gzip = own.map((f) => zlib.gzipSync(fs.readFileSync(path.join(dir, f)), { level: 9 }).length);
    const total = gzip.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });
});

describe("functions.json", () => {
  test("is generated from the JSDoc and lists the OFFER functions", () => {
    const meta = JSON.parse(read("functions.json")) as {
      functions: { id: string; name: string; parameters: unknown[] }[];
    };
    expect(meta.functions.map((f) => f.id).sort()).toEqual([...FUNCTION_IDS].sort());
    for (const f of meta.functions) {
      expect(f.name).toBe(f.id);
      expect(Array.isArray(f.parameters)).toBe(true);
    }
  });

  test("every function is associated by functions.js", () => {
    const meta = JSON.parse(read("functions.json")) as { functions: { id: string }[] };
    const code = read("functions.js");
    const associated = [...code.matchAll(/CustomFunctions\.associate\("([^"]+)"/g)].map((m) => m[1]);
    expect(associated.sort()).toEqual(meta.functions.map((f) => f.id).sort());
  });
});

describe("functions.json's help links", () => {
  test("every function has a helpUrl on the build's origin, at an anchor the built help page has", () => {
    const meta = JSON.parse(read("functions.json")) as { functions: { id: string; helpUrl?: string }[] };
    const ids = idsIn(read("help.html"));
    expect(meta.functions.map((f) => f.id).sort()).toEqual([...FUNCTION_IDS].sort());
    for (const f of meta.functions) {
      expect(f.helpUrl).toBe(`${PLACEHOLDER_ORIGIN}help.html#offer-${f.id.toLowerCase()}`);
      expect(ids.has(`offer-${f.id.toLowerCase()}`)).toBe(true);
    }
  });
});

describe("the help pages", () => {
  test.each(["help.html", "bad-input.html"])(
    "%s: every link inside the build reaches a file and anchor of it",
    (page) => {
      const hrefs = hrefsIn(read(page));
      expect(hrefs.length).toBeGreaterThanOrEqual(3);
      for (const href of hrefs) {
        if (/^https:\/\//.test(href)) continue;
        expect(href).not.toMatch(/^(javascript|data|http):/i);
        const [file, anchor] = href.split("#");
        const target = file === "" ? page : file === "./" ? "index.html" : file;
        expect(fs.existsSync(path.join(dir, target))).toBe(true);
        if (anchor !== undefined) expect(idsIn(read(target)).has(anchor)).toBe(true);
      }
    },
  );

  test("help.html says this build's manifest cannot be added to Excel, and why", () => {
    expect(read("help.html")).toContain(
      `cannot be added to Excel:</strong> its manifest points at ${PLACEHOLDER_ORIGIN}, and offer-evaluator.example.com is a placeholder domain`,
    );
  });

  test("run no script and load only their own stylesheet", () => {
    for (const page of ["help.html", "bad-input.html"]) {
      const html = read(page);
      expect(html).not.toMatch(/<script/i);
      expect(html).toMatch(/Content-Security-Policy"? content="default-src 'none'; style-src 'self'/);
    }
  });
});

describe("manifest.xml in the build", () => {
  test("uses the placeholder origin everywhere and passes the structural check with every file present", () => {
    const xml = read("manifest.xml");
    expect(xml).not.toContain(DEV_ORIGIN);
    expect(xml).toContain(PLACEHOLDER_ORIGIN);
    expect(checkManifest(xml, { origins: [PLACEHOLDER_ORIGIN], root: dir, built: true }).errors).toEqual([]);
    expect(checkManifest(xml, { root: dir, built: true }).errors).toEqual([]);
  });

  test("is not deployable, and the check says why", () => {
    const { errors } = checkManifest(read("manifest.xml"), { root: dir, built: true, deployable: true });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^not deployable: .*offer-evaluator\.example\.com is a placeholder domain/);
  });

  test("its SupportUrl is the build's help page", () => {
    expect(/<SupportUrl DefaultValue="([^"]+)"/.exec(read("manifest.xml"))?.[1]).toBe(
      `${PLACEHOLDER_ORIGIN}help.html`,
    );
  });
});

describe("webpack.config.js", () => {
  const saved = process.env.ADDIN_ORIGIN;
  let warn: jest.SpyInstance;
  beforeEach(() => {
    delete process.env.ADDIN_ORIGIN;
    warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  });
  afterEach(() => {
    warn.mockRestore();
    if (saved === undefined) delete process.env.ADDIN_ORIGIN;
    else process.env.ADDIN_ORIGIN = saved;
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require("../webpack.config.js") as (
    env: Record<string, string>,
    argv: Record<string, string>,
  ) => { plugins: { userOptions?: { officeJs?: string } }[]; output: { path: string } };
  const officeJs = (env: Record<string, string>) =>
    config(env, { mode: "production" }).plugins.find((p) => p.userOptions && p.userOptions.officeJs)
      ?.userOptions?.officeJs;

  test("the test build (--env officejs=local) loads the local office.js copy, into dist-test/", () => {
    expect(officeJs({ officejs: "local" })).toBe("office-js/office.js");
    expect(path.basename(config({ officejs: "local" }, { mode: "production" }).output.path)).toBe(
      "dist-test",
    );
  });

  test("the production build loads office.js from the CDN, into dist/", () => {
    expect(officeJs({})).toBe(OFFICE_JS_CDN);
    expect(path.basename(config({}, { mode: "production" }).output.path)).toBe("dist");
  });

  test("a production config without ADDIN_ORIGIN warns in one line; with it, or in development, it does not", () => {
    config({}, { mode: "production" });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(
      /^WARNING: ADDIN_ORIGIN is not set[^\n]*NOT deployable[^\n]*$/,
    );
    warn.mockClear();
    config({}, { mode: "development" });
    process.env.ADDIN_ORIGIN = "https://someone.github.io/offer-evaluator";
    config({}, { mode: "production" });
    expect(warn).not.toHaveBeenCalled();
  });
});
