import "server-only";
import { releaseStock } from "@/lib/inventory";
import { requestRefund } from "@/lib/payments/service";
import type { Executor } from "@/lib/platform/db";
import { releaseCouponForOrder } from "@/lib/promotions";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { deals, orderLines, type ActorKind, type SubOrderStatus } from "@/models";
import { applyTransition, type TransitionOutcome } from "./transition";

/**
 * Cancelling a part, with everything that goes with it, in the caller's transaction: the guarded status
 * move, its stock back (held or committed), its deal units back to their deals, a refund of what the part cost when money was taken, and —
 * when this leaves the whole order cancelled — the coupon use given back. Nothing can be cancelled once
 * shipped (rules.ts), so a fully cancelled order never had anything leave a seller.
 */

export interface CancellablePart {
  id: string;
  orderId: string;
  status: SubOrderStatus;
  totalPaise: number;
}

export interface CancelBy {
  actorKind: ActorKind;
  actorId: string | null;
  reason: string;
}

export async function cancelPart(tx: Executor, part: CancellablePart, by: CancelBy): Promise<TransitionOutcome> {
  const outcome = await applyTransition(tx, {
    subOrderId: part.id,
    from: part.status,
    to: "cancelled",
    actorKind: by.actorKind,
    actorId: by.actorId,
    note: by.reason,
    patch: { cancelReason: by.reason, cancelledBy: by.actorKind },
  });
  await releaseStock(tx, { orderId: part.orderId, subOrderId: part.id });
  await releaseDealUnits(tx, part.orderId, part.id);
  // An unpaid part (still pending payment) has nothing to give back.
  if (part.status !== "pending_payment" && part.totalPaise > 0) {
    await requestRefund(tx, { orderId: part.orderId, subOrderId: part.id, amountPaise: part.totalPaise, reason: by.reason });
  }
  if (outcome.orderStatus === "cancelled" && outcome.previousOrderStatus !== "cancelled") {
    await releaseCouponForOrder(tx, part.orderId);
  }
  return outcome;
}

/** Gives the deal units of a cancelled part back to their deals, so a capped deal can sell them again. */
async function releaseDealUnits(tx: Executor, orderId: string, subOrderId: string): Promise<void> {
  const lines = await tx
    .select({ dealId: orderLines.dealId, quantity: orderLines.quantity })
    .from(orderLines)
    .where(and(eq(orderLines.orderId, orderId), eq(orderLines.subOrderId, subOrderId), isNotNull(orderLines.dealId)));
  const byDeal = new Map<string, number>();
  for (const l of lines) if (l.dealId) byDeal.set(l.dealId, (byDeal.get(l.dealId) ?? 0) + l.quantity);
  for (const [dealId, quantity] of [...byDeal.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    await tx
      .update(deals)
      .set({ soldCount: sql`greatest(${deals.soldCount} - ${quantity}, 0)` })
      .where(eq(deals.id, dealId));
  }
}
