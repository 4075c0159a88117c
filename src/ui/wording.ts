/** Wording the pane and the page both use (the page's own sentences are in src/standalone/wording.ts). */

/** An error's message for a sentence ("...: <detail>"); what is not an Error is shown as text. */
export function describeError(e: unknown): string {
  return e instanceof Error && e.message ? e.message : String(e);
}
