/** Types for scripts/help-page.js (the help page and the functions' help links). */
export interface Rendered {
  html: string;
  /** Every id the HTML defines. */
  ids: Set<string>;
}
export function markdownToHtml(
  markdown: string,
  options?: {
    /** A link's href (or { href, label }: label is HTML) from its target and escaped text; null: text only. */
    links?: (href: string, label: string) => string | { href: string; label: string } | null;
    headingShift?: number;
  },
): Rendered;
export function slugify(text: string): string;
/** "SCORE" -> "offer-score": the id of a function's reference row. */
export function functionAnchor(name: string): string;
export function helpPage(options?: { supportUrl?: string; origin?: string }): Rendered;
export function badInputPage(): Rendered;
export function resolveHelpUrls(
  metadataJson: string,
  origin: string,
  pages: Record<string, Set<string>>,
): { json: string; errors: string[] };
export const HELP_CSS: string;
export const PAGE_CSP: string;
export class HelpPagePlugin {
  constructor(options: { origin: string; metadata: string; supportUrl?: string });
}
