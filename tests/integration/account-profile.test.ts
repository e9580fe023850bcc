import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getAccountProfile } from "@/lib/identity/queries";
import { updateProfile } from "@/lib/identity/service";
import { getDb, type Db } from "@/lib/platform/db";
import { UnauthenticatedError, ValidationError } from "@/lib/platform/errors";
import { users } from "@/models";

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

async function newUser() {
  const tag = randomUUID().slice(0, 8);
  const [row] = await db.insert(users).values({ email: `profile-${tag}@example.test`, name: "Priya Sharma", role: "customer" }).returning();
  return row;
}

describe("profile", () => {
  it("reads the account profile", async () => {
    const user = await newUser();
    expect(await getAccountProfile(user.id)).toEqual({
      id: user.id,
      name: "Priya Sharma",
      email: user.email,
      phone: null,
      role: "customer",
      createdAt: user.createdAt,
    });
    expect(await getAccountProfile(randomUUID())).toBeNull();
  });

  it("updates name and phone, normalising both, and ignores smuggled email or role", async () => {
    const user = await newUser();
    const now = new Date("2026-11-20T10:00:00Z");
    const updated = await updateProfile(user.id, { name: "  Priya   Menon ", phone: "+91 70000 11111", role: "admin", email: "evil@example.test" }, { now });
    expect(updated).toMatchObject({ name: "Priya Menon", phone: "7000011111", role: "customer", email: user.email });
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({ name: "Priya Menon", phone: "7000011111", role: "customer", email: user.email, updatedAt: now });
    await updateProfile(user.id, { name: "Priya Menon", phone: "" });
    expect((await getAccountProfile(user.id))?.phone).toBeNull();
  });

  it("refuses invalid input and changes nothing", async () => {
    const user = await newUser();
    await updateProfile(user.id, { name: "Priya Sharma", phone: "9845012345" });
    const err = await updateProfile(user.id, { name: "P", phone: "5845012345" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).fieldErrors).toEqual({
      name: ["Name must be at least 2 characters"],
      phone: ["Indian mobile numbers start with 6, 7, 8 or 9"],
    });
    expect(await getAccountProfile(user.id)).toMatchObject({ name: "Priya Sharma", phone: "9845012345" });
  });

  it("refuses a user that no longer exists", async () => {
    await expect(updateProfile(randomUUID(), { name: "Ghost User" })).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});
