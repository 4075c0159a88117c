/**
 * The help page the build ships (dist/help.html, the manifest's SupportUrl): how to install the
 * add-in, then docs/functions.md rendered to HTML; docs/bad-input.md becomes bad-input.html. Also
 * the custom functions' help links: each @helpurl in functions/functions.ts is relative
 * ("help.html#offer-score"), and the build resolves it against the origin in functions.json,
 * failing when a function has none or its anchor is not on the page.
 *
 * The Markdown converter covers what the docs use (headings, paragraphs, nested lists, pipe tables,
 * fenced code, block quotes, code spans, bold, italics, links) and nothing more; no network, no
 * dependency. Every table row that documents a function (its first cell starts with
 * `OFFER.NAME(`) gets the id offer-name, which is what the help links point at.
 */
"use strict";

const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const INSTALL = require("../src/standalone/installSteps.json");
const { placeholderReason } = require("./origins");

// ---------------------------------------------------------------------------------------------
// Markdown subset -> HTML
// ---------------------------------------------------------------------------------------------

const escapeHtml = (s) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function slugify(text) {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, "")
    .trim()
    .replace(/ /g, "-");
}

/** The anchor of a function's reference row, e.g. "OFFER.SCORE" -> "offer-score". */
const functionAnchor = (name) => `offer-${name.toLowerCase()}`;

/**
 * Inline Markdown to HTML. links(href, label) maps a link target (and its escaped text) to the href
 * to write, or to { href, label } to write other text, or null to keep only the text (a document
 * that is not shipped).
 */
function inline(text, links) {
  const codes = [];
  // Code spans first, so nothing inside them is read as emphasis or links.
  let s = text.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_m, _ticks, code) => {
    codes.push(`<code>${escapeHtml(code.trim() === "" ? code : code.replace(/^ (.*) $/, "$1"))}</code>`);
    return `\uE000${codes.length - 1}\uE001`;
  });
  s = escapeHtml(s);
  s = s.replace(/\[([^\]]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)/g, (_m, label, href) => {
    const target = links(href.replace(/&amp;/g, "&"), label);
    if (target === null) return label;
    const link = typeof target === "string" ? { href: target, label } : target;
    return `<a href="${escapeHtml(link.href)}">${link.label}</a>`;
  });
  s = s.replace(/\*\*([^*]+?)\*\*/g, "<strong>$1</strong>");
  s = s.replace(/(^|[^*\w])\*([^*\s][^*]*?)\*(?![*\w])/g, "$1<em>$2</em>");
  s = s.replace(/(^|[^_\w])_([^_\s][^_]*?)_(?![_\w])/g, "$1<em>$2</em>");
  return s.replace(/\uE000(\d+)\uE001/g, (_m, i) => codes[Number(i)]);
}

const splitRow = (line) =>
  line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, "|"));

const LIST_ITEM = /^( *)([-*+]|\d+[.)]) +(.*)$/;
const indentOf = (line) => line.length - line.trimStart().length;

/**
 * Renders Markdown blocks. ctx: { links, ids (Set of every id written), slugs (Map for duplicate
 * headings), headingShift (added to each heading level) }.
 */
