import "server-only";
import { and, eq, gt, lt, sql } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policies";
import { getDb } from "@/lib/platform/db";
import { AppError, ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/platform/errors";
import { getStorage } from "@/lib/platform/storage";
import { digitalEntitlements, digitalFiles, orderLines, subOrders } from "@/models";
import { checkDownloadLink } from "./digital-links";

/** A download that existed but can no longer be used (link or purchase expired, limit used up, order cancelled): 410. */
export class DownloadGoneError extends AppError {
  readonly code = "conflict";
  readonly status = 410;
  constructor(message: string) {
    super(message);
    this.name = "DownloadGoneError";
  }
}

const linkSchema = z.object({
  entitlementId: z.uuid(),
  exp: z.coerce.number().int().positive(),
  sig: z.string().max(128),
});

export interface OpenedDownload {
  bytes: Buffer;
  fileName: string;
  contentType: string;
  downloadsLeft: number;
}

const dateFormat = new Intl.DateTimeFormat("en-IN", { timeZone: "Asia/Kolkata", day: "numeric", month: "short", year: "numeric" });

/**
 * Serves one use of a signed download link: only to the signed-in buyer, with a valid, unexpired
 * signature, within the purchase's download window and limit. Each successful call counts one download
 * (a single conditional UPDATE, so parallel requests cannot exceed the limit).
 */
export async function openDownload(actor: Actor | null, input: unknown, now: Date = new Date()): Promise<OpenedDownload> {
  const parsed = linkSchema.safeParse(input);
  if (!parsed.success) throw new NotFoundError("This download link is incomplete. Open the download again from your order.");
  const { entitlementId, exp, sig } = parsed.data;
  if (!actor) throw new UnauthenticatedError("Please sign in to download your purchase.");
  const db = await getDb();
  const [row] = await db
    .select({
      customerId: digitalEntitlements.customerId,
      kind: digitalEntitlements.kind,
      maxDownloads: digitalEntitlements.maxDownloads,
      downloadCount: digitalEntitlements.downloadCount,
      expiresAt: digitalEntitlements.expiresAt,
      partStatus: subOrders.status,
      storageKey: digitalFiles.storageKey,
      fileName: digitalFiles.fileName,
      contentType: digitalFiles.contentType,
    })
    .from(digitalEntitlements)
    .innerJoin(orderLines, eq(orderLines.id, digitalEntitlements.orderLineId))
    .innerJoin(subOrders, eq(subOrders.id, orderLines.subOrderId))
    .leftJoin(digitalFiles, eq(digitalFiles.productId, orderLines.productId))
    .where(eq(digitalEntitlements.id, entitlementId))
    .limit(1);
  if (!row || row.kind !== "download") throw new NotFoundError("We couldn't find this download.");
  if (!can(actor, "digital:access", { customerId: row.customerId })) throw new ForbiddenError("This download belongs to another account.");
  const link = checkDownloadLink({ entitlementId, customerId: actor.id, exp, sig, now });
  if (link === "invalid") throw new ForbiddenError("This download link is not valid. Open the download again from your order.");
  if (link === "expired") throw new DownloadGoneError("This download link has expired. Open your order to get a fresh link.");
  if (row.partStatus === "cancelled") throw new DownloadGoneError("This order was cancelled, so its downloads are no longer available.");
  if (row.expiresAt <= now) throw new DownloadGoneError(`The download period for this purchase ended on ${dateFormat.format(row.expiresAt)}.`);
  if (row.downloadCount >= row.maxDownloads) throw new DownloadGoneError(`You have used all ${row.maxDownloads} downloads of this purchase.`);
  if (!row.storageKey || !row.fileName || !row.contentType) throw new NotFoundError("The seller has removed this file. Please contact them through your order.");
  const stored = await getStorage().get(row.storageKey);
  if (!stored) throw new NotFoundError("The file is not available right now. Please try again later.");
  const [counted] = await db
    .update(digitalEntitlements)
    .set({ downloadCount: sql`${digitalEntitlements.downloadCount} + 1` })
    .where(
      and(
        eq(digitalEntitlements.id, entitlementId),
        lt(digitalEntitlements.downloadCount, digitalEntitlements.maxDownloads),
        gt(digitalEntitlements.expiresAt, now),
      ),
    )
    .returning({ downloadCount: digitalEntitlements.downloadCount, maxDownloads: digitalEntitlements.maxDownloads });
  if (!counted) throw new DownloadGoneError(`You have used all ${row.maxDownloads} downloads of this purchase.`);
  return { bytes: stored.bytes, fileName: row.fileName, contentType: row.contentType, downloadsLeft: counted.maxDownloads - counted.downloadCount };
}
