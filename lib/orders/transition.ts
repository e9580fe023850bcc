import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/lib/platform/db";
import { publish } from "@/lib/platform/events";
import { ConflictError, NotFoundError } from "@/lib/platform/errors";
import { orderEvents, orders, subOrders, type ActorKind, type OrderStatus, type SubOrderStatus } from "@/models";
import { SUB_ORDER_STATUS_LABELS, canTransition, orderStatusFromParts, stampFor } from "./rules";

/**
 * The one place a part's status changes. The UPDATE only matches `WHERE status = from`, so a move made
 * from a stale view (or racing another) changes nothing and fails with a ConflictError. The order row is
 * locked first — the same lock order as cancellations — so concurrent moves on sibling parts recompute the
 * order's status one after the other.
 */

export interface TransitionPatch {
  carrier?: string | null;
  trackingNumber?: string | null;
  cancelReason?: string | null;
  cancelledBy?: ActorKind | null;
}

export interface ApplyTransitionInput {
  subOrderId: string;
  from: SubOrderStatus;
  to: SubOrderStatus;
  actorKind: ActorKind;
  actorId: string | null;
  /** Shown on the timeline (e.g. a cancellation reason). */
  note?: string | null;
  patch?: TransitionPatch;
}

export interface TransitionOutcome {
  orderId: string;
  subOrderNumber: string;
  orderStatus: OrderStatus;
  previousOrderStatus: OrderStatus;
}

export function transitionRefusedMessage(from: SubOrderStatus, to: SubOrderStatus): string {
  return `This part is "${SUB_ORDER_STATUS_LABELS[from]}" and can't be moved to "${SUB_ORDER_STATUS_LABELS[to]}". Refresh to see its current status.`;
}

/** Locks the order a part belongs to (FOR UPDATE) and returns its id and status. */
export async function lockOrderOfPart(tx: Executor, subOrderId: string): Promise<{ id: string; status: OrderStatus }> {
  const [order] = await tx
    .select({ id: orders.id, status: orders.status })
    .from(orders)
    .innerJoin(subOrders, eq(subOrders.orderId, orders.id))
    .where(eq(subOrders.id, subOrderId))
    .for("update", { of: orders });
  if (!order) throw new NotFoundError("We couldn't find that part of the order.");
  return order;
}

export async function applyTransition(tx: Executor, input: ApplyTransitionInput): Promise<TransitionOutcome> {
  const { subOrderId, from, to, actorKind } = input;
  const forShipping = canTransition(from, to, actorKind, { requiresShipping: true });
  const forDigital = canTransition(from, to, actorKind, { requiresShipping: false });
  if (!forShipping && !forDigital) throw new ConflictError(transitionRefusedMessage(from, to));

  const order = await lockOrderOfPart(tx, subOrderId);
  const stamp = stampFor(to);
  const [moved] = await tx
    .update(subOrders)
    .set({
      status: to,
      updatedAt: sql`now()`,
      ...(stamp ? { [stamp]: sql`now()` } : {}),
      ...(input.patch ?? {}),
    })
    .where(
      and(
        eq(subOrders.id, subOrderId),
        eq(subOrders.status, from),
        forShipping && forDigital ? undefined : eq(subOrders.requiresShipping, forShipping),
      ),
    )
    .returning({ orderId: subOrders.orderId, number: subOrders.number });
  if (!moved) throw new ConflictError(transitionRefusedMessage(from, to));

  await tx.insert(orderEvents).values({
    orderId: moved.orderId,
    subOrderId,
    fromStatus: from,
    toStatus: to,
    actorKind,
    actorId: input.actorId,
    note: input.note ?? null,
  });
  await publish(tx, {
    topic: "sub_order.changed",
    aggregateId: subOrderId,
    payload: { orderId: moved.orderId, from, to, ...(input.note ? { reason: input.note } : {}) },
  });

  const orderStatus = await recomputeOrderStatus(tx, order, actorKind, input.actorId);
  return { orderId: moved.orderId, subOrderNumber: moved.number, orderStatus, previousOrderStatus: order.status };
}

/** Sets orders.status from its parts (the caller holds the order row lock); records the change on the timeline. */
async function recomputeOrderStatus(
  tx: Executor,
  order: { id: string; status: OrderStatus },
  actorKind: ActorKind,
  actorId: string | null,
): Promise<OrderStatus> {
  const parts = await tx.select({ status: subOrders.status }).from(subOrders).where(eq(subOrders.orderId, order.id));
  const next = orderStatusFromParts(parts.map((p) => p.status));
  if (next === order.status) return next;
  await tx
    .update(orders)
    .set({
      status: next,
      updatedAt: sql`now()`,
      ...(next === "placed" ? { placedAt: sql`coalesce(${orders.placedAt}, now())` } : {}),
      ...(next === "cancelled" ? { cancelledAt: sql`now()` } : {}),
    })
    .where(eq(orders.id, order.id));
  // Completion follows from the parts by itself; a cancellation or a placement is credited to whoever made it.
  const by = next === "completed" ? { actorKind: "system" as const, actorId: null } : { actorKind, actorId };
  await tx.insert(orderEvents).values({ orderId: order.id, subOrderId: null, fromStatus: order.status, toStatus: next, ...by });
  return next;
}
