/**
 * Offline structural check of the add-in's XML manifest. Microsoft's schema validation is an online
 * service (office-addin-manifest validate), so this module checks, with no dependency and no
 * network, what this add-in relies on:
 *   - the XML is well formed (a small strict parser, below);
 *   - every resid used is defined, with the right kind of resource, and no id is defined twice;
 *   - the shared runtime is wired consistently: one long-lived Runtime whose URL is the taskpane page,
 *     and the custom functions' Page, the FunctionFile and the ribbon button all use that same
 *     resource; Script is functions.js and Metadata is functions.json on the same origin;
 *   - the custom functions' namespace is OFFER; SharedRuntime 1.1 is required;
 *   - every URL is https on one expected origin (no http, no other host, no AppDomains elsewhere);
 *     with options.deployable, that origin is not a placeholder, reserved or local host;
 *   - the icons exist as PNG files of the declared sizes; permissions are exactly ReadWriteDocument;
 *   - a SupportUrl; every ShowTaskpane action names the one task pane Office reopens with a
 *     workbook (TaskpaneId Office.AutoShowTaskpaneWithDocument), as a shared runtime has one pane;
 *   - the element order, required children, attributes and values of Microsoft's current schema,
 *     [MS-OWEMXML], for the parts the manifest uses (scripts/manifest-schema.js).
 * docs/manifest.md lists the rules and their sources. Used by scripts/validate-manifest.js
 * (npm run validate) and tests/manifest.test.ts.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { checkSchema } = require("./manifest-schema");
const { placeholderReason } = require("./origins");

/** The TaskpaneId of the pane Office opens with a workbook tagged to show it; see manifest.xml. */
const TASKPANE_ID = "Office.AutoShowTaskpaneWithDocument";

// ---------------------------------------------------------------------------------------------
// A minimal, strict XML parser: elements, attributes, text, comments, CDATA, processing
// instructions and the five predefined entities plus character references. No DTDs.
// ---------------------------------------------------------------------------------------------

class XmlError extends Error {}

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*(?::[A-Za-z_][A-Za-z0-9_.-]*)?$/;
const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function lineOf(text, index) {
  let line = 1;
  for (let k = text.indexOf("\n"); k >= 0 && k < index; k = text.indexOf("\n", k + 1)) line++;
  return line;
}

function lineCol(text, index) {
  return `line ${lineOf(text, index)}, column ${index - text.lastIndexOf("\n", index - 1)}`;
}

function decode(raw, text, offset) {
  return raw.replace(/&([^;&\s]*);?/g, (match, ref, at) => {
    const where = () => lineCol(text, offset + at);
    if (!match.endsWith(";")) throw new XmlError(`"&" must start an entity like &amp; (${where()})`);
    if (ref in ENTITIES) return ENTITIES[ref];
    const num = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(ref);
    if (num) {
      const code = num[1] !== undefined ? parseInt(num[1], 16) : parseInt(num[2], 10);
      if (code > 0 && code <= 0x10ffff) return String.fromCodePoint(code);
    }
    throw new XmlError(`unknown entity "&${ref};" (${where()})`);
  });
}

/**
 * Parses XML text into { name, attrs, children, text, line } nodes; throws XmlError with the
 * position of the first well-formedness error.
 */
