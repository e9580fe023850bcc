import { randomBytes, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Account, NextAuthOptions, Session, User } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { invalidateSessionClaims } from "@/lib/auth/claims-cache";
import { getAuthOptions } from "@/lib/auth/options";
import { SESSION_REFRESH_SECONDS } from "@/lib/identity/rules";
import { registerCustomer } from "@/lib/identity/service";
import { getDb, type Db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { users } from "@/models";

let db: Db;
let options: NextAuthOptions;

beforeAll(async () => {
  db = await getDb();
  options = getAuthOptions();
});

type Authorize = (credentials: Record<string, string> | undefined, req: { headers: Record<string, string> }) => Promise<User | null>;

function authorize(): Authorize {
  const provider = options.providers.find((p) => p.id === "credentials") as unknown as { options: { authorize: Authorize } };
  return provider.options.authorize;
}

const jwt = (params: { token: JWT; user?: User; account?: Account | null }) =>
  options.callbacks!.jwt!({ token: params.token, user: params.user as User, account: params.account ?? null });

/** Random per call: Redis keeps rate-limit counters between runs. */
const randomAddress = () => `2001:db8:${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}::1`;
const randomIp = () => `${randomAddress()}, 10.0.0.1`;

async function newUser(password = "session secret 1") {
  const address = `session-${randomUUID().slice(0, 8)}@example.test`;
  const user = await registerCustomer({ name: "Kavya Iyer", email: address, password, confirmPassword: password });
  return { ...user, password };
}

describe("next-auth configuration", () => {
  it("uses JWT sessions, the custom sign-in page and the env secret", () => {
    expect(options.session?.strategy).toBe("jwt");
    expect(options.pages?.signIn).toBe("/sign-in");
    expect(options.secret).toBe(env().NEXTAUTH_SECRET);
    expect(process.env.NEXTAUTH_SECRET).toBeTruthy();
  });

  it("switches OAuth providers on only when their keys are set", () => {
    const e = env();
    const expected = ["credentials"];
    if (e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET) expected.push("google");
    if (e.GITHUB_ID && e.GITHUB_SECRET) expected.push("github");
    expect(options.providers.map((p) => p.id)).toEqual(expected);
  });

  it("only redirects within the site", async () => {
    const redirect = options.callbacks!.redirect!;
    const baseUrl = "http://localhost:3000";
    expect(await redirect({ url: "/seller?x=1", baseUrl })).toBe(`${baseUrl}/seller?x=1`);
    expect(await redirect({ url: `${baseUrl}/admin`, baseUrl })).toBe(`${baseUrl}/admin`);
    expect(await redirect({ url: "https://evil.com/", baseUrl })).toBe(`${baseUrl}/`);
    expect(await redirect({ url: "//evil.com", baseUrl })).toBe(`${baseUrl}/`);
  });
});

describe("credentials authorize", () => {
  it("returns the user's claims for the right password, null otherwise", async () => {
    const user = await newUser();
    const ok = await authorize()({ email: user.email, password: user.password }, { headers: { "x-forwarded-for": randomIp() } });
    expect(ok).toMatchObject({ id: user.id, role: "customer", sellerId: null });
    expect(ok).not.toHaveProperty("disabled");
    expect(await authorize()({ email: user.email, password: "nope nope" }, { headers: { "x-forwarded-for": randomIp() } })).toBeNull();
    expect(await authorize()({ email: `x-${user.email}`, password: user.password }, { headers: { "x-forwarded-for": randomIp() } })).toBeNull();
  });

  it("reports rate limiting as a RateLimited:<minutes> code, counting the first X-Forwarded-For hop", async () => {
    const ip = randomAddress();
    const limit = env().RATE_LIMIT_SIGNIN_PER_IP;
    for (let i = 0; i < limit; i++) {
      await authorize()({ email: `ip-${i}-${randomUUID().slice(0, 6)}@example.test`, password: "whatever1" }, { headers: { "x-forwarded-for": `${ip}, 10.0.0.9` } });
    }
    const minutes = Math.ceil(env().RATE_LIMIT_WINDOW_SECONDS / 60);
    await expect(authorize()({ email: "late@example.test", password: "whatever1" }, { headers: { "x-forwarded-for": ip } })).rejects.toThrow(
      `RateLimited:${minutes}`,
    );
  });

  it("reports a disabled account as AccountDisabled", async () => {
    const user = await newUser();
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    await expect(authorize()({ email: user.email, password: user.password }, { headers: { "x-real-ip": randomAddress() } })).rejects.toThrow("AccountDisabled");
  });
});

describe("JWT claims", () => {
  it("puts id, role and sellerId in the token at sign-in and exposes them in the session", async () => {
    const user = await newUser();
    const claims = (await authorize()({ email: user.email, password: user.password }, { headers: { "x-forwarded-for": randomIp() } }))!;
    const token = await jwt({ token: { sub: claims.id, email: claims.email, name: claims.name }, user: claims, account: { type: "credentials", provider: "credentials", providerAccountId: claims.id } });
    expect(token).toMatchObject({ sub: user.id, role: "customer", sellerId: null });
    expect(typeof token.refreshedAt).toBe("number");

    const session = (await options.callbacks!.session!({ session: { expires: "", user: {} } as Session, token } as never)) as Session;
    expect(session.user).toMatchObject({ id: user.id, email: user.email, role: "customer", sellerId: null });
  });

  it("re-reads role changes once the claims are stale, and drops disabled users", async () => {
    const user = await newUser();
    const now = Math.floor(Date.now() / 1000);
    const fresh: JWT = { sub: user.id, email: user.email, name: user.name, role: "customer", sellerId: null, refreshedAt: now };

    await db.update(users).set({ role: "admin" }).where(eq(users.id, user.id));
    await invalidateSessionClaims(user.id);
    // Still fresh: the token is trusted as it is (no database read).
    expect((await jwt({ token: fresh })).role).toBe("customer");
    // Stale: the new role is picked up.
    const stale = { ...fresh, refreshedAt: now - SESSION_REFRESH_SECONDS - 1 };
    const refreshed = await jwt({ token: stale });
    expect(refreshed.role).toBe("admin");
    expect(refreshed.refreshedAt).toBeGreaterThanOrEqual(now);

    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    await invalidateSessionClaims(user.id);
    await expect(jwt({ token: stale })).rejects.toThrow(/revoked/);
  });

  it("drops tokens of users that no longer exist", async () => {
    await expect(Promise.resolve().then(() => jwt({ token: { sub: randomUUID(), refreshedAt: 0 } }))).rejects.toThrow(/revoked/);
  });
});
