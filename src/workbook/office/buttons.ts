/** The four buttons, one Excel.run each, sequencing the other modules; they compute no score themselves. */
import { type Weights } from "../../scoring";
import { type Block, isFormulaCell } from "../layout";
import { type OfferInput, type PlanInput, readOffersTable, resolveRole } from "../inputs";
import {
  buildAssumptionsLayout,
  buildOffersLayout,
  buildRecommendationLayout,
  buildRoadmapLayout,
  isAddinFormula,
  type LiveChances,
  ROADMAP_HEADERS,
  readMistakeTicks,
  TABLE_NAMES,
  WEIGHTS_NAME,
} from "../sheets";
import { type Batch, runner } from "./batch";
import {
  layoutOnCurrentNames,
  namesOnly,
  neededColumns,
  type OfferColumns,
  resolveOfferColumns,
  stopForMissingColumns,
} from "./columns";
import { revealDataTypes } from "./dataTypes";
import { datesAsFormulas } from "./dates";
import { findOurSheet, firstLook, takenObjectNames } from "./inspect";
import { type Registry, saveRegistry } from "./registry";
import { type OffersRefresh, refreshOffersTable, renderLayout } from "./render";
import { queueSpaceChecks, stopIfBlocked } from "./space";
import { loadOffersData, lookupTable, pickTable, resolveTables } from "./tables";
import { finishTarget, prepareTarget, type Target } from "./targets";
import type { RecommendationWriteResult, WriteResult, WriterOptions } from "./types";
import { ensureWeightsName, weightsNameFor, weightsRect } from "./weights";

/** The rating columns and the offer fields they fill. */
const RATING_FIELDS = [
  ["Scope", "scope"],
  ["Data maturity", "dataMaturity"],
  ["Support", "support"],
  ["Growth", "growth"],
] as const;

/** The columns a live OFFER.PFIRST over the Offers table names (Company for the row check). */
const PFIRST_COLUMNS = ["Company", "Scope", "Data maturity", "Support", "Growth"];

/**
 * Where Chance first can read the Offers table live: only when the formula would name an existing
 * table, columns it has and the weights name the workbook defines; otherwise the chances are values.
 */
function liveChances(
  header: readonly unknown[],
  table: { name: string } | undefined,
  rows: readonly number[],
  tableRows: number,
  weightsName: string,
  names: readonly { name: string }[],
): LiveChances | undefined {
  if (!table) return undefined;
  const has = (c: string): boolean =>
    header.some((h) => typeof h === "string" && h.toLowerCase() === c.toLowerCase());
  if (!PFIRST_COLUMNS.every(has)) return undefined;
  if (!names.some((n) => n.name.toLowerCase() === weightsName.toLowerCase())) return undefined;
  return { offersTable: table.name, weightsName, rows, tableRows };
}

/**
 * The Recommendation layout, its live Chance first formulas naming the Offers table's columns as they
 * are now; values instead if any such formula would still name a column the table lacks.
 */
function liveLayout(
  plan: PlanInput,
  offers: OfferInput[],
  live: LiveChances | undefined,
  src: { name: string } | undefined,
  cols: OfferColumns | undefined,
  header: readonly unknown[],
): ReturnType<typeof buildRecommendationLayout> {
  if (!live || !src || !cols) return buildRecommendationLayout(plan, offers, undefined, { live: undefined });
  const named = layoutOnCurrentNames(
    buildRecommendationLayout(plan, offers, undefined, { live }),
    src.name,
    cols,
  );
  const ok = named.blocks.every((b) =>
    b.rows.every((row) =>
      row.every((c) => c === null || !isFormulaCell(c) || namesOnly(c.formula, header, src.name)),
    ),
  );
  return ok ? named : buildRecommendationLayout(plan, offers, undefined, { live: undefined });
}

function result(t: Target, message: string, b: Batch, warnings: string[]): WriteResult {
  return { sheetName: t.name, message, syncs: b.syncs, requestBytes: b.sent, warnings };
}

/**
 * "Set up offers sheet": creates the Offers table (with two example rows) if the add-in's does not
 * exist, otherwise refreshes its formulas, validation and formats without touching the person's rows;
 * writes the Assumptions sheet and the OfferWeights name.
 */
