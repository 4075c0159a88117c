/**
 * The Roadmap sheet: a "Start now" line, the four phases for the person's role, dated, what proof to
 * show, and the mistakes to avoid at the phase where each bites; the phases' and the mistakes' Done
 * ticks are kept when it is written again.
 */
import { ROLE_NAMES, roadmap, serialToIso, skillsToStress } from "../../scoring";
import { CONSISTENCY, SKILLS } from "../../content";
import { type Block, type Cell, type ColumnFormat, type SheetLayout } from "../layout";
import { type PlanInput, resolveRole } from "../inputs";
import { credentialsText, mistakeRows, proofLines, startNowText } from "../guide";
import { DATE_FORMAT, gridTable, heading, widthOf, wrappedHeight } from "./blocks";
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
  const widths = [8, 9, 12, 12, 24, 44, 26, 40, 8];

  // The phases stay at row 4, where earlier versions wrote them, and the mistakes table at a row no
  // role changes: a table's header row cannot move (Excel), so only the text below them varies.
  const TABLE_ROW = 4;
  const mistakesRow = TABLE_ROW + 1 + phases.length + 1;
  const mistakes = mistakeRows(role).map((m): Cell[] => {
    const p = phases[m.phase - 1];
    return [
      p.phase,
      p.weeks,
      p.startSerial,
      p.endSerial,
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
      heading(
        "intro",
        1,
        `${ROLE_NAMES[role]} plan at ${plan.hoursPerWeek} hours a week: four phases of ${weeks} week${weeks === 1 ? "" : "s"}. ${when}`,
        "note",
      ),
      line("startNow", 2, startNowText(plan.hoursPerWeek, plan.startSerial), widths),
      heading(
        "doneNote",
        3,
        "Set Done to TRUE as you finish a phase, and on each mistake below once your work avoids it; writing the roadmap again keeps your ticks.",
        "note",
      ),
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
