import { getCache } from "@/lib/platform/cache";
import { sendMail } from "@/lib/platform/mail";
import { absoluteUrl } from "@/lib/platform/site-url";
import { loadOrderEmailData, type OrderEmailData } from "./order-email-data";
import { orderPlacedEmail, partNoticeEmail, sellerNewOrderEmail, type PartNotice } from "./order-emails";

/**
 * Sends the order emails. Events arrive at least once, so every email is sent under a key remembered in
 * the cache for two weeks: a redelivered event (or the same news through two events) sends nothing new.
 */

const SENT_TTL_SECONDS = 14 * 24 * 60 * 60;

async function once(key: string, send: () => Promise<unknown>): Promise<boolean> {
  const cache = getCache();
  const cacheKey = `notifications:sent:${key}`;
  if (await cache.get(cacheKey)) return false;
  await send();
  await cache.set(cacheKey, "1", SENT_TTL_SECONDS);
  return true;
}

export function customerOrderUrl(order: Pick<OrderEmailData, "number">): string {
  return absoluteUrl(`/account/orders/${encodeURIComponent(order.number)}`);
}

export function sellerOrderUrl(partNumber: string): string {
  return absoluteUrl(`/seller/orders/${encodeURIComponent(partNumber)}`);
}

/** An order that was never paid (still awaiting payment, or cancelled before payment) gets no "placed" email. */
function wasPlaced(order: OrderEmailData): boolean {
  if (order.status === "pending_payment") return false;
  return order.status !== "cancelled" || order.placedAt !== null;
}

/** "Order placed" to the customer, and "new order" to each seller with a part in it. */
export async function notifyOrderPlaced(orderId: string): Promise<void> {
  const order = await loadOrderEmailData(orderId);
  if (!order || !wasPlaced(order)) return;
  await once(`placed:${order.id}:customer`, () => sendMail({ to: order.customerEmail, ...orderPlacedEmail(order, customerOrderUrl(order)) }));
  for (const part of order.parts) {
    if (part.status === "cancelled") continue;
    await once(`placed:${part.id}:seller`, () => sendMail({ to: part.sellerEmail, ...sellerNewOrderEmail(order, part, sellerOrderUrl(part.number)) }));
  }
}

export const NOTIFIED_STATUSES: readonly PartNotice[] = ["accepted", "shipped", "delivered", "cancelled"];

export function isNotifiedStatus(status: unknown): status is PartNotice {
  return NOTIFIED_STATUSES.includes(status as PartNotice);
}

/** One email for the parts of an order that reached `notice` (several cancelled together share it). */
export async function notifyPartsChanged(orderId: string, subOrderIds: readonly string[], notice: PartNotice): Promise<void> {
  const order = await loadOrderEmailData(orderId);
  if (!order) return;
  const cache = getCache();
  const keyOf = (partId: string) => `part:${partId}:${notice}`;
  const parts = [];
  for (const part of order.parts) {
    if (!subOrderIds.includes(part.id)) continue;
    if (await cache.get(`notifications:sent:${keyOf(part.id)}`)) continue;
    parts.push(part);
  }
  if (parts.length === 0) return;
  await sendMail({ to: order.customerEmail, ...partNoticeEmail(order, parts, notice, customerOrderUrl(order)) });
  for (const part of parts) await cache.set(`notifications:sent:${keyOf(part.id)}`, "1", SENT_TTL_SECONDS);
}
