import { DomainError } from "../src/scoring/types";

/**
 * Turns any failure into an Excel error value: a DomainError keeps its kind and message;
 * anything else (a bug) becomes #VALUE! with a message, so no exception ever escapes to Excel.
 */
export function toExcelError(e: unknown): CustomFunctions.Error {
  if (e instanceof CustomFunctions.Error) return e;
  if (e instanceof DomainError) {
    return new CustomFunctions.Error(
      e.kind === "notAvailable"
        ? CustomFunctions.ErrorCode.notAvailable
        : CustomFunctions.ErrorCode.invalidValue,
      e.message,
    );
  }
  const detail = e instanceof Error ? e.message : String(e);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    `Offer Evaluator could not compute this: ${detail}`,
  );
}

/** Runs a whole-call computation; a failure becomes the formula's error instead of an exception. */
export function guard<T>(compute: () => T): T {
  try {
    return compute();
  } catch (e) {
    throw toExcelError(e);
  }
}
