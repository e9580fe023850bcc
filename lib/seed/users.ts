import { hash } from "bcryptjs";
import { eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/lib/platform/db";
import { addresses, users, type Role } from "@/models";
import { DEMO_LOGINS, DEMO_PASSWORD } from "./demo-logins";
import { SEED_SELLERS } from "./sellers";

export interface SeedUser {
  email: string;
  name: string;
  role: Role;
  phone: string;
}

/** Demo logins plus one owner account per seller (role seller), all with the demo password. */
export function seedUsers(): SeedUser[] {
  const list: SeedUser[] = DEMO_LOGINS.map(({ email, name, role, phone }) => ({ email, name, role, phone }));
  for (const seller of SEED_SELLERS) {
    if (!list.some((u) => u.email === seller.owner.email)) list.push({ ...seller.owner, role: "seller" });
  }
  return list;
}

/**
 * Creates the users that do not exist yet (bcrypt cost 10; existing accounts, and their passwords, are left
 * alone) and returns user ids keyed by lower-cased email.
 */
export async function ensureUsers(ex: Executor, list: readonly SeedUser[]): Promise<{ ids: Map<string, string>; created: number }> {
  const emails = list.map((u) => u.email.toLowerCase());
  const lowerEmail = sql<string>`lower(${users.email})`;
  const findAll = async () =>
    ex.select({ id: users.id, email: lowerEmail }).from(users).where(inArray(lowerEmail, emails));
  const present = new Set((await findAll()).map((r) => r.email));
  const missing = list.filter((u) => !present.has(u.email.toLowerCase()));
  if (missing.length) {
    const values = [];
    for (const u of missing) {
      values.push({ email: u.email, name: u.name, phone: u.phone, role: u.role, passwordHash: await hash(DEMO_PASSWORD, 10), emailVerifiedAt: new Date() });
    }
    await ex.insert(users).values(values).onConflictDoNothing();
  }
  const ids = new Map((await findAll()).map((r) => [r.email, r.id]));
  for (const email of emails) if (!ids.has(email)) throw new Error(`user ${email} could not be created`);
  return { ids, created: missing.length };
}

/** Gives the demo customer a default delivery address unless they already have one. */
export async function ensureCustomerAddress(ex: Executor, userId: string): Promise<void> {
  const [existing] = await ex.select({ id: addresses.id }).from(addresses).where(eq(addresses.userId, userId)).limit(1);
  if (existing) return;
  await ex.insert(addresses).values({
    userId,
    label: "Home",
    fullName: DEMO_LOGINS.find((l) => l.role === "customer")?.name ?? "Priya Sharma",
    phone: "9845012345",
    line1: "Flat 304, Lakeview Residency, 12th Main Road",
    line2: "HAL 2nd Stage, Indiranagar",
    landmark: "Near Indiranagar Metro Station",
    city: "Bengaluru",
    state: "Karnataka",
    pincode: "560038",
    isDefault: true,
  });
}
