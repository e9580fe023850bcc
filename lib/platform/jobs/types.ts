export interface EnqueueOptions {
  /** De-duplicates: a second job with the same id is ignored while the first is known. */
  jobId?: string;
  delayMs?: number;
}

/** Background jobs: BullMQ on Redis in production, an in-process runner in the embedded default. */
export interface JobQueue {
  readonly kind: "bullmq" | "memory";
  enqueue(name: string, payload: unknown, options?: EnqueueOptions): Promise<void>;
  /** Starts consuming jobs in this process; resolves to a function that stops it. */
  startWorker(): Promise<() => Promise<void>>;
  /** Resolves when no job is waiting or running (in-process queue; BullMQ counts its queue). */
  drain(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export const BASE_BACKOFF_MS = 1_000;
export const DEFAULT_ATTEMPTS = 5;
