/**
 * The person's answers, skills, weights and plan: one versioned zod schema, and the interface of
 * where it is kept (Persistence). The pane keeps it in the workbook's settings in Excel
 * (src/taskpane/store.ts), ./store.ts in localStorage otherwise; both hold the same JSON under
 * SETTINGS_KEY. Loading never throws: what fails the schema falls back to defaults, field by field,
 * with a notice saying what was reset.
 */
import { z } from "zod";
import { SKILL_IDS, type SkillId } from "../content/skills";
import { AHP_PAIRS, ahpWeights, toExcelSerial, type Weights } from "../scoring";
import type { PlanInput } from "../workbook/inputs";

export const STATE_VERSION = 1;
export const SETTINGS_KEY = "offerEvaluator.state";

const answer = z.number().int().min(1).max(5).nullable();
const skillsShape = Object.fromEntries(SKILL_IDS.map((id) => [id, answer])) as Record<SkillId, typeof answer>;
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(s + "T00:00:00Z")), "not a real date");

export const answersSchema = z.array(answer).length(8);
export const skillsSchema = z.object(skillsShape);
export const weightsSchema = z.object({
  mode: z.enum(["sliders", "ahp"]),
  /** Slider positions, 0..100 each, in criterion order; not all zero. */
  sliders: z
    .array(z.number().min(0).max(100))
    .length(4)
    .refine((a) => a.some((v) => v > 0), "at least one weight above 0"),
  /** The six pairwise judgments, 1/9..9, in AHP_PAIRS order. */
  judgments: z
    .array(
      z
        .number()
        .min(1 / 9 - 1e-9)
        .max(9 + 1e-9),
    )
    .length(AHP_PAIRS.length),
});
export const planSchema = z.object({
  startDate: isoDate.nullable(),
  hoursPerWeek: z.number().min(1).max(80),
});

export const stateSchema = z.object({
  version: z.literal(STATE_VERSION),
  answers: answersSchema,
  skills: skillsSchema,
  weights: weightsSchema,
  plan: planSchema,
});
export type PersonState = z.infer<typeof stateSchema>;

export function defaultState(): PersonState {
  return {
    version: STATE_VERSION,
    answers: [null, null, null, null, null, null, null, null],
    skills: Object.fromEntries(SKILL_IDS.map((id) => [id, null])) as Record<SkillId, null>,
    weights: { mode: "sliders", sliders: [25, 25, 25, 25], judgments: [1, 1, 1, 1, 1, 1] },
    plan: { startDate: null, hoursPerWeek: 10 },
  };
}

export interface LoadResult {
  readonly state: PersonState;
  /** A sentence for the person when anything was reset; null when all loaded cleanly. */
  readonly notice: string | null;
}

const PARTS = {
  answers: { schema: answersSchema, label: "quiz answers" },
  skills: { schema: skillsSchema, label: "skills check" },
  weights: { schema: weightsSchema, label: "weights" },
  plan: { schema: planSchema, label: "plan" },
} as const;

/** Reads a stored value (a JSON string, or null when nothing is stored). */
export function loadState(raw: string | null | undefined): LoadResult {
  if (raw === null || raw === undefined || raw === "") {
    return {
      state: defaultState(),
      notice: "No saved answers yet: starting with an empty quiz and equal weights.",
    };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return {
      state: defaultState(),
      notice: "The saved answers could not be read, so everything starts from the defaults.",
    };
  }
  const whole = stateSchema.safeParse(parsed);
  if (whole.success) return { state: whole.data, notice: null };
  // Keep what still fits the schema (e.g. from an older version), reset the rest.
  const obj = typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
  const state = defaultState();
  const reset: string[] = [];
  (Object.keys(PARTS) as (keyof typeof PARTS)[]).forEach((key) => {
    const part = PARTS[key].schema.safeParse(obj[key]);
    if (part.success) (state as Record<keyof typeof PARTS, unknown>)[key] = part.data;
    else reset.push(PARTS[key].label);
  });
  const version = obj.version;
  const why =
    typeof version === "number" && version !== STATE_VERSION
      ? `The saved answers come from another version of Offer Evaluator (${version})`
      : "Some saved answers were not valid";
  return {
    state,
    notice: reset.length
      ? `${why}; reset to defaults: ${reset.join(", ")}.`
      : `${why}; they were loaded and will be saved in the current format.`,
  };
}

export function serializeState(state: PersonState): string {
  return JSON.stringify(stateSchema.parse(state));
}

/** The weights the person chose, in criterion order, as the OfferWeights range and the scoring take them. */
export function effectiveWeights(state: PersonState): Weights {
  if (state.weights.mode === "ahp") return ahpWeights(state.weights.judgments).weights;
  const s = state.weights.sliders;
  const total = s[0] + s[1] + s[2] + s[3];
  return [s[0] / total, s[1] / total, s[2] / total, s[3] / total];
}

/** The start date as an Excel date serial (1900 system), or null when there is none. */
export function startSerial(state: PersonState): number | null {
  const iso = state.plan.startDate;
  return iso === null ? null : toExcelSerial(new Date(`${iso}T00:00:00Z`));
}

/** What the sheet layouts are built from (src/workbook/inputs.ts PlanInput). */
export function toPlanInput(state: PersonState): PlanInput {
  return {
    answers: state.answers,
    skills: state.skills,
    weights: effectiveWeights(state),
    startSerial: startSerial(state),
    hoursPerWeek: state.plan.hoursPerWeek,
  };
}

/**
 * The plan with the weights as the person set them: with sliders, the slider positions themselves
 * (scores, shares and chances do not change with the scale), so that a sentence such as "a scope
 * weight of about 30 instead of 25" is in the numbers the person moves or typed. The page and the
 * report command evaluate this; the pane writes shares to the workbook (toPlanInput).
 */
export function planInTypedWeights(state: PersonState): PlanInput {
  const plan = toPlanInput(state);
  if (state.weights.mode !== "sliders") return plan;
  const s = state.weights.sliders;
  return { ...plan, weights: [s[0], s[1], s[2], s[3]] };
}

/** Where the state is kept between sessions (the workbook's settings, or localStorage). */
export interface Persistence {
  /** The stored JSON, or null when nothing is stored. */
  read(): Promise<string | null>;
  write(json: string): Promise<void>;
}

/** Reads and validates the stored state; a failing read is a notice, never a crash. */
export async function loadFrom(persistence: Persistence): Promise<LoadResult> {
  let raw: string | null;
  try {
    raw = await persistence.read();
  } catch {
    const fallback = loadState(null);
    return {
      state: fallback.state,
      notice:
        "The saved answers could not be read from this workbook, so everything starts from the defaults.",
    };
  }
  return loadState(raw);
}

/** The JSON to save, or null when the state does not pass the schema (then nothing is saved). */
export function toSaved(state: PersonState): string | null {
  try {
    return serializeState(state);
  } catch {
    return null;
  }
}
