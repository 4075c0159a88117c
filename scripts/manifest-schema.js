/**
 * The parts of Microsoft's current add-in manifest schema, [MS-OWEMXML], that this add-in's
 * manifest uses, as content models: for each element, its namespace, the order and number of its
 * children, its attributes and the form of its text. checkSchema() walks a parsed manifest
 * (scripts/manifest-check.js parses it) and reports every element that is out of order, missing,
 * repeated too often, unknown where it stands, in the wrong namespace, or with a missing, unknown
 * or malformed attribute or value.
 *
 * Sources (docs/manifest.md says more): [MS-OWEMXML] section 2.2 complex types and section 5
 * schemas on learn.microsoft.com: TaskPaneApp / OfficeApp (appforoffice 1.1), VersionOverridesV1_0,
 * Host (Runtimes?, AllFormFactors?), Workbook (+ DesktopFormFactor?), Runtimes (Runtime+),
 * ShowTaskpane (TaskpaneId?, SourceLocation, Title?), and the officeappbasictypes 1.0 types
 * (Resources, IconList, ...). The 2019 XSDs in OfficeDev/office-js-docs-pr lack <Runtimes>; the
 * rest of the models below agree with them.
 */
"use strict";

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  tpo: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

// Simple types ---------------------------------------------------------------------------------

const length = (min, max) => (v) =>
  v.length < min || v.length > max ? `must be ${min} to ${max} characters long, it is ${v.length}` : null;
const pattern = (re, what) => (v) => (re.test(v) ? null : `must be ${what}, found "${v}"`);
const oneOf = (values) => (v) =>
  values.includes(v) ? null : `must be one of ${values.join(", ")}, found "${v}"`;

