/**
 * The same page runs in an ordinary browser (the standalone mode), where office.js defines no
 * CustomFunctions. The build appends CustomFunctions.associate(...) calls to functions.ts, which
 * would then throw on load; there, associating is meaningless, so a no-op stands in. Inside Excel
 * office.js has defined CustomFunctions before this bundle runs, and this does nothing.
 */
const g = globalThis as { CustomFunctions?: unknown };
if (typeof g.CustomFunctions === "undefined") {
  g.CustomFunctions = { associate: (): void => undefined };
}

export {};
