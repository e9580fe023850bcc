import { randomUUID } from "node:crypto";
import { inArray } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { flushEvents, publish, publishProductsChanged, purgeProcessedEvents, subscribe, unsubscribe, type DeliveredEvent } from "@/lib/platform/events";
import { MAX_ATTEMPTS } from "@/lib/platform/events/rules";
import { getDb } from "@/lib/platform/db";
import { outboxEvents } from "@/models";

const received: Array<{ subscriber: string; topic: string; ids: string[] }> = [];

function record(subscriber: string) {
  return async (events: readonly DeliveredEvent[]) => {
    received.push({ subscriber, topic: events[0].topic, ids: events.map((e) => e.aggregateId) });
  };
}

const seen = (subscriber: string, id: string) => received.filter((r) => r.subscriber === subscriber && r.ids.includes(id)).length;

async function rowsOf(ids: string[]) {
  const db = await getDb();
  return db.select().from(outboxEvents).where(inArray(outboxEvents.aggregateId, ids));
}

afterEach(() => {
  for (const topic of ["product.changed", "seller.changed", "category.changed", "brand.changed"] as const) {
    for (const name of ["a", "b", "flaky"]) unsubscribe(topic, name);
  }
  received.length = 0;
});

describe("transactional outbox", () => {
  it("delivers nothing published in a transaction that rolled back", async () => {
    subscribe("product.changed", "a", record("a"));
    const db = await getDb();
    const id = randomUUID();
    await expect(
      db.transaction(async (tx) => {
        await publishProductsChanged(tx, [id], "test");
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    await flushEvents();
    expect(seen("a", id)).toBe(0);
    expect(await rowsOf([id])).toHaveLength(0);
  });

  it("delivers a committed event once to every subscriber, and marks it processed", async () => {
    subscribe("product.changed", "a", record("a"));
    subscribe("product.changed", "b", record("b"));
    const db = await getDb();
    const id = randomUUID();
    await db.transaction((tx) => publish(tx, { topic: "product.changed", aggregateId: id, payload: { reason: "test" } }));
    await flushEvents();
    await flushEvents();
    expect(seen("a", id)).toBe(1);
    expect(seen("b", id)).toBe(1);
    const [row] = await rowsOf([id]);
    expect(row.processedAt).not.toBeNull();
    expect(row.attempts).toBe(1);
    expect(row.payload).toEqual({ reason: "test" });
  });

  it("retries a failing subscriber's event later without holding back the others", async () => {
    const bad = randomUUID();
    const good = randomUUID();
    // The batch fails, then the event alone fails: it waits for a later delivery.
    let failures = 2;
    subscribe("product.changed", "flaky", async (events) => {
      if (events.some((e) => e.aggregateId === bad) && failures-- > 0) throw new Error("index unavailable");
      received.push({ subscriber: "flaky", topic: events[0].topic, ids: events.map((e) => e.aggregateId) });
    });
    subscribe("seller.changed", "a", record("a"));
    const other = randomUUID();
    const db = await getDb();
    await db.transaction(async (tx) => {
      await publishProductsChanged(tx, [bad, good], "test");
      await publish(tx, { topic: "seller.changed", aggregateId: other });
    });

    const first = await flushEvents();
    expect(first.failed).toBe(1);
    expect(seen("flaky", good)).toBe(1);
    expect(seen("a", other)).toBe(1);
    expect(seen("flaky", bad)).toBe(0);
    const [failed] = await rowsOf([bad]);
    expect(failed).toMatchObject({ processedAt: null, attempts: 1 });
    expect(failed.lastError).toContain("index unavailable");

    // A plain flush leaves it to the sweep; the sweep (includeFailed) delivers it.
    await flushEvents();
    expect(seen("flaky", bad)).toBe(0);
    await flushEvents({ includeFailed: true });
    expect(seen("flaky", bad)).toBe(1);
    const [done] = await rowsOf([bad]);
    expect(done).toMatchObject({ attempts: 2, lastError: null });
    expect(done.processedAt).not.toBeNull();
    expect(seen("flaky", good)).toBe(1);
  });

  it("gives up after MAX_ATTEMPTS and keeps the last error", async () => {
    const id = randomUUID();
    subscribe("brand.changed", "flaky", async () => {
      throw new Error("always broken");
    });
    const db = await getDb();
    await publish(db, { topic: "brand.changed", aggregateId: id });
    for (let i = 0; i < MAX_ATTEMPTS + 2; i++) await flushEvents({ includeFailed: true });
    const [row] = await rowsOf([id]);
    expect(row).toMatchObject({ processedAt: null, attempts: MAX_ATTEMPTS });
    expect(row.lastError).toContain("always broken");
  });

  it("hands events to subscribers in publication order, grouped per topic", async () => {
    subscribe("category.changed", "a", record("a"));
    subscribe("product.changed", "a", record("a"));
    const db = await getDb();
    const [p1, c1, p2, c2, p3] = Array.from({ length: 5 }, () => randomUUID());
    await db.transaction(async (tx) => {
      await publishProductsChanged(tx, [p1], "test");
      await publish(tx, { topic: "category.changed", aggregateId: c1 });
      await publishProductsChanged(tx, [p2], "test");
    });
    await db.transaction(async (tx) => {
      await publish(tx, { topic: "category.changed", aggregateId: c2 });
      await publishProductsChanged(tx, [p3], "test");
    });
    await flushEvents();
    const products = received.filter((r) => r.topic === "product.changed").flatMap((r) => r.ids);
    const categories = received.filter((r) => r.topic === "category.changed").flatMap((r) => r.ids);
    expect(products).toEqual([p1, p2, p3]);
    expect(categories).toEqual([c1, c2]);
    // Topics in the order of their first event: products (p1) before categories (c1).
    expect(received[0].topic).toBe("product.changed");
  });

  it("drops duplicate ids in one publish", async () => {
    subscribe("product.changed", "a", record("a"));
    const db = await getDb();
    const id = randomUUID();
    await publishProductsChanged(db, [id, id, id], "test");
    expect(await rowsOf([id])).toHaveLength(1);
    await flushEvents();
  });
});

describe("outbox housekeeping", () => {
  it("purges processed events past the retention, keeping recent, pending and dead ones", async () => {
    const db = await getDb();
    const [oldDone, recentDone, oldPending] = [randomUUID(), randomUUID(), randomUUID()];
    await db.insert(outboxEvents).values([
      { topic: "product.changed", aggregateId: oldDone, createdAt: new Date(Date.now() - 10 * 86_400_000), processedAt: new Date() },
      { topic: "product.changed", aggregateId: recentDone, processedAt: new Date() },
      { topic: "product.changed", aggregateId: oldPending, createdAt: new Date(Date.now() - 10 * 86_400_000), attempts: MAX_ATTEMPTS, lastError: "dead" },
    ]);
    expect(await purgeProcessedEvents(3)).toBeGreaterThanOrEqual(1);
    expect((await rowsOf([oldDone, recentDone, oldPending])).map((r) => r.aggregateId).sort()).toEqual([recentDone, oldPending].sort());
  });
});
