/**
 * Opening an .xlsx that ExcelJS refuses as it stands: parts the offers reader never needs (table
 * definitions, drawings, pivots) must not make a workbook unreadable. Used only after a plain load
 * failed, so a workbook ExcelJS reads as it is never goes through here.
 *
 * Two steps, each followed by another try:
 *  1. Relationship targets written as absolute part names ("/xl/tables/table1.xml", as openpyxl
 *     writes them; the standard allows both) become relative, which is the only form ExcelJS looks
 *     up: the table is then read as the producer wrote it.
 *  2. If that is not enough, every table, drawing, chart, pivot and comment part is left out (and
 *     the sheets' references to them), and the cells are read without them.
 * jszip is the zip library ExcelJS itself depends on (no dependency of our own), loaded on demand.
 */
import type * as ExcelJSTypes from "exceljs";
import type JSZipType from "jszip";

type ExcelJSModule = typeof ExcelJSTypes;

/** What the load took: "as is", "relative targets" (step 1) or "without tables" (step 2). */
export type LoadRoute = "as is" | "relative targets" | "without tables";

async function loadZip(bytes: Uint8Array): Promise<JSZipType> {
  const mod = (await import(/* webpackChunkName: "xlsx-repair" */ "jszip")) as unknown as {
    default?: typeof JSZipType;
  } & typeof JSZipType;
  const JSZip = mod.default ?? mod;
  return JSZip.loadAsync(bytes);
}

async function zipBytes(zip: JSZipType): Promise<Uint8Array> {
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The folder of the part a .rels file describes: "xl/worksheets/_rels/sheet1.xml.rels" -> "xl/worksheets". */
function sourceFolder(relsPath: string): string {
  const folder = relsPath.replace(/(^|\/)_rels\/[^/]+\.rels$/, "");
  return folder === relsPath ? "" : folder;
}

/** The path of `target` relative to `from` (both without a leading slash). */
function relativePath(from: string, target: string): string {
  const a = from === "" ? [] : from.split("/");
  const b = target.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

/** Step 1: absolute relationship targets made relative. Returns null when there were none. */
export async function relativeTargets(bytes: Uint8Array): Promise<Uint8Array | null> {
  const zip = await loadZip(bytes);
  let changed = false;
  for (const name of Object.keys(zip.files)) {
    if (!/\.rels$/i.test(name) || zip.files[name].dir) continue;
    const xml = await zip.file(name)?.async("string");
    if (xml === undefined) continue;
    const folder = sourceFolder(name.replace(/^\//, ""));
    const fixed = xml.replace(
      /(<Relationship\b[^>]*?\bTarget=")\/([^"]+)(")/g,
      (whole: string, pre: string, target: string, post: string) => {
        // External links (TargetMode="External") keep their target.
        if (/TargetMode="External"/.test(whole)) return whole;
        changed = true;
        return `${pre}${relativePath(folder, target)}${post}`;
      },
    );
    if (fixed !== xml) zip.file(name, fixed);
  }
  return changed ? zipBytes(zip) : null;
}

const DROPPED_PART =
  /^\/?xl\/((tables|drawings|charts|pivotTables|pivotCache|comments)\/|comments\d*\.xml$)/i;
const DROPPED_REL =
  /\bType="[^"]*\/(table|drawing|vmlDrawing|chart|pivotTable|pivotCacheDefinition|comments)"/;

/** Step 2: the workbook without its table, drawing, chart, pivot and comment parts. */
export async function withoutOptionalParts(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await loadZip(bytes);
  for (const name of Object.keys(zip.files)) if (DROPPED_PART.test(name)) zip.remove(name);
  for (const name of Object.keys(zip.files)) {
    const file = zip.file(name);
    if (!file) continue;
    if (/\.rels$/i.test(name)) {
      const xml = await file.async("string");
      const fixed = xml.replace(/<Relationship\b[^>]*\/>/g, (rel) => (DROPPED_REL.test(rel) ? "" : rel));
      if (fixed !== xml) zip.file(name, fixed);
    } else if (/^\/?xl\/worksheets\/[^/]+\.xml$/i.test(name)) {
      const xml = await file.async("string");
      const fixed = xml
        .replace(/<(\w+:)?tableParts\b[^>]*\/>|<(\w+:)?tableParts\b[\s\S]*?<\/(\w+:)?tableParts>/g, "")
        .replace(/<(\w+:)?(drawing|legacyDrawing)\b[^>]*\/>/g, "");
      if (fixed !== xml) zip.file(name, fixed);
    } else if (/^\/?xl\/workbook\.xml$/i.test(name)) {
      const xml = await file.async("string");
      const fixed = xml.replace(/<(\w+:)?pivotCaches\b[\s\S]*?<\/(\w+:)?pivotCaches>/g, "");
      if (fixed !== xml) zip.file(name, fixed);
    }
  }
  return zipBytes(zip);
}

/**
 * Loads the workbook, repairing it step by step if ExcelJS refuses it. Throws the first load's error
 * when no step helps (the person's file is then really unreadable, and that error says why).
 */
export async function loadWorkbookLeniently(
  ExcelJS: ExcelJSModule,
  bytes: Uint8Array,
): Promise<{ workbook: ExcelJSTypes.Workbook; route: LoadRoute }> {
  const attempt = async (b: Uint8Array): Promise<ExcelJSTypes.Workbook> => {
    const wb = new ExcelJS.Workbook();
    // ExcelJS's load takes a Buffer in Node and an ArrayBuffer in the browser; a Uint8Array view works for both.
    await wb.xlsx.load(b as unknown as ArrayBuffer);
    return wb;
  };
  let first: unknown;
  try {
    return { workbook: await attempt(bytes), route: "as is" };
  } catch (e) {
    first = e;
  }
  try {
    const relative = await relativeTargets(bytes);
    if (relative) {
      try {
        return { workbook: await attempt(relative), route: "relative targets" };
      } catch {
        // step 2 below
      }
    }
    return {
      workbook: await attempt(await withoutOptionalParts(relative ?? bytes)),
      route: "without tables",
    };
  } catch {
    throw first;
  }
}
