import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/policies";
import { getDb, type Executor } from "@/lib/platform/db";
import { notifyOutbox } from "@/lib/platform/events";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError, fieldErrorsFromIssues } from "@/lib/platform/errors";
import { orders, subOrders, type ActorKind, type OrderStatus, type SubOrderStatus } from "@/models";
import { cancelPart } from "./cancellation";
import { canTransition, isCancellable, SUB_ORDER_STATUS_LABELS } from "./rules";
import { cancelOrderSchema, forceCancelSchema, transitionSchema } from "./schemas";
import { applyTransition, transitionRefusedMessage } from "./transition";

export { applyTransition, type ApplyTransitionInput, type TransitionOutcome } from "./transition";

/**
 * The authorized order lifecycle API behind the actions: sellers fulfil their own parts, delivery
 * partners (and admins) deliver, customers cancel their own orders before shipping, admins force-cancel.
 * Every refusal changes nothing: authorization and the rules are checked before any write, and the
 * write itself only matches the status it was decided on.
 */

export interface OrderServiceOptions {
  db?: Executor;
}

export interface TransitionResult {
  subOrderId: string;
  number: string;
  status: SubOrderStatus;
  orderStatus: OrderStatus;
}

type Part = { id: string; orderId: string; sellerId: string; number: string; status: SubOrderStatus; requiresShipping: boolean; totalPaise: number };

const PART_COLUMNS = {
  id: subOrders.id,
  orderId: subOrders.orderId,
  sellerId: subOrders.sellerId,
  number: subOrders.number,
  status: subOrders.status,
  requiresShipping: subOrders.requiresShipping,
  totalPaise: subOrders.totalPaise,
};

function parse<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromIssues(parsed.error.issues));
  return parsed.data;
}

const REASON_REQUIRED = { reason: ["Tell us why (at least 3 characters)"] };

/** Which kind of actor makes a move through this API, after checking they may act on the part at all. */
function authorizeMove(actor: Actor | null, part: Part, to: SubOrderStatus): ActorKind {
  if (!actor) throw new UnauthenticatedError();
  if (to === "out_for_delivery" || to === "delivered") {
    assertCan(actor, "suborder:deliver");
    return actor.role === "admin" ? "admin" : "delivery";
  }
  if (to === "pending_payment" || to === "placed") throw new ForbiddenError();
  assertCan(actor, "suborder:fulfil", { sellerId: part.sellerId });
  return "seller";
}

/** A seller's fulfilment step (accept, reject, pack, ready, hand over) or a delivery step on one part. */
export async function transitionSubOrder(actor: Actor | null, input: unknown, options: OrderServiceOptions = {}): Promise<TransitionResult> {
  const values = parse(transitionSchema, input);
  const db = options.db ?? (await getDb());
  const result = await db.transaction(async (tx) => {
    const [part] = await tx.select(PART_COLUMNS).from(subOrders).where(eq(subOrders.id, values.subOrderId)).limit(1);
    if (!part) throw new NotFoundError("We couldn't find that part of the order.");
    const actorKind = authorizeMove(actor, part, values.to);
    if (!canTransition(part.status, values.to, actorKind, part)) throw new ConflictError(transitionRefusedMessage(part.status, values.to));
    if (values.to === "cancelled") {
      if (!values.reason) throw new ValidationError(REASON_REQUIRED);
      const outcome = await cancelPart(tx, part, { actorKind, actorId: actor?.id ?? null, reason: values.reason });
      return { subOrderId: part.id, number: part.number, status: values.to, orderStatus: outcome.orderStatus };
    }
    const outcome = await applyTransition(tx, {
      subOrderId: part.id,
      from: part.status,
      to: values.to,
      actorKind,
      actorId: actor?.id ?? null,
      note: values.to === "shipped" ? shippingNote(values.carrier, values.trackingNumber) : (values.reason ?? null),
      patch: values.to === "shipped" ? { carrier: values.carrier ?? null, trackingNumber: values.trackingNumber ?? null } : undefined,
    });
    return { subOrderId: part.id, number: part.number, status: values.to, orderStatus: outcome.orderStatus };
  });
  notifyOutbox();
  return result;
}

