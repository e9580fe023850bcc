import { env } from "@/lib/platform/env";
import { RateLimitedError } from "@/lib/platform/errors";

/**
 * Admission control for placing orders in this process. A burst (a flash sale: hundreds of buyers in
 * the same second) would otherwise have every request wait on the database pool at once — they time
 * out taking a connection and starve the rest of the site. At most a share of the pool places orders at
 * a time; the others queue here, in order, and a queue beyond QUEUE_LIMIT is told to retry shortly.
 */
const QUEUE_LIMIT = 2_000;
const RETRY_SECONDS = 5;

let inFlight = 0;
const waiting: Array<() => void> = [];

/** Orders placed at once per process: 60 % of the pool (at least 2), leaving connections for pages. */
export function checkoutSlots(): number {
  return Math.max(2, Math.floor(env().DATABASE_POOL_MAX * 0.6));
}

export async function withCheckoutSlot<T>(run: () => Promise<T>): Promise<T> {
  if (inFlight >= checkoutSlots()) {
    if (waiting.length >= QUEUE_LIMIT) throw new RateLimitedError(RETRY_SECONDS, "Checkout is very busy right now. Please try again in a few seconds.");
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else {
    inFlight += 1;
  }
  try {
    return await run();
  } finally {
    const next = waiting.shift();
    // The slot passes straight to the next in line (inFlight unchanged), or is freed.
    if (next) next();
    else inFlight -= 1;
  }
}
