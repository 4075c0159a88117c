/**
 * Undo for the page's Remove buttons: the offers removed, newest last, each with the place it had,
 * so Undo puts it back where it was with every cell as it was. Pure (no DOM); the grid keeps one
 * stack for the page's life (a reload starts without one: the saved list is the one after the removal).
 */
import { MAX_PAGE_OFFERS, type OfferRow } from "./offersState";

export interface Removal {
  /** The offer as it was when removed (a copy: later edits of the list never reach it). */
  readonly row: OfferRow;
  /** Its index in the list when it was removed: where Undo puts it back. */
  readonly index: number;
  /** How the grid named it then ("Offer 2: Acme"). */
  readonly name: string;
}

/** How many removals can be undone; older ones are forgotten first. */
export const MAX_UNDO = 50;

export type UndoResult =
  | { readonly ok: true; readonly rows: OfferRow[]; readonly index: number; readonly removal: Removal }
  | { readonly ok: false; readonly reason: string };

export class RemovalStack {
  private items: Removal[] = [];

  get size(): number {
    return this.items.length;
  }

  /** The removal Undo would bring back now, or null. */
  last(): Removal | null {
    return this.items[this.items.length - 1] ?? null;
  }

  /** The list without rows[index] (a new array; `rows` is left as it is), remembered for Undo. */
  remove(rows: readonly OfferRow[], index: number, name: string): OfferRow[] {
    if (!Number.isInteger(index) || index < 0 || index >= rows.length) {
      throw new RangeError(
        `index: expected a whole number from 0 to ${rows.length - 1} (the list has ${rows.length} offers), got ${index}`,
      );
    }
    this.items.push({ row: { ...rows[index] }, index, name });
    if (this.items.length > MAX_UNDO) this.items.shift();
    return [...rows.slice(0, index), ...rows.slice(index + 1)];
  }

  /**
   * Puts the newest removal back at its index (at the end when the list has since become shorter).
   * Refused, keeping the removal, when the list is full.
   */
  undo(rows: readonly OfferRow[]): UndoResult {
    const removal = this.last();
    if (removal === null) return { ok: false, reason: "There is no removed offer to bring back." };
    if (rows.length >= MAX_PAGE_OFFERS) {
      return {
        ok: false,
        reason: `The page holds up to ${MAX_PAGE_OFFERS} offers: remove one before bringing ${removal.name} back.`,
      };
    }
    this.items.pop();
    const index = Math.min(removal.index, rows.length);
    return {
      ok: true,
      rows: [...rows.slice(0, index), { ...removal.row }, ...rows.slice(index)],
      index,
      removal,
    };
  }

  /** Forgets every removal (an import or its undo replaced the list they were removed from). */
  clear(): void {
    this.items = [];
  }
}
