/**
 * The help page's Markdown converter and the functions' help links (scripts/help-page.js): the
 * subset the docs use renders as expected, every function in functions/functions.ts has a
 * @helpurl whose anchor the page has, and a missing or broken link is reported.
 */
import * as fs from "fs";
import * as path from "path";
import { functionAnchor, helpPage, markdownToHtml, resolveHelpUrls, slugify } from "../scripts/help-page";

const ROOT = path.resolve(__dirname, "..");
/** Every id="..." an HTML text defines, read with a regex, not from the generator's own list. */
const idsIn = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

describe("markdownToHtml", () => {
  test("headings get GitHub's anchors; a repeated heading gets -1", () => {
    const { html, ids } = markdownToHtml("# OFFER.* functions: a `test`\n\n## Same\n\n## Same\n");
    expect(html).toContain('<h1 id="offer-functions-a-test">OFFER.* functions: a <code>test</code></h1>');
    expect(html).toContain('<h2 id="same">Same</h2>');
    expect(html).toContain('<h2 id="same-1">Same</h2>');
    expect([...ids]).toEqual(["offer-functions-a-test", "same", "same-1"]);
  });

  test("headingShift lowers every heading", () => {
    expect(markdownToHtml("# A\n### B", { headingShift: 1 }).html).toBe(
      '<h2 id="a">A</h2>\n<h4 id="b">B</h4>',
    );
  });

  test("text is escaped, and nothing inside a code span is emphasis or a link", () => {
    const { html } = markdownToHtml('<script>alert("x")</script> & `a*b* [c](d) <e>` **bold** *it*');
    expect(html).toBe(
      "<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <code>a*b* [c](d) &lt;e&gt;</code> <strong>bold</strong> <em>it</em></p>",
    );
  });

  test("links: anchors and https are kept, other targets keep only their text", () => {
    const { html } = markdownToHtml("[a](#x) [b](https://e.org/p) [c](../src/x.ts) [d](javascript:alert(1))");
    expect(html).toBe('<p><a href="#x">a</a> <a href="https://e.org/p">b</a> c d</p>');
  });

  test("nested lists, continuation lines and a table inside a list item", () => {
    const md = [
      "- one",
      "  continued",
      "  - inner",
      "- two:",
      "",
      "  | h | i |",
      "  |---|---|",
      "  | 1 | 2 |",
      "",
      "1. first",
      "2. second",
    ].join("\n");
    expect(markdownToHtml(md).html).toBe(
      [
        "<ul><li><p>one\ncontinued</p>\n<ul><li>inner</li></ul></li>" +
          '<li><p>two:</p>\n<div class="table"><table><thead><tr><th scope="col">h</th><th scope="col">i</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table></div></li></ul>',
        "<ol><li>first</li><li>second</li></ol>",
      ].join("\n"),
    );
  });

  test("a function's reference row gets the id its help link points at", () => {
    const md =
      "| function | returns |\n|---|---|\n| `OFFER.SCORE(a, b)` | x |\n| `OFFER.SCORE(c)` | again |\n| other | y |";
    const { html, ids } = markdownToHtml(md);
    expect(html).toContain('<tr id="offer-score"><td><code>OFFER.SCORE(a, b)</code></td>');
    // The second row of the same function does not repeat the id.
    expect(html.match(/id="offer-score"/g)).toHaveLength(1);
    expect([...ids]).toEqual(["offer-score"]);
  });

  test("fenced code and block quotes", () => {
    expect(markdownToHtml("```sh\nnpm <i>\n```\n> a\n> b").html).toBe(
      "<pre><code>npm &lt;i&gt;</code></pre>\n<blockquote><p>a\nb</p></blockquote>",
    );
  });

  test("slugify drops punctuation as GitHub does", () => {
    expect(slugify("Ranges: how sure is the answer")).toBe("ranges-how-sure-is-the-answer");
    expect(slugify("OFFER.RANGE")).toBe("offerrange");
  });
});

