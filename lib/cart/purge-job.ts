/**
 * The "cart.purge-guest-carts" job: guest carts untouched for longer than their cookie lives are
 * deleted (their items go with them). Scheduled at most once per slot per process as guest carts are
 * made (de-duplicated across processes by job id), so an idle site runs none.
 */
import { and, inArray, isNull, lt } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/lib/platform/db";
import { defineJob, getJobs } from "@/lib/platform/jobs";
import { logger } from "@/lib/platform/logger";
import { carts } from "@/models";
import { GUEST_CART_MAX_AGE } from "./guest-token";

export const PURGE_GUEST_CARTS_JOB = "cart.purge-guest-carts";
export const PURGE_EVERY_MS = 60 * 60_000;
const BATCH = 1_000;

/** Deletes guest carts last changed before `before`, in batches; returns how many went. */
export async function purgeStaleGuestCarts(before: Date = new Date(Date.now() - GUEST_CART_MAX_AGE * 1000)): Promise<number> {
  const db = await getDb();
  let total = 0;
  for (;;) {
    const stale = db.select({ id: carts.id }).from(carts).where(and(isNull(carts.userId), lt(carts.updatedAt, before))).limit(BATCH);
    const gone = await db.delete(carts).where(and(inArray(carts.id, stale), isNull(carts.userId))).returning({ id: carts.id });
    total += gone.length;
    if (gone.length < BATCH) return total;
  }
}

defineJob({
  name: PURGE_GUEST_CARTS_JOB,
  schema: z.object({}),
  attempts: 2,
  run: async () => {
    const purged = await purgeStaleGuestCarts();
    if (purged > 0) logger.info({ purged }, "cart: stale guest carts purged");
  },
});

const state = globalThis as unknown as { __qlCartPurgeAt?: number };

/** Enqueues the purge when this process has not in the last PURGE_EVERY_MS. Never throws. */
export function maybeSchedulePurge(now: number = Date.now()): void {
  state.__qlCartPurgeAt ??= now;
  if (now - state.__qlCartPurgeAt < PURGE_EVERY_MS) return;
  state.__qlCartPurgeAt = now;
  getJobs()
    .enqueue(PURGE_GUEST_CARTS_JOB, {}, { jobId: `${PURGE_GUEST_CARTS_JOB}-${Math.floor(now / PURGE_EVERY_MS)}` })
    .catch((err: unknown) => logger.error({ err }, "could not schedule the guest cart purge"));
}
