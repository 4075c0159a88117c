/**
 * The standalone page's "Use it in Excel" section (src/standalone/useInExcel.ts): which manifest
 * it offers, and that the page, the help page and README give the same three ways to install.
 */
import * as fs from "fs";
import * as path from "path";
import { manifestFolder, manifestMessage, manifestState } from "../src/standalone/useInExcel";
import INSTALL from "../src/standalone/installSteps.json";
import { DEV_ORIGIN } from "../scripts/origins";

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const hosted = (origin: string) => MANIFEST.split(DEV_ORIGIN).join(origin);

describe("the manifest the page offers", () => {
  test("its folder is the folder of its start page", () => {
    expect(manifestFolder(MANIFEST)).toBe(DEV_ORIGIN);
    expect(manifestFolder(hosted("https://someone.github.io/offer-evaluator/"))).toBe(
      "https://someone.github.io/offer-evaluator/",
    );
    expect(manifestFolder("<OfficeApp/>")).toBeNull();
    expect(
      manifestFolder('<DefaultSettings><SourceLocation DefaultValue="not a url"/></DefaultSettings>'),
    ).toBeNull();
  });

  test.each([
    ["https://someone.github.io/offer-evaluator/", "https://someone.github.io/offer-evaluator/", "ready"],
    [
      "https://someone.github.io/offer-evaluator/",
      "https://someone.github.io/offer-evaluator/index.html?x=1#top",
      "ready",
    ],
    [
      "https://someone.github.io/offer-evaluator/",
      "https://someone.github.io/offer-evaluator/taskpane.html",
      "ready",
    ],
    ["https://offer-evaluator.example.com/", "http://localhost:8080/taskpane.html", "elsewhere"],
    ["https://someone.github.io/offer-evaluator/", "https://someone.github.io/other/", "elsewhere"],
  ])("built for %s, seen from %s: %s", (origin, page, kind) => {
    expect(manifestState(hosted(origin), page).kind).toBe(kind);
  });

  test("no manifest next to the page", () => {
    expect(manifestState(null, "https://someone.github.io/x/")).toEqual({ kind: "missing" });
    expect(manifestState("not xml at all", "https://someone.github.io/x/")).toEqual({ kind: "missing" });
  });

  test("the status line says where the add-in would load from", () => {
    expect(manifestMessage({ kind: "ready", folder: "https://a.org/x/" })).toContain(
      "from this very address (https://a.org/x/)",
    );
    expect(manifestMessage({ kind: "elsewhere", folder: "https://b.org/" })).toContain(
      "loads the add-in from https://b.org/, not from this address",
    );
    expect(manifestMessage({ kind: "missing" })).toContain("No manifest is served next to this page");
  });
});

describe("the offer to download", () => {
  test("the link's visible text names the file the download saves", () => {
    expect(INSTALL.downloadName).toMatch(/\.xml$/);
    expect(INSTALL.downloadLink).toContain(`(${INSTALL.downloadName})`);
  });

  test("only the removable part asks to download: the intro stands alone when there is nothing to offer", () => {
    expect(INSTALL.intro).not.toMatch(/download/i);
    expect(INSTALL.intro).toMatch(/\.$/);
    expect(`${INSTALL.downloadLink}, ${INSTALL.downloadThen}`).toMatch(
      /^Download .*, then add it to Excel\.$/,
    );
  });
});

describe("the install steps", () => {
  test("cover Excel on the web, Windows and Mac in three steps each", () => {
    expect(INSTALL.platforms.map((p) => p.id)).toEqual(["web", "windows", "mac"]);
    for (const p of INSTALL.platforms) expect(p.steps).toHaveLength(3);
  });

  test("README's first section gives the same steps, before the developer commands", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const excel = readme.indexOf("## Use it in Excel");
    const browser = readme.indexOf("## Use it in a browser");
    const developers = readme.indexOf("## For developers");
    expect(excel).toBeGreaterThan(0);
    expect(browser).toBeGreaterThan(excel);
    expect(developers).toBeGreaterThan(browser);
    expect(readme.indexOf("npm install")).toBeGreaterThan(developers);
    const section = readme.slice(excel, browser);
    // A real place to find the address, not a pattern to fill in.
    expect(section).not.toMatch(/OWNER|REPOSITORY|<owner>|<repo/);
    expect(section).toMatch(/\*\*Settings > Pages\*\* shows its address/);
    for (const p of INSTALL.platforms) {
      expect(section).toContain(`**${p.name}**`);
      // Markdown shows "\\" as one backslash: README doubles them.
      p.steps.forEach((step, i) => expect(section).toContain(`${i + 1}. ${step.replace(/\\/g, "\\\\")}`));
    }
  });
});
