import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  RESET_TOKEN_TTL_MINUTES,
  SESSION_REFRESH_SECONDS,
  generateResetToken,
  hashResetToken,
  isRevokedByPasswordChange,
  isSessionStale,
  normalizeEmail,
  resetPasswordUrl,
  resetTokenExpiry,
  resetTokenState,
} from "@/lib/identity/rules";

describe("reset tokens", () => {
  it("are 32 random bytes in base64url (43 chars), different every time", () => {
    const a = generateResetToken();
    const b = generateResetToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a, "base64url")).toHaveLength(32);
    expect(a).not.toBe(b);
  });
  it("are stored as their SHA-256 hex hash, never in clear", () => {
    const token = generateResetToken();
    expect(hashResetToken(token)).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hashResetToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashResetToken(token)).not.toContain(token);
  });
  it("expire 30 minutes after issue", () => {
    const now = new Date("2026-01-01T10:00:00Z");
    expect(RESET_TOKEN_TTL_MINUTES).toBe(30);
    expect(resetTokenExpiry(now).toISOString()).toBe("2026-01-01T10:30:00.000Z");
  });
  it("are valid until expiry, then expired; used wins over expired; missing is invalid", () => {
    const expiresAt = new Date("2026-01-01T10:30:00Z");
    expect(resetTokenState({ expiresAt, usedAt: null }, new Date("2026-01-01T10:29:59Z"))).toBe("valid");
    expect(resetTokenState({ expiresAt, usedAt: null }, new Date("2026-01-01T10:30:00Z"))).toBe("expired");
    expect(resetTokenState({ expiresAt, usedAt: new Date("2026-01-01T10:05:00Z") }, new Date("2026-01-01T10:10:00Z"))).toBe("used");
    expect(resetTokenState({ expiresAt, usedAt: new Date("2026-01-01T10:05:00Z") }, new Date("2026-01-02T00:00:00Z"))).toBe("used");
    expect(resetTokenState(null, new Date())).toBe("invalid");
  });
  it("build the reset link on the configured base URL", () => {
    expect(resetPasswordUrl("https://shop.example/", "abc_-1")).toBe("https://shop.example/reset-password?token=abc_-1");
  });
});

describe("emails and sessions", () => {
  it("normalises emails for case-insensitive comparison", () => {
    expect(normalizeEmail("  Priya.Sharma@Example.TEST ")).toBe("priya.sharma@example.test");
  });
  it("marks session claims stale after the refresh interval", () => {
    expect(isSessionStale(undefined, 1000)).toBe(true);
    expect(isSessionStale(1000, 1000 + SESSION_REFRESH_SECONDS - 1)).toBe(false);
    expect(isSessionStale(1000, 1000 + SESSION_REFRESH_SECONDS)).toBe(true);
  });
});

describe("session revocation on password change", () => {
  it("revokes sessions that signed in before the change and keeps later ones", () => {
    expect(isRevokedByPasswordChange(1_000, null)).toBe(false);
    expect(isRevokedByPasswordChange(999, 1_000)).toBe(true);
    expect(isRevokedByPasswordChange(1_000, 1_000)).toBe(false);
    expect(isRevokedByPasswordChange(1_001, 1_000)).toBe(false);
    expect(isRevokedByPasswordChange(undefined, 1_000)).toBe(true);
  });
});
