import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { BullJobQueue } from "@/lib/platform/jobs/bullmq";
import { MemoryJobQueue } from "@/lib/platform/jobs/memory";
import { defineJob } from "@/lib/platform/jobs/registry";
import type { JobQueue } from "@/lib/platform/jobs/types";

const seen: string[] = [];
const failuresLeft = new Map<string, number>();

defineJob({
  name: "test.record",
  schema: z.object({ value: z.string().min(1) }),
  attempts: 3,
  run: async ({ value }) => {
    const left = failuresLeft.get(value) ?? 0;
    if (left > 0) {
      failuresLeft.set(value, left - 1);
      throw new Error(`planned failure for ${value}`);
    }
    seen.push(value);
  },
});

const queues: Array<[string, () => JobQueue]> = [["in-process", () => new MemoryJobQueue(10)]];
const redisUrl = process.env.REDIS_URL;
if (redisUrl) queues.push(["BullMQ on Redis", () => new BullJobQueue(redisUrl, `test-${randomUUID()}`)]);

describe.each(queues)("%s job queue", (_label, make) => {
  const queue = make();
  let stop: () => Promise<void> = async () => undefined;

  afterAll(async () => {
    await stop();
    await queue.close();
  });

  it("runs enqueued jobs with validated payloads", async () => {
    stop = await queue.startWorker();
    const value = randomUUID();
    await queue.enqueue("test.record", { value });
    await queue.drain();
    expect(seen).toContain(value);
  });

  it("refuses an invalid payload or an unknown job at enqueue time", async () => {
    await expect(queue.enqueue("test.record", { value: "" })).rejects.toThrow();
    await expect(queue.enqueue("test.unknown", {})).rejects.toThrow(/No handler registered/);
  });

  it("retries a failing job until it succeeds", async () => {
    const value = randomUUID();
    failuresLeft.set(value, 1);
    await queue.enqueue("test.record", { value });
    await queue.drain(15_000);
    expect(seen.filter((v) => v === value)).toHaveLength(1);
  });

  it("de-duplicates jobs by id", async () => {
    const value = randomUUID();
    await Promise.all([1, 2, 3].map(() => queue.enqueue("test.record", { value }, { jobId: `once-${value}` })));
    await queue.drain();
    expect(seen.filter((v) => v === value)).toHaveLength(1);
  });
});
