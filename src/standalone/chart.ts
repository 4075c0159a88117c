/**
 * A horizontal bar chart of scores. The labels and values are HTML text beside the bars (so they
 * never scale with the chart's width and are never clipped: a long name ends in an ellipsis by CSS
 * and its full text is in the row's title); each bar is a small SVG stretched to its grid column
 * (viewBox 0..100 with preserveAspectRatio none, non-scaling strokes). Built with attributes and
 * classes only: the page's CSP allows no inline styles; colours come from standalone.css.
 */
const SVG = "http://www.w3.org/2000/svg";

function svgEl(tag: string, attrs: Record<string, string | number>): SVGElement {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

function htmlEl(tag: string, cls: string, text?: string): HTMLElement {
  const e = document.createElement(tag);
  e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

export interface Bar {
  readonly label: string;
  /** 0..100 */
  readonly value: number;
}

/**
 * The chart: one row per bar on a 0-100 scale. For screen readers it is one image whose name lists
 * every bar ("title: A 77.0; B 72.5"); the ranked table below it has the same numbers.
 */
export function scoreChart(bars: readonly Bar[], title: string): HTMLElement {
  const chart = htmlEl("div", "sa-chart");
  chart.setAttribute("role", "img");
  chart.setAttribute(
    "aria-label",
    `${title}: ${bars.map((b) => `${b.label} ${b.value.toFixed(1)}`).join("; ")}`,
  );
  bars.forEach((b, i) => {
    const v = Math.max(0, Math.min(100, b.value));
    const row = htmlEl("div", "sa-chart-row");
    row.title = `${b.label}: ${b.value.toFixed(1)}`;
    const label = htmlEl("span", "sa-chart-label", b.label);
    const svg = svgEl("svg", {
      viewBox: "0 0 100 10",
      preserveAspectRatio: "none",
      class: "sa-chart-bar",
      "aria-hidden": "true",
      focusable: "false",
    });
    svg.appendChild(svgEl("rect", { x: 0, y: 0, width: 100, height: 10, class: "sa-bar-track" }));
    svg.appendChild(
      svgEl("rect", {
        x: 0,
        y: 0,
        width: Math.max(0.5, v),
        height: 10,
        class: i === 0 ? "sa-bar sa-bar-lead" : "sa-bar",
      }),
    );
    for (const g of [50]) {
      svg.appendChild(
        svgEl("line", {
          x1: g,
          x2: g,
          y1: 0,
          y2: 10,
          class: "sa-chart-grid",
          "vector-effect": "non-scaling-stroke",
        }),
      );
    }
    row.append(label, svg, htmlEl("span", "sa-chart-value", b.value.toFixed(1)));
    chart.appendChild(row);
  });
  const scale = htmlEl("div", "sa-chart-row sa-chart-scale");
  scale.setAttribute("aria-hidden", "true");
  const ticks = htmlEl("span", "sa-chart-ticks");
  ticks.append(htmlEl("span", "", "0"), htmlEl("span", "", "50"), htmlEl("span", "", "100"));
  scale.append(htmlEl("span", "sa-chart-label"), ticks, htmlEl("span", "sa-chart-value"));
  chart.appendChild(scale);
  return chart;
}
