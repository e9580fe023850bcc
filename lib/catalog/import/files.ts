/**
 * Where an import's files live in storage, under a folder of its own that /media never serves:
 * `private/imports/<sellerId>/<importId>/` holds the uploaded file (source.csv|jsonl|json), its
 * description (upload.json: original name, format, size, first rows) and, once it ran, errors.csv.
 * The upload id becomes the import's id when the seller starts it.
 */
import { z } from "zod";
import { getStorage } from "@/lib/platform/storage";
import { IMPORT_FORMATS, type ImportFormat } from "./formats";
import type { FilePreview } from "./parse";

const folder = (sellerId: string, importId: string) => `private/imports/${sellerId}/${importId}`;

export const importKeys = {
  source: (sellerId: string, importId: string, format: ImportFormat) => `${folder(sellerId, importId)}/source.${format}`,
  upload: (sellerId: string, importId: string) => `${folder(sellerId, importId)}/upload.json`,
  errors: (sellerId: string, importId: string) => `${folder(sellerId, importId)}/errors.csv`,
};

const SOURCE_TYPES: Record<ImportFormat, string> = { csv: "text/csv; charset=utf-8", jsonl: "application/x-ndjson", json: "application/json" };

const sourceValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const uploadSchema = z.object({
  fileName: z.string(),
  format: z.enum(IMPORT_FORMATS),
  sizeBytes: z.number().int(),
  uploadedAt: z.string(),
  uploadedBy: z.string().nullable(),
  headers: z.array(z.string()),
  sample: z.array(z.union([z.object({ row: z.number(), record: z.record(z.string(), sourceValue) }), z.object({ row: z.number(), error: z.string() })])),
});
export type ImportUpload = z.infer<typeof uploadSchema>;

/** Stores an uploaded file with its description; returns the description. */
export async function saveUpload(
  sellerId: string,
  importId: string,
  file: { fileName: string; format: ImportFormat; bytes: Uint8Array; uploadedBy: string | null },
  preview: FilePreview,
): Promise<ImportUpload> {
  const storage = getStorage();
  const upload: ImportUpload = {
    fileName: file.fileName,
    format: file.format,
    sizeBytes: file.bytes.byteLength,
    uploadedAt: new Date().toISOString(),
    uploadedBy: file.uploadedBy,
    headers: preview.headers,
    sample: preview.sample,
  };
  await storage.put(importKeys.source(sellerId, importId, file.format), file.bytes, SOURCE_TYPES[file.format]);
  await storage.put(importKeys.upload(sellerId, importId), Buffer.from(JSON.stringify(upload)), "application/json");
  return upload;
}

/** The description of an upload of this seller, or null when there is none. */
export async function readUpload(sellerId: string, importId: string): Promise<ImportUpload | null> {
  const stored = await getStorage().get(importKeys.upload(sellerId, importId));
  if (!stored) return null;
  const parsed = uploadSchema.safeParse(JSON.parse(stored.bytes.toString("utf8")));
  return parsed.success ? parsed.data : null;
}
