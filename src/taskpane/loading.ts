/**
 * The pane's first read of the saved answers, never left hanging: after a timeout the pane starts
 * from the defaults while the read (and retries) go on; a late answer is merged with what the person
 * changed meanwhile. Pure logic with injectable timers; taskpane.ts wires it to the page.
 */
import { SKILL_IDS } from "../content/skills";
import { loadState, type LoadResult, type PersonState, type Persistence } from "../ui/state";

/*
 * Why: on Excel on the web, the first workbook call can hang while a workbook full of custom-function
 * formulas opens (office-js issues #6678 and #6150). The pane must not stay on "Loading...".
 */

/** How long the pane waits for the saved answers before it shows the quiz without them. */
export const LOAD_TIMEOUT_MS = 4000;
/** How often it asks again while no read has answered. */
export const RETRY_MS = 5000;
/** Reads in flight at most (a hung workbook should not collect a queue of them). */
export const MAX_ATTEMPTS = 6;

export interface Timers {
  set(cb: () => void, ms: number): unknown;
  clear(id: unknown): void;
}

const browserTimers: Timers = {
  set: (cb, ms) => setTimeout(cb, ms),
  clear: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};

export type FirstLoad =
  /** The read answered in time (or failed in time: the result then carries the notice). */
  | { kind: "loaded"; result: LoadResult }
  /** No answer in time: start from the defaults; `later` resolves when a read answers. */
  | { kind: "late"; later: Promise<LoadResult> };

export interface FirstLoadOptions {
  timeoutMs?: number;
  retryMs?: number;
  maxAttempts?: number;
  timers?: Timers;
}

const READ_FAILED =
  "The saved answers could not be read from this workbook, so everything starts from the defaults.";

/**
 * Reads the saved state, waiting at most timeoutMs for the first answer. A read that fails before the
 * timeout gives the defaults with a notice (as before); after it, a failed read is tried again every
 * retryMs, and the first read that answers wins. If every read fails, `later` gives the defaults with
 * the same notice.
 */
export function firstLoad(persistence: Persistence, opts: FirstLoadOptions = {}): Promise<FirstLoad> {
  const timers = opts.timers ?? browserTimers;
  const timeoutMs = opts.timeoutMs ?? LOAD_TIMEOUT_MS;
  const retryMs = opts.retryMs ?? RETRY_MS;
  const maxAttempts = opts.maxAttempts ?? MAX_ATTEMPTS;
  return new Promise<FirstLoad>((resolveFirst) => {
    let late = false;
    let done = false;
    let attempts = 0;
    let pending = 0;
    let retry: unknown = null;
    let settleLate: (r: LoadResult) => void = () => undefined;
    const later = new Promise<LoadResult>((res) => (settleLate = res));
    const finish = (result: LoadResult): void => {
      if (done) return;
      done = true;
      timers.clear(timeout);
      if (retry !== null) timers.clear(retry);
      if (late) settleLate(result);
      else resolveFirst({ kind: "loaded", result });
    };
    const failed = { state: loadState(null).state, notice: READ_FAILED };
    const attempt = (): void => {
      attempts++;
      pending++;
      persistence.read().then(
        (raw) => {
          pending--;
          finish(loadState(raw));
        },
        () => {
          pending--;
          // Before the timeout a failure is the answer; after it, only when nothing else can answer.
          if (!late || (pending === 0 && attempts >= maxAttempts)) finish(failed);
        },
      );
    };
    const scheduleRetry = (): void => {
      retry = timers.set(() => {
        retry = null;
        if (done) return;
        if (attempts < maxAttempts) attempt();
        if (attempts < maxAttempts) scheduleRetry();
        else if (pending === 0) finish(failed);
      }, retryMs);
    };
    const timeout = timers.set(() => {
      if (done) return;
      late = true;
      resolveFirst({ kind: "late", later });
      scheduleRetry();
    }, timeoutMs);
    attempt();
  });
}

/* ---------- merging a late answer with what the person changed meanwhile ---------- */

/**
 * The parts of the state a person changes one at a time: each quiz answer, each skill, the weights
 * (one part: sliders, mode and comparisons go together), the start date, the hours.
 */
function parts(s: PersonState): Map<string, unknown> {
  const out = new Map<string, unknown>();
  s.answers.forEach((a, i) => out.set(`answers.${i}`, a));
  for (const id of SKILL_IDS) out.set(`skills.${id}`, s.skills[id]);
  out.set("weights", JSON.stringify(s.weights));
  out.set("plan.startDate", s.plan.startDate);
  out.set("plan.hoursPerWeek", s.plan.hoursPerWeek);
  return out;
}

/** The parts that differ between two states (what one change of the person touched). */
export function changedParts(prev: PersonState, next: PersonState): string[] {
  const a = parts(prev);
  const b = parts(next);
  return [...b.keys()].filter((k) => a.get(k) !== b.get(k));
}

/**
 * The rule for a late answer: every part the person touched while waiting keeps the person's value
 * (they saw it and chose it); every other part takes the saved value.
 */
export function mergeLate(
  saved: PersonState,
  current: PersonState,
  touched: ReadonlySet<string>,
): PersonState {
  const out = JSON.parse(JSON.stringify(saved)) as PersonState;
  current.answers.forEach((a, i) => {
    if (touched.has(`answers.${i}`)) out.answers[i] = a;
  });
  for (const id of SKILL_IDS) if (touched.has(`skills.${id}`)) out.skills[id] = current.skills[id];
  if (touched.has("weights"))
    out.weights = JSON.parse(JSON.stringify(current.weights)) as PersonState["weights"];
  if (touched.has("plan.startDate")) out.plan.startDate = current.plan.startDate;
  if (touched.has("plan.hoursPerWeek")) out.plan.hoursPerWeek = current.plan.hoursPerWeek;
  return out;
}

export const WAITING_NOTICE =
  "The workbook has not answered yet (it can be busy while it opens): your saved answers will appear here when it does. You can start now; what you change is kept.";

/** The notice once the late answer is in. */
export function lateNotice(saved: LoadResult, touched: number): string | null {
  const kept =
    touched > 0
      ? `Your saved answers are loaded; the ${touched === 1 ? "choice" : `${touched} choices`} you made while the workbook was busy ${touched === 1 ? "was" : "were"} kept.`
      : null;
  return [kept, saved.notice].filter((x): x is string => x !== null).join(" ") || null;
}
