// ESLint flat config: typescript-eslint recommended + eslint-plugin-office-addins recommended
// (Office.js rules, prettier formatting with .prettierrc), plus the project's security rules:
// no HTML injection sinks, no eval in any form.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

// The office-addins configs bundle their own copy of the typescript-eslint plugin and parser;
// ESLint refuses two different plugins under one name, so use the project's (newer) ones.
const officeRecommended = officeAddins.configs.recommended.map((config) => {
  if (!config.plugins || !config.plugins["@typescript-eslint"]) return config;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { "@typescript-eslint": _bundled, ...plugins } = config.plugins;
  return {
    ...config,
    plugins,
    languageOptions: { ...config.languageOptions, parser: tseslint.parser, ecmaVersion: "latest" },
  };
});

const HTML_SINKS = ["innerHTML", "outerHTML", "insertAdjacentHTML"];
const NO_HTML = "renders markup from strings: build DOM nodes and set textContent instead";

const NODE_GLOBALS = Object.fromEntries(
  [
    "require",
    "module",
    "exports",
    "process",
    "__dirname",
    "__filename",
    "console",
    "Buffer",
    "URL",
    "setTimeout",
    "clearTimeout",
    "setInterval",
    "clearInterval",
    "setImmediate",
  ].map((name) => [name, "readonly"]),
);

export default tseslint.config(
  {
    ignores: ["dist/", "dist-test/", "node_modules/", "coverage/", "test-artifacts/", ".cache/"],
  },
  ...officeRecommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-script-url": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "no-restricted-properties": [
        "error",
        ...HTML_SINKS.map((property) => ({ property, message: `${property} ${NO_HTML}.` })),
        { object: "document", property: "write", message: `document.write ${NO_HTML}.` },
        { object: "document", property: "writeln", message: `document.writeln ${NO_HTML}.` },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: `MemberExpression[computed=true][property.value=/^(${HTML_SINKS.join("|")})$/]`,
          message: `This ${NO_HTML}.`,
        },
        {
          selector: "CallExpression[callee.property.name='createContextualFragment']",
          message: `createContextualFragment ${NO_HTML}.`,
        },
      ],
    },
  },
  {
    // The office-addins rules model Office.js proxies (load/sync); ExcelJS objects are plain and
    // synchronous, so those rules only give false alarms in code that uses ExcelJS only. List
    // such files here.
    files: ["src/workbook/excelJs*.ts", "src/workbook/offersFile.ts"],
    rules: Object.fromEntries(
      Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, "off"]),
    ),
  },
  {
    // Node scripts and configs (CommonJS).
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: NODE_GLOBALS },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: NODE_GLOBALS },
  },
);
