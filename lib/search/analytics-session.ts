/** The anonymous search-session cookie: set by proxy.ts on a visitor's first request, read by getSearchSessionId(). */
export const SEARCH_SESSION_COOKIE = "ql_sid";
/** A year: long enough to tie a visitor's searches together, anonymous all the same. */
export const SEARCH_SESSION_MAX_AGE = 365 * 86_400;
