import { createHash, randomBytes } from "node:crypto";

/** Pure identity rules: no I/O, unit-tested. */

export const RESET_TOKEN_TTL_MINUTES = 30;
/** How long a session's role/seller claims are trusted before they are re-read from the database. */
export const SESSION_REFRESH_SECONDS = 5 * 60;

/** Emails compare case-insensitively (the users table has a unique index on lower(email)). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A new reset token: 32 random bytes, base64url (43 characters). Only its hash is stored. */
export function generateResetToken(): string {
  return randomBytes(32).toString("base64url");
}

/** SHA-256 of the token, hex: what password_reset_tokens.token_hash holds. */
export function hashResetToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function resetTokenExpiry(now: Date): Date {
  return new Date(now.getTime() + RESET_TOKEN_TTL_MINUTES * 60_000);
}

export type ResetTokenState = "valid" | "expired" | "used" | "invalid";

export function resetTokenState(token: { expiresAt: Date; usedAt: Date | null } | null | undefined, now: Date): ResetTokenState {
  if (!token) return "invalid";
  if (token.usedAt) return "used";
  if (token.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}

export const RESET_TOKEN_MESSAGES: Record<Exclude<ResetTokenState, "valid">, string> = {
  expired: "This reset link has expired. Links are valid for 30 minutes — request a new one.",
  used: "This reset link has already been used. Request a new one if you still need to reset your password.",
  invalid: "This reset link is invalid. Check that you copied the whole link, or request a new one.",
};

export function resetPasswordUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/reset-password?token=${encodeURIComponent(token)}`;
}

/** A session that signed in before the password last changed is revoked (epoch seconds both). */
export function isRevokedByPasswordChange(signedInAt: number | undefined, passwordChangedAt: number | null): boolean {
  if (passwordChangedAt === null) return false;
  return typeof signedInAt !== "number" || signedInAt < passwordChangedAt;
}

/** Whether claims refreshed at `refreshedAt` (epoch seconds) are due for a reload. */
export function isSessionStale(refreshedAt: number | undefined, nowSeconds: number): boolean {
  return typeof refreshedAt !== "number" || nowSeconds - refreshedAt >= SESSION_REFRESH_SECONDS;
}
