import { Queue, Worker } from "bullmq";
import { logger } from "../logger";
import { jobDefinition, runJob } from "./registry";
import { BASE_BACKOFF_MS, DEFAULT_ATTEMPTS, type EnqueueOptions, type JobQueue } from "./types";

const QUEUE_NAME = "quicklocal";

export class BullJobQueue implements JobQueue {
  readonly kind = "bullmq";
  private readonly queue: Queue;

  constructor(
    private readonly url: string,
    private readonly queueName = QUEUE_NAME,
  ) {
    this.queue = new Queue(queueName, { connection: this.connection() });
    this.queue.on("error", (err) => logger.error({ err }, "job queue error"));
  }

  private connection() {
    // BullMQ requires maxRetriesPerRequest: null on its connections.
    return { url: this.url, maxRetriesPerRequest: null };
  }

  async enqueue(name: string, payload: unknown, options: EnqueueOptions = {}) {
    const definition = jobDefinition(name);
    definition.schema.parse(payload);
    await this.queue.add(name, payload, {
      jobId: options.jobId,
      delay: options.delayMs,
      attempts: definition.attempts ?? DEFAULT_ATTEMPTS,
      backoff: { type: "exponential", delay: BASE_BACKOFF_MS },
      removeOnComplete: { age: 24 * 3600, count: 1000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    });
  }

  async startWorker() {
    const worker = new Worker(this.queueName, (job) => runJob(job.name, job.data), {
      connection: this.connection(),
      concurrency: 4,
    });
    worker.on("failed", (job, err) => logger.warn({ err, job: job?.name, attempt: job?.attemptsMade }, "job failed"));
    worker.on("error", (err) => logger.error({ err }, "job worker error"));
    await worker.waitUntilReady();
    return () => worker.close();
  }

  async drain(timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const counts = await this.queue.getJobCounts("waiting", "active", "delayed", "prioritized");
      if (Object.values(counts).every((n) => n === 0)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`jobs still running after ${timeoutMs} ms`);
  }

  async close() {
    await this.queue.close();
  }
}
