import "server-only";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { getDb, type Executor } from "@/lib/platform/db";
import { sellers, users, type User } from "@/models";
import { normalizeEmail } from "./rules";

export type SessionClaims = Actor & {
  disabled: boolean;
  /** Epoch seconds of the last password change; sessions signed in earlier are revoked. */
  passwordChangedAt: number | null;
};

/** Case-insensitive lookup (matches the unique index on lower(email)). */
export async function findUserByEmail(email: string, executor?: Executor): Promise<User | null> {
  const db = executor ?? (await getDb());
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${normalizeEmail(email)}`)
    .limit(1);
  return row ?? null;
}

/** The seller a user owns and may act for: the oldest one that is not suspended. */
export async function activeSellerIdFor(userId: string, executor?: Executor): Promise<string | null> {
  const db = executor ?? (await getDb());
  const [row] = await db
    .select({ id: sellers.id })
    .from(sellers)
    .where(and(eq(sellers.ownerUserId, userId), ne(sellers.status, "suspended")))
    .orderBy(asc(sellers.createdAt))
    .limit(1);
  return row?.id ?? null;
}

/** What the session carries for a user, re-read from the database (null when the user is gone). */
export async function getSessionClaims(userId: string, executor?: Executor): Promise<SessionClaims | null> {
  const db = executor ?? (await getDb());
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    sellerId: await activeSellerIdFor(user.id, db),
    disabled: user.disabledAt !== null,
    passwordChangedAt: user.passwordChangedAt ? Math.floor(user.passwordChangedAt.getTime() / 1000) : null,
  };
}

/** What the account page shows about its owner. */
export interface AccountProfile {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  role: User["role"];
  createdAt: Date;
}

/** The signed-in user's own profile (callers pass the session actor's id), or null when the user is gone. */
export async function getAccountProfile(userId: string, executor?: Executor): Promise<AccountProfile | null> {
  const db = executor ?? (await getDb());
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email, phone: users.phone, role: users.role, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
}
