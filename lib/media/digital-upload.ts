import "server-only";
import { createHash } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { getStorage } from "@/lib/platform/storage";
import { MediaRejectedError } from "./errors";
import { fileBytes } from "./file-bytes";
import { digitalFileKey, newUploadId, safeFileName } from "./keys";
import { DIGITAL_FORMAT_LABEL, DIGITAL_TYPES, extensionOf, isDigitalExtension, MAX_DIGITAL_BYTES } from "./limits";
import { contentMatchesExtension } from "./sniff";
import { resolveUploadSeller } from "./upload-owner";

/** What a digital product saves (ProductEditorInput["digitalFile"]). */
export interface UploadedDigitalFile {
  storageKey: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

export interface DigitalUploadInput {
  file: Blob;
  /** The name the seller's file had; only its sanitised form is kept. */
  fileName: string;
  /** Only for an admin uploading into a seller's folder. */
  sellerId?: string | null;
}

/**
 * A digital product file: one of the accepted types (by extension, confirmed by the content), at most
 * 100 MB, stored under `private/digital/<sellerId>/<uploadId>/<safe-file-name>` — never served by /media;
 * buyers get it through a signed download link. Nothing is stored when the file is refused.
 */
export async function uploadDigitalFile(actor: Actor | null, input: DigitalUploadInput): Promise<UploadedDigitalFile> {
  const sellerId = await resolveUploadSeller(actor, input.sellerId);
  const fileName = safeFileName(input.fileName);
  const ext = extensionOf(fileName);
  if (!isDigitalExtension(ext)) {
    throw new MediaRejectedError("unsupported_type", `Files of this type can't be sold here. Upload a ${DIGITAL_FORMAT_LABEL} file.`);
  }
  const bytes = await fileBytes(input.file, MAX_DIGITAL_BYTES, "digital files");
  if (!contentMatchesExtension(bytes, ext)) {
    throw new MediaRejectedError("unsupported_type", `This file's content is not ${ext.toUpperCase()}: check that it opens, or upload a ${DIGITAL_FORMAT_LABEL} file.`);
  }
  const contentType = DIGITAL_TYPES[ext];
  const storageKey = digitalFileKey(sellerId, newUploadId(), fileName);
  await getStorage().put(storageKey, bytes, contentType);
  return { storageKey, fileName, contentType, sizeBytes: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex") };
}
