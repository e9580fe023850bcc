import { describe, expect, it } from "vitest";
import { forgotPasswordSchema, resetPasswordSchema, signInSchema, signUpSchema } from "@/lib/identity/schemas";

const valid = { name: "Priya Sharma", email: "priya@example.test", password: "correct horse", confirmPassword: "correct horse" };

function errorsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  const out: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) out[String(issue.path[0])] ??= issue.message;
  return out;
}

describe("signUpSchema", () => {
  it("accepts a valid sign-up, trimming name and email", () => {
    const r = signUpSchema.safeParse({ ...valid, name: "  Priya Sharma ", email: " priya@example.test " });
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({ name: "Priya Sharma", email: "priya@example.test" });
  });
  it("strips a smuggled role (and any other unknown field)", () => {
    const r = signUpSchema.safeParse({ ...valid, role: "admin", sellerId: "x" });
    expect(r.success).toBe(true);
    expect(r.data).not.toHaveProperty("role");
    expect(r.data).not.toHaveProperty("sellerId");
  });
  it("rejects an invalid email with a clear message", () => {
    expect(errorsOf(signUpSchema.safeParse({ ...valid, email: "not-an-email" }))).toEqual({ email: "Enter a valid email address" });
    expect(errorsOf(signUpSchema.safeParse({ ...valid, email: "" }))).toEqual({ email: "Enter your email address" });
  });
  it("rejects a 3-character password", () => {
    const r = signUpSchema.safeParse({ ...valid, password: "abc", confirmPassword: "abc" });
    expect(errorsOf(r)).toEqual({ password: "Password must be at least 8 characters" });
  });
  it("accepts exactly 8 and 128 characters, rejects 129", () => {
    for (const len of [8, 128]) {
      const p = "x".repeat(len);
      expect(signUpSchema.safeParse({ ...valid, password: p, confirmPassword: p }).success).toBe(true);
    }
    const long = "x".repeat(129);
    expect(errorsOf(signUpSchema.safeParse({ ...valid, password: long, confirmPassword: long }))).toEqual({
      password: "Password must be at most 128 characters",
    });
  });
  it("requires matching confirmation and a name", () => {
    expect(errorsOf(signUpSchema.safeParse({ ...valid, confirmPassword: "different!" }))).toEqual({ confirmPassword: "Passwords do not match" });
    expect(errorsOf(signUpSchema.safeParse({ ...valid, name: "  " }))).toEqual({ name: "Enter your name" });
  });
  it("reports one message per empty field", () => {
    const r = signUpSchema.safeParse({ name: "", email: "", password: "", confirmPassword: "" });
    expect(r.error?.issues.map((i) => i.message)).toEqual(["Enter your name", "Enter your email address", "Enter a password", "Confirm your password"]);
  });
  it("reports missing fields without throwing", () => {
    const r = signUpSchema.safeParse({});
    expect(r.success).toBe(false);
    expect(Object.keys(errorsOf(r)).sort()).toEqual(["confirmPassword", "email", "name", "password"]);
  });
});

describe("other auth schemas", () => {
  it("sign-in needs an email and any non-empty password", () => {
    expect(signInSchema.safeParse({ email: "a@b.co", password: "x" }).success).toBe(true);
    expect(errorsOf(signInSchema.safeParse({ email: "a@b.co", password: "" }))).toEqual({ password: "Enter your password" });
  });
  it("forgot-password validates the email", () => {
    expect(forgotPasswordSchema.safeParse({ email: "nope" }).success).toBe(false);
  });
  it("reset needs a well-formed 43-character token", () => {
    const token = "A".repeat(43);
    expect(resetPasswordSchema.safeParse({ token, password: "new password", confirmPassword: "new password" }).success).toBe(true);
    expect(errorsOf(resetPasswordSchema.safeParse({ token: "short", password: "new password", confirmPassword: "new password" }))).toEqual({
      token: "This reset link is invalid",
    });
  });
});
