import { logger } from "../logger";
import { jobDefinition, runJob } from "./registry";
import { BASE_BACKOFF_MS, DEFAULT_ATTEMPTS, type EnqueueOptions, type JobQueue } from "./types";

/** Runs jobs in this process, with the same validation and retry policy as the BullMQ queue. */
export class MemoryJobQueue implements JobQueue {
  readonly kind = "memory";
  private pending = 0;
  private readonly known = new Set<string>();
  private readonly idle: Array<() => void> = [];

  constructor(private readonly backoffMs = BASE_BACKOFF_MS) {}

  async enqueue(name: string, payload: unknown, options: EnqueueOptions = {}) {
    jobDefinition(name).schema.parse(payload);
    if (options.jobId) {
      if (this.known.has(options.jobId)) return;
      this.known.add(options.jobId);
    }
    this.pending++;
    setTimeout(() => void this.attempt(name, payload, 1), options.delayMs ?? 0);
  }

  private async attempt(name: string, payload: unknown, attempt: number): Promise<void> {
    const attempts = jobDefinition(name).attempts ?? DEFAULT_ATTEMPTS;
    try {
      await runJob(name, payload);
    } catch (err) {
      if (attempt < attempts) {
        logger.warn({ err, job: name, attempt }, "job failed; retrying");
        setTimeout(() => void this.attempt(name, payload, attempt + 1), this.backoffMs * 2 ** (attempt - 1));
        return;
      }
      logger.error({ err, job: name, attempt }, "job failed for good");
    }
    this.pending--;
    if (this.pending === 0) this.idle.splice(0).forEach((resolve) => resolve());
  }

  async startWorker() {
    return async () => undefined;
  }

  drain(timeoutMs = 10_000): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`jobs still running after ${timeoutMs} ms`)), timeoutMs);
      this.idle.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  async close() {
    this.known.clear();
  }
}
