export type Unsubscribe = () => Promise<void>;

/** The small key-value surface the app needs; Redis in production, in-process in the embedded default. */
export interface Cache {
  readonly kind: "redis" | "memory";
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds?: number): Promise<void>;
  del(key: string): Promise<void>;
  /** Increments a counter that expires `windowSeconds` after its first hit; returns the new count. */
  hit(key: string, windowSeconds: number): Promise<number>;
  publish(channel: string, message: string): Promise<void>;
  subscribe(channel: string, onMessage: (message: string) => void): Promise<Unsubscribe>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
