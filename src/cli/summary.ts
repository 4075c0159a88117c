/**
 * The CLI's text report on stdout: the role, the ranked table (score, score range, how many
 * criteria rated, chance of coming first, close call), the tipping table both ways with the raw
 * weight each share means, and the verdict. Every figure comes from evaluate(); words from verdict.ts.
 */
import { ROLE_NAMES, TIPPING_HEADERS } from "../scoring";
import type { Cell } from "../workbook/layout";
import { rangeText, tippingRows } from "../workbook/sheets/recommendationTables";
import { chancePercent, leftOutSentences, namesList } from "../workbook/certainty";
import { type Evaluation, type OfferInput, offerName } from "../workbook/inputs";
import { pct, pts, QUIZ_NAME, tippingReason, verdictText } from "../workbook/verdict";

/**
 * The summary line's leader: every offer ranked first (a tie is said as one, the first few named),
 * each partly rated one saying so, as the verdict does; never an offer the ranking does not put first.
 */
export function leaderText(ev: Evaluation, name: (o: OfferInput, i: number) => string): string {
  const top = ev.recommendation.ranked.filter((r) => r.rank === 1);
  if (top.length === 0) return "no offer could be scored";
  const named = top.map(
    (r) =>
      `${name(ev.offers[r.index], r.index)}${r.rated < 4 ? ` (rated on only ${r.rated} of the 4 criteria)` : ""}`,
  );
  const score = top[0].score.toFixed(1);
  return top.length === 1
    ? `leader: ${named[0]} (${score})`
    : `tied at the top: ${namesList(named)} (${score})`;
}

/** The ranked table shows this many offers; the workbook has them all. */
export const SUMMARY_ROWS = 20;

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const width = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (r: readonly string[]): string =>
    r
      .map((x, c) => x.padEnd(width[c]))
      .join("  ")
      .trimEnd();
  return [line(header), line(width.map((w) => "-".repeat(w))), ...rows.map(line)];
}

/** Wraps prose at `width` characters on spaces (a longer word stays whole). */
export function wrap(text: string, width = 100): string[] {
  const out: string[] = [];
  let cur = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (cur !== "" && cur.length + 1 + word.length > width) {
      out.push(cur);
      cur = word;
    } else cur = cur === "" ? word : `${cur} ${word}`;
  }
  if (cur !== "") out.push(cur);
  return out;
}

export interface SummaryOptions {
  /**
   * The answers file the report was given (null: none). When set (also to null), the text speaks to
   * a CLI user, who never sees the quiz: a default role says how to give the answers instead.
   */
  readonly answersFile?: string | null;
}

/** Why the role is the default, said to a CLI user: how to give the quiz answers. */
export function cliNoQuizNote(answersFile: string | null): string {
  return answersFile === null
    ? "the default, as no quiz answers were given: add --answers answers.json with your 8 answers; offer-evaluator --help shows the format"
    : `the default until ${answersFile} has quiz answers on both sides, statements 1-4 and 5-8; offer-evaluator --help lists them`;
}

export function summaryText(ev: Evaluation, opts: SummaryOptions = {}): string {
  const rec = ev.recommendation;
  const name = (i: number): string => offerName(ev.offers[i], i);
  const lines: string[] = [];
  const cli = opts.answersFile !== undefined;
  const answersFile = opts.answersFile ?? null;
  const role = ev.role.quiz
    ? `Role: ${ROLE_NAMES[ev.role.role]} (from the ${QUIZ_NAME}${cli && answersFile !== null ? ` answers in ${answersFile}` : ""})`
    : `Role: ${ROLE_NAMES[ev.role.role]} (${cli ? cliNoQuizNote(answersFile) : `the default until the ${QUIZ_NAME} has answers on both sides`})`;
  lines.push(role);
  for (const n of ev.borderline) {
    lines.push(
      `  Borderline: answering ${n.move.to} instead of ${n.move.from} to statement ${n.move.item + 1} would make it ${ROLE_NAMES[n.role]}` +
        (n.leaderThen === null ? "." : `; ${name(n.leaderThen)} would then lead.`),
    );
  }
  lines.push("", "Ranking");
  const rows = rec.ranked.slice(0, SUMMARY_ROWS).map((r) => {
    const range = ev.scoreRanges[r.index];
    const chance = ev.chances?.[r.index];
    return [
      String(r.rank),
      name(r.index),
      pts(r.score),
      rangeText(range),
      `${r.rated} of 4`,
      chance === null || chance === undefined ? "" : chancePercent(chance),
      r.closeCall ? "Yes" : "",
    ];
  });
  if (rows.length === 0) lines.push("  No offer can be scored yet.");
  else {
    lines.push(
      ...table(["Rank", "Offer", "Score", "Score range", "Rated", "Chance first", "Close call"], rows).map(
        (l) => `  ${l}`,
      ),
    );
  }
  if (rec.ranked.length > SUMMARY_ROWS) {
    lines.push(`  ... and ${rec.ranked.length - SUMMARY_ROWS} more (all are in the report workbook).`);
  }
  for (const x of leftOutSentences(ev)) lines.push(`  Left out: ${x}`);
  if (ev.chanceNote && rec.ranked.length > 0) lines.push(`  Chance first: ${ev.chanceNote}`);

  lines.push("", "Tipping points (the share of the total weight at which another offer would lead)");
  const tip = rec.tipping;
  if (tip) {
    // The sheet's own cells, so the text says what the Recommendation sheet says (ties, "just over").
    const share = (v: Cell): string => (typeof v === "number" ? pct(v) : "");
    const trows = tippingRows(ev).map((r) => [
      String(r[0]),
      share(r[1]),
      share(r[2]),
      String(r[3] ?? ""),
      share(r[4]),
      String(r[5] ?? ""),
    ]);
    lines.push(...table(TIPPING_HEADERS, trows).map((l) => `  ${l}`));
  } else {
    lines.push(`  Not shown. ${tippingReason(ev) ?? "There is nothing to compare yet."}`);
  }

  const ctx = cli
    ? {
        where: "workbook" as const,
        noQuizNote: cliNoQuizNote(answersFile),
        noOffersNote:
          "No offer can be scored yet: rate each offer from 1 to 5 on scope (or give a scope type), data maturity, support and growth in the input file, then run the report again.",
      }
    : undefined;
  lines.push("", "Verdict", ...wrap(verdictText(ev, ctx)).map((l) => `  ${l}`));
  return lines.join("\n") + "\n";
}
