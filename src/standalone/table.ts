/**
 * The page's results tables: ARIA table roles (they stay tables when CSS shows them as cards), and
 * boxes that scroll sideways with a fade and a hint where a table is wider than its box.
 */
import { h } from "../ui/dom";

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
              : h("td", { role: "cell", "data-label": headers[i] }, c),
          ),
        ),
      ),
    ),
  );
  const hintId = `sa-scroll-hint-${++scrollIds}`;
  const scroller = h("div", { class: "sa-scroll", tabindex: 0, role: "region", "aria-label": caption }, t);
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
