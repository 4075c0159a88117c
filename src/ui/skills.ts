/** The skills check: the ten core skills, each rated 1-5 (or not rated), for the roadmap's "skills to stress". */
import { SKILLS } from "../content";
import { h, panel } from "./dom";
import type { Store } from "./store";

export const SKILL_LEVEL_LABELS: readonly string[] = [
  "Just starting",
  "Basic",
  "Working knowledge",
  "Strong",
  "Expert",
];

/** "3 - Working knowledge" */
export function skillOptionLabel(level: number): string {
  return `${level} - ${SKILL_LEVEL_LABELS[level - 1]}`;
}

/** The select's value ("" or "1".."5") as a rating. */
export function parseSkillValue(value: string): number | null {
  const n = Number(value);
  return value !== "" && Number.isInteger(n) && n >= 1 && n <= 5 ? n : null;
}

export function renderSkills(store: Store): HTMLElement {
  const section = panel(
    "skills",
    "Skills check",
    "Rate yourself on each skill. The roadmap stresses the weakest skills of your role in each phase.",
  );
  (["DS", "MLE"] as const).forEach((role) => {
    const group = h("div", { class: "skill-group", role: "group", "aria-labelledby": `skills-${role}` });
    group.append(
      h("h3", { id: `skills-${role}` }, role === "DS" ? "Data Scientist skills" : "ML Engineer skills"),
    );
    SKILLS.filter((s) => s.role === role).forEach((skill) => {
      const id = `skill-${skill.id}`;
      const select = h(
        "select",
        { id, "aria-describedby": `${id}-covers` },
        h("option", { value: "" }, "Not rated"),
        ...[1, 2, 3, 4, 5].map((v) => h("option", { value: v }, skillOptionLabel(v))),
      );
      select.value = String(store.get().skills[skill.id] ?? "");
      select.addEventListener("change", () => {
        const v = parseSkillValue(select.value);
        store.update((s) => {
          s.skills[skill.id] = v;
        });
      });
      group.append(
        h(
          "div",
          { class: "field skill" },
          h("label", { for: id }, skill.name),
          h("span", { class: "field-hint", id: `${id}-covers` }, skill.covers),
          select,
        ),
      );
    });
    section.append(group);
  });
  return section;
}
