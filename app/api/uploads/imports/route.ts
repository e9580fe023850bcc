import { getActor } from "@/lib/auth/session";
import { MAX_IMPORT_BYTES } from "@/lib/catalog/import/formats";
import { uploadImportFile } from "@/lib/catalog/import/service";
import { handleUpload } from "@/lib/media/upload-http";

export const runtime = "nodejs";

/** POST multipart `file` (CSV, JSON Lines or JSON, ≤ 50 MB) → 201 `{ uploadId }` for the mapping step, or `{ error, code }`. */
export async function POST(request: Request): Promise<Response> {
  return handleUpload(request, await getActor(), { maxFileBytes: MAX_IMPORT_BYTES, what: "import files", store: uploadImportFile });
}
