/**
 * The standalone page's "Use it in Excel" section: a link to the manifest served next to the page
 * (built for this very origin) and the three ways to add it to Excel. The steps are data shared
 * with the help page and README (./installSteps.json). The section checks the manifest it offers:
 * it says so when the page has none next to it, or when that manifest points somewhere else (a
 * local or test build), instead of offering a file that would not load this page.
 */
import { h } from "../ui/dom";
import INSTALL from "./installSteps.json";

export const MANIFEST_FILE = "manifest.xml";

export type ManifestState =
  | { readonly kind: "ready"; readonly folder: string }
  | { readonly kind: "elsewhere"; readonly folder: string }
  | { readonly kind: "missing" };

/** The folder the manifest's add-in is served from (its start page's folder), or null. */
export function manifestFolder(xml: string): string | null {
  const settings = /<DefaultSettings>([\s\S]*?)<\/DefaultSettings>/.exec(xml);
  const source = settings && /<SourceLocation\b[^>]*\bDefaultValue="([^"]+)"/.exec(settings[1]);
  if (!source) return null;
  try {
    return new URL(".", source[1]).href;
  } catch {
    return null;
  }
}

/**
 * Whether the manifest served next to the page (xml; null when there is none) loads the add-in
 * from the page's own folder.
 */
export function manifestState(xml: string | null, pageHref: string): ManifestState {
  const folder = xml === null ? null : manifestFolder(xml);
  if (folder === null) return { kind: "missing" };
  return folder === new URL(".", pageHref).href ? { kind: "ready", folder } : { kind: "elsewhere", folder };
}

/** What the status line says about the manifest on offer. */
export function manifestMessage(state: ManifestState): string {
  switch (state.kind) {
    case "ready":
      return `This manifest loads Offer Evaluator from this very address (${state.folder}).`;
    case "elsewhere":
      return `The manifest next to this page loads the add-in from ${state.folder}, not from this address: use the manifest of the site you want Excel to load.`;
    case "missing":
      return "No manifest is served next to this page, so there is nothing to download here; use the hosted page's manifest.";
  }
}

async function fetchManifest(): Promise<string | null> {
  try {
    const response = await fetch(MANIFEST_FILE, { cache: "no-store" });
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}

/**
 * Builds the section and starts checking the manifest; the returned promise settles once the
 * status line says what the manifest is.
 */
export function useInExcelSection(): { readonly section: HTMLElement; readonly checked: Promise<void> } {
  const status = h(
    "p",
    { class: "hint", id: "use-in-excel-status", role: "status" },
    "Checking the manifest...",
  );
  // The link and the words that ask for it go together: without a manifest to offer, neither stays.
  const download = h(
    "a",
    { href: MANIFEST_FILE, download: INSTALL.downloadName, id: "use-in-excel-download" },
    INSTALL.downloadLink,
  );
  const offer = h("span", { id: "use-in-excel-offer" }, download, `, ${INSTALL.downloadThen}`);
  const platforms = INSTALL.platforms.map((p) =>
    h(
      "section",
      { "aria-labelledby": `use-in-excel-${p.id}` },
      h("h3", { id: `use-in-excel-${p.id}` }, p.name),
      h("ol", {}, ...p.steps.map((s) => h("li", {}, s))),
    ),
  );
  const section = h(
    "section",
    { id: "use-in-excel", class: "panel", "aria-labelledby": "use-in-excel-heading" },
    h("h2", { id: "use-in-excel-heading" }, "Use it in Excel"),
    h("p", {}, INSTALL.intro, " ", offer),
    status,
    h("details", {}, h("summary", {}, "The three steps: Excel on the web, Windows, Mac"), ...platforms),
    h("p", { class: "hint" }, INSTALL.after, " ", h("a", { href: "help.html" }, "Help and every function")),
  );
  const checked = fetchManifest().then((xml) => {
    const state = manifestState(xml, window.location.href);
    status.textContent = manifestMessage(state);
    if (state.kind !== "ready") offer.remove();
  });
  return { section, checked };
}

/** Puts the section at the top of the page, before the pane's panels (or before `fallback`). */
export function mountUseInExcel(fallback: HTMLElement): HTMLElement {
  const { section } = useInExcelSection();
  (document.getElementById("panels") ?? fallback).before(section);
  return section;
}
