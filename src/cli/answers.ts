/**
 * The report CLI's answers file: the person's role quiz answers, weights, skills and plan as JSON
 * (the format --help and the README show). Any key may be left out; unknown keys are refused at
 * every level, so a misspelt key is never silently ignored; every problem is listed in one run.
 */
import { z } from "zod";
import { SKILL_IDS } from "../content/skills";
import { AHP_PAIRS } from "../scoring";
import { answersSchema, defaultState, skillsSchema, STATE_VERSION, type PersonState } from "../ui/state";
import { InputError } from "../workbook/fileErrors";

/** A date on the calendar: 2026-02-30 has the shape and is none. */
function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/**
 * A pairwise judgment as a person writes it: a number, or a fraction in quotes ("1/9"). A decimal
 * that is 1/k rounded to 2-4 places (0.11, 0.111, 0.333) means 1/k: typing 1/9 as 0.111 must not
 * fall just below the scale's end.
 */
export function judgmentValue(v: unknown): unknown {
  let x: number;
  if (typeof v === "number") x = v;
  else if (typeof v === "string") {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(?:\/\s*(\d+(?:\.\d+)?)\s*)?$/.exec(v);
    if (!m) return v;
    x = m[2] === undefined ? Number(m[1]) : Number(m[1]) / Number(m[2]);
  } else return v;
  const decimals = (String(x).split(".")[1] ?? "").length;
  if (x > 0 && x < 1 && decimals >= 2 && decimals <= 4) {
    for (let k = 2; k <= 9; k++) if (Number((1 / k).toFixed(decimals)) === x) return 1 / k;
  }
  return x;
}

const JUDGMENT_EXPECTED =
  'a number from 1/9 to 9 (Saaty\'s scale: 3 = the first matters 3x more, 1 = equally, 1/3 = the second 3x more), written as a number (3, 0.2, 0.111) or a fraction in quotes ("1/9")';

const weight = z.number().min(0).max(100);
const sliders = z
  .array(weight)
  .length(4)
  .refine((a) => a.some((v) => v > 0), "at least one weight above 0");
const weightsObject = z
  .object({
    mode: z.enum(["sliders", "ahp"]),
    sliders: sliders.optional(),
    judgments: z
      .array(
        z.preprocess(
          judgmentValue,
          z
            .number()
            .min(1 / 9 - 1e-9)
            .max(9 + 1e-9),
        ),
      )
      .length(AHP_PAIRS.length)
      .optional(),
  })
  .strict();
const planObject = z
  .object({
    startDate: z.string().refine(isCalendarDate, "not a date on the calendar").nullable().optional(),
    hoursPerWeek: z.number().min(1).max(80).optional(),
  })
  .strict();

const answersFileSchema = z
  .object({
    version: z.literal(STATE_VERSION).optional(),
    answers: answersSchema.optional(),
    skills: skillsSchema.partial().strict().optional(),
    // Four numbers, or the add-in's saved weights; told apart here so a problem names its own path.
    weights: z.unknown().optional(),
    plan: planObject.optional(),
  })
  .strict();

/** The keys allowed in each object of the file, by path: said when an unknown key is found. */
const KNOWN_KEYS: Record<string, readonly string[]> = {
  "": Object.keys(answersFileSchema.shape),
  skills: SKILL_IDS,
  weights: Object.keys(weightsObject.shape),
  plan: Object.keys(planObject.shape),
};

function formatPath(p: readonly PropertyKey[]): string {
  let s = "";
  for (const k of p) s += typeof k === "number" ? `[${k}]` : s === "" ? String(k) : `.${String(k)}`;
  return s;
}

