import { and, asc, eq, lte, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Db } from "@/lib/platform/db";
import { notifyOutbox } from "@/lib/platform/events";
import { defineJob, getJobs } from "@/lib/platform/jobs";
import { logger } from "@/lib/platform/logger";
import { orders } from "@/models";
import { cancelUnpaidOrder } from "./order-payment";

/**
 * "checkout.release-expired": orders still waiting for payment when their reservation expires are
 * cancelled by the system — held stock, coupon use and deal units go back. Each order in its own
 * transaction, claimed with FOR UPDATE SKIP LOCKED and re-checked, so a payment approved at the same
 * moment wins or loses cleanly (confirmSandboxPayment locks the same order row). Scheduled every
 * EXPIRY_INTERVAL_MS by the process that consumes jobs (scheduleExpiredReleases).
 */
export const CHECKOUT_EXPIRY_JOB = "checkout.release-expired";
export const EXPIRY_INTERVAL_MS = 60_000;
export const EXPIRED_REASON = "Payment not completed in time";
const BATCH = 100;

/** Releases every order whose reservation expired by `now`; returns the ids released. */
export async function releaseExpiredOrders({ now = new Date(), db }: { now?: Date; db?: Db } = {}): Promise<string[]> {
  const database = db ?? (await getDb());
  const released: string[] = [];
  for (;;) {
    const due = await database
      .select({ id: orders.id })
      .from(orders)
      .where(and(eq(orders.status, "pending_payment"), lte(orders.reservationExpiresAt, now)))
      .orderBy(asc(orders.reservationExpiresAt))
      .limit(BATCH);
    let progressed = 0;
    for (const { id } of due) {
      const done = await database.transaction(async (tx) => {
        const [order] = await tx
          .select({ id: orders.id })
          .from(orders)
          .where(and(eq(orders.id, id), eq(orders.status, "pending_payment"), lte(orders.reservationExpiresAt, now)))
          .for("update", { skipLocked: true });
        if (!order) return false;
        await cancelUnpaidOrder(tx, order.id, EXPIRED_REASON);
        await tx.update(orders).set({ reservationExpiresAt: null, updatedAt: sql`now()` }).where(eq(orders.id, order.id));
        return true;
      });
      if (done) {
        released.push(id);
        progressed += 1;
      }
    }
    if (due.length < BATCH || progressed === 0) break;
  }
  if (released.length > 0) notifyOutbox();
  return released;
}

export const releaseExpiredJob = defineJob({
  name: CHECKOUT_EXPIRY_JOB,
  schema: z.object({}),
  attempts: 2,
  run: async () => {
    const released = await releaseExpiredOrders();
    if (released.length > 0) logger.info({ count: released.length }, "unpaid orders released");
  },
});

/** Starts the periodic release in a process that consumes jobs; returns a stop function. */
export function scheduleExpiredReleases(intervalMs = EXPIRY_INTERVAL_MS): () => void {
  const tick = () => getJobs().enqueue(CHECKOUT_EXPIRY_JOB, {}).catch((err: unknown) => logger.warn({ err }, "could not enqueue the checkout expiry"));
  const timer = setInterval(tick, intervalMs);
  timer.unref?.();
  return () => clearInterval(timer);
}
