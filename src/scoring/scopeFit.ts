import { type Role, type ScopeType, SCOPE_TYPES } from "./types";

/** How well each kind of job scope suits each role, as a 1..5 scope rating. */
const SCOPE_FIT: Readonly<Record<ScopeType, Readonly<Record<Role, number>>>> = {
  models: { DS: 5, MLE: 3, Hybrid: 4 },
  deployment: { DS: 3, MLE: 5, Hybrid: 4 },
  "end-to-end": { DS: 4, MLE: 5, Hybrid: 5 },
  reporting: { DS: 2, MLE: 1, Hybrid: 2 },
};

export function scopeFit(scope: ScopeType, role: Role): number {
  return SCOPE_FIT[scope][role];
}

export function parseScopeType(text: string): ScopeType | null {
  const t = text.trim().toLowerCase();
  return (SCOPE_TYPES as readonly string[]).includes(t) ? (t as ScopeType) : null;
}

// A Map, not an object literal: a lookup of "constructor" must not find Object's own.
const ROLE_WORDS: ReadonlyMap<string, Role> = new Map<string, Role>([
  ["ds", "DS"],
  ["data scientist", "DS"],
  ["mle", "MLE"],
  ["machine learning engineer", "MLE"],
  ["ml engineer", "MLE"],
  ["hybrid", "Hybrid"],
]);

export function parseRole(text: string): Role | null {
  return ROLE_WORDS.get(text.trim().toLowerCase().replace(/\s+/g, " ")) ?? null;
}
