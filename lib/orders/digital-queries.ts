import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policies";
import { getDb } from "@/lib/platform/db";
import { digitalEntitlements, digitalFiles, licenceKeys, orderLines, orders, subOrders, type SubOrderStatus } from "@/models";
import { signedDownloadPath } from "./digital-links";

/** A purchased file as the order page shows it; `url` is a fresh signed link (null when it can no longer be used). */
export interface DigitalDownloadDto {
  url: string | null;
  fileName: string;
  sizeBytes: number;
  downloadsUsed: number;
  maxDownloads: number;
  expiresAt: Date;
  /** Why it cannot be downloaded any more, or null. */
  unavailableReason: string | null;
}

/** One digital line of an order and what it gave the buyer. */
export interface DigitalGoodsDto {
  orderLineId: string;
  title: string;
  variantTitle: string;
  quantity: number;
  download: DigitalDownloadDto | null;
  licenceKeys: string[];
  /** Awaiting payment: nothing is handed out yet. */
  pending: boolean;
}

function unavailable(status: SubOrderStatus, e: { downloadCount: number; maxDownloads: number; expiresAt: Date }, hasFile: boolean, now: Date): string | null {
  if (status === "cancelled") return "Order cancelled";
  if (!hasFile) return "The seller has removed this file";
  if (e.expiresAt <= now) return "Download period ended";
  if (e.downloadCount >= e.maxDownloads) return "All downloads used";
  return null;
}

/**
 * The digital goods of an order for its buyer (signed links are made for the actor only). Anyone else —
 * including the seller and admins, who may read the order — gets an empty list: keys and links are the buyer's.
 */
export async function getOrderDigitalGoods(actor: Actor | null, orderId: unknown, now: Date = new Date()): Promise<DigitalGoodsDto[]> {
  const id = z.uuid().safeParse(orderId);
  if (!actor || !id.success) return [];
  const db = await getDb();
  const [order] = await db.select({ customerId: orders.customerId }).from(orders).where(eq(orders.id, id.data)).limit(1);
  if (!order || !can(actor, "digital:access", { customerId: order.customerId })) return [];
  const lines = await db
    .select({
      id: orderLines.id,
      title: orderLines.title,
      variantTitle: orderLines.variantTitle,
      quantity: orderLines.quantity,
      productId: orderLines.productId,
      partStatus: subOrders.status,
    })
    .from(orderLines)
    .innerJoin(subOrders, eq(subOrders.id, orderLines.subOrderId))
    .where(and(eq(orderLines.orderId, id.data), eq(orderLines.productType, "digital")))
    .orderBy(asc(orderLines.position), asc(orderLines.id));
  if (lines.length === 0) return [];
  const lineIds = lines.map((l) => l.id);
  const [entitlements, files, keys] = await Promise.all([
    db.select().from(digitalEntitlements).where(inArray(digitalEntitlements.orderLineId, lineIds)),
    db.select().from(digitalFiles).where(inArray(digitalFiles.productId, lines.map((l) => l.productId))),
    db
      .select({ key: licenceKeys.key, ref: licenceKeys.assignedRef })
      .from(licenceKeys)
      .where(inArray(licenceKeys.assignedRef, lineIds))
      .orderBy(asc(licenceKeys.assignedAt), asc(licenceKeys.id)),
  ]);
  const items = lines.map((line) => {
    const download = entitlements.find((e) => e.orderLineId === line.id && e.kind === "download");
    const file = files.find((f) => f.productId === line.productId);
    const lineKeys = keys.filter((k) => k.ref === line.id).map((k) => k.key);
    const reason = download ? unavailable(line.partStatus, download, Boolean(file), now) : null;
    return {
      orderLineId: line.id,
      title: line.title,
      variantTitle: line.variantTitle,
      quantity: line.quantity,
      download: download
        ? {
            url: reason ? null : signedDownloadPath(download.id, order.customerId, now),
            fileName: file?.fileName ?? "file",
            sizeBytes: file?.sizeBytes ?? 0,
            downloadsUsed: download.downloadCount,
            maxDownloads: download.maxDownloads,
            expiresAt: download.expiresAt,
            unavailableReason: reason,
          }
        : null,
      licenceKeys: line.partStatus === "cancelled" ? [] : lineKeys,
      pending: line.partStatus === "pending_payment",
      cancelledEmpty: line.partStatus === "cancelled" && !download,
    };
  });
  // A cancelled part that never handed anything out (an unpaid order) has nothing to show.
  return items.filter((i) => !i.cancelledEmpty).map(({ cancelledEmpty: _gone, ...item }) => item);
}