function blocks(lines, ctx) {
  const out = [];
  let i = 0;
  const blank = (l) => l.trim() === "";
  while (i < lines.length) {
    const line = lines[i];
    if (blank(line)) {
      i++;
      continue;
    }
    const fence = /^ *(```|~~~)(.*)$/.exec(line);
    if (fence) {
      const body = [];
      i++;
      while (i < lines.length && !lines[i].trim().startsWith(fence[1])) body.push(lines[i++]);
      i++;
      out.push(`<pre><code>${escapeHtml(body.join("\n"))}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,6}) +(.*?) *#*$/.exec(line);
    if (heading) {
      const level = Math.min(6, heading[1].length + ctx.headingShift);
      const text = heading[2];
      let id = slugify(text.replace(/`/g, ""));
      const seen = ctx.slugs.get(id) || 0;
      ctx.slugs.set(id, seen + 1);
      if (seen > 0) id = `${id}-${seen}`;
      ctx.ids.add(id);
      out.push(`<h${level} id="${escapeHtml(id)}">${inline(text, ctx.links)}</h${level}>`);
      i++;
      continue;
    }
    if (/^ *\|/.test(line) && i + 1 < lines.length && /^ *\|? *:?-{3,}/.test(lines[i + 1])) {
      const head = splitRow(line);
      i += 2;
      const rows = [];
      while (i < lines.length && /^ *\|/.test(lines[i])) rows.push(splitRow(lines[i++]));
      const body = rows.map((cells) => {
        const fn = /^`OFFER\.([A-Z]+)\(/.exec(cells[0] || "");
        let idAttr = "";
        if (fn) {
          const id = functionAnchor(fn[1]);
          if (!ctx.ids.has(id)) {
            ctx.ids.add(id);
            idAttr = ` id="${id}"`;
          }
        }
        const tds = head.map((_h, k) => `<td>${inline(cells[k] || "", ctx.links)}</td>`).join("");
        return `<tr${idAttr}>${tds}</tr>`;
      });
      const ths = head.map((h) => `<th scope="col">${inline(h, ctx.links)}</th>`).join("");
      out.push(
        `<div class="table"><table><thead><tr>${ths}</tr></thead><tbody>${body.join("")}</tbody></table></div>`,
      );
      continue;
    }
    if (/^ *>/.test(line)) {
      const quoted = [];
      while (i < lines.length && /^ *>/.test(lines[i])) quoted.push(lines[i++].replace(/^ *> ?/, ""));
      out.push(`<blockquote>${blocks(quoted, ctx)}</blockquote>`);
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const base = item[1].length;
      const ordered = /\d/.test(item[2]);
      const items = [];
      while (i < lines.length) {
        const m = LIST_ITEM.exec(lines[i]);
        if (!m || m[1].length !== base || /\d/.test(m[2]) !== ordered) break;
        const contentIndent = base + m[2].length + 1;
        const body = [m[3]];
        i++;
        // The item runs on while lines are indented past its marker (or are blank lines followed by such).
        while (i < lines.length) {
          const l = lines[i];
          if (blank(l)) {
            const next = lines.slice(i + 1).find((x) => !blank(x));
            if (next !== undefined && indentOf(next) > base) {
              body.push("");
              i++;
              continue;
            }
            break;
          }
          if (indentOf(l) <= base && (LIST_ITEM.test(l) || indentOf(l) < contentIndent - 1)) break;
          body.push(l.slice(Math.min(indentOf(l), contentIndent)));
          i++;
        }
        items.push(`<li>${blocks(body, { ...ctx, tight: true })}</li>`);
        while (i < lines.length && blank(lines[i])) {
          const next = lines.slice(i).find((x) => !blank(x));
          const m2 = next === undefined ? null : LIST_ITEM.exec(next);
          if (!m2 || m2[1].length !== base) break;
          i++;
        }
      }
      const tag = ordered ? "ol" : "ul";
      out.push(`<${tag}>${items.join("")}</${tag}>`);
      continue;
    }
    const para = [];
    while (
      i < lines.length &&
      !blank(lines[i]) &&
      !/^(#{1,6}) /.test(lines[i]) &&
      !/^ *(```|~~~)/.test(lines[i]) &&
      !(para.length > 0 && LIST_ITEM.test(lines[i])) &&
      !/^ *\|/.test(lines[i]) &&
      !/^ *>/.test(lines[i])
    ) {
      para.push(lines[i++].trim());
    }
    const html = inline(para.join("\n"), ctx.links);
    out.push(
      ctx.tight && out.length === 0 && !lines.slice(i).some((l) => !blank(l)) ? html : `<p>${html}</p>`,
    );
  }
  return out.join("\n");
}

/**
 * Markdown to HTML. options.links maps a link target to an href or null (default: keep http(s) and
 * #anchors, drop the rest); options.headingShift lowers every heading (1: # becomes h2).
 * Returns { html, ids } with every id the HTML defines.
 */
function markdownToHtml(markdown, options = {}) {
  const links = options.links || ((href) => (/^(https?:\/\/|#)/.test(href) ? href : null));
  const ctx = {
    links,
    ids: new Set(),
    slugs: new Map(),
    headingShift: options.headingShift || 0,
    tight: false,
  };
  const html = blocks(markdown.replace(/\r\n?/g, "\n").split("\n"), ctx);
  return { html, ids: ctx.ids };
}

// ---------------------------------------------------------------------------------------------
// The pages
// ---------------------------------------------------------------------------------------------

/** Documents rendered next to help.html: the page each becomes, and what that page is called. */
const SHIPPED_DOCS = {
  "functions.md": { page: "help.html", title: "The OFFER functions" },
  "bad-input.md": { page: "bad-input.html", title: "Bad input and its errors" },
};

/**
 * Links between the docs point at their shipped pages; links to anything else keep only their text.
 * A link that reads as the document's file name (right on GitHub, where the .md is what opens)
 * reads as the page it opens instead.
 */
function docLinks(href, label) {
  if (/^https?:\/\//.test(href) || href.startsWith("#")) return href;
  const [file, anchor] = href.split("#");
  const name = path.posix.basename(file);
  const doc = SHIPPED_DOCS[name];
  if (!doc) return null;
  const target = anchor ? `${doc.page}#${anchor}` : doc.page;
  return label === name ? { href: target, label: escapeHtml(doc.title) } : target;
}

const PAGE_CSP = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

function page(title, body) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}" />
    <title>${escapeHtml(title)}</title>
    <link rel="icon" type="image/png" href="assets/icon-32.png" />
    <link rel="stylesheet" href="help.css" />
  </head>
  <body>
    <main>
${body}
    </main>
  </body>
</html>
`;
}

/**
 * The "Use it in Excel" steps (src/standalone/installSteps.json, shared with the page and README),
 * with what the manifest next to the page loads: origin is the one the build wrote into it. A
 * manifest Excel cannot load is not offered for download, and the intro then does not ask for one.
 */
function installHtml(origin) {
  const platforms = INSTALL.platforms
    .map(
      (p) =>
        `<h3 id="install-${p.id}">${escapeHtml(p.name)}</h3>\n<ol>${p.steps
          .map((s) => `<li>${escapeHtml(s)}</li>`)
          .join("")}</ol>`,
    )
    .join("\n");
  return `<section aria-labelledby="use-in-excel">
<h2 id="use-in-excel">Use it in Excel</h2>
<p>${escapeHtml(INSTALL.intro)}${offersDownload(origin) ? ` <a href="manifest.xml" download="${escapeHtml(INSTALL.downloadName)}">${escapeHtml(INSTALL.downloadLink)}</a>, ${escapeHtml(INSTALL.downloadThen)}` : ""}</p>
${manifestNote(origin)}
${platforms}
<p>${escapeHtml(INSTALL.after)}</p>
</section>`;
}

/** Whether the page offers its manifest: not when it is known to point where Excel cannot load it. */
function offersDownload(origin) {
  return !origin || placeholderReason(origin) === null;
}

/** What the manifest of this build loads, said plainly when Excel could not load it. */
function manifestNote(origin) {
  if (!origin) return "";
  const reason = placeholderReason(origin);
  return reason === null
    ? `<p>This manifest loads Offer Evaluator from ${escapeHtml(origin)}.</p>`
    : `<p><strong>This copy cannot be added to Excel:</strong> its manifest points at ${escapeHtml(origin)}, and ${escapeHtml(reason)}. Use the manifest of the hosted copy.</p>`;
}

/**
 * help.html: install steps, using it in a browser, support, then the function reference.
 * options.origin: the origin the build wrote into the manifest; options.supportUrl: where to report
 * a problem (omitted when not given). Returns { html, ids }.
 */
function helpPage(options = {}) {
  const reference = markdownToHtml(fs.readFileSync(path.join(ROOT, "docs", "functions.md"), "utf8"), {
    links: docLinks,
    headingShift: 1,
  });
  const support = options.supportUrl
    ? `<p>Something wrong or unclear? <a href="${escapeHtml(options.supportUrl)}">Report it here</a>; say which Excel (web, Windows, Mac) and what you typed.</p>`
    : `<p>Something wrong or unclear? Tell the people who gave you this address; say which Excel (web, Windows, Mac) and what you typed.</p>`;
  const html = page(
    "Offer Evaluator: help and function reference",
    `<header>
<h1>Offer Evaluator: help</h1>
<p>Compare job offers and choose between Data Scientist and ML Engineer, in Excel or in a browser.</p>
<nav aria-label="On this page"><a href="#use-in-excel">Use it in Excel</a> · <a href="#use-in-browser">Use it in a browser</a> · <a href="#support">Support</a> · <a href="#functions">The OFFER functions</a> · <a href="bad-input.html">Bad input and its errors</a></nav>
</header>
${installHtml(options.origin)}
<section aria-labelledby="use-in-browser">
<h2 id="use-in-browser">Use it in a browser</h2>
<p><a href="./">Open Offer Evaluator</a> in any browser: the same quiz, weights and plan, your offers in a table, and a workbook to download. Everything stays in that browser.</p>
</section>
<section aria-labelledby="support">
<h2 id="support">Support</h2>
${support}
</section>
<section id="functions" aria-label="The OFFER functions">
${reference.html}
</section>`,
  );
  const ids = new Set([
    ...reference.ids,
    "use-in-excel",
    "use-in-browser",
    "support",
    "functions",
    ...INSTALL.platforms.map((p) => `install-${p.id}`),
  ]);
  return { html, ids };
}

function badInputPage() {
  const doc = markdownToHtml(fs.readFileSync(path.join(ROOT, "docs", "bad-input.md"), "utf8"), {
    links: docLinks,
  });
  return {
    html: page(
      "Offer Evaluator: bad input and its errors",
      `<p><a href="help.html">Back to the help page</a></p>\n${doc.html}`,
    ),
    ids: doc.ids,
  };
}

const HELP_CSS = `:root { color-scheme: light dark; font-family: "Segoe UI", system-ui, -apple-system, sans-serif; line-height: 1.5; }
body { margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1, h2, h3, h4 { line-height: 1.25; }
h2 { margin-top: 2.5rem; border-bottom: 1px solid #8886; padding-bottom: 0.25rem; }
nav a { white-space: nowrap; }
code { font-family: Consolas, "SF Mono", Menlo, monospace; font-size: 0.92em; background: #8882; padding: 0 0.2em; border-radius: 3px; }
pre code { display: block; padding: 0.75rem; overflow-x: auto; }
.table { overflow-x: auto; }
table { border-collapse: collapse; margin: 0.75rem 0; }
th, td { border: 1px solid #8886; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
tr:target { outline: 3px solid #0f6cbd; }
blockquote { margin: 0.75rem 0; padding-left: 1rem; border-left: 4px solid #8886; }
`;

/**
 * Sets each function's helpUrl in functions.json to its absolute address: its @helpurl (relative to
 * the help page's folder) resolved against origin. Returns { json, errors }: an error for each
 * function without a @helpurl, whose link leaves the origin, or whose anchor the page lacks.
 */
function resolveHelpUrls(metadataJson, origin, pages) {
  const meta = JSON.parse(metadataJson);
  const errors = [];
  for (const f of meta.functions || []) {
    if (!f.helpUrl) {
      errors.push(
        `OFFER.${f.name} has no @helpurl in functions/functions.ts (expected help.html#${functionAnchor(f.name)})`,
      );
      continue;
    }
    const url = new URL(f.helpUrl, origin);
    const file = url.pathname.slice(new URL(origin).pathname.length);
    if (!url.href.startsWith(origin)) {
      errors.push(`OFFER.${f.name}: @helpurl ${f.helpUrl} is not a page of this add-in`);
      continue;
    }
    const ids = pages[file];
    const anchor = decodeURIComponent(url.hash.slice(1));
    if (!ids)
      errors.push(`OFFER.${f.name}: @helpurl ${f.helpUrl} points at ${file}, which the build does not make`);
    else if (!anchor || !ids.has(anchor))
      errors.push(`OFFER.${f.name}: @helpurl ${f.helpUrl} points at #${anchor}, which ${file} does not have`);
    f.helpUrl = url.href;
  }
  return { json: JSON.stringify(meta, null, 2), errors };
}

/**
 * The webpack plugin: emits help.html, bad-input.html and help.css, and resolves functions.json's
 * help links against the build's origin (a broken link fails the build).
 */
class HelpPagePlugin {
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    const name = "HelpPagePlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      for (const doc of ["functions.md", "bad-input.md"]) {
        compilation.fileDependencies.add(path.join(ROOT, "docs", doc));
      }
      compilation.fileDependencies.add(path.join(ROOT, "src", "standalone", "installSteps.json"));
      compilation.hooks.processAssets.tap(
        { name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const help = helpPage({ supportUrl: this.options.supportUrl, origin: this.options.origin });
          const bad = badInputPage();
          compilation.emitAsset("help.html", new sources.RawSource(help.html));
          compilation.emitAsset("bad-input.html", new sources.RawSource(bad.html));
          compilation.emitAsset("help.css", new sources.RawSource(HELP_CSS));
          const meta = compilation.getAsset(this.options.metadata);
          if (!meta) return; // the metadata plugin reported its own error
          const { json, errors } = resolveHelpUrls(meta.source.source().toString(), this.options.origin, {
            "help.html": help.ids,
            "bad-input.html": bad.ids,
          });
          for (const e of errors) compilation.errors.push(new WebpackError(`${name}: ${e}`));
          compilation.updateAsset(this.options.metadata, new sources.RawSource(json));
        },
      );
    });
  }
}

module.exports = {
  markdownToHtml,
  slugify,
  functionAnchor,
  helpPage,
  badInputPage,
  resolveHelpUrls,
  HelpPagePlugin,
  HELP_CSS,
  PAGE_CSP,
};
