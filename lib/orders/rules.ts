/**
 * Pure rules of the order lifecycle (no I/O): who may move a seller's part of an order from which
 * status to which, what buttons each side sees, and how the parts add up to the order's status.
 * The database enforces the same moves with `UPDATE … WHERE status = expected` (lib/orders/service.ts).
 */
import type { ActorKind, OrderStatus, SubOrderStatus } from "@/models/orders";

type Movers = Partial<Record<SubOrderStatus, readonly ActorKind[]>>;

/** Statuses a part may still be cancelled from: anything before it leaves the seller. */
export const CANCELLABLE_STATUSES: readonly SubOrderStatus[] = ["pending_payment", "placed", "accepted", "packed", "ready_to_ship"];

/**
 * from → to → the actor kinds allowed to make that move. Shipping steps apply to parts that ship;
 * a digital-only part goes placed → delivered when the system hands out its goods.
 */
export const SUB_ORDER_TRANSITIONS: Readonly<Record<SubOrderStatus, Movers>> = {
  // An unpaid order is closed by the system (payment declined or the reservation expired), which also
  // gives back deal units and closes the payment (lib/workflows/order-payment.ts cancelUnpaidOrder).
  pending_payment: { placed: ["system"], cancelled: ["system"] },
  placed: { accepted: ["seller"], delivered: ["system"], cancelled: ["seller", "customer", "admin", "system"] },
  accepted: { packed: ["seller"], cancelled: ["seller", "customer", "admin"] },
  packed: { ready_to_ship: ["seller"], cancelled: ["seller", "customer", "admin"] },
  ready_to_ship: { shipped: ["seller"], cancelled: ["seller", "customer", "admin"] },
  shipped: { out_for_delivery: ["delivery", "admin"], delivered: ["delivery", "admin"] },
  out_for_delivery: { delivered: ["delivery", "admin"] },
  delivered: {},
  cancelled: {},
};

/** Moves that only exist for parts that ship (everything between placed and delivered). */
const SHIPPING_ONLY = new Set<SubOrderStatus>(["accepted", "packed", "ready_to_ship", "shipped", "out_for_delivery"]);

export interface PartShape {
  /** False for a part whose lines are all digital. */
  requiresShipping: boolean;
}

/** Whether `actorKind` may move a part from `from` to `to`. */
export function canTransition(from: SubOrderStatus, to: SubOrderStatus, actorKind: ActorKind, part: PartShape = { requiresShipping: true }): boolean {
  const movers = SUB_ORDER_TRANSITIONS[from][to];
  if (!movers || !movers.includes(actorKind)) return false;
  if (part.requiresShipping) return !(from === "placed" && to === "delivered");
  return !SHIPPING_ONLY.has(to) && !SHIPPING_ONLY.has(from);
}

/** Whether a cancellation by someone needs a reason (everyone but the system, which always gives one). */
export function needsReason(to: SubOrderStatus, actorKind: ActorKind): boolean {
  return to === "cancelled" && actorKind !== "system";
}

export interface NextAction {
  to: SubOrderStatus;
  label: string;
  needsReason: boolean;
}

const SELLER_LABELS: Partial<Record<SubOrderStatus, string>> = {
  accepted: "Accept",
  packed: "Mark packed",
  ready_to_ship: "Mark ready to ship",
  shipped: "Hand over to carrier",
};

function actionLabel(from: SubOrderStatus, to: SubOrderStatus, actorKind: ActorKind): string {
  if (to === "cancelled") return actorKind === "seller" && from === "placed" ? "Reject" : "Cancel";
  if (to === "out_for_delivery") return "Out for delivery";
  if (to === "delivered") return "Mark delivered";
  return SELLER_LABELS[to] ?? SUB_ORDER_STATUS_LABELS[to];
}

/** The buttons `actorKind` sees for a part in `status`, forward moves first and cancel last. */
export function nextActions(status: SubOrderStatus, actorKind: ActorKind, part: PartShape): NextAction[] {
  const moves = Object.keys(SUB_ORDER_TRANSITIONS[status]) as SubOrderStatus[];
  return moves
    .filter((to) => canTransition(status, to, actorKind, part))
    .sort((a, b) => Number(a === "cancelled") - Number(b === "cancelled"))
    .map((to) => ({ to, label: actionLabel(status, to, actorKind), needsReason: needsReason(to, actorKind) }));
}

/** Whether a part can still be cancelled by anyone (it has not shipped and is not already cancelled). */
export function isCancellable(status: SubOrderStatus): boolean {
  return CANCELLABLE_STATUSES.includes(status);
}

/** Whether `actorKind` may cancel a part in `status` now (admins: not while it waits for payment, which expires by itself). */
export function canCancelAs(status: SubOrderStatus, actorKind: ActorKind, part: PartShape = { requiresShipping: true }): boolean {
  return canTransition(status, "cancelled", actorKind, part);
}

/** Whether a customer may cancel the whole order: every part still open can be cancelled and one is open. */
export function isOrderCancellableByCustomer(statuses: readonly SubOrderStatus[]): boolean {
  const open = statuses.filter((s) => s !== "cancelled");
  return open.length > 0 && open.every((s) => canTransition(s, "cancelled", "customer"));
}

/**
 * The order's status from its parts: pending payment while any part waits for payment; cancelled when all
 * are cancelled; completed when every part is delivered or cancelled (at least one delivered); else placed.
 */
export function orderStatusFromParts(statuses: readonly SubOrderStatus[]): OrderStatus {
  if (statuses.length === 0) throw new RangeError("an order has at least one part");
  if (statuses.includes("pending_payment")) return "pending_payment";
  if (statuses.every((s) => s === "cancelled")) return "cancelled";
  if (statuses.every((s) => s === "delivered" || s === "cancelled")) return "completed";
  return "placed";
}

/** The timestamp column a move stamps on the part, if any. */
export function stampFor(to: SubOrderStatus): "acceptedAt" | "packedAt" | "shippedAt" | "deliveredAt" | "cancelledAt" | null {
  switch (to) {
    case "accepted":
      return "acceptedAt";
    case "packed":
      return "packedAt";
    case "shipped":
      return "shippedAt";
    case "delivered":
      return "deliveredAt";
    case "cancelled":
      return "cancelledAt";
    default:
      return null;
  }
}

export const SUB_ORDER_STATUS_LABELS: Readonly<Record<SubOrderStatus, string>> = {
  pending_payment: "Awaiting payment",
  placed: "Placed",
  accepted: "Accepted by seller",
  packed: "Packed",
  ready_to_ship: "Ready to ship",
  shipped: "Shipped",
  out_for_delivery: "Out for delivery",
  delivered: "Delivered",
  cancelled: "Cancelled",
};

export const ORDER_STATUS_LABELS: Readonly<Record<OrderStatus, string>> = {
  pending_payment: "Awaiting payment",
  placed: "In progress",
  completed: "Completed",
  cancelled: "Cancelled",
};

/** The happy path a shipping part walks, for progress steppers. */
export const FULFILMENT_STEPS: readonly SubOrderStatus[] = ["placed", "accepted", "packed", "ready_to_ship", "shipped", "out_for_delivery", "delivered"];

/** Badge tone for a status (components/ui badge variants). */
export function statusTone(status: SubOrderStatus | OrderStatus): "neutral" | "info" | "success" | "warning" | "danger" {
  if (status === "cancelled") return "danger";
  if (status === "delivered" || status === "completed") return "success";
  if (status === "pending_payment") return "warning";
  if (status === "placed") return "neutral";
  return "info";
}

export const MAX_REASON_LENGTH = 500;
