/**
 * The person's state in memory, who is told when it changes, and where it is saved: the workbook's
 * settings in Excel, localStorage in standalone mode. Both keep the same JSON (state.ts), under
 * SETTINGS_KEY.
 */
import { loadSetting, saveSetting, type ExcelRun } from "../workbook/office";
import { loadState, serializeState, SETTINGS_KEY, type LoadResult, type PersonState } from "./state";

export type Listener = (state: PersonState) => void;

export interface Store {
  get(): PersonState;
  /** Applies a change to a copy of the state, then tells the listeners. */
  update(change: (draft: PersonState) => void): void;
  /** Calls cb after every change; returns the unsubscribe function. */
  subscribe(cb: Listener): () => void;
}

export function createStore(initial: PersonState): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    update(change) {
      const draft = JSON.parse(JSON.stringify(state)) as PersonState;
      change(draft);
      state = draft;
      listeners.forEach((cb) => cb(state));
    },
    subscribe(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  };
}

/** Where the state is kept between sessions. */
export interface Persistence {
  /** The stored JSON, or null when nothing is stored. */
  read(): Promise<string | null>;
  write(json: string): Promise<void>;
}

/** localStorage (standalone mode). A storage that throws (private mode, blocked) reads as empty. */
export function localStoragePersistence(storage: Pick<Storage, "getItem" | "setItem"> | null): Persistence {
  return {
    async read() {
      try {
        return storage ? storage.getItem(SETTINGS_KEY) : null;
      } catch {
        return null;
      }
    },
    async write(json) {
      storage?.setItem(SETTINGS_KEY, json);
    },
  };
}

/**
 * The workbook's settings (Excel mode), through the workbook module (the only Excel API code). The
 * value is stored as the JSON string, so the workbook holds exactly what localStorage would hold.
 */
export function workbookPersistence(run: ExcelRun): Persistence {
  return {
    read: () => loadSetting(SETTINGS_KEY, { run }),
    write: (json) => saveSetting(SETTINGS_KEY, json, { run }),
  };
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

export type HostMode = "excel" | "standalone";

/**
 * Excel mode when Office says the host is Excel. Test seam: the browser tests inject an in-memory
 * Excel fake (tests/fake-excel, which defines createFakeExcel) and set
 * window.__OFFER_EVALUATOR_FORCE_HOST = "Excel"; the flag is honoured only when that fake is
 * present, so a real page outside Office can never be talked into Excel mode.
 */
export function selectHostMode(
  host: unknown,
  excelHost: unknown,
  seam: { forceHost?: unknown; hasFake?: boolean },
): HostMode {
  if (host !== null && host !== undefined && host === excelHost) return "excel";
  if (seam.forceHost === "Excel" && seam.hasFake === true) return "excel";
  return "standalone";
}
