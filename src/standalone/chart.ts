/**
 * A horizontal bar chart of scores as inline SVG, built with createElementNS and attributes only
 * (the page's CSP allows no inline styles; colours come from classes in standalone.css).
 */
const SVG = "http://www.w3.org/2000/svg";

function el(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

export interface Bar {
  readonly label: string;
  /** 0..100 */
  readonly value: number;
}

/** The chart: one row per bar, a 0-100 scale; described for screen readers by title and desc. */
export function scoreChart(bars: readonly Bar[], title: string): SVGSVGElement {
  const rowH = 28;
  const labelW = 110;
  const plotW = 150;
  const valueW = 40;
  const width = labelW + plotW + valueW;
  const height = bars.length * rowH + 8;
  const svg = el("svg", {
    viewBox: `0 0 ${width} ${height}`,
    width: "100%",
    role: "img",
    class: "sa-chart",
    preserveAspectRatio: "xMinYMin meet",
    "aria-labelledby": "sa-chart-title sa-chart-desc",
  }) as SVGSVGElement;
  svg.appendChild(el("title", { id: "sa-chart-title" }, title));
  svg.appendChild(
    el("desc", { id: "sa-chart-desc" }, bars.map((b) => `${b.label}: ${b.value.toFixed(1)}`).join("; ")),
  );
  // Gridlines at 0, 50, 100.
  for (const g of [0, 50, 100]) {
    const x = labelW + (plotW * g) / 100;
    svg.appendChild(el("line", { x1: x, x2: x, y1: 0, y2: height - 4, class: "sa-chart-grid" }));
  }
  bars.forEach((b, i) => {
    const y = 4 + i * rowH;
    const v = Math.max(0, Math.min(100, b.value));
    const label = b.label.length > 16 ? b.label.slice(0, 15) + "\u2026" : b.label;
    svg.appendChild(
      el(
        "text",
        { x: labelW - 6, y: y + rowH / 2 + 4, "text-anchor": "end", class: "sa-chart-label" },
        label,
      ),
    );
    svg.appendChild(
      el("rect", {
        x: labelW,
        y: y + 4,
        width: Math.max(1, (plotW * v) / 100),
        height: rowH - 8,
        rx: 2,
        class: i === 0 ? "sa-bar sa-bar-lead" : "sa-bar",
      }),
    );
    svg.appendChild(
      el("text", { x: labelW + plotW + 6, y: y + rowH / 2 + 4, class: "sa-chart-value" }, b.value.toFixed(1)),
    );
  });
  return svg;
}
