import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { MemoryCache } from "@/lib/platform/cache/memory";
import { RedisCache } from "@/lib/platform/cache/redis";
import type { Cache } from "@/lib/platform/cache";

const redisUrl = process.env.REDIS_URL;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves with the first message a subscriber receives, or rejects after `ms`. */
function firstMessage(ms = 3000) {
  let deliver: (message: string) => void = () => undefined;
  const received = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no message within ${ms} ms`)), ms);
    deliver = (message) => {
      clearTimeout(timer);
      resolve(message);
    };
  });
  return { received, onMessage: (message: string) => deliver(message) };
}

const implementations: [string, () => Cache][] = [["MemoryCache", () => new MemoryCache()]];
if (redisUrl) implementations.push(["RedisCache", () => new RedisCache(redisUrl, `qltest:${randomUUID().slice(0, 8)}:`)]);

const opened: Cache[] = [];
afterAll(async () => {
  await Promise.all(opened.map((c) => c.close()));
});

describe.each(implementations)("%s", (_name, make) => {
  const cache = make();
  opened.push(cache);
  const key = (k: string) => `${k}:${randomUUID()}`;

  it("answers ping", async () => {
    await expect(cache.ping()).resolves.toBeUndefined();
  });

  it("gets, sets and deletes", async () => {
    const k = key("kv");
    expect(await cache.get(k)).toBeNull();
    await cache.set(k, "hello");
    expect(await cache.get(k)).toBe("hello");
    await cache.set(k, "again");
    expect(await cache.get(k)).toBe("again");
    await cache.del(k);
    expect(await cache.get(k)).toBeNull();
    await expect(cache.del(k)).resolves.toBeUndefined();
  });

  it("expires values after their TTL", async () => {
    const k = key("ttl");
    await cache.set(k, "short", 1);
    await cache.set(`${k}:long`, "long", 60);
    expect(await cache.get(k)).toBe("short");
    await sleep(1500);
    expect(await cache.get(k)).toBeNull();
    expect(await cache.get(`${k}:long`)).toBe("long");
  });

  it("counts hits in a window that expires from the first hit", async () => {
    const k = key("hit");
    expect(await cache.hit(k, 1)).toBe(1);
    expect(await cache.hit(k, 1)).toBe(2);
    expect(await cache.hit(k, 1)).toBe(3);
    await sleep(1500);
    expect(await cache.hit(k, 1)).toBe(1);
  });

  it("keeps separate counters per key", async () => {
    const a = key("hit-a");
    const b = key("hit-b");
    await cache.hit(a, 60);
    await cache.hit(a, 60);
    expect(await cache.hit(b, 60)).toBe(1);
    expect(await cache.hit(a, 60)).toBe(3);
  });

  it("delivers published messages to subscribers", async () => {
    const channel = key("chan");
    const { received, onMessage } = firstMessage();
    const unsubscribe = await cache.subscribe(channel, onMessage);
    await cache.publish(channel, "order-42");
    expect(await received).toBe("order-42");
    await unsubscribe();
  });

  it("delivers to every subscriber and stops after unsubscribe", async () => {
    const channel = key("chan2");
    const a: string[] = [];
    const b: string[] = [];
    const unsubA = await cache.subscribe(channel, (m) => a.push(m));
    const unsubB = await cache.subscribe(channel, (m) => b.push(m));
    await cache.publish(channel, "one");
    await sleep(300);
    expect(a).toEqual(["one"]);
    expect(b).toEqual(["one"]);
    await unsubA();
    await cache.publish(channel, "two");
    await sleep(300);
    expect(a).toEqual(["one"]);
    expect(b).toEqual(["one", "two"]);
    await unsubB();
    await cache.publish(channel, "three");
    await sleep(300);
    expect(b).toEqual(["one", "two"]);
  });

  it("does not deliver messages of other channels", async () => {
    const channel = key("chan3");
    const got: string[] = [];
    const unsub = await cache.subscribe(channel, (m) => got.push(m));
    await cache.publish(`${channel}:other`, "nope");
    await sleep(300);
    expect(got).toEqual([]);
    await unsub();
  });
});

describe("RedisCache with Redis down", () => {
  it("rejects ping quickly instead of hanging", async () => {
    const cache = new RedisCache("redis://127.0.0.1:6399", "qltest:down:");
    const started = Date.now();
    try {
      await expect(cache.ping()).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await cache.close();
    }
  });

  it("rejects get and hit too, so the rate limiter can fail open", async () => {
    const cache = new RedisCache("redis://127.0.0.1:6399", "qltest:down:");
    try {
      await expect(cache.get("x")).rejects.toThrow();
      await expect(cache.hit("x", 10)).rejects.toThrow();
    } finally {
      await cache.close();
    }
  });
});
