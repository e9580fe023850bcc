/**
 * The "catalog.import" background job: runs one catalog_imports row (queued → running → completed or
 * failed). It counts the file's rows first, then reads, checks and writes them in batches of 500,
 * updating the progress counters after each batch so the seller's progress bar moves; rows that fail
 * are collected into the error report (private/imports/…/errors.csv) and never stop the good ones.
 * Re-running a file is idempotent: rows find their products again by SKU or source ID. The catalogue
 * cache is invalidated once, at the end, for what shoppers can see.
 */
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Db } from "@/lib/platform/db";
import { defineJob } from "@/lib/platform/jobs";
import { logger } from "@/lib/platform/logger";
import { getStorage } from "@/lib/platform/storage";
import { catalogImports, type CatalogImport } from "@/models";
import type { CategoryAttributeDef } from "../attribute-rules";
import { listCategoryAttributes } from "../attributes";
import { invalidateCatalog } from "../cache-tags";
import { buildCategoryIndex } from "./category-match";
import { listCategoryNodes } from "./category-nodes";
import { importKeys } from "./files";
import { IMPORT_FORMATS } from "./formats";
import { countRows, ImportFileError, readRows } from "./parse";
import { writePriceStockBatch, type PriceStockRow } from "./price-stock-writer";
import { writeProductBatch, type BatchOutcome, type DraftRow } from "./product-writer";
import { errorReportCsv, type RowFailure } from "./report";
import { mapPriceStockRow } from "./price-stock-rows";
import { mapProductRow, sellerCodeOf, type RowIssue } from "./rows";
import { importOptionsSchema } from "./schemas";
import { displayValue } from "./values";

export const IMPORT_BATCH = 500;
export const CATALOG_IMPORT_JOB = "catalog.import";
const UNSAVED_ROW = "This row could not be saved. Check its values and import it again; if it keeps failing, contact support";

export const catalogImportJob = defineJob({
  name: CATALOG_IMPORT_JOB,
  schema: z.object({ importId: z.uuid() }),
  attempts: 3,
  run: ({ importId }) => runImport(importId),
});

const formatOf = (imp: CatalogImport) => z.enum(IMPORT_FORMATS).parse(imp.format);

/** Takes the import for this run; null when it already finished (a duplicate or late retry of the job). */
async function claim(db: Db, importId: string): Promise<CatalogImport | null> {
  const [row] = await db
    .update(catalogImports)
    .set({ status: "running", startedAt: new Date(), finishedAt: null, error: null, processedRows: 0, createdCount: 0, updatedCount: 0, failedCount: 0 })
    .where(and(eq(catalogImports.id, importId), inArray(catalogImports.status, ["queued", "running"])))
    .returning();
  return row ?? null;
}

/** Writes a batch; when the batch as a whole fails, each row is retried alone so one bad row cannot sink the others. */
async function writeIsolated<T extends { row: number }>(rows: T[], write: (rows: T[]) => Promise<BatchOutcome>): Promise<BatchOutcome> {
  try {
    return await write(rows);
  } catch (err) {
    if (rows.length === 1) {
      logger.warn({ err, row: rows[0].row }, "import row could not be written");
      return { created: 0, updated: 0, failures: [{ row: rows[0].row, column: "", value: "", message: UNSAVED_ROW }], visibleProductIds: [], visibleCategoryIds: [] };
    }
    const total: BatchOutcome = { created: 0, updated: 0, failures: [], visibleProductIds: [], visibleCategoryIds: [] };
    for (const row of rows) {
      const one = await writeIsolated([row], write);
      total.created += one.created;
      total.updated += one.updated;
      total.failures.push(...one.failures);
      total.visibleProductIds.push(...one.visibleProductIds);
      total.visibleCategoryIds.push(...one.visibleCategoryIds);
    }
    return total;
  }
}

class Progress {
  processed = 0;
  created = 0;
  updated = 0;
  failedRows = new Set<number>();
  failures: RowFailure[] = [];
  visibleProductIds = new Set<string>();
  visibleCategoryIds = new Set<string>();
  private reportedAt = 0;

  constructor(
    private readonly db: Db,
    private readonly importId: string,
  ) {}

  fail(row: number, issues: readonly RowIssue[]) {
    this.failedRows.add(row);
    for (const i of issues) this.failures.push({ row, ...i });
  }

  add(outcome: BatchOutcome) {
    this.created += outcome.created;
    this.updated += outcome.updated;
    for (const f of outcome.failures) {
      this.failedRows.add(f.row);
      this.failures.push(f);
    }
    outcome.visibleProductIds.forEach((id) => this.visibleProductIds.add(id));
    outcome.visibleCategoryIds.forEach((id) => this.visibleCategoryIds.add(id));
  }

  counters() {
    return { processedRows: this.processed, createdCount: this.created, updatedCount: this.updated, failedCount: this.failedRows.size };
  }

  /** Saves the counters when a batch's worth of rows went by since the last save (or when forced). */
  async save(force = false) {
    if (!force && this.processed - this.reportedAt < IMPORT_BATCH) return;
    this.reportedAt = this.processed;
    await this.db.update(catalogImports).set(this.counters()).where(eq(catalogImports.id, this.importId));
  }
}

/** Finds each row's duplicate of an earlier row of the file (same SKU, same source ID). */
function duplicateChecker() {
  const seen = new Map<string, number>();
  return (row: number, keys: { key: string; column: string; value: string; what: string }[]): RowIssue | null => {
    for (const k of keys) {
      const first = seen.get(k.key);
      if (first !== undefined) return { column: k.column, value: displayValue(k.value), message: `The same ${k.what} is on row ${first}: each row needs its own` };
    }
    for (const k of keys) seen.set(k.key, row);
    return null;
  };
}

