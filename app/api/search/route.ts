import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth/session";
import { logger } from "@/lib/platform/logger";
import { getSearchEngine, parseSearchApiParams } from "@/lib/search";
import { getSearchSessionId, logSearch } from "@/lib/search/analytics-service";
import { searchSessionIdFromCookieHeader } from "@/lib/search/analytics-session";
import { frontCacheHeader, registerFrontCacheHook } from "@/lib/platform/front-cache-hooks";

export const dynamic = "force-dynamic";

/** Results are the same for everyone and change at most with the index: shared caches may keep them briefly. */
const PUBLIC_CACHE = { "cache-control": "public, max-age=30, stale-while-revalidate=60" };
const MAX_AGE_SECONDS = 30;
const LOG_HOOK = "search-log";

/**
 * The production server's front cache may replay a first page to later anonymous callers (signed-in
 * requests always reach this handler): every replay is logged as its own search and gets its own id.
 */
registerFrontCacheHook(LOG_HOOK, ({ url, headers, responseHeaders }) => {
  const parsed = parseSearchApiParams(new URL(url, "http://front-cache").searchParams);
  const total = Number(responseHeaders["x-search-total"]);
  if (!parsed.ok || parsed.request.cursor || !Number.isInteger(total)) return null;
  const cookie = typeof headers.cookie === "string" ? headers.cookie : undefined;
  const id = logSearch({ request: parsed.request, total, tookMs: 0, source: "api", userId: null, sessionId: searchSessionIdFromCookieHeader(cookie) });
  return { "x-search-query-id": id };
});

/**
 * GET /api/search — public JSON search: ?q=&category=&brand=&seller=&price_min=&price_max=&rating=&in_stock=
 * &discount=&a.<attr>=&sort=&cursor=&limit= → { hits, total, facets, next_cursor, took_ms, corrected_query,
 * did_you_mean }. A parameter that cannot be used is a 400 naming it; the first page of a search is logged.
 */
export async function GET(request: Request) {
  const parsed = parseSearchApiParams(new URL(request.url).searchParams);
  if (!parsed.ok) {
    return NextResponse.json({ error: "Invalid search parameters", fieldErrors: parsed.fieldErrors }, { status: 400, headers: { "cache-control": "no-store" } });
  }
  try {
    const result = await getSearchEngine().search(parsed.request);
    const headers: Record<string, string> = { ...PUBLIC_CACHE };
    if (!parsed.request.cursor) {
      // Anonymous API calls (most of them) skip the session lookup.
      const signedIn = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token=/.test(request.headers.get("cookie") ?? "");
      const [actor, sessionId] = await Promise.all([signedIn ? getActor().catch(() => null) : null, getSearchSessionId().catch(() => null)]);
      // A logged search carries its own id (for click attribution): never share that response between visitors
      // — except through the front cache, which logs every replay (LOG_HOOK).
      headers["cache-control"] = `private, max-age=${MAX_AGE_SECONDS}`;
      headers["x-front-cache"] = frontCacheHeader(MAX_AGE_SECONDS, LOG_HOOK);
      headers["x-search-total"] = String(result.total);
      headers["x-search-query-id"] = logSearch({
        request: parsed.request,
        total: result.total,
        tookMs: result.tookMs,
        source: "api",
        userId: actor?.id ?? null,
        sessionId,
      });
    }
    return NextResponse.json(
      {
        hits: result.hits,
        total: result.total,
        facets: result.facets,
        next_cursor: result.nextCursor,
        took_ms: result.tookMs,
        corrected_query: result.correctedQuery,
        did_you_mean: result.didYouMean,
      },
      { headers },
    );
  } catch (err) {
    logger.error({ err }, "search failed");
    return NextResponse.json({ error: "Search is unavailable right now. Please try again." }, { status: 500, headers: { "cache-control": "no-store" } });
  }
}
