import { EventEmitter } from "node:events";
import type { Cache, Unsubscribe } from "./types";

interface Entry {
  value: string;
  expiresAt: number | null;
}

export class MemoryCache implements Cache {
  readonly kind = "memory";
  private readonly entries = new Map<string, Entry>();
  private readonly bus = new EventEmitter().setMaxListeners(0);

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt !== null && entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  async get(key: string) {
    return this.live(key)?.value ?? null;
  }

  async set(key: string, value: string, ttlSeconds?: number) {
    this.entries.set(key, { value, expiresAt: ttlSeconds ? Date.now() + ttlSeconds * 1000 : null });
  }

  async del(key: string) {
    this.entries.delete(key);
  }

  async hit(key: string, windowSeconds: number) {
    const entry = this.live(key);
    const count = entry ? Number(entry.value) + 1 : 1;
    this.entries.set(key, { value: String(count), expiresAt: entry?.expiresAt ?? Date.now() + windowSeconds * 1000 });
    return count;
  }

  async publish(channel: string, message: string) {
    // Asynchronous delivery, like Redis: a publisher never runs subscribers on its own stack.
    queueMicrotask(() => this.bus.emit(channel, message));
  }

  async subscribe(channel: string, onMessage: (message: string) => void): Promise<Unsubscribe> {
    this.bus.on(channel, onMessage);
    return async () => {
      this.bus.off(channel, onMessage);
    };
  }

  async ping() {}

  async close() {
    this.entries.clear();
    this.bus.removeAllListeners();
  }
}
