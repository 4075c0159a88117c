/**
 * The taskpane's three buttons against the in-memory Excel fake, at several table sizes:
 * round trips (context.sync with work in it), the largest request payload, and time.
 */
import { setUpOffersSheet, writeRecommendation, writeRoadmap, type WriteResult } from "../src/workbook";
import { fillOffers, newFake, offerRows, writerOpts } from "../tests/workbook/helpers";
import { PLAN } from "../tests/fixtures";

export interface WriterFigure {
  button: string;
  offers: number;
  syncs: number;
  maxPayloadBytes: number;
  ms: number;
}

async function timed(
  button: string,
  offers: number,
  f: () => Promise<WriteResult>,
  stats: { reset(): void; syncs: number; maxRequestBytes(): number },
): Promise<WriterFigure> {
  stats.reset();
  const t0 = process.hrtime.bigint();
  await f();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { button, offers, syncs: stats.syncs, maxPayloadBytes: stats.maxRequestBytes(), ms };
}

export async function writerBench(sizes: readonly number[]): Promise<WriterFigure[]> {
  const out: WriterFigure[] = [];
  for (const n of sizes) {
    const fake = newFake();
    const opts = writerOpts(fake);
    await setUpOffersSheet(PLAN, opts);
    fillOffers(fake, offerRows(n));
    // The set-up figure is the re-run over a filled table: the expensive case.
    out.push(await timed("Set up offers sheet", n, () => setUpOffersSheet(PLAN, opts), fake.stats));
    out.push(await timed("Write recommendation", n, () => writeRecommendation(PLAN, opts), fake.stats));
    out.push(await timed("Write roadmap", n, () => writeRoadmap(PLAN, opts), fake.stats));
  }
  return out;
}
