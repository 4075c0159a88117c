/**
 * The person's state in memory and who is told when it changes (the widgets share one Store), and
 * the localStorage-backed Persistence used outside Excel. The workbook-settings one is the pane's
 * (src/taskpane/store.ts): it needs Office.
 */
import { SETTINGS_KEY, type PersonState, type Persistence } from "./state";

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

/**
 * The store seen through a scope: the subscriptions made through it end together with dispose()
 * (the pane renders its panels again when saved answers arrive late; the old panels stop listening).
 */
export function scopedStore(store: Store): { store: Store; dispose(): void } {
  const stops = new Set<() => void>();
  return {
    store: {
      get: () => store.get(),
      update: (change) => store.update(change),
      subscribe(cb) {
        const stop = store.subscribe(cb);
        stops.add(stop);
        return () => {
          stops.delete(stop);
          stop();
        };
      },
    },
    dispose() {
      stops.forEach((stop) => stop());
      stops.clear();
    },
  };
}

/** window.localStorage, or null where reading it throws (private mode, blocked storage). */
export function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
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