export async function setUpOffersSheet(plan: PlanInput, opts: WriterOptions = {}): Promise<WriteResult> {
  return runner(opts)(async (ctx) => {
    const { b, ins, notes, taken } = await firstLook(ctx, opts);
    const offersT = prepareTarget(b, ins, "offers", taken, notes);
    const assumT = prepareTarget(b, ins, "assumptions", taken, notes);
    // The person's Offers table, if ours exists: its header, body formulas and where it is.
    const offersData = loadOffersData(b, offersT.lookups.get("offers"), false);
    const objectNames = takenObjectNames(ins);
    const w = weightsNameFor(ins);
    objectNames.add(w.name.toLowerCase());
    const { role } = resolveRole(plan);
    const offersLayout = buildOffersLayout(plan, { weightsName: w.name });
    const assumLayout = buildAssumptionsLayout(plan, { weightsName: w.name });
    queueSpaceChecks(b, offersT, offersLayout);
    queueSpaceChecks(b, assumT, assumLayout);
    await b.sync();
    finishTarget(offersT);
    finishTarget(assumT);

    const offersTables = resolveTables(offersLayout, offersT, objectNames);
    const assumTables = resolveTables(assumLayout, assumT, objectNames);
    const offersTable = offersTables.get("offers");
    const data = offersTable?.id !== undefined ? offersData.get(offersTable.id) : undefined;
    if (offersTable?.existing && !data) offersTable.existing = null;
    // The person's table as it is now: renamed columns are followed, a deleted one stops the button.
    const cols =
      data && offersTable?.existing
        ? resolveOfferColumns(data.header.values[0], data.body.formulas, role, w.name)
        : undefined;
    const missing = cols ? neededColumns(false).filter((c) => !cols.current.has(c)) : [];
    if (missing.length > 0)
      return stopForMissingColumns(b, [offersT, assumT], missing, "Set up offers sheet");
    const keepOffers = (block: Block): boolean =>
      !!block.createOnly && !!offersTables.get(block.key)?.existing;
    const stop = await stopIfBlocked(b, [
      { t: offersT, layout: offersLayout, keep: keepOffers },
      { t: assumT, layout: assumLayout, keep: () => false },
    ]);
    if (stop) return stop;

    b.suspend();
    const assumOwned = await renderLayout(b, assumT, assumLayout, assumTables, {}, notes);
    ensureWeightsName(b, assumT.proxy, assumT.name, w);
    const refresh: OffersRefresh | undefined =
      data && offersTable?.existing && cols
        ? {
            header: data.header.values[0],
            columns: cols,
            bodyFormulas: data.body.formulas,
            bodyAddress: data.body.address,
            role,
            weightsName: w.name,
          }
        : undefined;
    const offersOwned = await renderLayout(
      b,
      offersT,
      offersLayout,
      offersTables,
      { offersRefresh: refresh },
      notes,
    );
    offersT.proxy.activate();
    const reg: Registry = {
      ...ins.registry,
      sheets: { ...ins.registry.sheets, offers: offersOwned, assumptions: assumOwned },
      weightsName: w.name,
    };
    saveRegistry(b, reg);
    await b.sync();

    const kept = refresh ? refresh.bodyFormulas.length : 0;
    const head = refresh
      ? `Offers table kept as it is (${kept} row${kept === 1 ? "" : "s"} of yours untouched); validation and formats refreshed.`
      : `Offers sheet ready: the table "${offersTable?.name ?? TABLE_NAMES.offers}" has two example rows to replace with your offers.`;
    const message = [head, `Weights are in ${w.name} on the "${assumT.name}" sheet.`, ...notes].join(" ");
    return result(offersT, message, b, notes);
  });
}

/**
 * "Write recommendation": reads the Offers table (one load), ranks the offers with the scoring
 * module and writes the Recommendation sheet; refreshes the Assumptions sheet if the add-in made it.
 */
