import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { signInUrl } from "@/lib/auth/callback-url";
import { isProtectedPath, requestIdFrom } from "@/lib/auth/route-access";
import { env } from "@/lib/platform/env";
import { requestLogger } from "@/lib/platform/logger";

/**
 * Runs before every page and API request (not static assets):
 * - tags the request and the response with an X-Request-Id and logs the request with it
 *   (server actions and route handlers log through requestLog(), carrying the same id);
 * - sends anonymous visitors of /seller, /admin, /delivery and /account to sign-in and back.
 * This is convenience only: the layouts call requirePageRole() (403 for a wrong role, with the
 * role freshly read from the database) and every action and route handler checks lib/auth/policies.
 */
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
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("x-request-id", requestId);
  return response;
}

// api/uploads/ stays out: with a proxy Next buffers (and past 10 MB truncates) request bodies, while the
// upload handlers stream-count theirs against their own limits and authorize through lib/auth/policies.
// p/ (product pages) stays out: they are public and served from the page cache, where running the proxy
// would cost more than the page itself (the bench: npm run bench -- product).
export const config = {
  matcher: [
    "/((?!_next/static|_next/image|media/|api/health|api/uploads/|p/|serwist/|sw\\.js|swe-worker|workbox-|manifest\\.webmanifest|manifest\\.json|icons/|favicon\\.ico|robots\\.txt|sitemap\\.xml|.*\\.(?:png|jpg|jpeg|gif|webp|avif|svg|ico|woff2?|css|js|map|txt)$).*)",
  ],
};
