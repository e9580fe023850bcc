import type { Executor } from "@/lib/platform/db";
import { outboxEvents } from "@/models";
import { uniqueIds } from "./rules";
import type { DomainEvent } from "./types";

/**
 * Writes events into the outbox with the caller's executor: inside a transaction they commit or roll
 * back with the write they describe. Call `notifyOutbox()` after the commit so they are delivered soon.
 */
export async function publish(executor: Executor, events: DomainEvent | readonly DomainEvent[]): Promise<void> {
  const list = Array.isArray(events) ? (events as readonly DomainEvent[]) : [events as DomainEvent];
  if (list.length === 0) return;
  await executor.insert(outboxEvents).values(list.map((e) => ({ topic: e.topic, aggregateId: e.aggregateId, payload: e.payload ?? {} })));
}

/** "product.changed" for each product (duplicates dropped), e.g. after a price, stock or status change. */
export async function publishProductsChanged(executor: Executor, productIds: Iterable<string>, reason: string): Promise<void> {
  await publish(
    executor,
    uniqueIds(productIds).map((id) => ({ topic: "product.changed" as const, aggregateId: id, payload: { reason } })),
  );
}