async function importProducts(db: Db, imp: CatalogImport, bytes: Uint8Array, progress: Progress): Promise<void> {
  const options = importOptionsSchema.parse(imp.options);
  const mapping = imp.mapping;
  const nodes = await listCategoryNodes(db);
  const rowCtx = { categories: buildCategoryIndex(nodes), defaultCategoryId: options.defaultCategoryId ?? null, sellerCode: sellerCodeOf(imp.sellerId) };
  const defs = new Map<string, CategoryAttributeDef[]>();
  const writerCtx = {
    sellerId: imp.sellerId,
    actorId: imp.createdBy,
    fileName: imp.fileName,
    submitForReview: options.submitForReview,
    mapping,
    attributeDefs: (categoryId: string) => defs.get(categoryId) ?? [],
  };
  const duplicate = duplicateChecker();
  let batch: DraftRow[] = [];
  const flush = async () => {
    for (const id of new Set(batch.flatMap((r) => (r.draft.categoryId ? [r.draft.categoryId] : [])))) {
      if (!defs.has(id)) defs.set(id, await listCategoryAttributes(id, db));
    }
    progress.add(await writeIsolated(batch, (rows) => writeProductBatch(db, writerCtx, rows)));
    batch = [];
  };
  for await (const parsed of readRows(bytes, formatOf(imp))) {
    progress.processed++;
    if ("error" in parsed) progress.fail(parsed.row, [{ column: "", value: "", message: parsed.error }]);
    else {
      const result = mapProductRow(parsed.record, mapping, rowCtx);
      if (!result.ok) progress.fail(parsed.row, result.issues);
      else {
        const draft = result.value;
        const dup = duplicate(parsed.row, [
          { key: `sku:${draft.variant.sku}`, column: mapping.sku ?? mapping.ref ?? "", value: draft.variant.sku, what: "SKU" },
          { key: `ref:${draft.ref}`, column: mapping.ref ?? mapping.sku ?? "", value: draft.ref, what: mapping.ref ? "source ID" : "SKU" },
        ]);
        if (dup) progress.fail(parsed.row, [dup]);
        else batch.push({ row: parsed.row, draft });
      }
    }
    if (batch.length >= IMPORT_BATCH) await flush();
    await progress.save();
  }
  if (batch.length) await flush();
}

async function importPriceStock(db: Db, imp: CatalogImport, bytes: Uint8Array, progress: Progress): Promise<void> {
  const ctx = { sellerId: imp.sellerId, mapping: imp.mapping };
  const duplicate = duplicateChecker();
  let batch: PriceStockRow[] = [];
  const flush = async () => {
    progress.add(await writeIsolated(batch, (rows) => writePriceStockBatch(db, ctx, rows)));
    batch = [];
  };
  for await (const parsed of readRows(bytes, formatOf(imp))) {
    progress.processed++;
    if ("error" in parsed) progress.fail(parsed.row, [{ column: "", value: "", message: parsed.error }]);
    else {
      const result = mapPriceStockRow(parsed.record, imp.mapping);
      if (!result.ok) progress.fail(parsed.row, result.issues);
      else {
        const dup = duplicate(parsed.row, [{ key: result.value.sku, column: imp.mapping.sku ?? "", value: result.value.sku, what: "SKU" }]);
        if (dup) progress.fail(parsed.row, [dup]);
        else batch.push({ row: parsed.row, draft: result.value });
      }
    }
    if (batch.length >= IMPORT_BATCH) await flush();
    await progress.save();
  }
  if (batch.length) await flush();
}

/** Runs an import to its end; never throws for a problem with the file (the import is marked failed with the reason). */
export async function runImport(importId: string): Promise<void> {
  const db = await getDb();
  const imp = await claim(db, importId);
  if (!imp) return;
  const progress = new Progress(db, imp.id);
  let error: string | null = null;
  try {
    const source = await getStorage().get(imp.fileKey);
    if (!source) throw new ImportFileError("The uploaded file is no longer stored: upload it again.");
    const totalRows = await countRows(source.bytes, formatOf(imp));
    await db.update(catalogImports).set({ totalRows }).where(eq(catalogImports.id, imp.id));
    if (imp.kind === "products") await importProducts(db, imp, source.bytes, progress);
    else await importPriceStock(db, imp, source.bytes, progress);
  } catch (err) {
    if (!(err instanceof ImportFileError)) logger.error({ err, importId }, "catalog import failed");
    error = err instanceof ImportFileError ? err.message : "The import stopped because of an error on our side. Rows written before it stay; run the import again to finish.";
  }
  let errorReportKey: string | null = null;
  if (progress.failures.length > 0) {
    errorReportKey = importKeys.errors(imp.sellerId, imp.id);
    const byRow = [...progress.failures].sort((a, b) => a.row - b.row);
    await getStorage().put(errorReportKey, errorReportCsv(byRow), "text/csv; charset=utf-8");
  }
  await db
    .update(catalogImports)
    .set({ ...progress.counters(), status: error ? "failed" : "completed", error, errorReportKey, finishedAt: new Date() })
    .where(eq(catalogImports.id, imp.id));
  await invalidateCatalog({ productIds: [...progress.visibleProductIds], categoryIds: [...progress.visibleCategoryIds] });
}
