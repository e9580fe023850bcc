import Redis from "ioredis";
import type { Cache, Unsubscribe } from "./types";

const OPTIONS = {
  // Fail fast when Redis is away so callers (health, rate limits) can answer instead of hanging.
  maxRetriesPerRequest: 1,
  commandTimeout: 1_500,
  connectTimeout: 2_000,
  lazyConnect: false,
} as const;

export class RedisCache implements Cache {
  readonly kind = "redis";
  private readonly client: Redis;
  private subscriber: Redis | undefined;
  private readonly handlers = new Map<string, Set<(message: string) => void>>();

  constructor(
    private readonly url: string,
    private readonly prefix = "ql:",
  ) {
    this.client = new Redis(url, OPTIONS);
    this.client.on("error", () => undefined); // surfaced through failed commands and ping()
  }

  private k(key: string) {
    return this.prefix + key;
  }

  async get(key: string) {
    return this.client.get(this.k(key));
  }

  async set(key: string, value: string, ttlSeconds?: number) {
    if (ttlSeconds) await this.client.set(this.k(key), value, "EX", ttlSeconds);
    else await this.client.set(this.k(key), value);
  }

  async del(key: string) {
    await this.client.del(this.k(key));
  }

  async hit(key: string, windowSeconds: number) {
    const [[incrErr, count], [expireErr]] = (await this.client
      .multi()
      .incr(this.k(key))
      .expire(this.k(key), windowSeconds, "NX")
      .exec()) as [[Error | null, number], [Error | null, number]];
    if (incrErr || expireErr) throw incrErr ?? expireErr;
    return count;
  }

  async publish(channel: string, message: string) {
    await this.client.publish(this.k(channel), message);
  }

  private subscriberClient(): Redis {
    if (!this.subscriber) {
      this.subscriber = new Redis(this.url, { ...OPTIONS, maxRetriesPerRequest: null, commandTimeout: undefined });
      this.subscriber.on("error", () => undefined);
      this.subscriber.on("message", (channel: string, message: string) => {
        for (const handler of this.handlers.get(channel) ?? []) handler(message);
      });
    }
    return this.subscriber;
  }

  async subscribe(channel: string, onMessage: (message: string) => void): Promise<Unsubscribe> {
    const full = this.k(channel);
    const set = this.handlers.get(full) ?? new Set();
    if (set.size === 0) await this.subscriberClient().subscribe(full);
    set.add(onMessage);
    this.handlers.set(full, set);
    return async () => {
      set.delete(onMessage);
      if (set.size === 0) {
        this.handlers.delete(full);
        await this.subscriber?.unsubscribe(full);
      }
    };
  }

  async ping() {
    await this.client.ping();
  }

  async close() {
    this.handlers.clear();
    await Promise.allSettled([this.client.quit(), this.subscriber?.quit()]);
  }
}
