import { randomBytes, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getSessionClaims } from "@/lib/identity/queries";
import { RESET_TOKEN_MESSAGES, hashResetToken, isRevokedByPasswordChange } from "@/lib/identity/rules";
import { checkResetToken, registerCustomer, requestPasswordReset, resetPassword, verifyCredentials } from "@/lib/identity/service";
import { getDb, type Db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { RateLimitedError, ValidationError } from "@/lib/platform/errors";
import { getDevMail, latestDevMailTo, listDevMail } from "@/lib/platform/mailbox-queries";
import { passwordResetTokens, users } from "@/models";

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

const ip = () => `2001:db8:${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}::1`;
const BASE = "http://localhost:3000";

async function newUser() {
  const address = `reset-${randomUUID().slice(0, 8)}@example.test`;
  const user = await registerCustomer({ name: "Rahul Mehta", email: address, password: "old password 1", confirmPassword: "old password 1" });
  return user;
}

/** Requests a reset and reads the token back out of the mail, like a person would. */
async function tokenFromMail(address: string, now?: Date): Promise<string> {
  await requestPasswordReset({ email: address, ip: ip() }, { now, baseUrl: BASE });
  const mail = await latestDevMailTo(address);
  const match = /\/reset-password\?token=([A-Za-z0-9_-]{43})/.exec(mail?.text ?? "");
  if (!match) throw new Error(`no reset link in ${mail?.text}`);
  return match[1];
}

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  return run().then(
    () => {
      throw new Error("expected the call to fail");
    },
    (err: unknown) => err,
  );
}

const newPassword = (password = "brand new secret") => ({ password, confirmPassword: password });