const SIMPLE = {
  UUID: pattern(
    /^(?:(?:urn:uuid:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/,
    "a GUID",
  ),
  Version: pattern(/^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$/, "a version such as 1.0.0.0"),
  ShortVersion: pattern(/^[0-9]{1,5}\.[0-9]{1,5}$/, "a version such as 1.1"),
  CultureName: pattern(
    /^(?:[a-zA-Z]{2,3}-[a-zA-Z0-9]{3,8}(-[a-zA-Z]{2,3})?|[a-zA-Z]{2,3}(-[a-zA-Z]{2,3}(_tradnl|\.pseudo|-[a-zA-Z]{4,8})?)?)$/,
    "a culture name such as en-US",
  ),
  ShortString: length(1, 125),
  LongString: length(1, 250),
  NonEmptyString: length(1, Infinity),
  URL: length(1, 2048),
  ReferenceId: length(1, 32),
  Permissions: oneOf(["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"]),
  Lifetime: oneOf(["short", "long"]),
  Boolean: oneOf(["true", "false", "1", "0"]),
  // IconList images: 16, 32 and 80 are required by the docs, 20, 24, 40, 48 and 64 allowed.
  ImageSize: oneOf(["16", "20", "24", "32", "40", "48", "64", "80"]),
};

// Complex types: { ns of the child elements, seq: [name, type, min, max], attrs, text } ----------

const seq = (name, type, min = 1, max = 1, ns = undefined) => ({ name, type, min, max, ns });
const MANY = Infinity;
const req = (type) => ({ type, required: true });
const opt = (type) => ({ type, required: false });

/** A setting with DefaultValue and optional per-locale <Override Locale Value/> children. */
const localeAware = (ns, valueType) => ({
  ns,
  seq: [seq("Override", ns === NS.app ? `Override_${valueType}` : `BtOverride_${valueType}`, 0, MANY)],
  attrs: { DefaultValue: req(valueType) },
});
const override = (valueType) => ({ seq: [], attrs: { Locale: req("CultureName"), Value: req(valueType) } });
/** A reference to a resource: resid, no children. */
const ref = { seq: [], attrs: { resid: req("ReferenceId") } };
/** An element holding only a SourceLocation resource reference (Script, Page, Metadata). */
const sourceHolder = { ns: NS.tpo, seq: [seq("SourceLocation", "ResourceRef")] };

const TYPES = {
  // appforoffice 1.1: OfficeApp's sequence, then TaskPaneApp's extension of it.
  TaskPaneApp: {
    ns: NS.app,
    seq: [
      seq("Id", "Text_UUID"),
      seq("AlternateId", "Text_NonEmptyString", 0),
      seq("Version", "Text_Version"),
      seq("ProviderName", "Text_ShortString"),
      seq("DefaultLocale", "Text_CultureName"),
      seq("DisplayName", "ShortSetting"),
      seq("Description", "LongSetting"),
      seq("IconUrl", "UrlSetting", 0),
      seq("HighResolutionIconUrl", "UrlSetting", 0),
      seq("SupportUrl", "UrlSetting", 0),
      seq("AppDomains", "AppDomains", 0),
      seq("Hosts", "AppHosts", 0),
      seq("Requirements", "AppRequirements", 0),
      seq("DefaultSettings", "TaskPaneAppSettings"),
      seq("Permissions", "Text_Permissions"),
      seq("Dictionary", "Unchecked", 0),
      // An xs:any of the taskpaneappversionoverrides namespace.
      seq("VersionOverrides", "VersionOverridesV1_0", 0, 1, NS.tpo),
      seq("ExtendedOverrides", "Unchecked", 0),
    ],
    attrs: {},
  },
  Text_UUID: { text: "UUID", seq: [] },
  Text_NonEmptyString: { text: "NonEmptyString", seq: [] },
  Text_Version: { text: "Version", seq: [] },
  Text_ShortString: { text: "ShortString", seq: [] },
  Text_CultureName: { text: "CultureName", seq: [] },
  Text_Permissions: { text: "Permissions", seq: [] },
  ShortSetting: localeAware(NS.app, "ShortString"),
  LongSetting: localeAware(NS.app, "LongString"),
  UrlSetting: localeAware(NS.app, "URL"),
  Override_ShortString: override("ShortString"),
  Override_LongString: override("LongString"),
  Override_URL: override("URL"),
  AppDomains: { ns: NS.app, seq: [seq("AppDomain", "Text_URL", 0, MANY)] },
  Text_URL: { text: "URL", seq: [] },
  AppHosts: { ns: NS.app, seq: [seq("Host", "AppHost", 1, MANY)] },
  AppHost: { seq: [], attrs: { Name: req("ShortString") } },
  AppRequirements: { ns: NS.app, seq: [seq("Sets", "AppSets", 0), seq("Methods", "Unchecked", 0)] },
  AppSets: {
    ns: NS.app,
    seq: [seq("Set", "Set", 1, MANY)],
    attrs: { DefaultMinVersion: opt("ShortVersion") },
  },
  Set: { seq: [], attrs: { Name: req("ShortString"), MinVersion: opt("ShortVersion") } },
  TaskPaneAppSettings: { ns: NS.app, seq: [seq("SourceLocation", "UrlSetting")] },

  // taskpaneappversionoverrides
  VersionOverridesV1_0: {
    ns: NS.tpo,
    xsiType: "VersionOverridesV1_0",
    seq: [
      seq("Description", "ResourceRef", 0),
      seq("Requirements", "BtRequirements", 0),
      seq("Hosts", "Hosts", 0),
      seq("Resources", "Resources", 0),
      seq("WebApplicationInfo", "Unchecked", 0),
      seq("EquivalentAddins", "Unchecked", 0),
      seq("VersionOverrides", "Unchecked", 0),
    ],
  },
  Hosts: { ns: NS.tpo, seq: [seq("Host", "Host", 1, MANY)] },
  // Host (abstract): Runtimes?, AllFormFactors?; Workbook adds DesktopFormFactor?.
  Host: { byXsiType: { Workbook: "Workbook" } },
  Workbook: {
    ns: NS.tpo,
    seq: [
      seq("Runtimes", "Runtimes", 0),
      seq("AllFormFactors", "AllFormFactors", 0),
      seq("DesktopFormFactor", "FormFactor", 0),
    ],
  },
  Runtimes: { ns: NS.tpo, seq: [seq("Runtime", "Runtime", 1, MANY)] },
  Runtime: { seq: [], attrs: { resid: req("ReferenceId"), lifetime: opt("Lifetime") } },
  // AllFormFactors holds at most the custom functions' extension point.
  AllFormFactors: { ns: NS.tpo, seq: [seq("ExtensionPoint", "FunctionsExtensionPoint", 0)] },
  FunctionsExtensionPoint: { byXsiType: { CustomFunctions: "CustomFunctions" } },
  FormFactor: {
    ns: NS.tpo,
    seq: [
      seq("GetStarted", "GetStarted", 0),
      seq("FunctionFile", "ResourceRef", 0),
      seq("ExtensionPoint", "ExtensionPoint", 1, MANY),
    ],
  },
  GetStarted: {
    ns: NS.tpo,
    seq: [seq("Title", "ResourceRef"), seq("Description", "ResourceRef"), seq("LearnMoreUrl", "ResourceRef")],
  },
  ExtensionPoint: {
    byXsiType: {
      CustomFunctions: "CustomFunctions",
      PrimaryCommandSurface: "CommandSurface",
      ContextMenu: "ContextMenu",
    },
  },
  CustomFunctions: {
    ns: NS.tpo,
    seq: [
      seq("Script", "SourceHolder"),
      seq("Page", "SourceHolder"),
      seq("Metadata", "SourceHolder", 0),
      seq("Namespace", "ResourceRef", 0),
    ],
  },
  SourceHolder: sourceHolder,
  CommandSurface: {
    ns: NS.tpo,
    seq: [seq("OfficeTab", "OfficeTab", 0, MANY), seq("CustomTab", "CustomTab", 0, MANY)],
  },
  ContextMenu: { ns: NS.tpo, seq: [seq("OfficeMenu", "OfficeMenu", 1, MANY)] },
  OfficeMenu: { ns: NS.tpo, seq: [seq("Control", "Control", 1, MANY)], attrs: { id: req("ShortString") } },
  OfficeTab: { ns: NS.tpo, seq: [seq("Group", "Group", 1, MANY)], attrs: { id: req("ShortString") } },
  CustomTab: {
    ns: NS.tpo,
    seq: [seq("Group", "Group", 1, MANY), seq("Label", "ResourceRef")],
    attrs: { id: req("ShortString") },
  },
  // OverriddenByRibbonApi (first when present) and OfficeControl come from the current element
  // reference (Ribbon 1.2, contextual tabs); the 2019 XSD has neither and requires a Control.
  Group: {
    ns: NS.tpo,
    seq: [
      seq("OverriddenByRibbonApi", "Text_Boolean", 0),
      seq("Label", "ResourceRef"),
      seq("Icon", "IconList"),
      seq("Control", "Control", 0, MANY),
      seq("OfficeControl", "Unchecked", 0, MANY),
    ],
    attrs: { id: req("ShortString") },
  },
  Text_Boolean: { text: "Boolean", seq: [] },
  Control: { byXsiType: { Button: "Button" } },
  Button: {
    ns: NS.tpo,
    seq: [
      seq("OverriddenByRibbonApi", "Text_Boolean", 0),
      seq("Label", "ResourceRef"),
      seq("Supertip", "Supertip"),
      seq("Icon", "IconList"),
      seq("Action", "Action"),
      seq("Enabled", "Text_Boolean", 0),
    ],
    attrs: { id: req("ShortString") },
  },
  Supertip: { ns: NS.tpo, seq: [seq("Title", "ResourceRef"), seq("Description", "ResourceRef")] },
  Action: { byXsiType: { ShowTaskpane: "ShowTaskpane", ExecuteFunction: "ExecuteFunction" } },
  ShowTaskpane: {
    ns: NS.tpo,
    seq: [
      seq("TaskpaneId", "Text_ShortString", 0),
      seq("SourceLocation", "ResourceRef"),
      seq("Title", "ResourceRef", 0),
    ],
  },
  ExecuteFunction: { ns: NS.tpo, seq: [seq("FunctionName", "Text_LongString")] },
  Text_LongString: { text: "LongString", seq: [] },
  ResourceRef: ref,

  // officeappbasictypes 1.0
  BtRequirements: { ns: NS.bt, seq: [seq("Sets", "BtSets")] },
  BtSets: { ns: NS.bt, seq: [seq("Set", "Set", 1, MANY)], attrs: { DefaultMinVersion: opt("ShortVersion") } },
  IconList: { ns: NS.bt, seq: [seq("Image", "ImageRef", 1, MANY)] },
  ImageRef: { seq: [], attrs: { resid: req("ReferenceId"), size: req("ImageSize") } },
  Resources: {
    ns: NS.bt,
    seq: [
      seq("Images", "Images", 0),
      seq("Urls", "Urls", 0),
      seq("ShortStrings", "ShortStrings", 0),
      seq("LongStrings", "LongStrings", 0),
    ],
  },
  Images: { ns: NS.bt, seq: [seq("Image", "BtResource_URL", 0, MANY)] },
  Urls: { ns: NS.bt, seq: [seq("Url", "BtResource_URL", 0, MANY)] },
  ShortStrings: { ns: NS.bt, seq: [seq("String", "BtResource_ShortString", 0, MANY)] },
  LongStrings: { ns: NS.bt, seq: [seq("String", "BtResource_LongString", 0, MANY)] },
  BtResource_URL: {
    ...localeAware(NS.bt, "URL"),
    attrs: { id: req("ReferenceId"), DefaultValue: req("URL") },
  },
  BtResource_ShortString: {
    ...localeAware(NS.bt, "ShortString"),
    attrs: { id: req("ReferenceId"), DefaultValue: req("ShortString") },
  },
  BtResource_LongString: {
    ...localeAware(NS.bt, "LongString"),
    attrs: { id: req("ReferenceId"), DefaultValue: req("LongString") },
  },
  BtOverride_URL: override("URL"),
  BtOverride_ShortString: override("ShortString"),
  BtOverride_LongString: override("LongString"),

  /** Allowed by the schema, not used by this add-in: its content is not checked here. */
  Unchecked: { unchecked: true },
};

const local = (name) => name.slice(name.indexOf(":") + 1);
const prefixOf = (name) => (name.includes(":") ? name.slice(0, name.indexOf(":")) : "");

/** The namespace declarations in scope after this element's own. */
function scopeOf(node, parentScope) {
  const scope = { ...parentScope };
  for (const [k, v] of Object.entries(node.attrs)) {
    if (k === "xmlns") scope[""] = v;
    else if (k.startsWith("xmlns:")) scope[k.slice(6)] = v;
  }
  return scope;
}

/**
 * Checks a parsed manifest (parseXml's tree) against the content models above. Returns a list of
 * messages naming the element, its line and the rule of [MS-OWEMXML] it breaks.
 */
function checkSchema(doc) {
  const errors = [];
  const at = (node) => `<${node.name}> (line ${node.line})`;

  const visit = (node, typeName, parentScope) => {
    const scope = scopeOf(node, parentScope);
    let type = TYPES[typeName];
    const xsiType = node.attrs["xsi:type"] === undefined ? undefined : local(node.attrs["xsi:type"]);
    let viaXsiType = false;
    if (type.byXsiType) {
      const chosen = type.byXsiType[xsiType];
      if (!chosen) {
        errors.push(
          `${at(node)} needs xsi:type ${Object.keys(type.byXsiType).join(" or ")}, found ${xsiType === undefined ? "none" : `"${xsiType}"`}`,
        );
        return;
      }
      typeName = chosen;
      type = TYPES[chosen];
      viaXsiType = true;
    }
    if (type.unchecked) return;
    if (type.xsiType && xsiType !== type.xsiType) {
      errors.push(`${at(node)} must have xsi:type="${type.xsiType}"`);
    }

    // Attributes: the declared ones, namespace declarations and xsi:type where a type is chosen.
    const attrs = type.attrs || {};
    for (const [name, value] of Object.entries(node.attrs)) {
      if (name === "xmlns" || name.startsWith("xmlns:")) continue;
      if (name === "xsi:type" && (viaXsiType || type.xsiType || typeName === "TaskPaneApp")) continue;
      const rule = attrs[name];
      if (!rule) {
        errors.push(`${at(node)} has an attribute ${name} that [MS-OWEMXML] does not define there`);
        continue;
      }
      const problem = SIMPLE[rule.type](value);
      if (problem) errors.push(`${at(node)} attribute ${name} ${problem}`);
    }
    for (const [name, rule] of Object.entries(attrs)) {
      if (rule.required && node.attrs[name] === undefined)
        errors.push(`${at(node)} needs the attribute ${name}`);
    }

    // Text.
    const text = node.text.trim();
    if (type.text) {
      const problem = SIMPLE[type.text](text);
      if (problem) errors.push(`the text of ${at(node)} ${problem}`);
      if (node.children.length > 0)
        errors.push(`${at(node)} holds text only, found <${node.children[0].name}>`);
      return;
    }
    if (text !== "") errors.push(`${at(node)} must not contain text, found "${text.slice(0, 40)}"`);

    // Children: the sequence, in order, each within its count, in the right namespace.
    const entries = type.seq;
    const counts = entries.map(() => 0);
    let pos = 0;
    for (const c of node.children) {
      const name = local(c.name);
      const ns = scopeOf(c, scope)[prefixOf(c.name)];
      let k = entries.findIndex((e, j) => j >= pos && e.name === name);
      if (k < 0) {
        const earlier = entries.findIndex((e) => e.name === name);
        if (earlier >= 0) {
          const after = entries[pos] ? entries[pos].name : entries[entries.length - 1].name;
          errors.push(
            `${at(c)} is out of order: in <${node.name}> it must come before <${after}> (sequence ${entries.map((e) => e.name).join(", ")})`,
          );
          k = earlier;
        } else {
          errors.push(
            `${at(c)} is not allowed in <${node.name}> (${typeName}: ${entries.map((e) => e.name).join(", ") || "no children"})`,
          );
          continue;
        }
      } else {
        pos = k;
      }
      counts[k]++;
      if (counts[k] > entries[k].max)
        errors.push(`${at(c)}: <${node.name}> allows at most ${entries[k].max} <${name}>`);
      const want = entries[k].ns || type.ns;
      if (ns !== want)
        errors.push(
          `${at(c)} must be in the namespace ${want}, it is in ${ns === undefined ? "no namespace" : ns}`,
        );
      visit(c, entries[k].type, scope);
    }
    entries.forEach((e, k) => {
      if (counts[k] < e.min)
        errors.push(`${at(node)} needs ${e.min === 1 ? "a" : `at least ${e.min}`} <${e.name}> child`);
    });
  };

  const rootScope = scopeOf(doc, {});
  if (rootScope[prefixOf(doc.name)] !== NS.app)
    errors.push(`<${doc.name}> must be in the namespace ${NS.app}`);
  if (local(doc.name) !== "OfficeApp")
    errors.push(`the root element must be <OfficeApp>, found <${doc.name}>`);
  else if (local(doc.attrs["xsi:type"] || "") !== "TaskPaneApp")
    errors.push('<OfficeApp> must have xsi:type="TaskPaneApp"');
  else if (rootScope.xsi !== NS.xsi) errors.push(`the prefix xsi must be declared as ${NS.xsi}`);
  else visit(doc, "TaskPaneApp", {});
  return errors;
}

module.exports = { checkSchema, TYPES, NS };
