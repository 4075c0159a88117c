/** What the OFFER.* function tests share: catching the Excel error a call throws, and a column of cells. */
export type Err = { code: string; message: string };
export const isErr = (v: unknown): v is Err => v instanceof CustomFunctions.Error;

/** The CustomFunctions.Error that f throws; fails the test if f throws anything else or nothing. */
export function thrown(f: () => unknown): Err {
  try {
    f();
  } catch (e) {
    if (isErr(e)) return e;
    throw new Error(`expected a CustomFunctions.Error, got ${String(e)}`);
  }
  throw new Error("expected the call to fail");
}

/** A one-column range, as Excel passes it: one row per value. */
export const col = (...v: unknown[]): unknown[][] => v.map((x) => [x]);
