/**
 * The report CLI's answers file: the person's role quiz answers, weights, skills and plan as JSON
 * (the format --help and the README show). Any key may be left out; unknown keys are refused, so a
 * misspelt key is never silently ignored.
 */
import { z } from "zod";
import {
  answersSchema,
  defaultState,
  planSchema,
  skillsSchema,
  STATE_VERSION,
  weightsSchema,
  type PersonState,
} from "../ui/state";
import { InputError } from "../workbook/fileErrors";

/** Weights as four numbers (scope, data maturity, support, growth), or the add-in's saved weights. */
const weightsList = z
  .array(z.number().min(0).max(100))
  .length(4)
  .refine((a) => a.some((v) => v > 0), "at least one weight above 0");

const answersFileSchema = z
  .object({
    version: z.literal(STATE_VERSION).optional(),
    answers: answersSchema.optional(),
    skills: skillsSchema.partial().optional(),
    weights: z.union([weightsList, weightsSchema]).optional(),
    plan: planSchema.optional(),
  })
  .strict();

function formatPath(p: readonly PropertyKey[]): string {
  let s = "";
  for (const k of p) s += typeof k === "number" ? `[${k}]` : s === "" ? String(k) : `.${String(k)}`;
  return s || "(the whole file)";
}

export function readAnswersFile(file: string, text: string): PersonState {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new InputError(`not valid JSON (${e instanceof Error ? e.message : String(e)}).`, { file });
  }
  const parsed = answersFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more)` : "";
    throw new InputError(
      `does not match the answers schema at ${formatPath(issue.path)}: ${issue.message}${more}. ` +
        "Expected an object with any of: answers (8 numbers 1-5 or null), weights (4 numbers 0-100), skills, plan; " +
        "run offer-evaluator --help for the format.",
      { file },
    );
  }
  const base = defaultState();
  const d = parsed.data;
  const weights = Array.isArray(d.weights)
    ? { ...base.weights, mode: "sliders" as const, sliders: d.weights }
    : (d.weights ?? base.weights);
  return {
    ...base,
    answers: d.answers ?? base.answers,
    skills: { ...base.skills, ...(d.skills ?? {}) },
    weights,
    plan: d.plan ?? base.plan,
  };
}
