/** The writer's public option and result types and its constants; no Excel calls here. */
import type { OfferInput } from "../inputs";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface WriterOptions {
  /** Defaults to the global Excel.run. Tests pass the fake's. */
  readonly run?: ExcelRun;
  /** Split writes so that no request passes this many bytes (UTF-8 bytes of the JSON, estimated). Default 4,000,000. */
  readonly maxRequestBytes?: number;
  /** Defaults to Office.context.requirements.isSetSupported. Tests pass their own. */
  readonly isSetSupported?: (name: string, version: string) => boolean;
}

export interface WriteResult {
  /** The sheet the button wrote (its current name). */
  readonly sheetName: string;
  /** A plain-words result for the taskpane's live region. */
  readonly message: string;
  /** context.sync round trips used. */
  readonly syncs: number;
  /** Estimated request size of each round trip, UTF-8 bytes. */
  readonly requestBytes: readonly number[];
  /** Things the person should know (rows left out, columns missing, sheets renamed). */
  readonly warnings: readonly string[];
  /**
   * Set when the button stopped without writing anything because the add-in's blocks would have
   * covered cells that hold the person's content: those cells ("Recommendation!A40", at most 20).
   * `message` then says which cells and what to do.
   */
  readonly blocked?: readonly string[];
  /**
   * Set when the button stopped without writing anything because the person's Offers table lacks
   * columns the add-in's formulas need (deleted, or renamed where no formula of the add-in shows the
   * new name): the add-in's names of those columns. `message` says how to restore them.
   */
  readonly missingColumns?: readonly string[];
}

export const REGISTRY_KEY = "OfferEvaluator.sheets";
export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;

export interface RecommendationWriteResult extends WriteResult {
  /** The offers as read from the table (for the taskpane to show). */
  readonly offers: readonly OfferInput[];
}
