import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { SEARCH_SESSION_COOKIE } from "@/lib/search/analytics-session";

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= "unit-secret-unit-secret-unit-secret-0123";
});

async function run(url: string, cookie?: string) {
  const { proxy } = await import("@/proxy");
  return proxy(new NextRequest(url, { headers: cookie ? { cookie } : {} }));
}

describe("the ql_sid search session cookie (proxy.ts)", () => {
  it("is set on search paths for a visitor without one, httpOnly and long-lived", async () => {
    for (const path of ["/search?q=atta", "/search/visual"]) {
      const res = await run(`http://localhost${path}`);
      const cookie = res.cookies.get(SEARCH_SESSION_COOKIE);
      expect(cookie?.value, path).toMatch(/^[0-9a-f-]{36}$/);
      expect(cookie?.httpOnly).toBe(true);
      expect(cookie?.maxAge).toBeGreaterThan(86_400 * 300);
    }
  });

  it("is passed on to the page of that same request, so its first search has a session", async () => {
    const res = await run("http://localhost/search?q=atta", "theme=dark");
    const sid = res.cookies.get(SEARCH_SESSION_COOKIE)?.value;
    expect(res.headers.get("x-middleware-request-cookie") ?? "").toContain(`${SEARCH_SESSION_COOKIE}=${sid}`);
  });

  it("is left alone when present, and never set on other pages or the publicly cacheable JSON API", async () => {
    expect((await run("http://localhost/api/search?q=tv")).cookies.get(SEARCH_SESSION_COOKIE)).toBeUndefined();
    expect((await run("http://localhost/c/grocery")).cookies.get(SEARCH_SESSION_COOKIE)).toBeUndefined();
    expect((await run("http://localhost/search?q=x", `${SEARCH_SESSION_COOKIE}=abc12345-keep`)).cookies.get(SEARCH_SESSION_COOKIE)).toBeUndefined();
    expect((await run("http://localhost/")).cookies.get(SEARCH_SESSION_COOKIE)).toBeUndefined();
    expect((await run("http://localhost/searching")).cookies.get(SEARCH_SESSION_COOKIE)).toBeUndefined();
  });
});
