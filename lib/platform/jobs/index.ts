import { env } from "../env";
import { BullJobQueue } from "./bullmq";
import { MemoryJobQueue } from "./memory";
import type { JobQueue } from "./types";

export { defineJob, runJob } from "./registry";
export type { EnqueueOptions, JobQueue } from "./types";

const globalForJobs = globalThis as unknown as { __qlJobs?: JobQueue };

/** BullMQ when REDIS_URL is set, otherwise the in-process runner. */
export function getJobs(): JobQueue {
  if (!globalForJobs.__qlJobs) {
    const url = env().REDIS_URL;
    globalForJobs.__qlJobs = url ? new BullJobQueue(url) : new MemoryJobQueue();
  }
  return globalForJobs.__qlJobs;
}

export async function closeJobs(): Promise<void> {
  const current = globalForJobs.__qlJobs;
  globalForJobs.__qlJobs = undefined;
  await current?.close();
}
