/**
 * The offline manifest check (scripts/manifest-check.js, behind `npm run validate`): manifest.xml
 * passes it, and mutated copies prove each rule can fail.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import { checkManifest, parseXml, pngSize } from "../scripts/manifest-check";
import { DEV_ORIGIN, PLACEHOLDER_ORIGIN } from "../scripts/origins";

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const check = (xml: string) => checkManifest(xml, { origins: [DEV_ORIGIN], root: ROOT }).errors;

/** Replaces exactly one occurrence, so a mutation that no longer applies fails loudly. */
function mutate(from: string | RegExp, to: string): string {
  const count =
    typeof from === "string"
      ? MANIFEST.split(from).length - 1
      : (MANIFEST.match(new RegExp(from.source, "g")) || []).length;
  if (count !== 1) throw new Error(`mutation target ${from} occurs ${count} times in manifest.xml`);
  return MANIFEST.replace(from, to);
}

describe("manifest.xml", () => {
  test("passes the offline structural check", () => {
    expect(check(MANIFEST)).toEqual([]);
  });

  test("passes with the placeholder origin substituted, as a build without ADDIN_ORIGIN writes it", () => {
    const prod = MANIFEST.split(DEV_ORIGIN).join(PLACEHOLDER_ORIGIN);
    expect(checkManifest(prod, { origins: [PLACEHOLDER_ORIGIN], root: ROOT }).errors).toEqual([]);
  });

  test("passes with an origin that has a path, which all URLs must share", () => {
    const origin = "https://example-user.github.io/offer-evaluator/";
    const hosted = MANIFEST.split(DEV_ORIGIN).join(origin);
    expect(checkManifest(hosted, { root: ROOT, deployable: true }).errors).toEqual([]);
    const stray = hosted.replace(
      `${origin}functions.js`,
      "https://example-user.github.io/other/functions.js",
    );
    expect(checkManifest(stray, { root: ROOT }).errors.join("\n")).toMatch(
      /https:\/\/example-user.github.io\/other\/functions.js .* is not on the expected origin https:\/\/example-user.github.io\/offer-evaluator\//,
    );
  });

  test("declares the shared runtime, the OFFER namespace and only ReadWriteDocument", () => {
    expect(MANIFEST).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\s*\/>/);
    expect(MANIFEST).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\s*\/>/);
    expect(MANIFEST).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="OFFER"\s*\/>/);
    expect(MANIFEST.match(/<Permissions>(.*)<\/Permissions>/g)).toEqual([
      "<Permissions>ReadWriteDocument</Permissions>",
    ]);
    expect(MANIFEST).not.toMatch(/<AppDomain>/);
  });
});

