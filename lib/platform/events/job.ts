import { z } from "zod";
import { defineJob, getJobs } from "@/lib/platform/jobs";
import { logger } from "@/lib/platform/logger";
import { dispatchPending, purgeProcessedEvents } from "./dispatch";

export const OUTBOX_DISPATCH_JOB = "events.dispatch";
/** Publishes within this window share one dispatch job. */
const DEBOUNCE_MS = 100;
/** The safety net: failed events are retried and missed notifications caught up this often. */
export const SWEEP_INTERVAL_MS = 30_000;

export const outboxDispatchJob = defineJob({
  name: OUTBOX_DISPATCH_JOB,
  schema: z.object({ retryFailed: z.boolean().default(false) }),
  attempts: 3,
  run: async ({ retryFailed }) => {
    const report = await dispatchPending({ includeFailed: retryFailed });
    if (report.delivered + report.failed > 0) logger.debug({ ...report, retryFailed }, "outbox dispatched");
    // The sweep also keeps the table small.
    if (retryFailed) await purgeProcessedEvents();
  },
});

function enqueueDispatch(retryFailed: boolean): void {
  const jobs = getJobs();
  // Several processes publishing in the same moment share one BullMQ job; in-process, notifyOutbox's timer already does.
  const jobId = jobs.kind === "bullmq" && !retryFailed ? `events-dispatch-${Math.floor(Date.now() / DEBOUNCE_MS)}` : undefined;
  jobs
    .enqueue(OUTBOX_DISPATCH_JOB, { retryFailed }, { jobId })
    .catch((err: unknown) => logger.warn({ err }, "could not enqueue the outbox dispatch; the sweep will deliver the events"));
}

let scheduled: ReturnType<typeof setTimeout> | null = null;

/**
 * Call after a transaction that published events has committed: a dispatch job runs shortly (publishes
 * in the same moment share one). Tests deliver explicitly with flushEvents() instead.
 */
export function notifyOutbox(): void {
  if (process.env.NODE_ENV === "test" || scheduled) return;
  scheduled = setTimeout(() => {
    scheduled = null;
    enqueueDispatch(false);
  }, DEBOUNCE_MS);
  scheduled.unref?.();
}

/** Starts the periodic sweep in a process that consumes jobs (in-process runner or `npm run worker`); returns a stop function. */
export function startOutboxSweep(intervalMs = SWEEP_INTERVAL_MS): () => void {
  enqueueDispatch(true);
  const timer = setInterval(() => enqueueDispatch(true), intervalMs);
  timer.unref?.();
  return () => clearInterval(timer);
}
