/**
 * The two steps before an import runs, for a seller already authorized by the caller (service.ts for
 * the app, the benchmark script directly): keeping an uploaded file after checking it can be read,
 * and recording the import with its mapping and queueing the "catalog.import" job.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { MediaRejectedError } from "@/lib/media/errors";
import { getDb } from "@/lib/platform/db";
import { NotFoundError, ValidationError, type FieldErrors } from "@/lib/platform/errors";
import type { JobQueue } from "@/lib/platform/jobs";
import { catalogImports, categories } from "@/models";
import { mappingProblems } from "./fields";
import { importKeys, readUpload, saveUpload } from "./files";
import { detectFormat } from "./formats";
import { CATALOG_IMPORT_JOB } from "./job";
import { ImportFileError, previewFile } from "./parse";
import type { ImportOptions, StartImportValues } from "./schemas";

export const UPLOAD_NOT_FOUND = "We couldn't find this upload. Upload the file again.";

/** Keeps the file when it is CSV, JSON Lines or JSON whose columns can be read; refuses it (415/400) otherwise. */
export async function acceptUpload(sellerId: string, uploadedBy: string | null, fileName: string, bytes: Uint8Array): Promise<{ uploadId: string }> {
  const detected = detectFormat(fileName, bytes.subarray(0, 8192));
  if ("error" in detected) throw new MediaRejectedError("unsupported_type", detected.error);
  let preview;
  try {
    preview = await previewFile(bytes, detected.format);
  } catch (err) {
    if (err instanceof ImportFileError) throw new MediaRejectedError("malformed", err.message);
    throw err;
  }
  const uploadId = randomUUID();
  await saveUpload(sellerId, uploadId, { fileName: fileName.slice(0, 200), format: detected.format, bytes, uploadedBy }, preview);
  return { uploadId };
}

/**
 * Records the import of an upload with its mapping and queues its job. Queueing it twice (a double
 * click) is harmless: the import already recorded is returned.
 */
export async function queueImport(sellerId: string, actorId: string | null, input: StartImportValues, jobs: JobQueue): Promise<{ id: string }> {
  const { uploadId, kind, mapping, defaultCategoryId, submitForReview } = input;
  const upload = await readUpload(sellerId, uploadId);
  if (!upload) throw new NotFoundError(UPLOAD_NOT_FOUND);

  const errors: FieldErrors = {};
  for (const [field, message] of Object.entries(mappingProblems(kind, mapping, upload.headers))) errors[`mapping.${field}`] = [message];
  const db = await getDb();
  if (kind === "products" && defaultCategoryId) {
    const [category] = await db.select({ id: categories.id }).from(categories).where(eq(categories.id, defaultCategoryId));
    if (!category) errors.defaultCategoryId = ["Choose a category from the list"];
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors, "Please fix the mapping before starting the import.");

  const options: ImportOptions = kind === "products" ? { submitForReview, ...(defaultCategoryId ? { defaultCategoryId } : {}) } : { submitForReview: false };
  const [row] = await db
    .insert(catalogImports)
    .values({
      id: uploadId,
      sellerId,
      createdBy: actorId,
      kind,
      fileName: upload.fileName,
      fileKey: importKeys.source(sellerId, uploadId, upload.format),
      format: upload.format,
      mapping,
      options,
    })
    .onConflictDoNothing()
    .returning({ id: catalogImports.id });
  if (!row) {
    const [existing] = await db.select({ sellerId: catalogImports.sellerId }).from(catalogImports).where(eq(catalogImports.id, uploadId));
    if (existing?.sellerId !== sellerId) throw new NotFoundError(UPLOAD_NOT_FOUND);
    return { id: uploadId };
  }
  await jobs.enqueue(CATALOG_IMPORT_JOB, { importId: uploadId }, { jobId: `catalog-import-${uploadId}` });
  return { id: uploadId };
}
