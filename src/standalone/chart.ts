/**
 * A horizontal bar chart of scores. The labels and values are HTML text beside the bars (so they
 * never scale with the chart's width and are never clipped: a long name ends in an ellipsis by CSS,
 * on its own line above the bar in a narrow column); each bar is a small SVG stretched to its grid
 * column (viewBox 0..100 with preserveAspectRatio none, non-scaling strokes). The full name and
 * score are the row's title and the bar's SVG <title> (shown on hover), the chart's accessible name,
 * and, when the caller names one, a table the chart is described by. Built with attributes and
 * classes only: the page's CSP allows no inline styles; colours come from standalone.css.
 * A bar with a score range gets a whisker from the lowest to the highest score over it.
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
  /** The lowest and highest score the offer can have (0..100), when known. */
  readonly range?: readonly [number, number] | null;
}

const clamp = (v: number): number => Math.max(0, Math.min(100, v));

/** "77.0 (range 70.0 to 85.0)"; the score alone when there is no range or it is a point. */
function valueText(b: Bar): string {
  const r = b.range;
  return r && r[0] !== r[1]
    ? `${b.value.toFixed(1)} (range ${r[0].toFixed(1)} to ${r[1].toFixed(1)})`
    : b.value.toFixed(1);
}

/**
 * The chart: one row per bar on a 0-100 scale. For screen readers it is one image whose name lists
 * every bar ("title: A 77.0; B 72.5"); `describedBy` is the id of what describes it further (the
 * page's note that points to the ranked table, which has every full name and score).
 */
export function scoreChart(bars: readonly Bar[], title: string, describedBy?: string): HTMLElement {
  const chart = htmlEl("div", "sa-chart");
  chart.setAttribute("role", "img");
  chart.setAttribute("aria-label", `${title}: ${bars.map((b) => `${b.label} ${valueText(b)}`).join("; ")}`);
  if (describedBy) chart.setAttribute("aria-describedby", describedBy);
  bars.forEach((b, i) => {
    const v = clamp(b.value);
    const row = htmlEl("div", "sa-chart-row");
    const full = `${b.label}: ${valueText(b)}`;
    row.title = full;
    const label = htmlEl("span", "sa-chart-label", b.label);
    const svg = svgEl("svg", {
      viewBox: "0 0 100 10",
      preserveAspectRatio: "none",
      class: "sa-chart-bar",
      "aria-hidden": "true",
      focusable: "false",
    });
    // Hovering the bar shows the full name too (the label beside it may be cut short).
    const tip = svgEl("title", {});
    tip.textContent = full;
    svg.appendChild(tip);
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
    if (b.range && b.range[0] !== b.range[1]) {
      const lo = clamp(b.range[0]);
      const hi = clamp(b.range[1]);
      // A whisker across the bar's middle with end ticks: the scores the ranges allow.
      for (const [x1, x2, y1, y2] of [
        [lo, hi, 5, 5],
        [lo, lo, 2, 8],
        [hi, hi, 2, 8],
      ]) {
        svg.appendChild(
          svgEl("line", { x1, x2, y1, y2, class: "sa-chart-range", "vector-effect": "non-scaling-stroke" }),
        );
      }
    }
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
    const value = htmlEl("span", "sa-chart-value", b.value.toFixed(1));
    if (b.range && b.range[0] !== b.range[1]) {
      value.append(htmlEl("span", "sa-chart-span", `${b.range[0].toFixed(0)}\u2013${b.range[1].toFixed(0)}`));
    }
    row.append(label, svg, value);
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