describe("the check fails on a broken manifest", () => {
  const cases: [string, string, RegExp][] = [
    [
      "a resid that is not defined",
      mutate(/\s*<bt:Url id="Functions.Metadata.Url"[^>]*\/>/, ""),
      /resid "Functions.Metadata.Url".*is not defined/,
    ],
    [
      "a resid of the wrong kind",
      mutate('<Namespace resid="Functions.Namespace"/>', '<Namespace resid="Taskpane.Url"/>'),
      /must be in <bt:ShortStrings>/,
    ],
    [
      "a resource defined twice",
      mutate(
        '<bt:String id="Group.Label" DefaultValue="Offer Evaluator"/>',
        '<bt:String id="Group.Label" DefaultValue="Offer Evaluator"/><bt:String id="Group.Label" DefaultValue="x"/>',
      ),
      /defined more than once/,
    ],
    [
      "an unused resource",
      mutate(
        '<bt:String id="Group.Label" DefaultValue="Offer Evaluator"/>',
        '<bt:String id="Group.Label" DefaultValue="Offer Evaluator"/><bt:String id="Spare" DefaultValue="x"/>',
      ),
      /"Spare" is defined but never used/,
    ],
    [
      "an http URL",
      mutate(
        'id="Functions.Script.Url" DefaultValue="https://localhost:3000/functions.js"',
        'id="Functions.Script.Url" DefaultValue="http://localhost:3000/functions.js"',
      ),
      /http:\/\/localhost:3000\/functions.js .* must use https/,
    ],
    [
      "a URL on another origin",
      mutate(
        'id="Functions.Metadata.Url" DefaultValue="https://localhost:3000/functions.json"',
        'id="Functions.Metadata.Url" DefaultValue="https://cdn.example.net/functions.json"',
      ),
      /is not on the expected origin/,
    ],
    [
      "an AppDomain",
      mutate(
        '<Hosts>\n    <Host Name="Workbook"/>',
        '<AppDomains><AppDomain>https://www.example.net</AppDomain></AppDomains>\n  <Hosts>\n    <Host Name="Workbook"/>',
      ),
      /AppDomain https:\/\/www.example.net is not used/,
    ],
    [
      "office.js referenced from the manifest",
      mutate(
        'id="Functions.Script.Url" DefaultValue="https://localhost:3000/functions.js"',
        'id="Functions.Script.Url" DefaultValue="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"',
      ),
      /office.js is loaded by the page/,
    ],
    [
      "a wrong namespace",
      mutate('DefaultValue="OFFER"', 'DefaultValue="CONTOSO"'),
      /namespace must be OFFER, found "CONTOSO"/,
    ],
    [
      "ReadWriteDocument changed",
      mutate("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>"),
      /Permissions> must be exactly ReadWriteDocument/,
    ],
    [
      "more privilege than needed",
      mutate("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWriteMailbox</Permissions>"),
      /Permissions> must be exactly ReadWriteDocument/,
    ],
    ["a short-lived runtime", mutate('lifetime="long"', 'lifetime="short"'), /lifetime="long"/],
    [
      "the functions' page not on the shared runtime",
      mutate(
        '<Page>\n              <SourceLocation resid="Taskpane.Url"/>',
        '<Page>\n              <SourceLocation resid="Functions.Script.Url"/>',
      ),
      /custom functions <Page> must use the runtime's resource "Taskpane.Url"/,
    ],
    [
      "the FunctionFile not on the shared runtime",
      mutate('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'),
      /<FunctionFile> must use the runtime's resource/,
    ],
    [
      "the metadata URL not pointing at functions.json",
      mutate(
        'DefaultValue="https://localhost:3000/functions.json"',
        'DefaultValue="https://localhost:3000/metadata.json"',
      ),
      /<Metadata> must point at functions.json/,
    ],
    [
      "no SharedRuntime requirement",
      mutate(/\s*<Set Name="SharedRuntime" MinVersion="1.1"\/>/, ""),
      /SharedRuntime/,
    ],
    [
      "a missing icon file",
      mutate(
        'DefaultValue="https://localhost:3000/assets/icon-80.png"',
        'DefaultValue="https://localhost:3000/assets/icon-81.png"',
      ),
      /icon-81.png does not exist/,
    ],
    [
      "an icon of the wrong size",
      mutate(
        'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"',
        'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-32.png"',
      ),
      /is 32x32, expected 16x16/,
    ],
    [
      "no ribbon button on the Home tab",
      mutate('<OfficeTab id="TabHome">', '<OfficeTab id="TabData">'),
      /Home tab/,
    ],
    ["a GUID that is not one", mutate(/<Id>[^<]*<\/Id>/, "<Id>offer-evaluator</Id>"), /<Id> must be a GUID/],
    [
      "XML that is not well formed",
      mutate("</Resources>", "</Resource>"),
      /not well-formed XML: end tag <\/Resource> does not match/,
    ],
  ];

  test.each(cases)("%s", (_name, xml, expected) => {
    const errors = check(xml);
    expect(errors.join("\n")).toMatch(expected);
  });
});

describe("a deployable origin", () => {
  test.each([
    [PLACEHOLDER_ORIGIN, /offer-evaluator\.example\.com is a placeholder domain/],
    ["https://example.org/offers/", /example\.org is a placeholder domain/],
    ["https://addins.contoso.com/", /addins\.contoso\.com is a placeholder domain/],
    [DEV_ORIGIN, /localhost is this computer/],
    ["https://127.0.0.1:8443/", /127\.0\.0\.1 is this computer/],
  ])("%s is refused, saying why", (origin, reason) => {
    const xml = MANIFEST.split(DEV_ORIGIN).join(origin);
    const { errors } = checkManifest(xml, { root: ROOT, deployable: true });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^not deployable: /);
    expect(errors[0]).toMatch(reason);
    // Without deployable, the same manifest is structurally fine.
    expect(checkManifest(xml, { root: ROOT }).errors).toEqual([]);
  });

  test.each(["https://example-user.github.io/offer-evaluator/", "https://offers.example-corp.com/"])(
    "%s is accepted",
    (origin) => {
      const xml = MANIFEST.split(DEV_ORIGIN).join(origin);
      expect(checkManifest(xml, { root: ROOT, deployable: true }).errors).toEqual([]);
    },
  );
});