function shippingNote(carrier: string | undefined, tracking: string | undefined): string | null {
  if (!carrier && !tracking) return null;
  return [carrier, tracking ? `tracking ${tracking}` : null].filter(Boolean).join(", ");
}

async function loadOrderForActor(ex: Executor, actor: Actor | null, orderId: string) {
  if (!actor) throw new UnauthenticatedError();
  const [order] = await ex.select({ id: orders.id, customerId: orders.customerId }).from(orders).where(eq(orders.id, orderId)).limit(1);
  const parts = order ? await ex.select(PART_COLUMNS).from(subOrders).where(eq(subOrders.orderId, order.id)).orderBy(asc(subOrders.number)) : [];
  // Someone who may not even see the order learns nothing about it.
  if (!order || !can(actor, "order:read", { customerId: order.customerId, sellerIds: parts.map((p) => p.sellerId) })) {
    throw new NotFoundError("We couldn't find that order.");
  }
  return { order, parts };
}

export interface CancelResult {
  orderId: string;
  orderStatus: OrderStatus;
  cancelled: string[];
}

/** The customer cancels their whole order (every open part must still be cancellable) or one seller's part. */
export async function cancelOrderByCustomer(actor: Actor | null, input: unknown, options: OrderServiceOptions = {}): Promise<CancelResult> {
  const values = parse(cancelOrderSchema, input);
  const db = options.db ?? (await getDb());
  const result = await db.transaction(async (tx) => {
    const { order, parts } = await loadOrderForActor(tx, actor, values.orderId);
    const customer = assertCan(actor, "order:cancel", { customerId: order.customerId });
    const targets = values.subOrderId ? parts.filter((p) => p.id === values.subOrderId) : parts.filter((p) => p.status !== "cancelled");
    if (values.subOrderId && targets.length === 0) throw new NotFoundError("We couldn't find that part of the order.");
    if (targets.length === 0 || targets.every((p) => p.status === "cancelled")) throw new ConflictError("This order is already cancelled.");
    const blocked = targets.find((p) => !canTransition(p.status, "cancelled", "customer", p));
    if (blocked) {
      throw new ConflictError(
        `Part ${blocked.number} is "${SUB_ORDER_STATUS_LABELS[blocked.status]}" and can no longer be cancelled.` +
          (targets.length > 1 ? " You can still cancel the other parts one by one." : ""),
      );
    }
    let orderStatus: OrderStatus = "placed";
    for (const part of targets) {
      ({ orderStatus } = await cancelPart(tx, part, { actorKind: "customer", actorId: customer.id, reason: values.reason }));
    }
    return { orderId: order.id, orderStatus, cancelled: targets.map((p) => p.number) };
  });
  notifyOutbox();
  return result;
}

/** An admin cancels an order (every part not yet shipped) or one part, with a reason. */
export async function forceCancel(actor: Actor | null, input: unknown, options: OrderServiceOptions = {}): Promise<CancelResult> {
  const admin = assertCan(actor, "order:force-cancel");
  const values = parse(forceCancelSchema, input);
  const db = options.db ?? (await getDb());
  const result = await db.transaction(async (tx) => {
    const where = values.subOrderId ? eq(subOrders.id, values.subOrderId) : eq(subOrders.orderId, values.orderId ?? "");
    const parts = await tx.select(PART_COLUMNS).from(subOrders).where(where).orderBy(asc(subOrders.number));
    if (parts.length === 0) throw new NotFoundError(values.subOrderId ? "We couldn't find that part of the order." : "We couldn't find that order.");
    const targets = parts.filter((p) => isCancellable(p.status) && canTransition(p.status, "cancelled", "admin", p));
    if (targets.length === 0) {
      throw new ConflictError("Nothing to cancel: every part has shipped, been delivered, is already cancelled or still waits for payment (it expires by itself).");
    }
    let orderStatus: OrderStatus = "placed";
    for (const part of targets) {
      ({ orderStatus } = await cancelPart(tx, part, { actorKind: "admin", actorId: admin.id, reason: values.reason }));
    }
    return { orderId: parts[0].orderId, orderStatus, cancelled: targets.map((p) => p.number) };
  });
  notifyOutbox();
  return result;
}