describe("password reset", () => {
  it("mails a link to the dev mailbox and stores only the token's SHA-256 hash, expiring in 30 minutes", async () => {
    const user = await newUser();
    const now = new Date("2026-03-01T09:00:00Z");
    const token = await tokenFromMail(user.email.toUpperCase(), now);
    const mail = await latestDevMailTo(user.email);
    expect(mail?.subject).toBe("Reset your QuickLocal password");
    expect(mail?.text).toContain(`${BASE}/reset-password?token=${token}`);
    expect(mail?.html).toContain(`href="${BASE}/reset-password?token=${token}"`);

    const rows = await db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toBe(hashResetToken(token));
    expect(rows[0].tokenHash).not.toContain(token);
    expect(rows[0].expiresAt.toISOString()).toBe("2026-03-01T09:30:00.000Z");

    // The admin mailbox lists and opens it.
    const { mails } = await listDevMail(1);
    expect(mails.some((m) => m.id === mail?.id)).toBe(true);
    expect((await getDevMail(mail!.id))?.text).toContain(token);
    expect(await getDevMail("not-a-uuid")).toBeNull();
  });

  it("says nothing different for an unknown email and sends nothing", async () => {
    const address = `ghost-${randomUUID().slice(0, 8)}@example.test`;
    await expect(requestPasswordReset({ email: address, ip: ip() })).resolves.toBeUndefined();
    expect(await latestDevMailTo(address)).toBeNull();
  });

  it("rejects an invalid email with a field error", async () => {
    const err = await failure(() => requestPasswordReset({ email: "nope", ip: ip() }));
    expect((err as ValidationError).fieldErrors.email).toBeDefined();
  });

  it("sets the new password once: the token is single-use", async () => {
    const user = await newUser();
    const token = await tokenFromMail(user.email);
    expect(await checkResetToken(token)).toBe("valid");
    await expect(resetPassword({ token, ...newPassword() })).resolves.toMatchObject({ userId: user.id });

    expect(await verifyCredentials({ email: user.email, password: "old password 1", ip: ip() })).toBeNull();
    expect(await verifyCredentials({ email: user.email, password: "brand new secret", ip: ip() })).toMatchObject({ id: user.id });

    expect(await checkResetToken(token)).toBe("used");
    const err = await failure(() => resetPassword({ token, ...newPassword("another secret") }));
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).fieldErrors.token).toEqual([RESET_TOKEN_MESSAGES.used]);
    expect(await verifyCredentials({ email: user.email, password: "another secret", ip: ip() })).toBeNull();
  });

  it("records when the password changed, so older sessions are revoked", async () => {
    const user = await newUser();
    const before = Math.floor(Date.now() / 1000);
    expect((await getSessionClaims(user.id))?.passwordChangedAt).toBeNull();
    await resetPassword({ token: await tokenFromMail(user.email), ...newPassword() });
    const changedAt = (await getSessionClaims(user.id))?.passwordChangedAt ?? null;
    expect(changedAt).toBeGreaterThanOrEqual(before);
    expect(isRevokedByPasswordChange(before - 60, changedAt)).toBe(true);
  });

  it("refuses an expired token (fake time) and leaves the password alone", async () => {
    const user = await newUser();
    const issued = new Date("2026-03-01T09:00:00Z");
    const token = await tokenFromMail(user.email, issued);
    const later = new Date(issued.getTime() + 30 * 60_000);
    expect(await checkResetToken(token, { now: new Date(issued.getTime() + 29 * 60_000) })).toBe("valid");
    expect(await checkResetToken(token, { now: later })).toBe("expired");
    const err = await failure(() => resetPassword({ token, ...newPassword() }, { now: later }));
    expect((err as ValidationError).fieldErrors.token).toEqual([RESET_TOKEN_MESSAGES.expired]);
    expect(await verifyCredentials({ email: user.email, password: "old password 1", ip: ip() })).not.toBeNull();
  });

  it("refuses unknown and malformed tokens", async () => {
    expect(await checkResetToken(randomBytes(32).toString("base64url"))).toBe("invalid");
    expect(await checkResetToken("short")).toBe("invalid");
    expect(await checkResetToken(undefined)).toBe("invalid");
    const err = await failure(() => resetPassword({ token: randomBytes(32).toString("base64url"), ...newPassword() }));
    expect((err as ValidationError).fieldErrors.token).toEqual([RESET_TOKEN_MESSAGES.invalid]);
    const err2 = await failure(() => resetPassword({ token: "../../etc", ...newPassword() }));
    expect((err2 as ValidationError).fieldErrors.token).toEqual([RESET_TOKEN_MESSAGES.invalid]);
  });

  it("validates the new password and creates no change on bad input", async () => {
    const user = await newUser();
    const token = await tokenFromMail(user.email);
    const err = await failure(() => resetPassword({ token, password: "abc", confirmPassword: "abc" }));
    expect((err as ValidationError).fieldErrors.password).toEqual(["Password must be at least 8 characters"]);
    const mismatch = await failure(() => resetPassword({ token, password: "abcdefgh1", confirmPassword: "abcdefgh2" }));
    expect((mismatch as ValidationError).fieldErrors.confirmPassword).toEqual(["Passwords do not match"]);
    expect(await checkResetToken(token)).toBe("valid");
  });

  it("using one token invalidates the user's other outstanding tokens", async () => {
    const user = await newUser();
    const first = await tokenFromMail(user.email);
    const second = await tokenFromMail(user.email);
    expect(first).not.toBe(second);
    await resetPassword({ token: second, ...newPassword() });
    expect(await checkResetToken(first)).toBe("used");
    const [row] = await db.select({ updatedAt: users.updatedAt }).from(users).where(eq(users.id, user.id));
    expect(row.updatedAt).toBeInstanceOf(Date);
  });

  it("lets only one of two concurrent uses of the same token win", async () => {
    const user = await newUser();
    const token = await tokenFromMail(user.email);
    const results = await Promise.allSettled([resetPassword({ token, ...newPassword("first winner 1") }), resetPassword({ token, ...newPassword("second winner 2") })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const wins = await Promise.all(
      ["first winner 1", "second winner 2"].map((password) => verifyCredentials({ email: user.email, password, ip: ip() })),
    );
    expect(wins.filter(Boolean)).toHaveLength(1);
  });

  it("rate limits reset requests per account and per IP", async () => {
    const user = await newUser();
    const perAccount = env().RATE_LIMIT_SIGNIN_PER_ACCOUNT;
    for (let i = 0; i < perAccount; i++) await requestPasswordReset({ email: user.email, ip: ip() });
    expect(await failure(() => requestPasswordReset({ email: user.email, ip: ip() }))).toBeInstanceOf(RateLimitedError);

    const address = ip();
    const perIp = env().RATE_LIMIT_SIGNIN_PER_IP;
    for (let i = 0; i < perIp; i++) await requestPasswordReset({ email: `ghost-${i}-${randomUUID().slice(0, 6)}@example.test`, ip: address });
    expect(await failure(() => requestPasswordReset({ email: `ghost-${randomUUID().slice(0, 6)}@example.test`, ip: address }))).toBeInstanceOf(
      RateLimitedError,
    );
  });
});