describe("the [MS-OWEMXML] content models", () => {
  const LONG_RESID = "Group.Label.That.Is.Far.Too.Long.For.It";
  const runtimes = /\n( *)<Runtimes>[\s\S]*?<\/Runtimes>/.exec(MANIFEST)?.[0] as string;
  const allFormFactors = /\n( *)<AllFormFactors>[\s\S]*?<\/AllFormFactors>/.exec(MANIFEST)?.[0] as string;
  const cases: [string, string, RegExp][] = [
    [
      "<Runtimes> after <AllFormFactors>",
      MANIFEST.replace(`${runtimes}${allFormFactors}`, `${allFormFactors}${runtimes}`),
      /\[MS-OWEMXML\] <Runtimes> \(line \d+\) is out of order: in <Host> it must come before <AllFormFactors>/,
    ],
    [
      "<SupportUrl> after <Hosts>",
      mutate(/\n *<SupportUrl [^>]*\/>/, "").replace(
        "</Hosts>",
        '</Hosts>\n  <SupportUrl DefaultValue="https://localhost:3000/help.html"/>',
      ),
      /<SupportUrl> \(line \d+\) is out of order: in <OfficeApp> it must come before/,
    ],
    ["no <SupportUrl>", mutate(/\n *<SupportUrl [^>]*\/>/, ""), /<SupportUrl> is missing/],
    [
      "<Permissions> before <DefaultSettings>",
      mutate(
        /(<DefaultSettings>[\s\S]*?<\/DefaultSettings>)(\s*)(<Permissions>ReadWriteDocument<\/Permissions>)/,
        "$3$2$1",
      ),
      /<DefaultSettings> \(line \d+\) is out of order/,
    ],
    [
      "two <DefaultSettings>",
      mutate(/(<DefaultSettings>[\s\S]*?<\/DefaultSettings>)/, "$1$1"),
      /<OfficeApp> allows at most 1 <DefaultSettings>/,
    ],
    [
      "a button with no <Supertip>",
      mutate(/<Supertip>[\s\S]*?<\/Supertip>/, ""),
      /<Control> .* needs a <Supertip> child/,
    ],
    [
      "an element the schema does not have in <Group>",
      mutate(
        '<Group id="OfferEvaluatorGroup">',
        '<Group id="OfferEvaluatorGroup"><Tooltip resid="Group.Label"/>',
      ),
      /<Tooltip> \(line \d+\) is not allowed in <Group>/,
    ],
    [
      "an icon image outside the basic types' namespace",
      mutate(
        '<Icon>\n                  <bt:Image size="16" resid="Icon.16x16"/>\n                  <bt:Image size="32" resid="Icon.32x32"/>\n                  <bt:Image size="80" resid="Icon.80x80"/>\n                </Icon>\n                <Control',
        '<Icon>\n                  <Image size="16" resid="Icon.16x16"/>\n                  <bt:Image size="32" resid="Icon.32x32"/>\n                  <bt:Image size="80" resid="Icon.80x80"/>\n                </Icon>\n                <Control',
      ),
      /<Image> \(line \d+\) must be in the namespace http:\/\/schemas.microsoft.com\/office\/officeappbasictypes\/1.0, it is in http:\/\/schemas.microsoft.com\/office\/taskpaneappversionoverrides/,
    ],
    [
      "an icon size the schema does not allow",
      mutate(
        '<bt:Image size="80" resid="Icon.80x80"/>\n                </Icon>\n                <Control',
        '<bt:Image size="96" resid="Icon.80x80"/>\n                </Icon>\n                <Control',
      ),
      /attribute size must be one of 16, 20, 24, 32, 40, 48, 64, 80, found "96"/,
    ],
    [
      "an unknown runtime lifetime",
      mutate('lifetime="long"', 'lifetime="forever"'),
      /attribute lifetime must be one of short, long/,
    ],
    [
      "an attribute the schema does not define",
      mutate('<Runtime resid="Taskpane.Url"', '<Runtime shared="true" resid="Taskpane.Url"'),
      /<Runtime> \(line \d+\) has an attribute shared that \[MS-OWEMXML\] does not define there/,
    ],
    [
      "VersionOverrides of another version",
      mutate('xsi:type="VersionOverridesV1_0"', 'xsi:type="VersionOverridesV1_1"'),
      /<VersionOverrides> \(line \d+\) must have xsi:type="VersionOverridesV1_0"/,
    ],
    [
      "a resid longer than 32 characters",
      mutate('<Label resid="Group.Label"/>', `<Label resid="${LONG_RESID}"/>`),
      new RegExp(`attribute resid must be 1 to 32 characters long, it is ${LONG_RESID.length}`),
    ],
    [
      "text where only elements belong",
      mutate('<Hosts>\n    <Host Name="Workbook"/>', '<Hosts>Excel\n    <Host Name="Workbook"/>'),
      /<Hosts> \(line \d+\) must not contain text, found "Excel"/,
    ],
    [
      "a control without an xsi:type",
      mutate('<Control xsi:type="Button" id="OfferEvaluatorButton">', '<Control id="OfferEvaluatorButton">'),
      /<Control> \(line \d+\) needs xsi:type Button, found none/,
    ],
    [
      "the task pane button with no TaskpaneId",
      mutate(/\n *<TaskpaneId>[^<]*<\/TaskpaneId>/, ""),
      /must have <TaskpaneId>Office.AutoShowTaskpaneWithDocument<\/TaskpaneId> \(a shared runtime has one task pane\), found none/,
    ],
    [
      "the task pane button with its own TaskpaneId",
      mutate(
        "<TaskpaneId>Office.AutoShowTaskpaneWithDocument</TaskpaneId>",
        "<TaskpaneId>ButtonId1</TaskpaneId>",
      ),
      /found "ButtonId1"/,
    ],
  ];

  test.each(cases)("%s", (_name, xml, expected) => {
    expect(check(xml).join("\n")).toMatch(expected);
  });
});

