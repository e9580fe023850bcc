/** The anonymous search-session cookie: set by proxy.ts on a visitor's first request, read by getSearchSessionId(). */
export const SEARCH_SESSION_COOKIE = "ql_sid";
/** A year: long enough to tie a visitor's searches together, anonymous all the same. */
export const SEARCH_SESSION_MAX_AGE = 365 * 86_400;

/** The session id in a `ql_sid` cookie value, or null when it is missing or not one we issue. */
export function validSearchSessionId(value: string | undefined | null): string | null {
  return value && /^[A-Za-z0-9-]{8,64}$/.test(value) ? value : null;
}

/** The session id from a raw Cookie header (outside a Next request, e.g. a front-cache replay). */
export function searchSessionIdFromCookieHeader(cookieHeader: string | undefined): string | null {
  const match = new RegExp(`(?:^|;\\s*)${SEARCH_SESSION_COOKIE}=([^;]*)`).exec(cookieHeader ?? "");
  return validSearchSessionId(match?.[1]);
}
