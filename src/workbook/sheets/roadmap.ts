/**
 * The Roadmap sheet: a "Start now" line, the four phases for the person's role, dated, what proof to
 * show, and the mistakes to avoid at the phase where each bites; the phases' and the mistakes' Done
 * ticks are kept when it is written again.
 */
import { ROLE_NAMES, roadmap, serialToIso, skillsToStress } from "../../scoring";
import { CONSISTENCY, ROADMAPS, SKILLS, type SkillId } from "../../content";
import { type Block, type Cell, type ColumnFormat, type SheetLayout } from "../layout";
import { type PlanInput, resolveRole } from "../inputs";
import { credentialsText, mistakeRows, proofLines, startNowText } from "../guide";
import { DATE_FORMAT, gridTable, heading, type Medium, widthOf, wrappedHeight } from "./blocks";
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

/** The mistakes table's header: where the mistake bites (the phase and its dates), what to do instead, a tick. */
export const MISTAKES_HEADERS = [
  "Phase",
  "Weeks",
  "Start",
  "End",
  "Mistake to avoid",
  "What to do instead",
  "Done",
] as const;

export interface RoadmapLayoutOptions {
  /** Done ticks to keep, by phase (index 0 = phase 1). */
  readonly done?: readonly (boolean | null | undefined)[];
  /** Done ticks to keep on the mistakes, by the mistake's text (its "Mistake to avoid" cell). */
  readonly mistakesDone?: Readonly<Record<string, boolean>>;
  /** Default "addin": the roadmap is written again with the task pane's Write roadmap. */
  readonly medium?: Medium;
}

/** The Skills check cell when no skill was rated at all. */
export const NO_SKILLS_CHECK = "Skills check not taken";

/**
 * A phase's "Skills to stress" cell: the flagged skills, and the phase's skills left unrated (an
 * unrated skill is not known to be fine, so "None flagged" is said only when every one was rated).
 */
function stressText(
  phaseSkills: readonly SkillId[],
  flagged: readonly SkillId[],
  skills: PlanInput["skills"],
  anyRated: boolean,
): string {
  if (!anyRated) return NO_SKILLS_CHECK;
  const name = (id: SkillId): string => SKILLS.find((s) => s.id === id)?.name ?? id;
  const unrated = phaseSkills.filter((id) => typeof skills[id] !== "number").map(name);
  if (flagged.length > 0) {
    const list = flagged.map(name).join(", ");
    return unrated.length === 0 ? list : `${list} (not rated: ${unrated.join(", ")})`;
  }
  if (unrated.length === 0) return "None flagged by your skills check";
  return unrated.length === phaseSkills.length
    ? `Not rated: ${unrated.join(", ")}`
    : `None flagged (not rated: ${unrated.join(", ")})`;
}

/** What the person does to see Skills to stress, where the sheet is read. */
function skillsHint(medium: Medium | undefined): string {
  return medium === "file"
    ? 'No skills check was taken, so Skills to stress is not known: rate your skills (the Skills check on the page, or "skills" in the answers file of offer-evaluator report) and make this file again.'
    : "No skills check was taken, so Skills to stress is not known: rate your skills in the task pane's Skills check and write the roadmap again.";
}

/** The Done column's drop-down, with a prompt that says what the tick means in that table. */
function doneColumn(message: string): ColumnFormat {
  return {
    align: "center",
    validation: { kind: "list", items: ["TRUE", "FALSE"], prompt: { title: "Done?", message } },
  };
}

/** A line of text across the sheet's columns, wrapped, at the height its text needs. */
function line(
  key: string,
  row: number,
  text: string,
  widths: readonly number[],
  style: Block["style"] = "paragraph",
): Block {
  return {
    key,
    row,
    col: 0,
    rows: [[text]],
    style,
    headerRows: 0,
    mergeColumns: widths.length,
    rowHeight: wrappedHeight(text, widthOf(widths, 0, widths.length)),
  };
}

/**
 * The mistakes' Done ticks a written Roadmap sheet holds, by the mistake's text, read back from the
 * mistakes table's values (header row first). A missing table, or one that has lost its Mistake or
 * Done column, keeps none.
 */
export function readMistakeTicks(
  values: readonly (readonly unknown[])[] | undefined,
): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  if (!values || values.length === 0) return out;
  const [hdr, ...rows] = values;
  const textCol = hdr.indexOf(MISTAKES_HEADERS[4]);
  const doneCol = hdr.indexOf("Done");
  if (textCol < 0 || doneCol < 0) return out;
  for (const row of rows) {
    const t = row[textCol];
    const v = row[doneCol];
    if (typeof t === "string" && (v === true || (typeof v === "string" && v.toUpperCase() === "TRUE")))
      out[t] = true;
  }
  return out;
}

