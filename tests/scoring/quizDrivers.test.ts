/**
 * Brute force over every full answer set (5^8) and a sample with blanks: the drivers are the
 * strongest pulls, whole ties included, and never contradict the lean. Pulls are recomputed here
 * from the guide's formula, not taken from the module.
 */
import { CHECKLIST } from "../../src/content";
import { DomainError, MAX_DRIVER_GROUPS, quizResult, type Rating } from "../../src/scoring";

/** Each answered statement's share of the lean: (a - 3) / (4 * answers on its side), signed toward ML Engineer. */
function independentPulls(answers: readonly Rating[]): (number | null)[] {
  const n = { DS: 0, MLE: 0 };
  answers.forEach((a, i) => {
    if (a !== null) n[CHECKLIST[i].side]++;
  });
  return answers.map((a, i) => {
    if (a === null) return null;
    const side = CHECKLIST[i].side;
    return ((side === "MLE" ? 1 : -1) * (a - 3)) / (4 * n[side]);
  });
}

const near = (x: number, y: number): boolean => Math.abs(x - y) < 1e-12;

/** What is wrong with the drivers for these answers, or null; plain checks (expect() 390625 times is slow). */
function problem(answers: readonly Rating[]): string | null {
  const r = quizResult(answers);
  const pulls = independentPulls(answers);
  const listed = new Set<number>();
  for (const g of r.drivers) {
    if (g.drivers.length === 0) return "an empty group";
    // Every answer of a group pulls its way, all with the same strength.
    for (const d of g.drivers) {
      listed.add(d.item);
      const p = pulls[d.item] as number;
      if (!near(d.pull, p)) return `statement ${d.item + 1}: pull ${d.pull}, expected ${p}`;
      if (!(g.toward === "MLE" ? p > 0 : p < 0))
        return `statement ${d.item + 1} does not pull toward ${g.toward}`;
      if (!near(p, g.drivers[0].pull)) return `a group of unequal pulls`;
    }
  }
  // No listed reason contradicts the lean; Hybrid lists at most one group each way.
  if (r.role === "Hybrid") {
    for (const side of ["DS", "MLE"] as const) {
      if (r.drivers.filter((g) => g.toward === side).length > 1)
        return `Hybrid with two groups toward ${side}`;
    }
  } else {
    if (r.drivers.length === 0 || r.drivers.length > MAX_DRIVER_GROUPS) return `${r.drivers.length} groups`;
    if (r.drivers.some((g) => g.toward !== r.role)) return `a driver against the ${r.role} lean`;
  }
  // Every listed driver pulls at least as hard as every unlisted one on the same side, so a tie is
  // never split: an unlisted answer as strong as a listed one would be a tie broken by order.
  for (const side of ["DS", "MLE"] as const) {
    const sign = side === "MLE" ? 1 : -1;
    const listedHere = r.drivers.filter((g) => g.toward === side).flatMap((g) => g.drivers);
    if (listedHere.length === 0) continue;
    const weakestListed = Math.min(...listedHere.map((d) => Math.abs(d.pull)));
    for (let i = 0; i < pulls.length; i++) {
      const p = pulls[i];
      if (p === null || listed.has(i) || p * sign <= 0) continue;
      if (Math.abs(p) >= weakestListed - 1e-12)
        return `statement ${i + 1} unlisted but as strong toward ${side}`;
    }
  }
  return null;
}

test("every full answer set (5^8): drivers are the strongest pulls, ties whole, none against the lean", () => {
  const answers: number[] = new Array<number>(8).fill(1);
  const failures: string[] = [];
  let count = 0;
  for (let code = 0; code < 5 ** 8; code++) {
    let c = code;
    for (let i = 0; i < 8; i++) {
      answers[i] = (c % 5) + 1;
      c = Math.floor(c / 5);
    }
    const p = problem(answers);
    if (p !== null && failures.length < 5) failures.push(`${answers.join(",")}: ${p}`);
    count++;
  }
  expect(failures).toEqual([]);
  expect(count).toBe(390625);
});

test("a sample with blanks: the same holds with unequal numbers of answers per side", () => {
  let seed = 12345;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  let checked = 0;
  const failures: string[] = [];
  for (let k = 0; k < 50000; k++) {
    const a: Rating[] = Array.from({ length: 8 }, () => {
      const v = Math.floor(next() * 6);
      return v === 0 ? null : v;
    });
    try {
      const p = problem(a);
      if (p !== null && failures.length < 5) failures.push(`${a.join(",")}: ${p}`);
      checked++;
    } catch (e) {
      if (!(e instanceof DomainError && e.kind === "notAvailable")) throw e;
    }
  }
  expect(failures).toEqual([]);
  expect(checked).toBeGreaterThan(40000);
});
