import { randomBytes, randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getSessionClaims } from "@/lib/identity/queries";
import { DUPLICATE_EMAIL_MESSAGE, findOrCreateOAuthUser, registerCustomer, verifyCredentials } from "@/lib/identity/service";
import { getDb, type Db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { ConflictError, ForbiddenError, RateLimitedError, ValidationError } from "@/lib/platform/errors";
import { sellers, users } from "@/models";

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

const tag = () => randomUUID().slice(0, 8);
const email = () => `user-${tag()}@example.test`;
/** A fresh IP per test so rate-limit buckets never collide between tests or runs (Redis keeps them). */
const ip = () => `2001:db8:${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}::1`;
const signUp = (overrides: Record<string, unknown> = {}) => ({
  name: "Priya Sharma",
  email: email(),
  password: "correct horse battery",
  confirmPassword: "correct horse battery",
  ...overrides,
});

async function usersWithEmail(address: string) {
  const rows = await db.select().from(users).where(sql`lower(${users.email}) = ${address.toLowerCase()}`);
  return rows;
}

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  return run().then(
    () => {
      throw new Error("expected the call to fail");
    },
    (err: unknown) => err,
  );
}

describe("sign-up", () => {
  it("creates a customer with a bcrypt hash and a lower-cased email", async () => {
    const input = signUp({ email: `Mixed.Case-${tag()}@Example.TEST` });
    const user = await registerCustomer(input);
    expect(user.role).toBe("customer");
    expect(user.email).toBe((input.email as string).toLowerCase());
    const [row] = await usersWithEmail(input.email as string);
    expect(row.role).toBe("customer");
    expect(row.passwordHash).toMatch(/^\$2[aby]\$/);
    expect(row.passwordHash).not.toContain("correct horse");
  });

  it("refuses a duplicate email in a different case with a field error, creating nothing", async () => {
    const input = signUp();
    await registerCustomer(input);
    const err = await failure(() => registerCustomer({ ...input, email: (input.email as string).toUpperCase(), name: "Someone Else" }));
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).field).toBe("email");
    expect((err as ConflictError).message).toBe(DUPLICATE_EMAIL_MESSAGE);
    const rows = await usersWithEmail(input.email as string);
    expect(rows).toHaveLength(1);
    expect(rows[0].name).toBe("Priya Sharma");
  });

  it("refuses concurrent duplicate sign-ups: exactly one account is created", async () => {
    const input = signUp();
    const results = await Promise.allSettled([registerCustomer(input), registerCustomer({ ...input, email: (input.email as string).toUpperCase() })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect((rejected as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    expect(await usersWithEmail(input.email as string)).toHaveLength(1);
  });

  it("ignores a smuggled role (and sellerId)", async () => {
    const input = signUp({ role: "admin", sellerId: randomUUID() });
    const user = await registerCustomer(input);
    expect(user.role).toBe("customer");
    const [row] = await usersWithEmail(input.email as string);
    expect(row.role).toBe("customer");
  });

  it("rejects an invalid email and a 3-character password with field errors, creating nothing", async () => {
    const badEmail = `nope-${tag()}`;
    const err1 = await failure(() => registerCustomer(signUp({ email: badEmail })));
    expect(err1).toBeInstanceOf(ValidationError);
    expect((err1 as ValidationError).fieldErrors.email).toEqual(["Enter a valid email address"]);
    expect(await usersWithEmail(badEmail)).toHaveLength(0);

    const address = email();
    const err2 = await failure(() => registerCustomer(signUp({ email: address, password: "abc", confirmPassword: "abc" })));
    expect(err2).toBeInstanceOf(ValidationError);
    expect((err2 as ValidationError).fieldErrors.password).toEqual(["Password must be at least 8 characters"]);
    expect(await usersWithEmail(address)).toHaveLength(0);
  });

  it("rejects junk input (not an object) as a validation error", async () => {
    expect(await failure(() => registerCustomer(null))).toBeInstanceOf(ValidationError);
    expect(await failure(() => registerCustomer("role=admin"))).toBeInstanceOf(ValidationError);
  });
});

describe("credentials", () => {
  it("accepts the right password (any email case) and returns the session claims", async () => {
    const input = signUp();
    const user = await registerCustomer(input);
    const claims = await verifyCredentials({ email: ` ${(input.email as string).toUpperCase()} `, password: input.password, ip: ip() });
    expect(claims).toMatchObject({ id: user.id, email: user.email, role: "customer", sellerId: null, disabled: false });
  });

  it("gives the same answer (null) for a wrong password and an unknown email", async () => {
    const input = signUp();
    await registerCustomer(input);
    expect(await verifyCredentials({ email: input.email, password: "wrong password", ip: ip() })).toBeNull();
    expect(await verifyCredentials({ email: email(), password: input.password, ip: ip() })).toBeNull();
    expect(await verifyCredentials({ email: "not an email", password: "x", ip: ip() })).toBeNull();
    expect(await verifyCredentials({ email: undefined, password: undefined, ip: ip() })).toBeNull();
  });

  it("refuses a disabled account (ForbiddenError only with the right password)", async () => {
    const input = signUp();
    const user = await registerCustomer(input);
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    expect(await failure(() => verifyCredentials({ email: input.email, password: input.password, ip: ip() }))).toBeInstanceOf(ForbiddenError);
    expect(await verifyCredentials({ email: input.email, password: "wrong password", ip: ip() })).toBeNull();
  });

  it("rate limits per account after RATE_LIMIT_SIGNIN_PER_ACCOUNT attempts, even from many IPs and with the right password", async () => {
    const input = signUp();
    await registerCustomer(input);
    const limit = env().RATE_LIMIT_SIGNIN_PER_ACCOUNT;
    for (let i = 0; i < limit; i++) {
      expect(await verifyCredentials({ email: input.email, password: "wrong password", ip: ip() })).toBeNull();
    }
    const err = await failure(() => verifyCredentials({ email: input.email, password: input.password, ip: ip() }));
    expect(err).toBeInstanceOf(RateLimitedError);
    expect((err as RateLimitedError).message).toMatch(/^Too many attempts, try again in \d+ minutes?\.$/);
    // Another account is not affected.
    const other = signUp();
    await registerCustomer(other);
    expect(await verifyCredentials({ email: other.email, password: other.password, ip: ip() })).not.toBeNull();
  });

  it("does not count successful sign-ins against the account: only failures in a row lock it", async () => {
    const input = signUp();
    await registerCustomer(input);
    const limit = env().RATE_LIMIT_SIGNIN_PER_ACCOUNT;
    for (let i = 0; i < limit * 2; i++) {
      expect(await verifyCredentials({ email: input.email, password: input.password, ip: ip() })).not.toBeNull();
    }
    for (let i = 0; i < limit - 1; i++) await verifyCredentials({ email: input.email, password: "wrong password", ip: ip() });
    expect(await verifyCredentials({ email: input.email, password: input.password, ip: ip() })).not.toBeNull();
    for (let i = 0; i < limit; i++) await verifyCredentials({ email: input.email, password: "wrong password", ip: ip() });
    expect(await failure(() => verifyCredentials({ email: input.email, password: input.password, ip: ip() }))).toBeInstanceOf(RateLimitedError);
  });

  it("rate limits per IP after RATE_LIMIT_SIGNIN_PER_IP attempts across many accounts", async () => {
    const address = ip();
    const limit = env().RATE_LIMIT_SIGNIN_PER_IP;
    for (let i = 0; i < limit; i++) {
      expect(await verifyCredentials({ email: email(), password: "whatever1", ip: address })).toBeNull();
    }
    expect(await failure(() => verifyCredentials({ email: email(), password: "whatever1", ip: address }))).toBeInstanceOf(RateLimitedError);
    // A different IP still gets through.
    expect(await verifyCredentials({ email: email(), password: "whatever1", ip: ip() })).toBeNull();
  });
});

describe("session claims", () => {
  it("carry the seller the user owns unless it is suspended", async () => {
    const user = await registerCustomer(signUp());
    await db.update(users).set({ role: "seller" }).where(eq(users.id, user.id));
    const t = tag();
    const [seller] = await db
      .insert(sellers)
      .values({ ownerUserId: user.id, name: `Shop ${t}`, slug: `shop-${t}`, city: "Pune", state: "Maharashtra", pincode: "411001", status: "active" })
      .returning();
    expect(await getSessionClaims(user.id)).toMatchObject({ role: "seller", sellerId: seller.id });
    await db.update(sellers).set({ status: "suspended" }).where(eq(sellers.id, seller.id));
    expect(await getSessionClaims(user.id)).toMatchObject({ role: "seller", sellerId: null });
  });

  it("are null for a user that does not exist", async () => {
    expect(await getSessionClaims(randomUUID())).toBeNull();
  });
});

describe("OAuth users", () => {
  it("creates a verified customer on first sign-in and finds it (any case) afterwards", async () => {
    const address = email();
    const first = await findOrCreateOAuthUser({ email: address, name: "Asha Verma" });
    expect(first).toMatchObject({ email: address, name: "Asha Verma", role: "customer" });
    const again = await findOrCreateOAuthUser({ email: address.toUpperCase(), name: "Other Name" });
    expect(again?.id).toBe(first?.id);
    const [row] = await usersWithEmail(address);
    expect(row.passwordHash).toBeNull();
    expect(row.emailVerifiedAt).not.toBeNull();
  });

  it("links to an existing password account with the same email, keeping its role", async () => {
    const input = signUp();
    const user = await registerCustomer(input);
    await db.update(users).set({ role: "admin" }).where(eq(users.id, user.id));
    expect(await findOrCreateOAuthUser({ email: input.email as string, name: null })).toMatchObject({ id: user.id, role: "admin" });
  });

  it("refuses a disabled account", async () => {
    const input = signUp();
    const user = await registerCustomer(input);
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    expect(await findOrCreateOAuthUser({ email: input.email as string })).toBeNull();
  });
});
