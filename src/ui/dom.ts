/**
 * Tiny DOM builders shared by the pane and the page: elements from tag, attributes and children,
 * text through textContent only. Nothing here (or anywhere in the pane or the page) parses HTML
 * from strings.
 */
export type Child = Node | string | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined>;

/** Creates an element; attribute values false/null/undefined are left out, true sets an empty attribute. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    el.setAttribute(name, value === true ? "" : String(value));
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
  }
}

/** Replaces all children of el. */
export function replace(el: Node, ...children: Child[]): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  append(el, ...children);
}

let nextId = 0;
/** A unique id for label/aria wiring. */
export function uid(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/** A panel: <section aria-labelledby> with an h2 heading and an optional hint paragraph. */
export function panel(id: string, title: string, hint?: string): HTMLElement {
  const headingId = `${id}-heading`;
  return h(
    "section",
    { id, class: "panel", "aria-labelledby": headingId },
    h("h2", { id: headingId }, title),
    hint ? h("p", { class: "hint" }, hint) : null,
  );
}

/** Calls fn once calls stop for `ms` milliseconds; flush() runs a pending call now. */
export function debounce<A extends unknown[]>(
  fn: (...args: A) => void,
  ms: number,
): ((...args: A) => void) & { flush(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: A | null = null;
  const run = (): void => {
    timer = null;
    if (pending) {
      const args = pending;
      pending = null;
      fn(...args);
    }
  };
  const wrapped = ((...args: A) => {
    pending = args;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(run, ms);
  }) as ((...args: A) => void) & { flush(): void; cancel(): void };
  wrapped.flush = () => {
    if (timer !== null) clearTimeout(timer);
    run();
  };
  wrapped.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending = null;
  };
  return wrapped;
}
