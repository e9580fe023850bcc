import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/auth/client-ip";
import { isProtectedPath, requestIdFrom } from "@/lib/auth/route-access";
import { workspaceFor } from "@/lib/auth/roles";
import { GENERIC_SIGN_IN_ERROR, rateLimitedCode, signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { ConflictError, RateLimitedError, ValidationError, actionFailure, fieldErrorsFromIssues } from "@/lib/platform/errors";

describe("clientIp", () => {
  it("takes the first hop of X-Forwarded-For", () => {
    expect(clientIp({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" })).toBe("203.0.113.7");
    expect(clientIp(new Headers({ "x-forwarded-for": "2001:db8::1" }))).toBe("2001:db8::1");
  });
  it("falls back to X-Real-IP, then unknown", () => {
    expect(clientIp({ "x-real-ip": "198.51.100.4" })).toBe("198.51.100.4");
    expect(clientIp({})).toBe("unknown");
    expect(clientIp(undefined)).toBe("unknown");
  });
  it("ignores garbage so it cannot pollute rate-limit keys", () => {
    expect(clientIp({ "x-forwarded-for": "not an ip; drop table" })).toBe("unknown");
  });
});

describe("sign-in error messages", () => {
  it("is generic for wrong credentials", () => {
    expect(signInErrorMessage("CredentialsSignin")).toBe(GENERIC_SIGN_IN_ERROR);
    expect(GENERIC_SIGN_IN_ERROR).toBe("Email or password is incorrect");
  });
  it("tells how long to wait when rate limited", () => {
    expect(signInErrorMessage(rateLimitedCode(15))).toBe("Too many attempts, try again in 15 minutes");
    expect(signInErrorMessage(rateLimitedCode(0.2))).toBe("Too many attempts, try again in 1 minute");
  });
  it("has a message for anything else and nothing for no code", () => {
    expect(signInErrorMessage("SomethingNew")).toMatch(/couldn't sign you in/);
    expect(signInErrorMessage(null)).toBeNull();
  });
});

describe("route access and request ids", () => {
  it("protects workspace paths only", () => {
    for (const p of ["/admin", "/admin/mailbox", "/seller", "/seller/products", "/delivery", "/account"]) expect(isProtectedPath(p)).toBe(true);
    for (const p of ["/", "/sellers", "/administrator", "/sign-in", "/p/rice"]) expect(isProtectedPath(p)).toBe(false);
  });
  it("keeps a sane incoming request id and replaces junk", () => {
    expect(requestIdFrom("abc12345-lb", () => "new")).toBe("abc12345-lb");
    expect(requestIdFrom("x", () => "new")).toBe("new");
    expect(requestIdFrom("bad id with spaces", () => "new")).toBe("new");
    expect(requestIdFrom(null, () => "new")).toBe("new");
  });
  it("maps roles to their workspace", () => {
    expect(workspaceFor("seller")?.href).toBe("/seller");
    expect(workspaceFor("admin")?.href).toBe("/admin");
    expect(workspaceFor("delivery")?.href).toBe("/delivery");
    expect(workspaceFor("customer")).toBeNull();
  });
});

describe("errors → action results", () => {
  it("keeps field errors of validation and conflict errors", () => {
    expect(actionFailure(new ValidationError({ email: ["Enter a valid email address"] }))).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { email: ["Enter a valid email address"] },
    });
    expect(actionFailure(new ConflictError("An account with this email already exists", "email"))).toMatchObject({
      code: "conflict",
      fieldErrors: { email: ["An account with this email already exists"] },
    });
  });
  it("says how long to wait when rate limited", () => {
    expect(new RateLimitedError(900).message).toBe("Too many attempts, try again in 15 minutes.");
    expect(new RateLimitedError(30).message).toBe("Too many attempts, try again in 1 minute.");
  });
  it("hides unexpected errors", () => {
    expect(actionFailure(new Error("connection refused at 10.0.0.5"))).toEqual({
      ok: false,
      code: "internal",
      message: "Something went wrong on our side. Please try again.",
    });
  });
  it("groups issues by top-level field", () => {
    expect(fieldErrorsFromIssues([{ path: ["a", 0], message: "x" }, { path: ["a"], message: "y" }, { path: [], message: "z" }])).toEqual({ a: ["x", "y"], _form: ["z"] });
  });
});
