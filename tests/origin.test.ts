/**
 * The origin as a build input (scripts/origins.js, webpack.config.js): ADDIN_ORIGIN is checked and
 * normalized; a production build with a github.io origin writes it into every URL of the manifest
 * and every function's help link, each resolving to a file (and anchor) of the build; without it
 * the build warns in one line, and `npm run validate` fails on the placeholder and passes on the
 * real origin.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import {
  DEV_ORIGIN,
  PLACEHOLDER_ORIGIN,
  buildOrigin,
  normalizeOrigin,
  placeholderReason,
} from "../scripts/origins";
import { runBuild } from "../scripts/test-build";

const ROOT = path.resolve(__dirname, "..");
const ORIGIN = "https://example-user.github.io/offer-evaluator/";

/** Every absolute URL in a text, read with a plain regex (not the manifest check's own parser). */
const urlsIn = (text: string) => [...text.matchAll(/https?:\/\/[^"'<>\s]+/g)].map((m) => m[0]);
/** The file of the build that a URL on the origin names. */
const fileOf = (dir: string, url: string) =>
  path.join(dir, ...decodeURIComponent(url.slice(ORIGIN.length).split(/[?#]/)[0]).split("/"));
/** The ids an HTML text defines, quoted or not (the build minifies its pages). */
const idsIn = (html: string) =>
  new Set([...html.matchAll(/\sid=(?:"([^"]+)"|([^\s>"]+))/g)].map((m) => m[1] ?? m[2]));

function validate(file: string) {
  return spawnSync(process.execPath, [path.join(ROOT, "scripts", "validate-manifest.js"), file], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, VALIDATE_OFFLINE: "1" },
  });
}

describe("normalizeOrigin", () => {
  test.each([
    ["https://example-user.github.io/offer-evaluator", ORIGIN],
    ["https://example-user.github.io/offer-evaluator/", ORIGIN],
    ["  https://Example-User.GitHub.io/offer-evaluator  ", ORIGIN],
    ["https://host.org", "https://host.org/"],
    ["https://host.org:8443/a/b", "https://host.org:8443/a/b/"],
    ["https://host.org//", "https://host.org/"],
    ["https://host.org/a//", "https://host.org/a/"],
  ])("%s -> %s", (input, expected) => {
    expect(normalizeOrigin(input)).toBe(expected);
  });

  test.each([
    ["http://example-user.github.io/x/", /uses http; Office loads add-ins only over https/],
    ["", /ADDIN_ORIGIN is empty/],
    ["example-user.github.io/x", /is not an address/],
    ["ftp://host.org/", /uses ftp/],
    ["https://host.org/x/?v=1", /without "\?" or "#"/],
    ["https://host.org/x/#top", /without "\?" or "#"/],
    ["https://me:secret@host.org/", /user name or password/],
    ["https://x", /host "x", a name without a dot/],
    ["https://intranet/offer-evaluator/", /host "intranet", a name without a dot/],
    ["https://X./", /host "x", a name without a dot/],
  ])("rejects %j", (input, expected) => {
    expect(() => normalizeOrigin(input)).toThrow(expected);
  });

  test("localhost passes here: the placeholder check says why it is not deployable", () => {
    expect(normalizeOrigin("https://localhost:3000")).toBe("https://localhost:3000/");
    expect(placeholderReason("https://localhost:3000/")).toMatch(/this computer/);
  });
});

describe("placeholderReason", () => {
  test.each([
    "https://example.com/",
    "https://offer-evaluator.example.com/",
    "https://www.example.org/x/",
    "https://a.b.example.net/",
    "https://contoso.com/",
    "https://addins.contoso.com/offer/",
    "https://localhost:3000/",
    "https://127.0.0.1/",
    "https://[::1]/",
    "https://my.test/",
    "https://site.example/",
  ])("%s is not deployable", (address) => {
    expect(placeholderReason(address)).toMatch(/placeholder|reserved|this computer/);
  });

  test.each(["https://x/", "https://intranet/offer/", "https://x./"])(
    "%s (a host name without a dot) is not deployable",
    (address) => {
      expect(placeholderReason(address)).toMatch(/is a name without a dot/);
    },
  );

  test.each([
    ORIGIN,
    "https://example-user.github.io/",
    "https://examples.com/",
    "https://notexample.com/",
    "https://example.com.evil.org/",
    "https://contoso.company.com/",
    "https://my-contoso.com/",
  ])("%s is deployable", (address) => {
    expect(placeholderReason(address)).toBeNull();
  });
});

describe("buildOrigin", () => {
  test("development always uses the dev origin", () => {
    expect(buildOrigin("development", { ADDIN_ORIGIN: ORIGIN }).origin).toBe(DEV_ORIGIN);
  });
  test("production without ADDIN_ORIGIN uses the placeholder and is not deployable", () => {
    expect(buildOrigin("production", {})).toEqual({
      origin: PLACEHOLDER_ORIGIN,
      deployable: false,
      fromEnv: false,
    });
  });
  test("production with ADDIN_ORIGIN uses it, normalized", () => {
    expect(buildOrigin("production", { ADDIN_ORIGIN: ORIGIN.slice(0, -1) })).toEqual({
      origin: ORIGIN,
      deployable: true,
      fromEnv: true,
    });
  });
});

describe("builds", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "offer-origin-"));
  const hosted = path.join(tmp, "hosted");
  const unset = path.join(tmp, "unset");
  let hostedRun: ReturnType<typeof runBuild>;
  let unsetRun: ReturnType<typeof runBuild>;

  beforeAll(() => {
    hostedRun = runBuild(hosted, { origin: ORIGIN });
    unsetRun = runBuild(unset);
  }, 300000);
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  describe(`ADDIN_ORIGIN=${ORIGIN} npm run build`, () => {
    test("succeeds without a warning about the origin", () => {
      expect(hostedRun.status).toBe(0);
      expect(`${hostedRun.stdout}${hostedRun.stderr}`).not.toMatch(/not deployable|cannot host/i);
    });

    test("writes the origin into every URL of manifest.xml, and each names a file of the build", () => {
      const xml = fs.readFileSync(path.join(hosted, "manifest.xml"), "utf8");
      const urls = urlsIn(xml).filter((u) => !/^http:\/\/(www\.w3\.org|schemas\.microsoft\.com)\//.test(u));
      expect(urls.length).toBeGreaterThanOrEqual(9);
      for (const u of urls) {
        expect(u.startsWith(ORIGIN)).toBe(true);
        expect(fs.existsSync(fileOf(hosted, u))).toBe(true);
      }
      expect(xml).not.toContain(DEV_ORIGIN);
      expect(xml).not.toContain(PLACEHOLDER_ORIGIN);
    });

    test("the SupportUrl is the help page of the build", () => {
      const xml = fs.readFileSync(path.join(hosted, "manifest.xml"), "utf8");
      const support = /<SupportUrl DefaultValue="([^"]+)"/.exec(xml);
      expect(support?.[1]).toBe(`${ORIGIN}help.html`);
      const help = fs.readFileSync(path.join(hosted, "help.html"), "utf8");
      expect(help).toMatch(/<h1>Offer Evaluator: help<\/h1>/);
      expect(help).toContain(`This manifest loads Offer Evaluator from ${ORIGIN}.`);
    });

    test("every function's helpUrl is on the origin, at an anchor the built help page has", () => {
      const meta = JSON.parse(fs.readFileSync(path.join(hosted, "functions.json"), "utf8")) as {
        functions: { id: string; helpUrl?: string }[];
      };
      const ids = idsIn(fs.readFileSync(path.join(hosted, "help.html"), "utf8"));
      expect(meta.functions.length).toBe(10);
      for (const f of meta.functions) {
        expect(f.helpUrl).toBe(`${ORIGIN}help.html#offer-${f.id.toLowerCase()}`);
        expect(ids.has((f.helpUrl as string).split("#")[1])).toBe(true);
      }
    });

    test("the origin itself opens the app: index.html is the page the manifest loads", () => {
      expect(fs.readFileSync(path.join(hosted, "index.html"), "utf8")).toBe(
        fs.readFileSync(path.join(hosted, "taskpane.html"), "utf8"),
      );
    });

    test("npm run validate passes on it", () => {
      const r = validate(path.join(hosted, "manifest.xml"));
      expect(r.stdout).toMatch(/a deployable origin/);
      expect(r.stdout).toMatch(/validate: manifest OK/);
      expect(r.status).toBe(0);
    });
  });

  describe("npm run build without ADDIN_ORIGIN", () => {
    test("still builds, and says in exactly one line that the manifest is not deployable", () => {
      expect(unsetRun.status).toBe(0);
      const lines = `${unsetRun.stdout}\n${unsetRun.stderr}`.split("\n").filter((l) => /deployable/i.test(l));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^WARNING: ADDIN_ORIGIN is not set.*NOT deployable.*ADDIN_ORIGIN=https:/);
      expect(fs.readFileSync(path.join(unset, "manifest.xml"), "utf8")).toContain(PLACEHOLDER_ORIGIN);
    });

    test("npm run validate fails on its manifest, naming the placeholder domain", () => {
      const r = validate(path.join(unset, "manifest.xml"));
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/not deployable: .*offer-evaluator\.example\.com is a placeholder domain/);
      expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at .*:\d+:\d+/);
    });
  });

  test.each([
    ["http://example-user.github.io/offer-evaluator/", /uses http/],
    ["not a url", /is not an address/],
    ["https://x", /a name without a dot/],
  ])("ADDIN_ORIGIN=%j stops the build with one line and exit code 1", (origin, expected) => {
    const r = runBuild(path.join(tmp, "bad"), { origin });
    expect(r.status).toBe(1);
    const out = `${r.stdout}${r.stderr}`.trim();
    expect(out.split("\n")).toHaveLength(1);
    expect(out).toMatch(/^Build stopped: ADDIN_ORIGIN/);
    expect(out).toMatch(expected);
    expect(fs.existsSync(path.join(tmp, "bad", "manifest.xml"))).toBe(false);
  });

  test("a refused build removes the previous build from its folder, and says so in its one line", () => {
    const stale = path.join(tmp, "stale");
    fs.cpSync(hosted, stale, { recursive: true });
    const r = runBuild(stale, { origin: "http://x" });
    expect(r.status).toBe(1);
    const out = `${r.stdout}${r.stderr}`.trim();
    expect(out.split("\n")).toHaveLength(1);
    expect(out).toMatch(/^Build stopped: ADDIN_ORIGIN "http:\/\/x" uses http/);
    expect(out).toMatch(/the previous build in .*stale\/ was removed, so it cannot be deployed by mistake$/);
    expect(fs.existsSync(stale)).toBe(false);
  });

  test("npm run validate refuses a built manifest on a host name without a dot", () => {
    // The good build moved to https://x/: every file it names is there, only the host is wrong.
    const dotless = path.join(tmp, "dotless");
    fs.cpSync(hosted, dotless, { recursive: true });
    const file = path.join(dotless, "manifest.xml");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").split(ORIGIN).join("https://x/"));
    const r = validate(file);
    expect(r.stdout).toMatch(/not deployable: .*x is a name without a dot/);
    expect(r.status).toBe(1);
  });
});
