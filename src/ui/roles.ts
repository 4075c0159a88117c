/**
 * The Roles panel (pane and page, before the quiz): the two roles side by side, each one's main
 * tasks and a day-in-the-life example (collapsed), and the hybrid-first advice. Also the pieces that
 * point back to it (the quiz result's link to the side its answers lean to) and the guide's lines
 * around the page's roadmap (Start now, the mistakes at their phase, proof to show).
 */
import {
  COMPARISON,
  CONSISTENCY,
  DAY_EXAMPLES,
  HYBRID_ADVICE,
  ROLE_WORK,
  SIDES,
  type Side,
} from "../content";
import { ROLE_NAMES, type Role } from "../scoring";
import { credentialsText, mistakeRows, proofLines, startNowText } from "../workbook/guide";
import { h, panel } from "./dom";

/** Short names for the narrow pane; the sheets use the full ROLE_NAMES. */
const SIDE_NAMES: Readonly<Record<Side, string>> = { DS: "Data Scientist", MLE: "ML Engineer" };

/** The id of each side's part of the panel: the quiz result links there. */
export const ROLE_SIDE_IDS: Readonly<Record<Side, string>> = { DS: "roles-ds", MLE: "roles-mle" };

function comparisonTable(): HTMLTableElement {
  return h(
    "table",
    { class: "roles-compare" },
    h("caption", { class: "visually-hidden" }, "Data Scientist and ML Engineer compared"),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col" }, h("span", { class: "visually-hidden" }, "Aspect")),
        ...SIDES.map((s) => h("th", { scope: "col" }, SIDE_NAMES[s])),
      ),
    ),
    h(
      "tbody",
      {},
      ...COMPARISON.map((row) =>
        h("tr", {}, h("th", { scope: "row" }, row.label), ...SIDES.map((s) => h("td", {}, row[s]))),
      ),
    ),
  );
}

/** One side: what the role is, then its main tasks and its example, each behind a disclosure (native <details>). */
function sidePart(side: Side): HTMLElement {
  const work = ROLE_WORK[side];
  const example = DAY_EXAMPLES[side];
  const headingId = `${ROLE_SIDE_IDS[side]}-heading`;
  return h(
    "div",
    // tabindex -1: following the quiz result's link moves the keyboard focus here too.
    {
      class: "role-side",
      id: ROLE_SIDE_IDS[side],
      tabindex: -1,
      "aria-labelledby": headingId,
      role: "group",
    },
    h("h3", { id: headingId }, `What ${side === "MLE" ? "an" : "a"} ${SIDE_NAMES[side]} does`),
    h("p", {}, work.summary),
    // Both collapsed, so that the quiz is not far down a narrow pane.
    h(
      "details",
      { class: "role-tasks" },
      h("summary", {}, "Main tasks"),
      h("ul", {}, ...work.tasks.map((t) => h("li", {}, t))),
    ),
    h(
      "details",
      { class: "day-example" },
      h("summary", {}, `A day in the life: ${example.title}`),
      h("ol", {}, ...example.steps.map((s) => h("li", {}, s))),
      h("p", { class: "day-point" }, example.point),
    ),
  );
}

export function renderRoles(): HTMLElement {
  const section = panel(
    "roles",
    "Data Scientist or ML Engineer?",
    "What each role does, side by side. The quiz below asks which one fits you.",
  );
  section.append(
    comparisonTable(),
    ...SIDES.map(sidePart),
    h(
      "p",
      { class: "roles-hybrid", id: "roles-hybrid" },
      h("strong", {}, "Not sure yet? "),
      `${HYBRID_ADVICE.normal} ${HYBRID_ADVICE.route}`,
    ),
  );
  return section;
}

/**
 * The quiz result's pointer into the panel: the side the answers lean to; for Hybrid, both sides in
 * the hybrid-first order with the advice.
 */
export function roleLink(role: Role): HTMLElement {
  const link = (side: Side, text: string): HTMLAnchorElement =>
    h("a", { href: `#${ROLE_SIDE_IDS[side]}`, class: "role-link" }, text);
  if (role === "Hybrid") {
    return h(
      "p",
      { class: "role-pointer" },
      "Hybrid first: start with ",
      link("DS", "the Data Scientist side"),
      " (SQL, Python, statistics), then ",
      link("MLE", `the ${ROLE_NAMES.MLE} side`),
      " (MLOps and deployment).",
    );
  }
  return h(
    "p",
    { class: "role-pointer" },
    "Your answers point to ",
    // The quiz card's name for the role (its role line's), not the panel's shorter column heading.
    link(role, `the ${ROLE_NAMES[role]} side of the comparison`),
    ".",
  );
}

/* ---------- the guide's lines around the page's roadmap ---------- */

/** The page's "Start now" line, above phase 1 (it runs alongside it). */
export function startNowLine(hoursPerWeek: number, startSerial: number | null = null): HTMLElement {
  return h("p", { class: "start-now", id: "sa-start-now" }, startNowText(hoursPerWeek, startSerial));
}

/**
 * The mistakes that bite in one phase of the role's plan, or ("all") those that hold for the whole
 * plan (nothing when none does). Paragraphs, not a list: the page's roadmap is a list of the four
 * phases.
 */
export function phaseMistakes(role: Role, phase: number | "all"): HTMLElement | null {
  const here = mistakeRows(role).filter((m) => m.phase === phase);
  if (here.length === 0) return null;
  return h(
    "div",
    { class: "phase-mistakes" },
    ...here.map((m) =>
      h(
        "p",
        {},
        h("strong", {}, `Avoid${phase === "all" ? ", throughout the plan" : ""}: ${m.mistake}. `),
        m.instead,
      ),
    ),
  );
}

/** "Proof to show" for the role, with the credentials that help and why steady hours count. */
export function proofToShow(role: Role): HTMLElement {
  return h(
    "div",
    { class: "proof-to-show", id: "sa-proof" },
    h("h4", {}, "Proof to show"),
    ...proofLines(role).map((p) => h("p", {}, `${p.label}: ${p.text}`)),
    h("p", { class: "hint" }, credentialsText(role)),
    h("p", { class: "hint" }, CONSISTENCY),
  );
}
