import "server-only";
import { env } from "@/lib/platform/env";
import { RateLimitedError } from "@/lib/platform/errors";
import { rateLimit, resetRateLimit } from "@/lib/platform/rate-limit";

export type LimitedFlow = "signin" | "reset" | "signup";

/**
 * Counts one attempt of `flow` against the client IP and (when given) the account's email, and
 * throws RateLimitedError when either is over its limit for the window. Both counters are hit on
 * every attempt, so spreading guesses over accounts or over IPs does not escape the other limit.
 */
export async function limitAttempt(flow: LimitedFlow, ip: string, accountEmail?: string): Promise<void> {
  const { RATE_LIMIT_SIGNIN_PER_IP, RATE_LIMIT_SIGNIN_PER_ACCOUNT, RATE_LIMIT_WINDOW_SECONDS } = env();
  const checks = [rateLimit(`${flow}:ip:${ip}`, RATE_LIMIT_SIGNIN_PER_IP, RATE_LIMIT_WINDOW_SECONDS)];
  if (accountEmail) {
    checks.push(rateLimit(`${flow}:account:${accountEmail}`, RATE_LIMIT_SIGNIN_PER_ACCOUNT, RATE_LIMIT_WINDOW_SECONDS));
  }
  const results = await Promise.all(checks);
  if (results.some((r) => !r.allowed)) throw new RateLimitedError(RATE_LIMIT_WINDOW_SECONDS);
}

/**
 * Forgets the account's attempts after a successful sign-in, so people who sign in often are never
 * locked out; only consecutive failures (within the window) count.
 */
export async function clearAccountAttempts(flow: LimitedFlow, accountEmail: string): Promise<void> {
  await resetRateLimit(`${flow}:account:${accountEmail}`);
}