export async function writeRecommendation(
  plan: PlanInput,
  opts: WriterOptions = {},
): Promise<RecommendationWriteResult> {
  return runner(opts)(async (ctx) => {
    const { b, ins, notes, taken } = await firstLook(ctx, opts);
    const recT = prepareTarget(b, ins, "recommendation", taken, notes);
    const assumExisting = findOurSheet(ins, "assumptions")
      ? prepareTarget(b, ins, "assumptions", taken, notes)
      : null;
    // The offers: our Offers table (on our Offers sheet), else any table called "Offers" (read only).
    const offersSheet = findOurSheet(ins, "offers");
    const ownedOffers = ins.registry.sheets.offers;
    const offersLookup =
      offersSheet && ownedOffers
        ? lookupTable(b, ins, offersSheet.id, ownedOffers.tables.offers, ownedOffers.blocks.offers)
        : undefined;
    const anyOffers = ins.tables.find((x) => x.name.toLowerCase() === TABLE_NAMES.offers.toLowerCase());
    const offersData = loadOffersData(b, offersLookup, true, anyOffers ? [anyOffers] : []);
    const weightsName = ins.registry.weightsName ?? WEIGHTS_NAME;
    const aLayout = buildAssumptionsLayout(plan, { weightsName });
    queueSpaceChecks(b, recT, buildRecommendationLayout(plan, []));
    if (assumExisting) queueSpaceChecks(b, assumExisting, aLayout);
    await b.sync();
    finishTarget(recT);

    const ours = offersLookup ? pickTable(offersLookup) : undefined;
    const src = ours ?? anyOffers;
    const data = src ? offersData.get(src.id) : undefined;
    let offers: OfferInput[] = [];
    let live: LiveChances | undefined;
    let cols: OfferColumns | undefined;
    const { role } = resolveRole(plan);
    if (data) {
      const { header, body } = data;
      cols = resolveOfferColumns(header.values[0], body.formulas, role, weightsName);
      // Our own table must have every column the formulas refreshed below name (a table of the
      // person's that is only read just reports the columns it lacks).
      const missing = ours ? neededColumns(true).filter((c) => !cols?.current.has(c)) : [];
      if (missing.length > 0) {
        const targets = assumExisting ? [recT, assumExisting] : [recT];
        return { ...(await stopForMissingColumns(b, targets, missing, "Write recommendation")), offers: [] };
      }
      // Read under the add-in's names: a renamed column is still the column it was.
      const hdr = cols.canonicalHeader;
      // A Scope cell that still holds the add-in's formula follows the scope type with today's role.
      const scopeCol = hdr.findIndex((h) => typeof h === "string" && h.trim().toLowerCase() === "scope");
      const followed = body.values.map((row, i) =>
        scopeCol >= 0 && isAddinFormula("Scope", body.formulas[i][scopeCol])
          ? row.map((v, j) => (j === scopeCol ? "" : v))
          : row,
      );
      const col = (c: string): number =>
        hdr.findIndex((h) => typeof h === "string" && h.trim().toLowerCase() === c.toLowerCase());
      // Data-type cells (a Stocks entity typed as a company, an entity over a rating) read as
      // "#VALUE!": find out what they hold, so the message says so (one more round trip, only then).
      const ratingCols = RATING_FIELDS.map(([c, field]) => ({ index: col(c), asText: false, field }));
      const { values, found } = await revealDataTypes(
        b,
        body,
        followed,
        [{ index: col("Company"), asText: true }, ...ratingCols],
        opts,
      );
      // Invalid ratings are kept as typed: evaluate() leaves those offers out instead of scoring a blank.
      const parsed = readOffersTable(hdr, values, { keepInvalid: true });
      // A rating cell holding a data type is shown as such (not as a blank) where ratings show as typed.
      offers = parsed.offers.map((o, k) => {
        const here = found.filter((f) => f.row === parsed.rows[k] - 1);
        const fixes = here.flatMap((f) =>
          ratingCols.filter((c) => c.index === f.col).map((c) => [c.field, f.label]),
        );
        return fixes.length > 0 ? { ...o, ...Object.fromEntries(fixes) } : o;
      });
      live = liveChances(hdr, src, parsed.rows, values.length, weightsName, ins.names);
      for (const issue of parsed.issues.slice(0, 5)) notes.push(`Offers row ${issue.row}: ${issue.message}`);
      if (parsed.issues.length > 5) notes.push(`...and ${parsed.issues.length - 5} more cells left out.`);
      if (parsed.missingColumns.length > 0)
        notes.push(`The Offers table has no ${parsed.missingColumns.join(", ")} column.`);
    } else {
      notes.push('No Offers table found: press "Set up offers sheet" and add your offers first.');
    }

    const objectNames = takenObjectNames(ins);
    const layout = liveLayout(plan, offers, live, src, cols, data?.header.values[0] ?? []);
    const tables = resolveTables(layout, recT, objectNames);
    const targets = [{ t: recT, layout, keep: () => false }];
    if (assumExisting) targets.push({ t: assumExisting, layout: aLayout, keep: () => false });
    const stop = await stopIfBlocked(b, targets);
    if (stop) return { ...stop, offers };

    b.suspend();
    const owned = await renderLayout(b, recT, layout, tables, {}, notes);
    const sheets = { ...ins.registry.sheets, recommendation: owned };
    if (assumExisting) {
      sheets.assumptions = await renderLayout(
        b,
        assumExisting,
        aLayout,
        resolveTables(aLayout, assumExisting, objectNames),
        {},
        notes,
      );
    }
    // Keep the person's Offers formulas on today's role (only in our table, only cells still holding our formula).
    if (ours && data && offersSheet) {
      await refreshOffersTable(
        b,
        ctx.workbook.worksheets.getItem(offersSheet.id),
        {
          header: data.header.values[0],
          columns: cols ?? resolveOfferColumns(data.header.values[0], data.body.formulas, role, weightsName),
          bodyFormulas: data.body.formulas,
          bodyAddress: data.body.address,
          role,
          weightsName,
        },
        notes,
      );
    }
    recT.proxy.activate();
    saveRegistry(b, { ...ins.registry, sheets });
    await b.sync();

    const n = offers.length;
    const message = [
      `Recommendation written to "${recT.name}" from ${n} offer${n === 1 ? "" : "s"}.`,
      ...notes,
    ].join(" ");
    return { ...result(recT, message, b, notes), offers };
  });
}