describe("the XML parser", () => {
  test("reads elements, attributes, entities and CDATA", () => {
    const doc = parseXml(
      '<?xml version="1.0"?>\n<a x="1 &lt; 2" y=\'&#x41;\'>t&amp;<b/><![CDATA[<c>]]><!-- note --></a>',
    );
    expect(doc).toMatchObject({ name: "a", attrs: { x: "1 < 2", y: "A" }, text: "t&<c>" });
    expect(doc.children.map((c) => c.name)).toEqual(["b"]);
  });

  test.each([
    ["<a><b></a>", /does not match/],
    ['<a x="1" x="2"/>', /duplicate attribute/],
    ["<a>&nbsp;</a>", /unknown entity/],
    ["<a>fish & chips</a>", /must start an entity/],
    ["<a/><b/>", /more than one root/],
    ["<a b=c/>", /malformed attribute/],
    ["<a>", /never closed/],
    ["<a><!-- a -- b --></a>", /"--" is not allowed/],
    ['<!DOCTYPE a [<!ENTITY x "y">]><a/>', /DOCTYPE/],
    [' <?xml version="1.0"?><a/>', /very first thing/],
    ["text<a/>", /text outside the root/],
  ])("rejects %s", (xml, expected) => {
    expect(() => parseXml(xml)).toThrow(expected);
  });
});

describe("icons", () => {
  test.each([16, 32, 64, 80])(
    "assets/icon-%i.png is a PNG of that size, as scripts/make-icons.js draws it",
    (size) => {
      const file = path.join(ROOT, "assets", `icon-${size}.png`);
      expect(pngSize(file)).toEqual({ width: size, height: size });
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { encodePng, draw } = require("../scripts/make-icons.js");
      expect(encodePng(size, draw(size)).equals(fs.readFileSync(file))).toBe(true);
    },
  );
});

describe("npm run validate", () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, "scripts", "validate-manifest.js"), ...args], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, VALIDATE_OFFLINE: "1" },
    });

  test("exits 0 on manifest.xml", () => {
    const r = run([path.join(ROOT, "manifest.xml")]);
    expect(r.stdout).toMatch(/offline check of manifest.xml: OK/);
    expect(r.status).toBe(0);
  });

  test("exits 1 with a clear message on a broken copy, and no stack trace", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-"));
    const file = path.join(dir, "manifest.xml");
    fs.writeFileSync(file, mutate('DefaultValue="OFFER"', 'DefaultValue="OFFERS"'));
    const r = run([file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/namespace must be OFFER/);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at .*:\d+:\d+/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
