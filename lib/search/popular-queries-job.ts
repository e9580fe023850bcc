/**
 * The "search.popular-rollup" job. It runs on demand (seed, admin) and every ROLLUP_EVERY_MS while
 * searches are being logged: the search-log flush schedules it, de-duplicated per time slot by job id,
 * so several app processes schedule one run per slot and an idle site runs none.
 */
import { z } from "zod";
import { defineJob, getJobs } from "@/lib/platform/jobs";
import { logger } from "@/lib/platform/logger";
import { rollupPopularQueries } from "./popular-queries";

export const POPULAR_ROLLUP_JOB = "search.popular-rollup";
export const ROLLUP_EVERY_MS = 5 * 60_000;

export const popularRollupJob = defineJob({
  name: POPULAR_ROLLUP_JOB,
  schema: z.object({}),
  attempts: 2,
  run: async () => {
    const result = await rollupPopularQueries();
    logger.info(result, "search popular queries rolled up");
  },
});

const state = globalThis as unknown as { __qlRollupScheduledAt?: number };

/** Enqueues the rollup when the last one this process scheduled is older than ROLLUP_EVERY_MS. Never throws. */
export function maybeSchedulePopularRollup(now: number = Date.now()): void {
  // The first slot starts with the process, so a freshly started server (or a test) does not roll up at once.
  state.__qlRollupScheduledAt ??= now;
  if (now - state.__qlRollupScheduledAt < ROLLUP_EVERY_MS) return;
  state.__qlRollupScheduledAt = now;
  const slot = Math.floor(now / ROLLUP_EVERY_MS);
  getJobs()
    .enqueue(POPULAR_ROLLUP_JOB, {}, { jobId: `${POPULAR_ROLLUP_JOB}-${slot}` })
    .catch((err: unknown) => logger.error({ err }, "could not schedule the popular-query rollup"));
}
