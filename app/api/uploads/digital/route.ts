import { getActor } from "@/lib/auth/session";
import { uploadDigitalFile } from "@/lib/media/digital-upload";
import { MAX_DIGITAL_BYTES } from "@/lib/media/limits";
import { handleUpload } from "@/lib/media/upload-http";

export const runtime = "nodejs";

/** POST multipart `file` (+ `?sellerId=` for an admin) → 201 `{ storageKey, fileName, contentType, sizeBytes, sha256 }` or `{ error, code }`. */
export async function POST(request: Request): Promise<Response> {
  return handleUpload(request, await getActor(), { maxFileBytes: MAX_DIGITAL_BYTES, what: "digital files", store: uploadDigitalFile });
}