function parseXml(input) {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let i = 0;
  let root = null;
  const stack = [];

  const fail = (message, at = i) => {
    throw new XmlError(`${message} (${lineCol(text, at)})`);
  };

  if (text.startsWith("<?xml")) {
    const end = text.indexOf("?>");
    if (end < 0) fail("unterminated XML declaration");
    i = end + 2;
  } else if (/^\s*<\?xml/.test(text)) {
    fail("the XML declaration must be the very first thing in the file", text.indexOf("<?xml"));
  }

  while (i < text.length) {
    const lt = text.indexOf("<", i);
    const chunk = lt < 0 ? text.slice(i) : text.slice(i, lt);
    if (chunk.length > 0) {
      if (chunk.includes("]]>")) fail('"]]>" is not allowed in text', i + chunk.indexOf("]]>"));
      if (stack.length === 0) {
        if (chunk.trim() !== "") fail("text outside the root element");
      } else {
        stack[stack.length - 1].text += decode(chunk, text, i);
      }
    }
    if (lt < 0) break;
    i = lt;

    if (text.startsWith("<!--", i)) {
      const end = text.indexOf("-->", i + 4);
      if (end < 0) fail("unterminated comment");
      if (text.slice(i + 4, end).includes("--")) fail('"--" is not allowed inside a comment');
      i = end + 3;
    } else if (text.startsWith("<![CDATA[", i)) {
      if (stack.length === 0) fail("CDATA outside the root element");
      const end = text.indexOf("]]>", i);
      if (end < 0) fail("unterminated CDATA section");
      stack[stack.length - 1].text += text.slice(i + 9, end);
      i = end + 3;
    } else if (text.startsWith("<!", i)) {
      fail("DOCTYPE and other declarations are not allowed in a manifest");
    } else if (text.startsWith("<?", i)) {
      const end = text.indexOf("?>", i);
      if (end < 0) fail("unterminated processing instruction");
      if (/^<\?xml[\s?]/i.test(text.slice(i, i + 6))) fail("misplaced XML declaration");
      i = end + 2;
    } else if (text.startsWith("</", i)) {
      const end = text.indexOf(">", i);
      if (end < 0) fail("unterminated end tag");
      const name = text.slice(i + 2, end).trim();
      const open = stack.pop();
      if (!open) fail(`end tag </${name}> with no open element`);
      if (open.name !== name)
        fail(`end tag </${name}> does not match <${open.name}> opened on line ${open.line}`);
      i = end + 1;
    } else {
      const start = i;
      i++;
      const nameMatch = /^[^\s/>]+/.exec(text.slice(i));
      if (!nameMatch || !NAME.test(nameMatch[0])) fail("invalid element name");
      const node = { name: nameMatch[0], attrs: {}, children: [], text: "", line: lineOf(text, start) };
      i += nameMatch[0].length;
      let selfClosing = false;
      for (;;) {
        const ws = /^\s*/.exec(text.slice(i))[0];
        i += ws.length;
        if (i >= text.length) fail(`unterminated start tag <${node.name}>`, start);
        if (text[i] === ">") {
          i++;
          break;
        }
        if (text.startsWith("/>", i)) {
          i += 2;
          selfClosing = true;
          break;
        }
        if (ws.length === 0) fail(`attributes of <${node.name}> must be separated by white space`);
        const attr = /^([^\s=/>]+)\s*=\s*(["'])/.exec(text.slice(i));
        if (!attr) fail(`malformed attribute in <${node.name}> (expected name="value")`);
        if (!NAME.test(attr[1])) fail(`invalid attribute name "${attr[1]}"`);
        if (attr[1] in node.attrs) fail(`duplicate attribute "${attr[1]}" in <${node.name}>`);
        const valueStart = i + attr[0].length;
        const valueEnd = text.indexOf(attr[2], valueStart);
        if (valueEnd < 0) fail(`unterminated value of attribute "${attr[1]}"`);
        const raw = text.slice(valueStart, valueEnd);
        if (raw.includes("<")) fail(`"<" is not allowed in the value of attribute "${attr[1]}"`, valueStart);
        node.attrs[attr[1]] = decode(raw, text, valueStart);
        i = valueEnd + 1;
      }
      if (stack.length > 0) stack[stack.length - 1].children.push(node);
      else if (root) fail("more than one root element", start);
      else root = node;
      if (!selfClosing) stack.push(node);
    }
  }
  if (stack.length > 0) fail(`element <${stack[stack.length - 1].name}> is never closed`, text.length);
  if (!root) fail("no root element");
  return root;
}

// ---------------------------------------------------------------------------------------------
// Tree helpers. Element names are compared without their namespace prefix.
// ---------------------------------------------------------------------------------------------

const local = (name) => name.slice(name.indexOf(":") + 1);

function* walk(node, parents = []) {
  yield { node, parents };
  for (const child of node.children) yield* walk(child, [...parents, node]);
}

const children = (node, name) => (node ? node.children.filter((c) => local(c.name) === name) : []);
const child = (node, name) => children(node, name)[0];
const findAll = (node, name) => [...walk(node)].filter((w) => local(w.node.name) === name);

function pngSize(file) {
  const data = fs.readFileSync(file);
  const signature = "89504e470d0a1a0a";
  if (
    data.length < 24 ||
    data.subarray(0, 8).toString("hex") !== signature ||
    data.toString("ascii", 12, 16) !== "IHDR"
  ) {
    return null;
  }
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

// ---------------------------------------------------------------------------------------------
// The manifest check.
// ---------------------------------------------------------------------------------------------

/** Which kind of resource each resid-bearing element must point at. */
const RESID_KIND = {
  Image: "Images",
  SourceLocation: "Urls",
  Runtime: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

/**
 * Checks a manifest's text.
 * @param {string} xml the manifest
 * @param {object} options
 * @param {string[]} [options.origins] the origins (with trailing "/") the manifest may use; all its
 *   URLs must be on one of them, the same one throughout. Default: the origin of its
 *   <DefaultSettings><SourceLocation>, so all URLs share that one
 * @param {boolean} [options.deployable] also require that origin to be one the add-in can be
 *   served from: not a placeholder or reserved domain, not this computer
 * @param {string} [options.root] the folder that the origin's paths map to (the project root for
 *   manifest.xml, whose assets/ holds the icons; dist/ for a build): icons are checked there
 * @param {boolean} [options.built] also require the pages the manifest points at (taskpane.html,
 *   functions.js, functions.json) to exist under root
 * @param {string} [options.namespace] expected custom functions namespace (default OFFER)
 * @returns {{ errors: string[], checks: string[] }} errors empty when the manifest passes
 */
function checkManifest(xml, options) {
  const { root, built = false, namespace = "OFFER", deployable = false } = options;
  const errors = [];
  const checks = [];
  const error = (message) => errors.push(message);

  let doc;
  try {
    doc = parseXml(xml);
  } catch (e) {
    if (e instanceof XmlError) return { errors: [`not well-formed XML: ${e.message}`], checks };
    throw e;
  }
  checks.push("well-formed XML");

  const schemaErrors = checkSchema(doc);
  for (const e of schemaErrors) error(`[MS-OWEMXML] ${e}`);
  checks.push("[MS-OWEMXML] element order, required children, namespaces, attributes and values");

  let origins = options.origins;
  if (!origins) {
    const start = child(child(doc, "DefaultSettings"), "SourceLocation");
    const m = start && /^(https?:\/\/[^/?#]+)/i.exec(start.attrs.DefaultValue || "");
    const dir = start && (start.attrs.DefaultValue || "").replace(/[^/]*$/, "");
    origins = m ? [dir.toLowerCase().startsWith(m[1].toLowerCase()) ? dir : `${m[1]}/`] : [];
  }

  if (local(doc.name) !== "OfficeApp") error(`the root element is <${doc.name}>, expected <OfficeApp>`);
  if (doc.attrs.xmlns !== "http://schemas.microsoft.com/office/appforoffice/1.1") {
    error('<OfficeApp> must declare xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"');
  }
  if (doc.attrs["xsi:type"] !== "TaskPaneApp") error('<OfficeApp> must have xsi:type="TaskPaneApp"');

  const id = (child(doc, "Id") || { text: "" }).text.trim();
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
    error(`<Id> must be a GUID, found "${id}"`);
  const version = (child(doc, "Version") || { text: "" }).text.trim();
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version))
    error(`<Version> must look like 1.0.0.0, found "${version}"`);
  for (const required of ["ProviderName", "DefaultLocale", "DisplayName", "Description"]) {
    if (!child(doc, required)) error(`<${required}> is missing`);
  }
  checks.push("identity (GUID Id, Version, names)");

  // Host and requirements.
  const hosts = children(child(doc, "Hosts"), "Host").map((h) => h.attrs.Name);
  if (hosts.length !== 1 || hosts[0] !== "Workbook")
    error(`<Hosts> must list exactly Workbook (Excel), found: ${hosts.join(", ") || "none"}`);
  const sets = findAll(child(doc, "Requirements") || { children: [], name: "" }, "Set").map((w) => w.node);
  const shared = sets.find((s) => s.attrs.Name === "SharedRuntime");
  if (!shared) error('<Requirements> must include <Set Name="SharedRuntime" MinVersion="1.1"/>');
  else if (!(parseFloat(shared.attrs.MinVersion || "0") >= 1.1))
    error("the SharedRuntime requirement must be MinVersion 1.1 or later");
  checks.push("Excel host, SharedRuntime 1.1 requirement");

  // Permissions: least privilege.
  const permissions = children(doc, "Permissions").map((p) => p.text.trim());
  if (permissions.length !== 1 || permissions[0] !== "ReadWriteDocument") {
    error(
      `<Permissions> must be exactly ReadWriteDocument (least privilege for writing sheets), found: ${permissions.join(", ") || "none"}`,
    );
  }
  checks.push("permissions ReadWriteDocument");

  // Resources: collect definitions, then check every resid.
  const overrides = child(doc, "VersionOverrides");
  const resources = child(overrides, "Resources");
  const defined = new Map(); // id -> { kind, value }
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
    for (const item of child(resources, kind) ? child(resources, kind).children : []) {
      const rid = item.attrs.id;
      if (!rid) {
        error(`a resource in <bt:${kind}> has no id`);
        continue;
      }
      if (defined.has(rid)) error(`resource id "${rid}" is defined more than once`);
      defined.set(rid, { kind, value: item.attrs.DefaultValue });
      if (item.attrs.DefaultValue === undefined) error(`resource "${rid}" has no DefaultValue`);
    }
  }
  if (!overrides) error("<VersionOverrides> is missing");
  const used = new Set();
  for (const { node } of walk(doc)) {
    if (node.attrs.resid === undefined) continue;
    const rid = node.attrs.resid;
    used.add(rid);
    const def = defined.get(rid);
    if (!def) {
      error(`resid "${rid}" (used by <${node.name}> on line ${node.line}) is not defined in <Resources>`);
      continue;
    }
    const want = RESID_KIND[local(node.name)];
    if (want && def.kind !== want)
      error(`resid "${rid}" used by <${node.name}> must be in <bt:${want}>, it is in <bt:${def.kind}>`);
  }
  for (const rid of defined.keys()) if (!used.has(rid)) error(`resource "${rid}" is defined but never used`);
  checks.push("every resid defined, of the right kind, and used");

  const url = (rid) => (defined.get(rid) || {}).value;

  // Shared runtime wiring.
  const host = children(child(overrides, "Hosts"), "Host")[0];
  const runtimes = findAll(host || { children: [], name: "" }, "Runtime").map((w) => w.node);
  let runtimeId;
  if (runtimes.length !== 1) {
    error(`there must be exactly one <Runtime> (the shared runtime), found ${runtimes.length}`);
  } else {
    runtimeId = runtimes[0].attrs.resid;
    if (runtimes[0].attrs.lifetime !== "long")
      error('the <Runtime> must have lifetime="long" so the functions and the taskpane share it');
  }
  const taskpaneUrl = runtimeId && url(runtimeId);
  if (taskpaneUrl && !/\/taskpane\.html$/.test(taskpaneUrl))
    error(`the runtime's page must be taskpane.html, found ${taskpaneUrl}`);

  const cf = findAll(overrides || { children: [], name: "" }, "ExtensionPoint").find(
    (w) => w.node.attrs["xsi:type"] === "CustomFunctions",
  );
  if (!cf) {
    error('the custom functions <ExtensionPoint xsi:type="CustomFunctions"> is missing');
  } else {
    const loc = (name) => {
      const s = child(child(cf.node, name), "SourceLocation");
      return s && s.attrs.resid;
    };
    const pageId = loc("Page");
    if (pageId !== runtimeId)
      error(`the custom functions <Page> must use the runtime's resource "${runtimeId}", found "${pageId}"`);
    const scriptUrl = url(loc("Script"));
    if (!scriptUrl || !/\/functions\.js$/.test(scriptUrl))
      error(`the custom functions <Script> must point at functions.js, found ${scriptUrl}`);
    const metaUrl = url(loc("Metadata"));
    if (!metaUrl || !/\/functions\.json$/.test(metaUrl))
      error(`the custom functions <Metadata> must point at functions.json, found ${metaUrl}`);
    const nsNode = child(cf.node, "Namespace");
    const ns = nsNode && url(nsNode.attrs.resid);
    if (ns !== namespace)
      error(
        `the custom functions namespace must be ${namespace}, found ${ns === undefined ? "none" : `"${ns}"`}`,
      );
    for (const [a, b] of [
      [taskpaneUrl, scriptUrl],
      [taskpaneUrl, metaUrl],
    ]) {
      if (a && b && a.slice(0, a.lastIndexOf("/")) !== b.slice(0, b.lastIndexOf("/")))
        error(`${b} is not in the same folder as ${a}`);
    }
  }
  const functionFiles = findAll(overrides || { children: [], name: "" }, "FunctionFile").map(
    (w) => w.node.attrs.resid,
  );
  if (functionFiles.length === 0) error("<FunctionFile> is missing (it must be the runtime's page)");
  for (const f of functionFiles)
    if (f !== runtimeId) error(`<FunctionFile> must use the runtime's resource "${runtimeId}", found "${f}"`);

  const defaultSource = child(child(doc, "DefaultSettings"), "SourceLocation");
  if (!defaultSource || defaultSource.attrs.DefaultValue !== taskpaneUrl) {
    error(`<DefaultSettings><SourceLocation> must be the taskpane page ${taskpaneUrl}`);
  }
  checks.push(
    "shared runtime wiring (Runtime = Page = FunctionFile = taskpane action; functions.js, functions.json)",
  );
  checks.push(`namespace ${namespace}`);

  // Ribbon: a Home tab button that opens the taskpane on the shared runtime.
  const tabs = findAll(overrides || { children: [], name: "" }, "OfficeTab").map((w) => w.node);
  const home = tabs.find((t) => t.attrs.id === "TabHome");
  const actions = home
    ? findAll(home, "Action").filter((w) => w.node.attrs["xsi:type"] === "ShowTaskpane")
    : [];
  if (actions.length === 0)
    error("no ribbon button on the Home tab (OfficeTab id TabHome) opens the taskpane (ShowTaskpane)");
  for (const action of findAll(overrides || { children: [], name: "" }, "Action")) {
    if (action.node.attrs["xsi:type"] !== "ShowTaskpane") continue;
    const s = child(action.node, "SourceLocation");
    if (!s || s.attrs.resid !== runtimeId)
      error(
        `the ShowTaskpane action must use the runtime's resource "${runtimeId}", found "${s && s.attrs.resid}"`,
      );
  }
  checks.push("Home tab button opens the taskpane");

  // One task pane: a shared runtime supports one, and panes without the same TaskpaneId are
  // different panes; this one is also the pane Office reopens with a workbook tagged to show it.
  for (const action of findAll(overrides || { children: [], name: "" }, "Action")) {
    if (action.node.attrs["xsi:type"] !== "ShowTaskpane") continue;
    const id = child(action.node, "TaskpaneId");
    const value = id ? id.text.trim() : undefined;
    if (value !== TASKPANE_ID)
      error(
        `the ShowTaskpane action on line ${action.node.line} must have <TaskpaneId>${TASKPANE_ID}</TaskpaneId> (a shared runtime has one task pane), found ${value === undefined ? "none" : `"${value}"`}`,
      );
  }
  checks.push(`one task pane (TaskpaneId ${TASKPANE_ID})`);

  const support = child(doc, "SupportUrl");
  if (!support) error("<SupportUrl> is missing (stores require a support page; the build makes help.html)");
  checks.push("a SupportUrl");

  // URLs: https, one expected origin.
  const urls = [];
  for (const { node } of walk(doc)) {
    for (const [name, value] of Object.entries(node.attrs)) {
      if (name === "xmlns" || name.startsWith("xmlns:")) continue;
      if (
        /^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim()) ||
        /^(www\.|[a-z0-9-]+\.[a-z]{2,}\/)/i.test(value.trim())
      ) {
        urls.push({ value: value.trim(), where: `<${node.name}> line ${node.line}` });
      }
    }
    const t = node.text.trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t))
      urls.push({ value: t, where: `<${node.name}> line ${node.line}` });
  }
  const hostOf = (u) => {
    const m = /^(https?:\/\/[^/?#]+)(\/|$)/i.exec(u);
    return m ? `${m[1].toLowerCase()}/` : null;
  };
  // An origin is an https folder (https://host/ or https://host/path/): a URL is on it when it
  // starts with it, scheme and host compared without case.
  const onOrigin = (u, o) =>
    hostOf(u) === hostOf(o) && u.slice(hostOf(o).length - 1).startsWith(o.slice(hostOf(o).length - 1));
  const seenOrigins = new Set();
  for (const u of urls) {
    if (!/^https:\/\//i.test(u.value)) {
      error(`${u.value} (${u.where}) must use https`);
      continue;
    }
    if (/appsforoffice\.microsoft\.com/i.test(u.value)) {
      error(`${u.value} (${u.where}): office.js is loaded by the page, not by the manifest`);
      continue;
    }
    const o = origins.find((x) => onOrigin(u.value, x));
    if (!o) error(`${u.value} (${u.where}) is not on the expected origin ${origins.join(" or ")}`);
    else seenOrigins.add(o);
  }
  if (seenOrigins.size > 1) error(`the manifest mixes origins: ${[...seenOrigins].join(", ")}`);
  const origin = [...seenOrigins][0];
  for (const d of findAll(doc, "AppDomain").map((w) => w.node.text.trim())) {
    if (!origin || hostOf(`${d.replace(/\/$/, "")}/`) !== hostOf(origin))
      error(`AppDomain ${d} is not used by the add-in: remove it`);
  }
  if (deployable) {
    const reason = origin ? placeholderReason(origin) : "the manifest has no https origin";
    if (reason) {
      error(
        `not deployable: the manifest's URLs point at ${origin || "nothing"}, and ${reason}. Build with ADDIN_ORIGIN=https://<host>/<folder>/ npm run build`,
      );
    }
    checks.push("a deployable origin (no placeholder, reserved, dotless or local host)");
  }
  checks.push(`https only, on ${origin || origins.join(" or ")}`);

  // Icons: present, PNG, of the declared size.
  const iconFile = (u) => {
    if (!root || !u || !origin || !u.startsWith(origin)) return null;
    return path.join(root, ...u.slice(origin.length).split("/"));
  };
  const expectSize = (u, size, what) => {
    const file = iconFile(u);
    if (!file) return;
    if (!fs.existsSync(file)) {
      error(`${what}: ${path.relative(process.cwd(), file) || file} does not exist`);
      return;
    }
    const dims = pngSize(file);
    if (!dims) error(`${what}: ${file} is not a PNG`);
    else if (dims.width !== size || dims.height !== size)
      error(`${what}: ${file} is ${dims.width}x${dims.height}, expected ${size}x${size}`);
  };
  expectSize((child(doc, "IconUrl") || { attrs: {} }).attrs.DefaultValue, 32, "IconUrl");
  expectSize(
    (child(doc, "HighResolutionIconUrl") || { attrs: {} }).attrs.DefaultValue,
    64,
    "HighResolutionIconUrl",
  );
  const ribbonSizes = new Set();
  for (const { node } of walk(overrides || { children: [], name: "" })) {
    if (local(node.name) !== "Image" || node.attrs.resid === undefined) continue;
    const size = Number(node.attrs.size);
    ribbonSizes.add(size);
    expectSize(url(node.attrs.resid), size, `icon "${node.attrs.resid}"`);
  }
  for (const size of [16, 32, 80])
    if (!ribbonSizes.has(size)) error(`the ribbon icons must include a ${size} px image`);
  if (!child(doc, "IconUrl")) error("<IconUrl> is missing");
  if (!child(doc, "HighResolutionIconUrl")) error("<HighResolutionIconUrl> is missing");
  if (root) checks.push("icons 16/32/64/80 present as PNGs of the declared sizes");

  if (built && root && origin) {
    for (const u of [taskpaneUrl, ...urls.map((x) => x.value)]) {
      if (!u || !u.startsWith(origin)) continue;
      const file = path.join(root, ...u.slice(origin.length).split(/[?#]/)[0].split("/"));
      if (!fs.existsSync(file)) error(`${u} is not in the build (${file} is missing)`);
    }
    checks.push("every URL's file is in the build");
  }

  return { errors: [...new Set(errors)], checks };
}

module.exports = { checkManifest, parseXml, XmlError, pngSize };
