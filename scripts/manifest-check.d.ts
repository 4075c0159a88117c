/** Types for scripts/manifest-check.js (the offline manifest check). */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
  line: number;
}
export class XmlError extends Error {}
/** Parses XML strictly; throws XmlError at the first well-formedness error. */
export function parseXml(text: string): XmlNode;
/** Width and height of a PNG file, or null when it is not a PNG. */
export function pngSize(file: string): { width: number; height: number } | null;
export interface CheckOptions {
  /**
   * Allowed origins (https folders with a trailing "/"); the manifest must use exactly one of them.
   * Default: the folder of its <DefaultSettings><SourceLocation>.
   */
  origins?: string[];
  /** Also require an origin the add-in can be served from (no placeholder, reserved or local host). */
  deployable?: boolean;
  /** Folder that the origin's paths map to: icons (and, when built, every file) are looked up there. */
  root?: string;
  /** Also require every file the manifest points at to exist under root. */
  built?: boolean;
  /** The custom functions namespace expected (default OFFER). */
  namespace?: string;
}
export function checkManifest(xml: string, options: CheckOptions): { errors: string[]; checks: string[] };
