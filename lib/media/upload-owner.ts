import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policies";
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/platform/errors";
import { getSellerProfile } from "@/lib/sellers/queries";

/**
 * The seller whose storage folder an upload goes into: a seller's own store, or — for an admin
 * editing a seller's product — the store named by `requestedSellerId`. Throws 401/403/404/422.
 */
export async function resolveUploadSeller(actor: Actor | null, requestedSellerId?: string | null): Promise<string> {
  if (!actor) throw new UnauthenticatedError();
  const sellerId = requestedSellerId ?? actor.sellerId;
  if (!sellerId) {
    if (actor.role === "admin") throw new ValidationError({ sellerId: ["Choose the store these files are for"] }, "Choose the store these files are for.");
    throw new ForbiddenError("Only a seller with an active store can upload files.");
  }
  assertCan(actor, "upload:create", { sellerId });
  if (actor.sellerId !== sellerId && !(await getSellerProfile(sellerId))) throw new NotFoundError("We couldn't find that store.");
  return sellerId;
}
