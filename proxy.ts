import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { signInUrl } from "@/lib/auth/callback-url";
import { isProtectedPath, requestIdFrom } from "@/lib/auth/route-access";
import { env } from "@/lib/platform/env";
import { requestLogger } from "@/lib/platform/logger";
import { SEARCH_SESSION_COOKIE, SEARCH_SESSION_MAX_AGE } from "@/lib/search/analytics-session";

/**
 * Runs before every page and API request (not static assets):
 * - tags the request and the response with an X-Request-Id and logs the request with it
 *   (server actions and route handlers log through requestLog(), carrying the same id);
 * - on the search pages, gives a visitor without one an anonymous `ql_sid` cookie that ties their searches
 *   together in search analytics (also on this request, so the page it renders logs with it already;
 *   only there, so cacheable pages never carry a Set-Cookie);
 * - sends anonymous visitors of /seller, /admin, /delivery and /account to sign-in and back.
 * This is convenience only: the layouts call requirePageRole() (403 for a wrong role, with the
 * role freshly read from the database) and every action and route handler checks lib/auth/policies.
 */
/**
 * The storefront search pages, where searches are made and logged (dynamic, never shared-cached). Not
 * category pages or the JSON API: their responses are publicly cacheable, and a shared cache must never
 * hand one visitor's Set-Cookie to another.
 */
const SEARCH_PATH = /^\/search(?:\/|$)/;

export async function proxy(request: NextRequest) {
  const requestId = requestIdFrom(request.headers.get("x-request-id"), () => crypto.randomUUID());
  const { pathname, search } = request.nextUrl;
  requestLogger(requestId).info({ method: request.method, path: pathname }, "request");

  if (isProtectedPath(pathname)) {
    const token = await getToken({ req: request, secret: env().NEXTAUTH_SECRET });
    if (!token?.sub) {
      const response = NextResponse.redirect(new URL(signInUrl(`${pathname}${search}`), request.url));
      response.headers.set("x-request-id", requestId);
      return response;
    }
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-request-id", requestId);
  const newSessionId = SEARCH_PATH.test(pathname) && !request.cookies.has(SEARCH_SESSION_COOKIE) ? crypto.randomUUID() : null;
  if (newSessionId) {
    const cookie = request.headers.get("cookie");
    requestHeaders.set("cookie", `${cookie ? `${cookie}; ` : ""}${SEARCH_SESSION_COOKIE}=${newSessionId}`);
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("x-request-id", requestId);
  if (newSessionId) {
    response.cookies.set(SEARCH_SESSION_COOKIE, newSessionId, {
      httpOnly: true,
      sameSite: "lax",
      secure: request.nextUrl.protocol === "https:",
      path: "/",
      maxAge: SEARCH_SESSION_MAX_AGE,
    });
  }
  return response;
}

// api/uploads/ stays out: with a proxy Next buffers (and past 10 MB truncates) request bodies, while the
// upload handlers stream-count theirs against their own limits and authorize through lib/auth/policies.
// api/search/visual stays out for the same reason (a photo upload). api/search and api/search/suggest stay out
// because they are public, cached JSON answered in a millisecond or two (npm run bench:search).
// p/ (product pages) stays out: they are public and served from the page cache, where running the proxy
// would cost more than the page itself (the bench: npm run bench -- product).
export const config = {
  matcher: [
    "/((?!_next/static|_next/image|media/|api/health|api/uploads/|api/search$|api/search/suggest$|api/search/visual$|p/|serwist/|sw\\.js|swe-worker|workbox-|manifest\\.webmanifest|manifest\\.json|icons/|favicon\\.ico|robots\\.txt|sitemap\\.xml|.*\\.(?:png|jpg|jpeg|gif|webp|avif|svg|ico|woff2?|css|js|map|txt)$).*)",
  ],
};
