/**
 * The dependency direction of src/ (and functions/), checked on every import the TypeScript parser
 * finds: entry points (functions, taskpane, standalone, cli) -> ui -> workbook -> scoring ->
 * content. Entry points do not import each other, with one exception: the pane loads the page
 * through ONE dynamic import of src/standalone/standalone.ts from src/taskpane/taskpane.ts.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const ROOT = path.resolve(__dirname, "..");

/** Lower rank = lower layer; a module may import its own folder and lower layers only. */
const RANK: Record<string, number> = {
  content: 0,
  scoring: 1,
  workbook: 2,
  ui: 3,
  taskpane: 4,
  standalone: 4,
  cli: 4,
  functions: 4,
};

/** The pane's one way into the page. */
const LAZY_ENTRY = { from: "src/taskpane/taskpane.ts", to: "src/standalone/standalone.ts" };

interface Edge {
  /** Importing file, relative to the repository, with "/" separators. */
  readonly from: string;
  /** Imported module as resolved (a path without extension, or a package name). */
  readonly to: string;
  readonly dynamic: boolean;
  readonly typeOnly: boolean;
}

function toPosix(p: string): string {
  return p.split(path.sep).join("/");
}

/** Every import, export-from, import(), require() and import("x").T type of one file. */
export function importsOf(file: string, text: string): Edge[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edges: Edge[] = [];
  const add = (spec: string, dynamic: boolean, typeOnly: boolean): void => {
    const to = spec.startsWith(".") ? toPosix(path.posix.join(path.posix.dirname(file), spec)) : spec;
    edges.push({ from: file, to, dynamic, typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, false, node.importClause?.isTypeOnly === true);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      add(node.moduleSpecifier.text, false, node.isTypeOnly);
    } else if (
      ts.isCallExpression(node) &&
      node.arguments.length > 0 &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node.arguments[0].text, true, false);
      else if (ts.isIdentifier(node.expression) && node.expression.text === "require") {
        add(node.arguments[0].text, false, false);
      }
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      add(node.argument.literal.text, false, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return edges;
}

/** "src/ui/dom" -> "ui", "functions/x" -> "functions"; null for packages and other folders. */
export function layerOf(p: string): string | null {
  const parts = p.split("/");
  if (parts[0] === "functions") return "functions";
  if (parts[0] === "src" && parts[1] in RANK) return parts[1];
  return null;
}

function stripExt(p: string): string {
  return p.replace(/\.ts$/, "");
}

/** What breaks the layering, one sentence each; [] when all holds. */
export function violations(edges: readonly Edge[]): string[] {
  const out: string[] = [];
  let lazyEntries = 0;
  for (const e of edges) {
    const from = layerOf(e.from);
    const to = layerOf(e.to);
    if (from === null || to === null || from === to) continue;
    const what = `${e.from} imports ${e.to}`;
    if (from === "taskpane" && to === "standalone") {
      if (e.from === LAZY_ENTRY.from && e.dynamic && e.to === stripExt(LAZY_ENTRY.to)) {
        lazyEntries += 1;
        continue;
      }
      out.push(
        `${what}: the pane reaches the page only through import("${stripExt(LAZY_ENTRY.to)}") in ${LAZY_ENTRY.from}`,
      );
      continue;
    }
    // The texts name scoring's types (Role, Criterion, ScopeType); erased at build, so no cycle runs.
    if (from === "content" && e.typeOnly && e.to === "src/scoring/types") continue;
    if (RANK[to] >= RANK[from]) out.push(`${what}: ${from} may import only lower layers than itself`);
  }
  if (lazyEntries > 1)
    out.push(`${LAZY_ENTRY.from} loads the page ${lazyEntries} times; one dynamic import is the exception`);
  return out;
}

function sourceFiles(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  return fs.readdirSync(abs, { withFileTypes: true }).flatMap((d) => {
    const rel = `${dir}/${d.name}`;
    if (d.isDirectory()) return sourceFiles(rel);
    return d.name.endsWith(".ts") ? [rel] : [];
  });
}

const FILES = [...sourceFiles("src"), ...sourceFiles("functions")];
const EDGES = FILES.flatMap((f) => importsOf(f, fs.readFileSync(path.join(ROOT, f), "utf8")));

describe("layering of src/", () => {
  test("finds the imports it checks", () => {
    expect(FILES.length).toBeGreaterThan(30);
    expect(FILES.filter((f) => f.startsWith("src/ui/")).length).toBeGreaterThanOrEqual(5);
    // Spot checks of the parser on imports known to exist.
    expect(EDGES).toContainEqual(
      expect.objectContaining({ from: "src/taskpane/taskpane.ts", to: "src/ui/dom", dynamic: false }),
    );
    expect(EDGES).toContainEqual(
      expect.objectContaining({ from: "src/standalone/standalone.ts", to: "src/ui/state" }),
    );
  });

  test("every import points down the layers (entries -> ui -> workbook -> scoring -> content)", () => {
    expect(violations(EDGES)).toEqual([]);
  });

  test("the pane reaches the page through exactly one dynamic import of one module", () => {
    const paneToPage = EDGES.filter((e) => layerOf(e.from) === "taskpane" && layerOf(e.to) === "standalone");
    expect(paneToPage).toEqual([
      { from: LAZY_ENTRY.from, to: stripExt(LAZY_ENTRY.to), dynamic: true, typeOnly: false },
    ]);
    expect(fs.existsSync(path.join(ROOT, LAZY_ENTRY.to))).toBe(true);
  });

  test("src/ui and the page import nothing from the pane; src/ui nothing from the page", () => {
    const bad = EDGES.filter(
      (e) =>
        (layerOf(e.from) === "ui" && ["taskpane", "standalone"].includes(layerOf(e.to) ?? "")) ||
        (layerOf(e.from) === "standalone" && layerOf(e.to) === "taskpane"),
    );
    expect(bad).toEqual([]);
  });
});

describe("the layering check itself", () => {
  const edge = (from: string, spec: string, text = `import { x } from "${spec}";`): Edge[] =>
    importsOf(from, text).map((e) => ({ ...e, from }));

  test("reads static, type-only, re-export, dynamic, require and import-type forms", () => {
    const text = [
      'import { a } from "../ui/dom";',
      'import type { B } from "../taskpane/state";',
      'export { c } from "./c";',
      'const m = () => import(/* webpackChunkName: "x" */ "../standalone/standalone");',
      'const r = require("../workbook/csv");',
      'let t: import("../scoring/types").Role;',
    ].join("\n");
    expect(importsOf("src/ui/x.ts", text)).toEqual([
      { from: "src/ui/x.ts", to: "src/ui/dom", dynamic: false, typeOnly: false },
      { from: "src/ui/x.ts", to: "src/taskpane/state", dynamic: false, typeOnly: true },
      { from: "src/ui/x.ts", to: "src/ui/c", dynamic: false, typeOnly: false },
      { from: "src/ui/x.ts", to: "src/standalone/standalone", dynamic: true, typeOnly: false },
      { from: "src/ui/x.ts", to: "src/workbook/csv", dynamic: false, typeOnly: false },
      { from: "src/ui/x.ts", to: "src/scoring/types", dynamic: false, typeOnly: true },
    ]);
  });

  test.each([
    ["src/ui/a.ts", "../taskpane/store"],
    ["src/ui/a.ts", "../standalone/results"],
    ["src/standalone/a.ts", "../taskpane/dom"],
    ["src/taskpane/actions.ts", "../standalone/standalone"],
    ["src/scoring/a.ts", "../workbook/inputs"],
    ["src/scoring/a.ts", "../ui/dom"],
    ["src/workbook/office/a.ts", "../../ui/state"],
    ["src/content/a.ts", "../scoring"],
    ["src/cli/a.ts", "../taskpane/state"],
    ["functions/a.ts", "../src/taskpane/store"],
    ["src/taskpane/a.ts", "../cli/report"],
  ])("flags %s importing %s", (from, spec) => {
    expect(violations(edge(from, spec))).toHaveLength(1);
  });

  test("flags a static import of the page's entry, and a second lazy one", () => {
    expect(violations(edge(LAZY_ENTRY.from, "../standalone/standalone"))).toHaveLength(1);
    const lazy = 'const m = () => import("../standalone/standalone");';
    expect(violations(edge(LAZY_ENTRY.from, "", lazy))).toEqual([]);
    expect(violations(edge(LAZY_ENTRY.from, "", lazy + "\n" + lazy))).toHaveLength(1);
    expect(
      violations(edge(LAZY_ENTRY.from, "", 'const m = () => import("../standalone/results");')),
    ).toHaveLength(1);
  });

  test.each([
    ["src/taskpane/a.ts", "../ui/dom"],
    ["src/standalone/a.ts", "../workbook/sheets"],
    ["src/ui/a.ts", "../workbook/officeWriter"],
    ["src/workbook/office/a.ts", "../../scoring"],
    ["src/workbook/a.ts", "./layout"],
    ["src/scoring/a.ts", "../content"],
    ["src/ui/a.ts", "zod"],
    ["functions/a.ts", "../src/scoring"],
  ])("lets %s import %s", (from, spec) => {
    expect(violations(edge(from, spec))).toEqual([]);
  });

  test("content may name scoring's types, not import its code", () => {
    expect(violations(edge("src/content/a.ts", "", 'import type { Role } from "../scoring/types";'))).toEqual(
      [],
    );
    expect(violations(edge("src/content/a.ts", "", 'import { Role } from "../scoring/types";'))).toHaveLength(
      1,
    );
  });
});
