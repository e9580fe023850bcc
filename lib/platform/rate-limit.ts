import { getCache } from "./cache";
import { logger } from "./logger";

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  limit: number;
}

/**
 * Fixed-window limiter on the shared cache counter. If the cache is unreachable the request is
 * allowed and the failure logged: an outage of Redis must not lock every user out.
 */
export async function rateLimit(key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
  try {
    const count = await getCache().hit(`rl:${key}`, windowSeconds);
    return { allowed: count <= limit, count, limit };
  } catch (err) {
    logger.error({ err, key }, "rate limiter unavailable; allowing request");
    return { allowed: true, count: 0, limit };
  }
}

/** Forgets a key's count (e.g. an account's failed sign-ins after a successful one). */
export async function resetRateLimit(key: string): Promise<void> {
  try {
    await getCache().del(`rl:${key}`);
  } catch (err) {
    logger.error({ err, key }, "rate limiter unavailable; could not reset");
  }
}
