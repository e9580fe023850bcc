import { describe, expect, it } from "vitest";
import { safeCallbackUrl, signInUrl } from "@/lib/auth/callback-url";

describe("safeCallbackUrl", () => {
  it("keeps same-origin relative paths with their query and hash", () => {
    expect(safeCallbackUrl("/seller/products?page=2#top")).toBe("/seller/products?page=2#top");
    expect(safeCallbackUrl("/")).toBe("/");
    expect(safeCallbackUrl("/admin")).toBe("/admin");
  });

  it.each([
    ["//evil.com", "protocol-relative"],
    ["//evil.com/path", "protocol-relative with path"],
    ["/\\evil.com", "backslash trick"],
    ["\\\\evil.com", "double backslash"],
    ["/foo\\bar", "any backslash"],
    ["https://evil.com/admin", "absolute URL"],
    ["http://localhost:3000/admin", "absolute URL of our own origin without allowedOrigin"],
    ["javascript:alert(1)", "javascript: URL"],
    ["data:text/html,hi", "data: URL"],
    ["evil.com", "bare host"],
    ["admin", "relative without slash"],
    ["/\u0000admin", "control character"],
    ["/a\nb", "newline"],
    ["", "empty"],
    ["   ", "blank"],
  ])("rejects %j (%s)", (value) => {
    expect(safeCallbackUrl(value)).toBe("/");
  });

  it("rejects non-strings and over-long values", () => {
    expect(safeCallbackUrl(undefined)).toBe("/");
    expect(safeCallbackUrl(null)).toBe("/");
    expect(safeCallbackUrl(["/admin"])).toBe("/");
    expect(safeCallbackUrl(`/${"a".repeat(3000)}`)).toBe("/");
  });

  it("uses the given fallback", () => {
    expect(safeCallbackUrl("//evil.com", { fallback: "/account" })).toBe("/account");
  });

  it("refuses auth pages (they would loop after sign-in) unless allowed", () => {
    expect(safeCallbackUrl("/sign-in?callbackUrl=/admin")).toBe("/");
    expect(safeCallbackUrl("/sign-up")).toBe("/");
    expect(safeCallbackUrl("/api/auth/signout")).toBe("/");
    expect(safeCallbackUrl("/sign-in?callbackUrl=%2Fadmin", { allowAuthPages: true })).toBe("/sign-in?callbackUrl=%2Fadmin");
  });

  it("normalises dot segments before checking", () => {
    expect(safeCallbackUrl("/a/../sign-in")).toBe("/");
    expect(safeCallbackUrl("/a/../admin")).toBe("/admin");
  });

  it("accepts an absolute URL only of the allowed origin, made relative", () => {
    expect(safeCallbackUrl("http://localhost:3000/admin?x=1", { allowedOrigin: "http://localhost:3000" })).toBe("/admin?x=1");
    expect(safeCallbackUrl("http://localhost:3001/admin", { allowedOrigin: "http://localhost:3000" })).toBe("/");
    expect(safeCallbackUrl("https://localhost:3000/admin", { allowedOrigin: "http://localhost:3000" })).toBe("/");
    expect(safeCallbackUrl("https://evil.com/", { allowedOrigin: "http://localhost:3000" })).toBe("/");
  });
});

describe("signInUrl", () => {
  it("encodes the path to come back to", () => {
    expect(signInUrl("/seller/products?page=2")).toBe("/sign-in?callbackUrl=%2Fseller%2Fproducts%3Fpage%3D2");
  });
  it("drops unsafe or trivial paths", () => {
    expect(signInUrl("/")).toBe("/sign-in");
    expect(signInUrl("//evil.com")).toBe("/sign-in");
  });
});
