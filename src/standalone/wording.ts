/**
 * The standalone page's own sentences for what the scoring module reports as DomainErrors. Those
 * messages start with the Excel argument name ("answers: ...", "offers: ...") for formula users; a
 * person on the page reads these instead. Pure: no DOM.
 */
import { CHECKLIST } from "../content";
import type { Rating } from "../scoring";
import { plainMessage, QUIZ_NAME } from "../workbook/verdict";

/** The quiz as the page names it: the panel's heading is "Which role fits you?". */
export const QUIZ_REF = `the ${QUIZ_NAME} ("Which role fits you?")`;

/**
 * Why there is no role yet (the page then uses the Hybrid default), from the answers themselves;
 * `note` (the scoring module's message) is only the fallback for a case not known here.
 */
export function roleReason(answers: readonly Rating[], note: string | null): string {
  const answered = (side: "DS" | "MLE"): number =>
    CHECKLIST.filter((item, i) => item.side === side && answers[i] !== null && answers[i] !== undefined)
      .length;
  const range = (side: "DS" | "MLE"): string => {
    const idx = CHECKLIST.flatMap((item, i) => (item.side === side ? [i + 1] : []));
    return `${idx[0]}-${idx[idx.length - 1]}`;
  };
  const ds = answered("DS");
  const mle = answered("MLE");
  if (ds === 0 && mle === 0) {
    return `answer ${QUIZ_REF} to see which role fits you.`;
  }
  if (ds === 0 || mle === 0) {
    const missing = ds === 0 ? "Data Scientist" : "ML Engineer";
    const side = ds === 0 ? "DS" : "MLE";
    return `answer at least one of the ${missing} statements (${range(side)}) in ${QUIZ_REF} as well, so that both sides count.`;
  }
  return note ? plainMessage(note) : `answer ${QUIZ_REF}.`;
}
