import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policies";
import { getDb, type Db } from "@/lib/platform/db";
import { notifyOutbox } from "@/lib/platform/events";
import { NotFoundError, ValidationError } from "@/lib/platform/errors";
import { cancelUnpaidOrder, markOrderPaid } from "@/lib/workflows/order-payment";
import { orders, payments } from "@/models";

/**
 * The SANDBOX provider's outcome: the test payment page's Approve / Decline. Approve captures the payment
 * and places the order (its stock committed, digital goods handed out); Decline fails it and cancels the
 * order (stock and coupon released). Idempotent: a second click answers with the payment's outcome. An
 * approval after the order was released for not being paid in time answers "expired" and takes nothing.
 */

export type SandboxOutcome = "approve" | "decline";

export interface SandboxResult {
  paymentId: string;
  orderId: string;
  orderNumber: string;
  status: "captured" | "declined" | "expired";
}

const NOT_FOUND = "We couldn't find that payment.";

export async function confirmSandboxPayment(paymentId: string, outcome: SandboxOutcome, options: { db?: Db } = {}): Promise<SandboxResult> {
  if (!z.uuid().safeParse(paymentId).success) throw new NotFoundError(NOT_FOUND);
  const db = options.db ?? (await getDb());
  const result = await db.transaction(async (tx): Promise<SandboxResult> => {
    const [ref] = await tx.select({ orderId: payments.orderId }).from(payments).where(eq(payments.id, paymentId)).limit(1);
    if (!ref) throw new NotFoundError(NOT_FOUND);
    // Lock order first, then payment: the same order as the expiry job, so the two never deadlock.
    const [order] = await tx
      .select({ id: orders.id, number: orders.number, status: orders.status, customerId: orders.customerId })
      .from(orders)
      .where(eq(orders.id, ref.orderId))
      .for("update");
    const [payment] = await tx.select().from(payments).where(eq(payments.id, paymentId)).for("update");
    if (payment.provider !== "sandbox") throw new NotFoundError(NOT_FOUND);
    const answer = (status: SandboxResult["status"]): SandboxResult => ({ paymentId, orderId: order.id, orderNumber: order.number, status });

    if (payment.status === "captured" || payment.status === "refunded" || payment.status === "partially_refunded") return answer("captured");
    if (payment.status === "failed") return answer("declined");
    if (payment.status !== "pending" || order.status !== "pending_payment") {
      await tx
        .update(payments)
        .set({ status: "cancelled", failureReason: "The payment window closed before the payment completed.", updatedAt: sql`now()` })
        .where(eq(payments.id, paymentId));
      return answer("expired");
    }
    if (outcome === "approve") {
      await tx
        .update(payments)
        .set({ status: "captured", capturedPaise: payment.amountPaise, capturedAt: sql`now()`, updatedAt: sql`now()` })
        .where(eq(payments.id, paymentId));
      await markOrderPaid(tx, order);
      return answer("captured");
    }
    await tx.update(payments).set({ status: "failed", failureReason: "Declined on the sandbox payment page.", updatedAt: sql`now()` }).where(eq(payments.id, paymentId));
    await cancelUnpaidOrder(tx, order.id, "Payment declined");
    return answer("declined");
  });
  notifyOutbox();
  return result;
}

const confirmSchema = z.object({ paymentId: z.uuid({ error: NOT_FOUND }), outcome: z.enum(["approve", "decline"], { error: "Choose Approve or Decline" }) });

/** The customer's own sandbox payment (the pay page's action): someone else's payment is "not found". */
export async function confirmSandboxPaymentAs(actor: Actor | null, input: unknown, options: { db?: Db } = {}): Promise<SandboxResult> {
  const customer = assertCan(actor, "checkout:place");
  const parsed = confirmSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError({ outcome: parsed.error.issues.map((i) => i.message) });
  const db = options.db ?? (await getDb());
  const [owner] = await db
    .select({ customerId: orders.customerId })
    .from(payments)
    .innerJoin(orders, eq(orders.id, payments.orderId))
    .where(eq(payments.id, parsed.data.paymentId))
    .limit(1);
  if (!owner || owner.customerId !== customer.id) throw new NotFoundError(NOT_FOUND);
  return confirmSandboxPayment(parsed.data.paymentId, parsed.data.outcome, { db });
}