export function buildRoadmapLayout(plan: PlanInput, opts: RoadmapLayoutOptions = {}): SheetLayout {
  const { role } = resolveRole(plan);
  const phases = roadmap(role, { startSerial: plan.startSerial, hoursPerWeek: plan.hoursPerWeek });
  const stress = skillsToStress(role, plan.skills);
  const anyRated = Object.values(plan.skills).some((r) => typeof r === "number");
  const rows: Cell[][] = phases.map((p, i) => [
    p.phase,
    p.weeks,
    p.startSerial,
    p.endSerial,
    p.focus,
    p.topics,
    stressText(ROADMAPS[role][i].skills, stress[i], plan.skills, anyRated),
    p.proof,
    opts.done?.[i] === true,
  ]);
  const weeks = phases[0].weekTo - phases[0].weekFrom + 1;
  const when =
    plan.startSerial === null
      ? "No start date set, so the phases are not dated."
      : `Starts ${serialToIso(plan.startSerial)}.`;
  const intro =
    `${ROLE_NAMES[role]} plan at ${plan.hoursPerWeek} hours a week: four phases of ${weeks} week${weeks === 1 ? "" : "s"}. ${when}` +
    (anyRated ? "" : ` ${skillsHint(opts.medium)}`);
  // Only the add-in writes the sheet again over itself (keeping the ticks); a file is made anew.
  const doneNote =
    "Set Done to TRUE as you finish a phase, and on each mistake below once your work avoids it" +
    (opts.medium === "file" ? "." : "; writing the roadmap again keeps your ticks.");
  const widths = [8, 9, 12, 12, 24, 44, 26, 40, 8];

  // The phases stay at row 4, where earlier versions wrote them, and the mistakes table at a row no
  // role changes: a table's header row cannot move (Excel), so only the text below them varies.
  const TABLE_ROW = 4;
  const mistakesRow = TABLE_ROW + 1 + phases.length + 1;
  const mistakes = mistakeRows(role).map((m): Cell[] => {
    // A mistake no phase is about holds for the whole plan: first phase's start to last phase's end.
    const first = phases[0];
    const last = phases[phases.length - 1];
    const p = m.phase === "all" ? null : phases[m.phase - 1];
    return [
      p ? p.phase : "All",
      p ? p.weeks : `${first.weekFrom}-${last.weekTo}`,
      p ? p.startSerial : first.startSerial,
      p ? p.endSerial : last.endSerial,
      m.mistake,
      m.instead,
      opts.mistakesDone?.[m.mistake] === true,
    ];
  });
  const proofRow = mistakesRow + 1 + 1 + mistakes.length + 1;
  const proof = proofLines(role);
  const proofBlocks = proof.map((p, i) =>
    line(`proof${i + 1}`, proofRow + 1 + i, `${p.label}: ${p.text}`, widths),
  );
  const credRow = proofRow + 1 + proof.length;
  const dateColumn: ColumnFormat = { numberFormat: DATE_FORMAT, align: "center" };
  return {
    key: "roadmap",
    title: SHEET_TITLES.roadmap,
    blocks: [
      heading("title", 0, "Roadmap", "title"),
      heading("intro", 1, intro, "note"),
      line("startNow", 2, startNowText(plan.hoursPerWeek, plan.startSerial), widths),
      heading("doneNote", 3, doneNote, "note"),
      gridTable("roadmap", TABLE_ROW, ROADMAP_HEADERS, rows, {
        tableName: TABLE_NAMES.roadmap,
        columns: [
          { numberFormat: "0", align: "center" },
          { align: "center" },
          dateColumn,
          dateColumn,
          { wrap: true },
          { wrap: true },
          { wrap: true },
          { wrap: true },
          doneColumn("TRUE when you have finished this phase and its proof item."),
        ],
      }),
      heading("mistakesHeading", mistakesRow, "Mistakes to avoid"),
      gridTable("mistakes", mistakesRow + 1, MISTAKES_HEADERS, mistakes, {
        tableName: TABLE_NAMES.mistakes,
        columns: [
          { numberFormat: "0", align: "center" },
          { align: "center" },
          dateColumn,
          dateColumn,
          { wrap: true },
          { wrap: true },
          doneColumn("TRUE once your work avoids this mistake."),
        ],
      }),
      heading("proofHeading", proofRow, "Proof to show"),
      ...proofBlocks,
      line("credentials", credRow, credentialsText(role), widths),
      line("consistency", credRow + 1, CONSISTENCY, widths, "note"),
    ],
    names: [],
    charts: [],
    columnWidths: widths,
  };
}
