import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Executor } from "@/lib/platform/db";
import { subscribe } from "@/lib/platform/events";
import { defineJob, getJobs } from "@/lib/platform/jobs";
import { logger } from "@/lib/platform/logger";
import { orderEvents, payments, refunds, type PaymentMethod } from "@/models";
import { paymentProvider } from "./providers";

/**
 * Executes pending refunds through their payment's provider, after the cancellation that requested them
 * has committed: the "payments.refunds" job, run whenever a part is cancelled (sub_order.changed
 * subscriber) or scheduleRefunds() is called. Each refund is claimed with FOR UPDATE SKIP LOCKED, so
 * concurrent runs never pay one twice; the provider also gets the refund's idempotency key.
 */
export const REFUNDS_JOB = "payments.refunds";
const BATCH = 50;

export type RefundOutcome = "succeeded" | "failed" | "skipped";

/** Runs one pending refund; "skipped" when another run holds it or it is no longer pending. */
export async function processRefund(refundId: string, executor?: Executor): Promise<RefundOutcome> {
  const db = executor ?? (await getDb());
  return db.transaction(async (tx) => {
    const [refund] = await tx
      .select()
      .from(refunds)
      .where(and(eq(refunds.id, refundId), eq(refunds.status, "pending")))
      .for("update", { skipLocked: true });
    if (!refund) return "skipped";
    const [payment] = await tx.select().from(payments).where(eq(payments.id, refund.paymentId)).for("update");
    const provider = paymentProvider(payment.provider as PaymentMethod);
    const result = await provider.refund({
      refundId: refund.id,
      paymentId: payment.id,
      providerRef: payment.providerRef,
      amountPaise: refund.amountPaise,
      idempotencyKey: refund.idempotencyKey,
    });
    if (result.status === "failed") {
      await tx.update(refunds).set({ status: "failed", updatedAt: sql`now()` }).where(eq(refunds.id, refund.id));
      await tx.insert(orderEvents).values({ orderId: refund.orderId, subOrderId: refund.subOrderId, toStatus: "refund_failed", actorKind: "system", note: result.reason });
      return "failed";
    }
    const refunded = payment.refundedPaise + refund.amountPaise;
    await tx.update(refunds).set({ status: "succeeded", providerRef: result.providerRef, updatedAt: sql`now()` }).where(eq(refunds.id, refund.id));
    await tx
      .update(payments)
      .set({ refundedPaise: refunded, status: refunded >= payment.capturedPaise ? "refunded" : "partially_refunded", updatedAt: sql`now()` })
      .where(eq(payments.id, payment.id));
    await tx.insert(orderEvents).values({
      orderId: refund.orderId,
      subOrderId: refund.subOrderId,
      toStatus: "refunded",
      actorKind: "system",
      note: `Refund of ${refund.amountPaise} paise sent (${result.providerRef})`,
    });
    return "succeeded";
  });
}

/** Runs every pending refund (oldest first, a batch at a time); returns how many succeeded and failed. */
export async function processPendingRefunds(): Promise<{ succeeded: number; failed: number }> {
  const db = await getDb();
  const pending = await db.select({ id: refunds.id }).from(refunds).where(eq(refunds.status, "pending")).orderBy(asc(refunds.createdAt)).limit(BATCH);
  const tally = { succeeded: 0, failed: 0 };
  for (const { id } of pending) {
    const outcome = await processRefund(id, db);
    if (outcome !== "skipped") tally[outcome] += 1;
  }
  return tally;
}

export const refundsJob = defineJob({
  name: REFUNDS_JOB,
  schema: z.object({}),
  attempts: 5,
  run: async () => {
    const tally = await processPendingRefunds();
    if (tally.succeeded + tally.failed > 0) logger.info(tally, "refunds processed");
  },
});

/** Schedules the refund job; call after committing a transaction that requested refunds. Never throws. */
export function scheduleRefunds(): void {
  getJobs()
    .enqueue(REFUNDS_JOB, {})
    .catch((err: unknown) => logger.warn({ err }, "could not schedule the refund job; the next cancellation or sweep runs it"));
}

// A cancelled part may have requested a refund in the same transaction: run it now that it committed.
subscribe("sub_order.changed", "payments.refunds", async (events) => {
  if (events.some((e) => e.payload.to === "cancelled")) await processPendingRefunds();
});
