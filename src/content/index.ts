export { CHECKLIST, LIKERT_LABELS } from "./checklist";
export type { ChecklistItem } from "./checklist";
export { RUBRIC, SCOPE_TYPE_LABELS } from "./rubric";
export type { CriterionRubric } from "./rubric";
export { SKILLS, SKILL_IDS } from "./skills";
export type { Skill, SkillId } from "./skills";
export { ROADMAPS } from "./roadmaps";
export type { PhaseContent } from "./roadmaps";
