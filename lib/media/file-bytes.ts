import "server-only";
import { MediaRejectedError } from "./errors";
import { formatBytes } from "./limits";

/** The refusal for a file over `maxBytes` (its size when known), naming the limit. */
export function tooLarge(maxBytes: number, what: string, sizeBytes?: number): MediaRejectedError {
  const size = sizeBytes === undefined ? "This file is too large" : `This file is ${formatBytes(sizeBytes)}`;
  return new MediaRejectedError("too_large", `${size}: ${what} can be at most ${formatBytes(maxBytes)}.`);
}

/** The bytes of an uploaded file, refused before reading when it is empty or over `maxBytes`. */
export async function fileBytes(file: Blob, maxBytes: number, what: string): Promise<Buffer> {
  if (file.size === 0) throw new MediaRejectedError("empty", "This file is empty.");
  if (file.size > maxBytes) throw tooLarge(maxBytes, what, file.size);
  return Buffer.from(await file.arrayBuffer());
}
