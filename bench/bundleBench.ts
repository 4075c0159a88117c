/** What Excel loads with the workbook: the gzip size of every script taskpane.html loads, except office.js. */
import fs from "fs";
import path from "path";
import zlib from "zlib";

export interface BundleSize {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

export function pageScripts(distDir: string): string[] {
  const html = fs.readFileSync(path.join(distDir, "taskpane.html"), "utf8");
  // The minified page may leave attribute values unquoted.
  return [...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/office\.js$/.test(src) && !/^https?:/.test(src));
}

export function bundleSizes(distDir: string): BundleSize[] {
  return pageScripts(distDir).map((src) => {
    const buf = fs.readFileSync(path.join(distDir, src.replace(/^\.?\//, "")));
    return { file: src, rawBytes: buf.length, gzipBytes: zlib.gzipSync(buf, { level: 9 }).length };
  });
}
