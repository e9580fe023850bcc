import { getActor } from "@/lib/auth/session";
import { uploadProductImage } from "@/lib/media/image-upload";
import { MAX_IMAGE_BYTES } from "@/lib/media/limits";
import { handleUpload } from "@/lib/media/upload-http";

export const runtime = "nodejs";

/** POST multipart `file` (+ `?sellerId=` for an admin) → 201 `{ storageKey, width, height }` or `{ error, code }`. */
export async function POST(request: Request): Promise<Response> {
  return handleUpload(request, await getActor(), { maxFileBytes: MAX_IMAGE_BYTES, what: "images", store: uploadProductImage });
}
