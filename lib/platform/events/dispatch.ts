import { and, asc, eq, gt, inArray, isNull, lt, sql, type SQL } from "drizzle-orm";
import { databaseKind, getDb, type Executor } from "@/lib/platform/db";
import { logger } from "@/lib/platform/logger";
import { outboxEvents } from "@/models";
import { subscribersOf } from "./registry";
import { CLAIM_BATCH, errorText, groupByTopic, MAX_ATTEMPTS } from "./rules";
import type { DeliveredEvent, EventTopic } from "./types";

export interface DispatchOptions {
  /** Also deliver events that failed before (the periodic sweep); otherwise only fresh ones. */
  includeFailed?: boolean;
  batchSize?: number;
}

export interface DispatchReport {
  delivered: number;
  failed: number;
}

interface Outcome {
  done: number[];
  failed: Map<number, string>;
}

/** Runs every subscriber of the topic on the batch; a failing batch is retried event by event so one bad event cannot hold back the rest. */
async function deliverTopic(topic: string, events: DeliveredEvent[], outcome: Outcome): Promise<void> {
  const failedHere = new Map<number, string>();
  for (const { name, handler } of subscribersOf(topic)) {
    try {
      await handler(events);
      continue;
    } catch (err) {
      if (events.length === 1) {
        failedHere.set(events[0].id, `${name}: ${errorText(err)}`);
        logger.warn({ err, topic, subscriber: name, eventId: events[0].id }, "event subscriber failed");
        continue;
      }
    }
    for (const event of events) {
      try {
        await handler([event]);
      } catch (err) {
        failedHere.set(event.id, `${name}: ${errorText(err)}`);
        logger.warn({ err, topic, subscriber: name, eventId: event.id }, "event subscriber failed");
      }
    }
  }
  for (const event of events) {
    const error = failedHere.get(event.id);
    if (error === undefined) outcome.done.push(event.id);
    else outcome.failed.set(event.id, error);
  }
}

async function deliver(events: DeliveredEvent[]): Promise<Outcome> {
  const outcome: Outcome = { done: [], failed: new Map() };
  for (const [topic, group] of groupByTopic(events)) await deliverTopic(topic, group, outcome);
  return outcome;
}

async function record(executor: Executor, outcome: Outcome): Promise<void> {
  if (outcome.done.length > 0) {
    await executor
      .update(outboxEvents)
      .set({ processedAt: sql`now()`, attempts: sql`${outboxEvents.attempts} + 1`, lastError: null })
      .where(inArray(outboxEvents.id, outcome.done));
  }
  for (const [id, error] of outcome.failed) {
    await executor
      .update(outboxEvents)
      .set({ attempts: sql`${outboxEvents.attempts} + 1`, lastError: error })
      .where(eq(outboxEvents.id, id));
  }
}

function claimable(after: number, includeFailed: boolean): SQL {
  return and(
    isNull(outboxEvents.processedAt),
    gt(outboxEvents.id, after),
    includeFailed ? lt(outboxEvents.attempts, MAX_ATTEMPTS) : eq(outboxEvents.attempts, 0),
  ) as SQL;
}

async function select(executor: Executor, after: number, includeFailed: boolean, limit: number, lock: boolean): Promise<DeliveredEvent[]> {
  const query = executor
    .select({
      id: outboxEvents.id,
      topic: outboxEvents.topic,
      aggregateId: outboxEvents.aggregateId,
      payload: outboxEvents.payload,
      createdAt: outboxEvents.createdAt,
    })
    .from(outboxEvents)
    .where(claimable(after, includeFailed))
    .orderBy(asc(outboxEvents.id))
    .limit(limit);
  const rows = lock ? await query.for("update", { skipLocked: true }) : await query;
  return rows.map((r) => ({ ...r, id: Number(r.id), topic: r.topic as EventTopic }));
}

/**
 * One round: claims up to `limit` pending events after `after` in id order, delivers them and records
 * the outcome. On PostgreSQL the rows stay locked (FOR UPDATE SKIP LOCKED) until the outcome is written,
 * so concurrent dispatchers share the work; PGlite has one connection and one dispatcher per process.
 */
async function round(after: number, includeFailed: boolean, limit: number): Promise<{ last: number; report: DispatchReport }> {
  const db = await getDb();
  const run = async (executor: Executor, lock: boolean) => {
    const events = await select(executor, after, includeFailed, limit, lock);
    if (events.length === 0) return { last: after, report: { delivered: 0, failed: 0 } };
    const outcome = await deliver(events);
    await record(executor, outcome);
    return { last: events[events.length - 1].id, report: { delivered: outcome.done.length, failed: outcome.failed.size } };
  };
  if ((await databaseKind()) === "postgres") return db.transaction((tx) => run(tx, true));
  return run(db, false);
}

let running: Promise<unknown> = Promise.resolve();

/** Dispatches until no claimable event is left (each event at most once per call). Calls in one process run one after another. */
export function dispatchPending({ includeFailed = false, batchSize = CLAIM_BATCH }: DispatchOptions = {}): Promise<DispatchReport> {
  const work = running.then(async () => {
    const total: DispatchReport = { delivered: 0, failed: 0 };
    let after = 0;
    for (;;) {
      const { last, report } = await round(after, includeFailed, batchSize);
      if (last === after) return total;
      after = last;
      total.delivered += report.delivered;
      total.failed += report.failed;
    }
  });
  running = work.catch(() => undefined);
  return work;
}

/** Tests: delivers everything published so far (and what subscribers publish in turn). */
export function flushEvents(options: Omit<DispatchOptions, "batchSize"> = {}): Promise<DispatchReport> {
  return dispatchPending(options);
}

/** Processed events older than this many days are deleted by the sweep (dead ones stay for inspection). */
export const KEEP_PROCESSED_DAYS = 3;
const PURGE_BATCH = 5_000;

/** Deletes up to PURGE_BATCH processed events older than `days` (oldest first, through the primary key); returns how many. */
export async function purgeProcessedEvents(days = KEEP_PROCESSED_DAYS): Promise<number> {
  const db = await getDb();
  const old = db
    .select({ id: outboxEvents.id })
    .from(outboxEvents)
    .where(and(sql`${outboxEvents.processedAt} is not null`, lt(outboxEvents.createdAt, sql`now() - make_interval(days => ${days})`)))
    .orderBy(asc(outboxEvents.id))
    .limit(PURGE_BATCH);
  const deleted = await db.delete(outboxEvents).where(inArray(outboxEvents.id, old)).returning({ id: outboxEvents.id });
  return deleted.length;
}
