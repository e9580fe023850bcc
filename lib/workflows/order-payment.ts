import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { clearPurchasedItems } from "@/lib/cart";
import { commitReservations } from "@/lib/inventory";
import { cancelPart } from "@/lib/orders/cancellation";
import { applyTransition } from "@/lib/orders/service";
import type { Executor } from "@/lib/platform/db";
import { publish } from "@/lib/platform/events";
import { orderLines, orders, payments, subOrders } from "@/models";
import { onOrderPaid } from "./order-paid-hooks";

/**
 * The two ends of a pending-payment order, inside the caller's transaction (the caller holds the order
 * row lock or has just created the order): paid → its parts move to "placed", the held stock is committed,
 * the purchased items leave the cart and the onOrderPaid hooks run; never paid (declined, expired) → its
 * parts are cancelled by the system, which releases the stock and the coupon, and the deal units go back.
 */

/** After the order's money is secured (or it was placed with cash on delivery): commit stock, tell everyone. */
export async function completePlacedOrder(tx: Executor, order: { id: string; number: string; customerId: string }): Promise<void> {
  await commitReservations(tx, order.id);
  await tx.update(orders).set({ reservationExpiresAt: null, updatedAt: sql`now()` }).where(eq(orders.id, order.id));
  const lines = await tx.select({ variantId: orderLines.variantId }).from(orderLines).where(eq(orderLines.orderId, order.id));
  await clearPurchasedItems(tx, order.customerId, [...new Set(lines.map((l) => l.variantId))]);
  await publish(tx, { topic: "order.placed", aggregateId: order.id, payload: { number: order.number } });
  await onOrderPaid(tx, order.id);
}

/** A pending-payment order whose payment was captured: every waiting part becomes "placed". */
export async function markOrderPaid(tx: Executor, order: { id: string; number: string; customerId: string }): Promise<void> {
  const parts = await tx
    .select({ id: subOrders.id })
    .from(subOrders)
    .where(and(eq(subOrders.orderId, order.id), eq(subOrders.status, "pending_payment")))
    .orderBy(subOrders.number);
  for (const part of parts) {
    await applyTransition(tx, { subOrderId: part.id, from: "pending_payment", to: "placed", actorKind: "system", actorId: null, note: "Payment received" });
  }
  await completePlacedOrder(tx, order);
}

/**
 * A pending-payment order that will not be paid: its waiting parts are cancelled by the system (stock
 * and coupon released, deal units given back, nothing to refund) and its pending payments closed.
 */
export async function cancelUnpaidOrder(tx: Executor, orderId: string, reason: string): Promise<void> {
  const parts = await tx
    .select({ id: subOrders.id, orderId: subOrders.orderId, status: subOrders.status, totalPaise: subOrders.totalPaise })
    .from(subOrders)
    .where(and(eq(subOrders.orderId, orderId), eq(subOrders.status, "pending_payment")))
    .orderBy(subOrders.number);
  if (parts.length === 0) return;
  for (const part of parts) await cancelPart(tx, part, { actorKind: "system", actorId: null, reason });
  await tx
    .update(payments)
    .set({ status: "cancelled", failureReason: reason, updatedAt: sql`now()` })
    .where(and(eq(payments.orderId, orderId), eq(payments.status, "pending")));
}
