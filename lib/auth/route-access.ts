/** Path prefixes that need a signed-in user; proxy.ts sends anonymous visitors to sign-in. */
export const PROTECTED_PREFIXES = ["/seller", "/admin", "/delivery", "/account"] as const;

export function isProtectedPath(pathname: string): boolean {
  return PROTECTED_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** Keeps a sane incoming X-Request-Id (from a load balancer) or makes a new one. */
export function requestIdFrom(incoming: string | null, make: () => string): string {
  return incoming && REQUEST_ID.test(incoming) ? incoming : make();
}
