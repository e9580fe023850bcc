import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/lib/platform/db";
import { orderEvents, payments, refunds, type PaymentMethod } from "@/models";
import { paymentProvider, SANDBOX_PAY_PATH } from "./providers";

/**
 * Payments of orders. startPayment runs inside the checkout transaction; requestRefund inside a
 * cancellation's transaction only records a pending refund (idempotent on `refund:<subOrderId>`): the
 * provider is called by the refund job after the commit (refund-job.ts), never inside a rolled-back write.
 */

export interface PaymentOrder {
  id: string;
  number: string;
  totalPaise: number;
  currency: string;
  paymentMethod: PaymentMethod;
}

export interface StartedPayment {
  paymentId: string;
  redirectUrl: string | null;
}

/** The payment of an order through its method's provider; idempotent per order (a retried checkout gets the same payment). */
export async function startPayment(tx: Executor, order: PaymentOrder): Promise<StartedPayment> {
  const idempotencyKey = `pay:${order.id}`;
  const [existing] = await tx.select().from(payments).where(eq(payments.idempotencyKey, idempotencyKey)).limit(1);
  const provider = paymentProvider(order.paymentMethod);
  if (existing) {
    return { paymentId: existing.id, redirectUrl: existing.status === "pending" && provider.paysOnline ? payRedirect(existing.id, order.paymentMethod) : null };
  }
  const [payment] = await tx
    .insert(payments)
    .values({ orderId: order.id, provider: provider.id, amountPaise: order.totalPaise, idempotencyKey })
    .returning({ id: payments.id });
  const started = await provider.start({
    paymentId: payment.id,
    orderId: order.id,
    orderNumber: order.number,
    amountPaise: order.totalPaise,
    currency: order.currency,
  });
  if (started.providerRef) await tx.update(payments).set({ providerRef: started.providerRef }).where(eq(payments.id, payment.id));
  return { paymentId: payment.id, redirectUrl: started.redirectUrl };
}

/** Where the customer pays a pending online payment (the sandbox page for "sandbox"). */
export function payRedirect(paymentId: string, method: PaymentMethod): string | null {
  return method === "sandbox" ? `${SANDBOX_PAY_PATH}/${paymentId}` : null;
}

export type RefundRequest =
  | { status: "requested"; refundId: string; amountPaise: number }
  | { status: "not_required"; reason: string };

/**
 * Records the refund of a cancelled part (at most `amountPaise`, never more than is left of what was
 * captured). Idempotent: a second request for the same part returns the first. Nothing is due when no
 * money was taken (cash on delivery not yet collected, an unpaid online payment): that is recorded on
 * the order's timeline as "refund_not_required". Call scheduleRefunds() after the commit (the
 * sub_order.changed subscriber does it for cancellations).
 */
export async function requestRefund(
  tx: Executor,
  { orderId, subOrderId, amountPaise, reason }: { orderId: string; subOrderId: string; amountPaise: number; reason: string },
): Promise<RefundRequest> {
  const idempotencyKey = `refund:${subOrderId}`;
  const [existing] = await tx.select().from(refunds).where(eq(refunds.idempotencyKey, idempotencyKey)).limit(1);
  if (existing) return { status: "requested", refundId: existing.id, amountPaise: existing.amountPaise };

  const [payment] = await tx
    .select()
    .from(payments)
    .where(and(eq(payments.orderId, orderId), inArray(payments.status, ["captured", "partially_refunded"])))
    .orderBy(desc(payments.createdAt))
    .limit(1)
    .for("update");
  const [pending] = payment
    ? await tx
        .select({ sum: sql<number>`coalesce(sum(${refunds.amountPaise}), 0)::int` })
        .from(refunds)
        .where(and(eq(refunds.paymentId, payment.id), eq(refunds.status, "pending")))
    : [{ sum: 0 }];
  const refundable = payment ? payment.capturedPaise - payment.refundedPaise - Number(pending.sum) : 0;
  const amount = Math.min(amountPaise, refundable);
  if (!payment || amount <= 0) {
    const why = !payment ? "No payment was collected for this order: nothing to refund." : "Nothing is left to refund on this payment.";
    await noteNoRefund(tx, orderId, subOrderId, why);
    return { status: "not_required", reason: why };
  }
  const [refund] = await tx
    .insert(refunds)
    .values({ paymentId: payment.id, orderId, subOrderId, amountPaise: amount, reason, idempotencyKey })
    .onConflictDoNothing({ target: refunds.idempotencyKey })
    .returning({ id: refunds.id });
  if (!refund) {
    const [raced] = await tx.select().from(refunds).where(eq(refunds.idempotencyKey, idempotencyKey)).limit(1);
    return { status: "requested", refundId: raced.id, amountPaise: raced.amountPaise };
  }
  await tx.insert(orderEvents).values({ orderId, subOrderId, toStatus: "refund_requested", actorKind: "system", note: reason });
  return { status: "requested", refundId: refund.id, amountPaise: amount };
}

async function noteNoRefund(tx: Executor, orderId: string, subOrderId: string, note: string): Promise<void> {
  const [already] = await tx
    .select({ id: orderEvents.id })
    .from(orderEvents)
    .where(and(eq(orderEvents.subOrderId, subOrderId), eq(orderEvents.toStatus, "refund_not_required")))
    .limit(1);
  if (!already) await tx.insert(orderEvents).values({ orderId, subOrderId, toStatus: "refund_not_required", actorKind: "system", note });
}
