/** The Roadmap sheet: the four phases for the person's role, dated, with their Done ticks kept. */
import { ROLE_NAMES, roadmap, serialToIso, skillsToStress } from "../../scoring";
import { SKILLS } from "../../content";
import { type Cell, type SheetLayout } from "../layout";
import { type PlanInput, resolveRole } from "../inputs";
import { DATE_FORMAT, gridTable, heading } from "./blocks";
import { SHEET_TITLES, TABLE_NAMES } from "./names";

export const ROADMAP_HEADERS = [
  "Phase",
  "Weeks",
  "Start",
  "End",
  "Focus",
  "Topics",
  "Skills to stress",
  "Proof of progress",
  "Done",
] as const;

export interface RoadmapLayoutOptions {
  /** Done ticks to keep, by phase (index 0 = phase 1). */
  readonly done?: readonly (boolean | null | undefined)[];
}

export function buildRoadmapLayout(plan: PlanInput, opts: RoadmapLayoutOptions = {}): SheetLayout {
  const { role } = resolveRole(plan);
  const phases = roadmap(role, { startSerial: plan.startSerial, hoursPerWeek: plan.hoursPerWeek });
  const stress = skillsToStress(role, plan.skills);
  const skillName = (id: string): string => SKILLS.find((s) => s.id === id)?.name ?? id;
  const rows: Cell[][] = phases.map((p, i) => [
    p.phase,
    p.weeks,
    p.startSerial,
    p.endSerial,
    p.focus,
    p.topics,
    stress[i].length > 0 ? stress[i].map(skillName).join(", ") : "None flagged by your skills check",
    p.proof,
    opts.done?.[i] === true,
  ]);
  const weeks = phases[0].weekTo - phases[0].weekFrom + 1;
  const when =
    plan.startSerial === null
      ? "No start date set, so the phases are not dated."
      : `Starts ${serialToIso(plan.startSerial)}.`;
  return {
    key: "roadmap",
    title: SHEET_TITLES.roadmap,
    blocks: [
      heading("title", 0, "Roadmap", "title"),
      heading(
        "intro",
        1,
        `${ROLE_NAMES[role]} plan at ${plan.hoursPerWeek} hours a week: four phases of ${weeks} week${weeks === 1 ? "" : "s"}. ${when}`,
        "note",
      ),
      heading(
        "doneNote",
        2,
        "Set Done to TRUE as you finish a phase; writing the roadmap again keeps your ticks.",
        "note",
      ),
      gridTable("roadmap", 4, ROADMAP_HEADERS, rows, {
        tableName: TABLE_NAMES.roadmap,
        columns: [
          { numberFormat: "0", align: "center" },
          { align: "center" },
          { numberFormat: DATE_FORMAT, align: "center" },
          { numberFormat: DATE_FORMAT, align: "center" },
          { wrap: true },
          { wrap: true },
          { wrap: true },
          { wrap: true },
          {
            align: "center",
            validation: {
              kind: "list",
              items: ["TRUE", "FALSE"],
              prompt: {
                title: "Done?",
                message: "TRUE when you have finished this phase and its proof item.",
              },
            },
          },
        ],
      }),
    ],
    names: [],
    charts: [],
    columnWidths: [8, 9, 12, 12, 24, 44, 26, 40, 8],
  };
}
