import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policies";
import { fileBytes } from "@/lib/media/file-bytes";
import { ForbiddenError, UnauthenticatedError, ValidationError, fieldErrorsFromIssues } from "@/lib/platform/errors";
import { getJobs, type JobQueue } from "@/lib/platform/jobs";
import { MAX_IMPORT_BYTES } from "./formats";
import { acceptUpload, queueImport } from "./intake";
import { startImportSchema } from "./schemas";

/**
 * Starting a bulk import: the seller uploads a file (kept privately, never served), chooses how its
 * columns map in the mapping step, then starts it — which records a catalog_imports row and queues
 * the "catalog.import" job (in-process, or BullMQ when REDIS_URL is set). Only the seller itself may
 * import into its catalogue (policy "import:manage").
 */

export { UPLOAD_NOT_FOUND } from "./intake";

/** The seller an actor imports for; anonymous and non-sellers are refused. */
export function importSeller(actor: Actor | null): { actor: Actor; sellerId: string } {
  if (!actor) throw new UnauthenticatedError();
  if (!actor.sellerId) throw new ForbiddenError("Only a seller with an active store can import products.");
  return { actor: assertCan(actor, "import:manage", { sellerId: actor.sellerId }), sellerId: actor.sellerId };
}

/** Keeps an uploaded CSV, JSON Lines or JSON file of at most 50 MB for the mapping step; returns its id (the future import's id). */
export async function uploadImportFile(actor: Actor | null, input: { file: File; fileName: string; sellerId: string }): Promise<{ uploadId: string }> {
  const seller = importSeller(actor);
  if (input.sellerId !== seller.sellerId) throw new ForbiddenError("You can only import into your own store.");
  const bytes = await fileBytes(input.file, MAX_IMPORT_BYTES, "import files");
  return acceptUpload(seller.sellerId, seller.actor.id, input.fileName, bytes);
}

/** Starts the import of one of the seller's uploads with its mapping (see queueImport). */
export async function startImport(actor: Actor | null, input: unknown, options: { jobs?: JobQueue } = {}): Promise<{ id: string }> {
  const seller = importSeller(actor);
  const parsed = startImportSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromIssues(parsed.error.issues));
  return queueImport(seller.sellerId, seller.actor.id, parsed.data, options.jobs ?? getJobs());
}
