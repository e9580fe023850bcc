import "server-only";
import { count, desc, eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policies";
import { getDb } from "@/lib/platform/db";
import { NotFoundError } from "@/lib/platform/errors";
import { getStorage } from "@/lib/platform/storage";
import { catalogImports, type CatalogImport, type ImportKind, type ImportStatus } from "@/models";
import { readUpload, type ImportUpload } from "./files";
import { importIdSchema } from "./schemas";
import { importSeller, UPLOAD_NOT_FOUND } from "./service";

/** Reads for the import screens: an upload waiting for its mapping, the imports of a store, one import's progress and error report. */

export interface ImportView {
  id: string;
  kind: ImportKind;
  status: ImportStatus;
  fileName: string;
  totalRows: number;
  processedRows: number;
  createdCount: number;
  updatedCount: number;
  failedCount: number;
  hasErrorReport: boolean;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export const IMPORT_NOT_FOUND = "We couldn't find that import.";
export const IMPORTS_PAGE_SIZE = 20;

function toView(row: CatalogImport): ImportView {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    fileName: row.fileName,
    totalRows: row.totalRows,
    processedRows: row.processedRows,
    createdCount: row.createdCount,
    updatedCount: row.updatedCount,
    failedCount: row.failedCount,
    hasErrorReport: row.errorReportKey !== null,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

async function ownImport(actor: Actor | null, importId: unknown): Promise<CatalogImport> {
  const { actor: seller } = importSeller(actor);
  const id = importIdSchema.safeParse(importId);
  if (!id.success) throw new NotFoundError(IMPORT_NOT_FOUND);
  const db = await getDb();
  const [row] = await db.select().from(catalogImports).where(eq(catalogImports.id, id.data));
  if (!row) throw new NotFoundError(IMPORT_NOT_FOUND);
  assertCan(seller, "import:manage", { sellerId: row.sellerId });
  return row;
}

/** One import of the actor's store, with its progress; 403 for another store's, 404 when unknown. */
export async function getImport(actor: Actor | null, importId: unknown): Promise<ImportView> {
  return toView(await ownImport(actor, importId));
}

/** The error report CSV of an import of the actor's store, or null when the import has none. */
export async function getImportErrorReport(actor: Actor | null, importId: unknown): Promise<{ fileName: string; bytes: Buffer } | null> {
  const row = await ownImport(actor, importId);
  if (!row.errorReportKey) return null;
  const stored = await getStorage().get(row.errorReportKey);
  if (!stored) return null;
  const base = row.fileName.replace(/\.[^.]+$/, "").replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 80) || "import";
  return { fileName: `${base}-errors.csv`, bytes: stored.bytes };
}

export async function listImports(actor: Actor | null, page = 1): Promise<{ items: ImportView[]; total: number; page: number; pageCount: number; pageSize: number }> {
  const { sellerId } = importSeller(actor);
  const db = await getDb();
  const [{ n }] = await db.select({ n: count() }).from(catalogImports).where(eq(catalogImports.sellerId, sellerId));
  const pageCount = Math.max(1, Math.ceil(n / IMPORTS_PAGE_SIZE));
  const current = Math.min(page, pageCount);
  const rows = await db
    .select()
    .from(catalogImports)
    .where(eq(catalogImports.sellerId, sellerId))
    .orderBy(desc(catalogImports.createdAt), desc(catalogImports.id))
    .limit(IMPORTS_PAGE_SIZE)
    .offset((current - 1) * IMPORTS_PAGE_SIZE);
  return { items: rows.map(toView), total: n, page: current, pageCount, pageSize: IMPORTS_PAGE_SIZE };
}

export interface ImportDraft {
  uploadId: string;
  upload: ImportUpload;
  /** The import started from this upload already (the page then shows its progress). */
  started: boolean;
}

/** An upload of the actor's store waiting for its mapping step. */
export async function getImportDraft(actor: Actor | null, uploadId: unknown): Promise<ImportDraft> {
  const { sellerId } = importSeller(actor);
  const id = importIdSchema.safeParse(uploadId);
  if (!id.success) throw new NotFoundError(UPLOAD_NOT_FOUND);
  const upload = await readUpload(sellerId, id.data);
  if (!upload) throw new NotFoundError(UPLOAD_NOT_FOUND);
  const db = await getDb();
  const [started] = await db.select({ id: catalogImports.id }).from(catalogImports).where(eq(catalogImports.id, id.data));
  return { uploadId: id.data, upload, started: Boolean(started) };
}