/** "Write roadmap": the four phases for the role and pace; Done ticks already set are kept. */
export async function writeRoadmap(plan: PlanInput, opts: WriterOptions = {}): Promise<WriteResult> {
  // Bad pace or start date throws the scoring module's DomainError here, before the workbook is touched.
  buildRoadmapLayout(plan);
  return runner(opts)(async (ctx) => {
    const { b, ins, notes, taken } = await firstLook(ctx, opts);
    const t = prepareTarget(b, ins, "roadmap", taken, notes);
    const lookup = t.lookups.get("roadmap");
    const ranges = new Map<string, Excel.Range>();
    for (const c of lookup?.candidates ?? []) {
      ranges.set(c.id, ctx.workbook.tables.getItem(c.id).getRange().load("values"));
      b.op(200);
    }
    // The mistakes' table too, to keep its Done ticks.
    const mistakesLookup = t.lookups.get("mistakes");
    for (const c of mistakesLookup?.candidates ?? []) {
      ranges.set(c.id, ctx.workbook.tables.getItem(c.id).getRange().load("values"));
      b.op(200);
    }
    queueSpaceChecks(b, t, buildRoadmapLayout(plan));
    await b.sync();
    finishTarget(t);

    const found = lookup ? pickTable(lookup) : undefined;
    const doneRange = found ? ranges.get(found.id) : undefined;
    const done: boolean[] = [];
    if (doneRange) {
      const [hdr, ...rows] = doneRange.values;
      const phaseCol = hdr.findIndex((h) => h === ROADMAP_HEADERS[0]);
      const doneCol = hdr.findIndex((h) => h === "Done");
      if (phaseCol >= 0 && doneCol >= 0) {
        for (const row of rows) {
          const p = row[phaseCol];
          if (typeof p === "number" && p >= 1 && p <= 4)
            done[p - 1] =
              row[doneCol] === true ||
              (typeof row[doneCol] === "string" && String(row[doneCol]).toUpperCase() === "TRUE");
        }
      }
    }
    const mistakesFound = mistakesLookup ? pickTable(mistakesLookup) : undefined;
    const mistakesDone = readMistakeTicks(mistakesFound ? ranges.get(mistakesFound.id)?.values : undefined);
    const layout = datesAsFormulas(buildRoadmapLayout(plan, { done, mistakesDone }));
    const tables = resolveTables(layout, t, takenObjectNames(ins));
    const stop = await stopIfBlocked(b, [{ t, layout, keep: () => false }]);
    if (stop) return stop;
    b.suspend();
    const ownedSheet = await renderLayout(b, t, layout, tables, {}, notes);
    t.proxy.activate();
    saveRegistry(b, { ...ins.registry, sheets: { ...ins.registry.sheets, roadmap: ownedSheet } });
    await b.sync();
    const kept = done.filter(Boolean).length + Object.keys(mistakesDone).length;
    const message = [
      `Roadmap written to "${t.name}".${kept > 0 ? ` Kept ${kept} Done tick${kept === 1 ? "" : "s"}.` : ""}`,
      ...notes,
    ].join(" ");
    return result(t, message, b, notes);
  });
}

/** Updates the OfferWeights cells so every Score recalculates. Two round trips. */
export async function writeWeights(weights: Weights, opts: WriterOptions = {}): Promise<WriteResult> {
  return runner(opts)(async (ctx) => {
    const { b, ins } = await firstLook(ctx, opts);
    const sheet = findOurSheet(ins, "assumptions");
    const name = ins.registry.weightsName;
    const named = name ? ins.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) : undefined;
    if (!sheet || !named || !name) {
      return {
        sheetName: "",
        message: 'The weights are saved; press "Set up offers sheet" to put them in the workbook.',
        syncs: b.syncs,
        requestBytes: b.sent,
        warnings: [],
      };
    }
    const ws = ctx.workbook.worksheets.getItem(sheet.id);
    b.suspend();
    const rect = weightsRect();
    await b.writeGrid(ws, rect.row, rect.col, [[weights[0], weights[1], weights[2], weights[3]]]);
    ensureWeightsName(b, ws, sheet.name, { name: named.name, exists: true, formula: named.formula });
    await b.sync();
    return {
      sheetName: sheet.name,
      message: `Weights updated in ${named.name}; scores recalculate.`,
      syncs: b.syncs,
      requestBytes: b.sent,
      warnings: [],
    };
  });
}