describe("the help page and the functions' help links", () => {
  const source = fs.readFileSync(path.join(ROOT, "functions", "functions.ts"), "utf8");
  const declared = [...source.matchAll(/@customfunction ([A-Z]+)\n \* @helpurl (\S+)/g)];

  test("every custom function has a @helpurl at its reference row on the help page", () => {
    const all = [...source.matchAll(/@customfunction ([A-Z]+)/g)].map((m) => m[1]);
    expect(all.length).toBeGreaterThan(0);
    expect(declared.map((m) => m[1])).toEqual(all);
    for (const [, name, url] of declared) expect(url).toBe(`help.html#${functionAnchor(name)}`);
  });

  test("the page defines each of those anchors, once, and lists them as its ids", () => {
    const { html, ids } = helpPage();
    const found = idsIn(html);
    for (const [, name] of declared) {
      const id = functionAnchor(name);
      expect(found.has(id)).toBe(true);
      expect(html.split(`id="${id}"`)).toHaveLength(2);
    }
    expect([...ids].sort()).toEqual([...found].sort());
  });

  test("the page has the install steps, a support section and no script", () => {
    const { html } = helpPage({ supportUrl: "https://github.com/someone/offer-evaluator/issues" });
    for (const id of [
      "use-in-excel",
      "install-web",
      "install-windows",
      "install-mac",
      "use-in-browser",
      "support",
    ]) {
      expect(idsIn(html).has(id)).toBe(true);
    }
    expect(html).toContain('<a href="manifest.xml" download=');
    expect(html).toContain('href="https://github.com/someone/offer-evaluator/issues"');
    expect(html).not.toMatch(/<script/i);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'/);
  });
});

describe("what the help page says about its manifest", () => {
  /** The download links of a page: their href, download name and visible text. */
  const downloads = (html: string) =>
    [...html.matchAll(/<a href="([^"]+)" download="([^"]+)">([^<]*)<\/a>/g)].map((m) => m.slice(1));

  test("a deployable origin: where the add-in loads from, and a link named as the file it saves", () => {
    const { html } = helpPage({ origin: "https://someone.github.io/offer-evaluator/" });
    expect(html).toContain(
      "This manifest loads Offer Evaluator from https://someone.github.io/offer-evaluator/.",
    );
    expect(html).not.toContain("cannot be added to Excel");
    const links = downloads(html);
    expect(links).toHaveLength(1);
    const [href, saveAs, text] = links[0];
    expect(href).toBe("manifest.xml");
    expect(text).toContain(saveAs);
  });

  test("a manifest Excel cannot load is not offered, and nothing asks to download it", () => {
    const { html } = helpPage({ origin: "https://offer-evaluator.example.com/" });
    expect(downloads(html)).toEqual([]);
    const section = html.slice(html.indexOf('<h2 id="use-in-excel">'), html.indexOf('<h3 id="install-web">'));
    expect(section).not.toMatch(/download/i);
  });

  test.each([
    ["https://offer-evaluator.example.com/", "offer-evaluator.example.com is a placeholder domain"],
    ["https://localhost:3000/", "localhost is this computer"],
  ])("%s: that Excel cannot load it, and why", (origin, reason) => {
    const { html } = helpPage({ origin });
    expect(html).toContain(
      `This copy cannot be added to Excel:</strong> its manifest points at ${origin}, and ${reason}`,
    );
  });
});

describe("links between the shipped docs", () => {
  test("a link written as a doc's file name reads as the page it opens", () => {
    const { html } = helpPage({});
    expect(fs.readFileSync(path.join(ROOT, "docs", "functions.md"), "utf8")).toContain(
      "[bad-input.md](bad-input.md)",
    );
    expect(html).toContain('<a href="bad-input.html">Bad input and its errors</a>');
    // No link text anywhere names a .md file: the pages are .html.
    expect(
      [...html.matchAll(/<a [^>]*>([^<]*)<\/a>/g)].map((m) => m[1]).filter((t) => /\.md\b/.test(t)),
    ).toEqual([]);
  });
});

describe("resolveHelpUrls", () => {
  const origin = "https://someone.github.io/offer-evaluator/";
  const pages = { "help.html": new Set(["offer-score", "offer-lean"]) };
  const meta = (functions: object[]) => JSON.stringify({ functions });

  test("makes each link absolute on the origin", () => {
    const { json, errors } = resolveHelpUrls(
      meta([{ id: "SCORE", name: "SCORE", helpUrl: "help.html#offer-score" }]),
      origin,
      pages,
    );
    expect(errors).toEqual([]);
    expect(JSON.parse(json).functions[0].helpUrl).toBe(`${origin}help.html#offer-score`);
  });

  test.each([
    [{ id: "ROLE", name: "ROLE" }, /OFFER.ROLE has no @helpurl/],
    [
      { id: "ROLE", name: "ROLE", helpUrl: "help.html#offer-role" },
      /#offer-role, which help.html does not have/,
    ],
    [
      { id: "ROLE", name: "ROLE", helpUrl: "other.html#offer-role" },
      /other.html, which the build does not make/,
    ],
    [{ id: "ROLE", name: "ROLE", helpUrl: "https://elsewhere.org/help#x" }, /is not a page of this add-in/],
    [{ id: "ROLE", name: "ROLE", helpUrl: "help.html" }, /points at #, which help.html does not have/],
  ])("reports %j", (fn, expected) => {
    const { errors } = resolveHelpUrls(meta([fn]), origin, pages);
    expect(errors.join("\n")).toMatch(expected);
  });
});
