/**
 * Every module that defines background jobs, imported by whatever consumes the queue (the app
 * process when WORKER_MODE=inline, `npm run worker` otherwise) so their handlers are registered.
 * `npm run worker` runs tsx with --conditions=react-server, so handlers may use "server-only" domain code.
 */
import "../mail";
import "@/lib/catalog/import/job";
import "@/lib/search/popular-queries-job";
import "@/lib/search/subscribers";
import "@/lib/notifications/subscribers";
import "@/lib/search/visual/subscriber";
import "@/lib/cart/purge-job";
import "@/lib/payments/refund-job";
import { scheduleExpiredReleases } from "@/lib/workflows/checkout-expiry";
import { startOutboxSweep } from "@/lib/platform/events";
import { DEAL_CLOCK_INTERVAL_MS, DEAL_CLOCK_JOB } from "@/lib/search/indexer-deal-clock";
import { logger } from "../logger";
import { getJobs } from "./index";

/**
 * Periodic work of the process that consumes jobs: the outbox sweep (retries, missed notifications) and
 * the deal clock (search follows deals starting and ending). Returns a function that stops them.
 */
export function startPeriodicJobs(): () => void {
  const stopSweep = startOutboxSweep();
  const stopExpiry = scheduleExpiredReleases();
  const tick = () => getJobs().enqueue(DEAL_CLOCK_JOB, {}).catch((err: unknown) => logger.warn({ err }, "could not enqueue the deal clock"));
  const timer = setInterval(tick, DEAL_CLOCK_INTERVAL_MS);
  timer.unref?.();
  return () => {
    stopSweep();
    stopExpiry();
    clearInterval(timer);
  };
}