/** What a key holds when it is right, by its path with list positions dropped. */
function expectedAt(path: string): string | null {
  const key = path.replace(/\[\d+\]/g, "[]");
  const table: Record<string, string> = {
    version: `${STATE_VERSION}`,
    answers: "a list of 8 answers, one per statement",
    "answers[]": "a whole number from 1 (strongly disagree) to 5 (strongly agree), or null",
    skills: 'an object { "<skill>": 1-5 or null }',
    "skills.*": "a whole number from 1 to 5, or null",
    weights:
      'a list of 4 numbers from 0 to 100 (scope, data maturity, support, growth), or { "mode": "sliders" | "ahp", "sliders": [...], "judgments": [...] }',
    "weights[]": "a number from 0 to 100",
    "weights.mode": '"sliders" or "ahp"',
    "weights.sliders": "a list of 4 numbers from 0 to 100, at least one above 0",
    "weights.sliders[]": "a number from 0 to 100",
    "weights.judgments": `a list of ${AHP_PAIRS.length} pairwise judgments`,
    "weights.judgments[]": JUDGMENT_EXPECTED,
    plan: '{ "startDate": "YYYY-MM-DD" or null, "hoursPerWeek": 1-80 }',
    "plan.startDate": "a date on the calendar written YYYY-MM-DD (such as 2026-01-05), or null",
    "plan.hoursPerWeek": "a number from 1 to 80",
  };
  return table[key] ?? (key.startsWith("skills.") ? table["skills.*"] : null);
}

function valueAt(json: unknown, p: readonly PropertyKey[]): unknown {
  let v = json;
  for (const k of p) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function shown(v: unknown): string {
  if (v === undefined) return "nothing";
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 60)}...` : s;
}

/** One line per problem: the path, what it holds, what is expected (or the keys known there). */
function problemLines(
  json: unknown,
  issues: readonly z.core.$ZodIssue[],
  prefix: PropertyKey[] = [],
): string[] {
  const out: string[] = [];
  for (const issue of issues) {
    const p = [...prefix, ...issue.path];
    if (issue.code === "unrecognized_keys") {
      const where = formatPath(p);
      const known = KNOWN_KEYS[where] ?? [];
      for (const k of issue.keys) {
        out.push(
          `${where === "" ? k : `${where}.${k}`}: unknown key${where === "" ? "" : ` in ${where}`}; the known keys${where === "" ? " at the top level" : ""} are ${known.join(", ")}`,
        );
      }
      continue;
    }
    const where = formatPath(p) || "(the whole file)";
    const found = shown(valueAt(json, p));

    const value = valueAt(json, p);
    const expected =
      (formatPath(p) === "weights" && Array.isArray(value)
        ? expectedAt("weights.sliders")
        : expectedAt(formatPath(p))) ?? issue.message;
    const extra = issue.code === "custom" && !expected.includes(issue.message) ? ` (${issue.message})` : "";
    out.push(`${where}: found ${found}${extra}; expected ${expected}`);
  }
  // A list of the wrong length and one of its items may both be reported: say each line once.
  return [...new Set(out)];
}

export function readAnswersFile(file: string, text: string): PersonState {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new InputError(`not valid JSON (${e instanceof Error ? e.message : String(e)}).`, { file });
  }
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    throw new InputError(
      `expected a JSON object with any of the keys ${KNOWN_KEYS[""].join(", ")}; found ${shown(json)}. Run offer-evaluator --help for the format.`,
      { file },
    );
  }
  const parsed = answersFileSchema.safeParse(json);
  const lines = parsed.success ? [] : problemLines(json, parsed.error.issues);
  const rawWeights = (json as Record<string, unknown>).weights;
  const weights =
    rawWeights === undefined
      ? null
      : Array.isArray(rawWeights)
        ? sliders.safeParse(rawWeights)
        : weightsObject.safeParse(rawWeights);
  if (weights && !weights.success) lines.push(...problemLines(json, weights.error.issues, ["weights"]));
  if (!parsed.success || (weights && !weights.success)) {
    throw new InputError(
      `${lines.length} problem${lines.length === 1 ? "" : "s"} in the answers file (run offer-evaluator --help for the format):\n` +
        lines.map((l) => `  ${l}`).join("\n"),
      { file },
    );
  }
  const base = defaultState();
  const d = parsed.data;
  const w = weights?.data;
  return {
    ...base,
    answers: d.answers ?? base.answers,
    skills: { ...base.skills, ...(d.skills ?? {}) },
    weights:
      w === undefined
        ? base.weights
        : Array.isArray(w)
          ? { ...base.weights, mode: "sliders", sliders: w }
          : {
              mode: w.mode,
              sliders: w.sliders ?? base.weights.sliders,
              judgments: (w.judgments as number[] | undefined) ?? base.weights.judgments,
            },
    plan: { ...base.plan, ...(d.plan ?? {}) },
  };
}
