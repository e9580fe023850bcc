import "server-only";
import { getSessionClaims, type SessionClaims } from "@/lib/identity/queries";
import { getCache } from "@/lib/platform/cache";
import { logger } from "@/lib/platform/logger";

const key = (userId: string) => `auth:claims:${userId}`;
/** Short, so a role change reaches sessions within SESSION_REFRESH_SECONDS plus a minute. */
const CLAIMS_CACHE_SECONDS = 60;

/**
 * A user's session claims (role, seller, disabled), read from the database at most once a minute
 * per user across all instances: the shared cache holds them in between.
 * A cache outage falls back to the database.
 */
export async function loadSessionClaims(userId: string): Promise<SessionClaims | null> {
  const cache = getCache();
  try {
    const hit = await cache.get(key(userId));
    if (hit) return JSON.parse(hit) as SessionClaims | null;
  } catch (err) {
    logger.warn({ err }, "session claims cache unavailable");
  }
  const claims = await getSessionClaims(userId);
  await cache.set(key(userId), JSON.stringify(claims), CLAIMS_CACHE_SECONDS).catch(() => undefined);
  return claims;
}

/** Call after changing a user's role, seller or disabled flag so sessions pick it up at once. */
export async function invalidateSessionClaims(userId: string): Promise<void> {
  await getCache()
    .del(key(userId))
    .catch((err: unknown) => logger.warn({ err, userId }, "could not invalidate session claims"));
}
