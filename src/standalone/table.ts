/**
 * The page's results tables: ARIA table roles (they stay tables when CSS shows them as cards),
 * numbers that never break across lines, and boxes that scroll sideways with a fade and a hint
 * where a table is wider than its box.
 */
import { h } from "../ui/dom";

/**
 * A number as the tables write it, with what belongs to it: "100%", ">99%", "78.1", and the runs
 * "4 of 4" and "70.0 to 85.0", whose parts read wrong on separate lines. Only short numbers that
 * stand alone: a long run of digits (a company named so) may still wrap rather than overflow.
 */
const NUM = String.raw`\d{1,6}(?:\.\d{1,6})?%?`;
const NUMBER_RUN = new RegExp(String.raw`(?<![\w.])[<>]?${NUM}(?: (?:of|to) ${NUM})?(?![\w%]|\.\d)`, "g");

/** A cell's text cut into its number runs (num: true) and the text between them, in order. */
export function numberRuns(text: string): { readonly text: string; readonly num: boolean }[] {
  const out: { text: string; num: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(NUMBER_RUN)) {
    const start = m.index ?? 0;
    if (start > at) out.push({ text: text.slice(at, start), num: false });
    out.push({ text: m[0], num: true });
    at = start + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), num: false });
  return out;
}

/**
 * A cell's text with each number run in a span.sa-num (white-space: nowrap), so that a narrow
 * card can wrap the words around a number but never the number itself ("100" / "%").
 */
function cellText(text: string): (string | HTMLElement)[] {
  return numberRuns(text).map((r) => (r.num ? h("span", { class: "sa-num" }, r.text) : r.text));
}

let scrollIds = 0;

/**
 * A results table. Explicit ARIA table roles keep its semantics when CSS shows it as cards at
 * narrow widths (class sa-table-cards; each cell carries its column name in data-label). Where it
 * is still wider than its box, the box scrolls: focusable with a name (the keyboard can scroll it,
 * and axe's scrollable-region-focusable holds), with a fade on the side that has more and the line
 * "Scroll sideways for more" (see watchOverflow).
 */
export function table(
  caption: string,
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  cls = "",
  /** An id for the table's focusable box, for links to it (the chart's note links the ranked table). */
  boxId?: string,
): HTMLElement {
  const t = h(
    "table",
    { class: `sa-table ${cls}`.trim(), role: "table" },
    h("caption", {}, caption),
    h(
      "thead",
      { role: "rowgroup" },
      h("tr", { role: "row" }, ...headers.map((x) => h("th", { scope: "col", role: "columnheader" }, x))),
    ),
    h(
      "tbody",
      { role: "rowgroup" },
      ...rows.map((r) =>
        h(
          "tr",
          { role: "row" },
          ...r.map((c, i) =>
            i === 0
              ? h("th", { scope: "row", role: "rowheader" }, c)
              : h(
                  "td",
                  { role: "cell", "data-label": headers[i] },
                  // One child: a card shows each cell as a flex row of its label and this value.
                  c === "" ? null : h("span", { class: "sa-cell" }, ...cellText(c)),
                ),
          ),
        ),
      ),
    ),
  );
  const hintId = `sa-scroll-hint-${++scrollIds}`;
  const scroller = h(
    "div",
    { class: "sa-scroll", id: boxId, tabindex: 0, role: "region", "aria-label": caption },
    t,
  );
  const hint = h(
    "p",
    { class: "sa-scroll-hint", id: hintId, hidden: true },
    "Scroll sideways for more \u2192",
  );
  return h("div", { class: "sa-table-box" }, h("div", { class: "sa-scroll-frame" }, scroller), hint);
}

/**
 * Marks each scrolling table box whose content is wider than the box: the wrapper gets
 * sa-more-left / sa-more-right (the fades) and the hint line shows and describes the box.
 */
export function watchOverflow(): { observe(root: HTMLElement): void } {
  const update = (scroller: HTMLElement): void => {
    const wrap = scroller.parentElement;
    const hint = wrap?.nextElementSibling as HTMLElement | null | undefined;
    if (!wrap || !hint) return;
    const over = scroller.scrollWidth - scroller.clientWidth > 1;
    const left = scroller.scrollLeft > 1;
    const right = scroller.scrollLeft + scroller.clientWidth < scroller.scrollWidth - 1;
    wrap.classList.toggle("sa-more-left", over && left);
    wrap.classList.toggle("sa-more-right", over && right);
    if (hint.hidden === over) {
      hint.hidden = !over;
      if (over) scroller.setAttribute("aria-describedby", hint.id);
      else scroller.removeAttribute("aria-describedby");
    }
  };
  const resize =
    typeof ResizeObserver === "undefined"
      ? null
      : new ResizeObserver((entries) => {
          for (const e of entries) {
            const s = (e.target as HTMLElement).closest<HTMLElement>(".sa-scroll");
            if (s) update(s);
          }
        });
  return {
    observe(root: HTMLElement): void {
      resize?.disconnect();
      root.querySelectorAll<HTMLElement>(".sa-scroll").forEach((s) => {
        s.addEventListener("scroll", () => update(s), { passive: true });
        resize?.observe(s);
        const inner = s.firstElementChild;
        if (inner) resize?.observe(inner);
        update(s);
      });
    },
  };
}
