import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getMarketplaceCounts } from "@/lib/analytics/queries";
import { listUsers } from "@/lib/identity/admin-queries";
import { getDb } from "@/lib/platform/db";
import { categories, products, productVariants, sellers, users, type Role } from "@/models";

const run = randomUUID().slice(0, 8);

async function addUser(name: string, role: Role, createdAt?: Date) {
  const db = await getDb();
  const [user] = await db
    .insert(users)
    .values({ name: `${name} ${run}`, email: `${name.toLowerCase().replace(/\W+/g, ".")}.${run}@example.test`, role, ...(createdAt ? { createdAt } : {}) })
    .returning();
  return user;
}

describe("getMarketplaceCounts", () => {
  it("counts users by role, sellers and products by status, stock-outs and catalogue value", async () => {
    // Files may share one PostgreSQL database, so compare deltas rather than absolute numbers.
    const before = await getMarketplaceCounts();
    const db = await getDb();

    await addUser("Asha Customer", "customer");
    await addUser("Ravi Customer", "customer");
    await addUser("Support Sam", "support");
    const owner = await addUser("Owner Olga", "seller");
    const [activeSeller] = await db
      .insert(sellers)
      .values({ ownerUserId: owner.id, name: `Olga Store ${run}`, slug: `olga-${run}`, status: "active", city: "Jaipur", state: "Rajasthan", pincode: "302001" })
      .returning();
    await db
      .insert(sellers)
      .values({ ownerUserId: owner.id, name: `Olga Outlet ${run}`, slug: `olga-outlet-${run}`, status: "suspended", city: "Jaipur", state: "Rajasthan", pincode: "302001" });
    const [cat] = await db.insert(categories).values({ name: "Counts", slug: `counts-${run}`, path: `counts-${run}` }).returning();
    const [live, draft] = await db
      .insert(products)
      .values([
        { sellerId: activeSeller.id, categoryId: cat.id, title: "Live", slug: `live-${run}`, status: "active" },
        { sellerId: activeSeller.id, categoryId: cat.id, title: "Draft", slug: `draft-${run}`, status: "draft" },
      ])
      .returning();
    await db.insert(productVariants).values([
      // ₹2,00,000 × 20,000 units: 4e11 paise, far beyond a 32-bit integer.
      { productId: live.id, sku: `live-a-${run}`, title: "A", pricePaise: 20_000_000, mrpPaise: 20_000_000, stockOnHand: 20_000 },
      { productId: live.id, sku: `live-b-${run}`, title: "B", pricePaise: 1_000, mrpPaise: 1_500, stockOnHand: 4, stockReserved: 4 },
      { productId: live.id, sku: `live-c-${run}`, title: "C", pricePaise: 1_000, mrpPaise: 1_500, stockOnHand: 0, isActive: false },
      // Variants of unlisted products are neither stock-outs nor catalogue value.
      { productId: draft.id, sku: `draft-a-${run}`, title: "D", pricePaise: 5_000, mrpPaise: 5_000, stockOnHand: 0 },
    ]);

    const after = await getMarketplaceCounts();
    expect(after.users.total - before.users.total).toBe(4);
    expect(after.users.byRole.customer - before.users.byRole.customer).toBe(2);
    expect(after.users.byRole.support - before.users.byRole.support).toBe(1);
    expect(after.users.byRole.seller - before.users.byRole.seller).toBe(1);
    expect(after.users.byRole.admin - before.users.byRole.admin).toBe(0);
    expect(Object.keys(after.users.byRole).sort()).toEqual(["admin", "customer", "delivery", "seller", "support"]);

    expect(after.sellers.byStatus.active - before.sellers.byStatus.active).toBe(1);
    expect(after.sellers.byStatus.suspended - before.sellers.byStatus.suspended).toBe(1);
    expect(after.sellers.byStatus.pending - before.sellers.byStatus.pending).toBe(0);
    expect(after.products.byStatus.active - before.products.byStatus.active).toBe(1);
    expect(after.products.byStatus.draft - before.products.byStatus.draft).toBe(1);
    expect(after.products.total - before.products.total).toBe(2);

    expect(after.variants.listed - before.variants.listed).toBe(2);
    expect(after.variants.outOfStock - before.variants.outOfStock).toBe(1);
    expect(after.catalogueValuePaise - before.catalogueValuePaise).toBe(20_000_000 * 20_000 + 1_000 * 4);
  });
});

describe("listUsers", () => {
  it("searches name and email case-insensitively, filters by role and shows owned stores", async () => {
    const db = await getDb();
    const older = await addUser("Meera Iyer", "seller", new Date(Date.UTC(2025, 5, 1)));
    const newer = await addUser("Meera Nair", "customer", new Date(Date.UTC(2026, 0, 1)));
    await addUser("Kabir Singh", "delivery");
    await db
      .insert(sellers)
      .values({ ownerUserId: older.id, name: `Meera Sarees ${run}`, slug: `meera-${run}`, city: "Chennai", state: "Tamil Nadu", pincode: "600001" });

    const byName = await listUsers({ q: `MEERA` });
    const mine = byName.items.filter((u) => u.name.endsWith(run));
    expect(mine.map((u) => u.id)).toEqual([newer.id, older.id]);
    expect(mine[1]).toMatchObject({ role: "seller", sellerName: `Meera Sarees ${run}`, disabled: false });
    expect(mine[0].sellerName).toBeNull();

    const byEmail = await listUsers({ q: `kabir.singh.${run}@EXAMPLE.test` });
    expect(byEmail.items.map((u) => u.role)).toEqual(["delivery"]);

    const sellersOnly = await listUsers({ q: run, role: "seller" });
    expect(sellersOnly.items.every((u) => u.role === "seller")).toBe(true);
    expect(sellersOnly.items.map((u) => u.id)).toContain(older.id);
  });

  it("paginates, clamps past the end and ignores malformed filters", async () => {
    for (let i = 0; i < 5; i++) await addUser(`Paged Person ${i}`, "customer");
    const second = await listUsers({ q: `paged person`, pageSize: 2, page: 2 });
    const mine = await listUsers({ q: `paged person`, pageSize: 100 });
    const total = mine.total;
    expect(total).toBeGreaterThanOrEqual(5);
    expect(second.items).toHaveLength(2);
    expect(second.items.map((u) => u.id)).toEqual(mine.items.slice(2, 4).map((u) => u.id));

    const beyond = await listUsers({ q: `paged person`, pageSize: 2, page: 500 });
    expect(beyond.page).toBe(beyond.pageCount);
    const junk = await listUsers({ role: "superuser" as Role, page: "abc", q: "   " });
    expect(junk).toMatchObject({ page: 1, pageSize: 20 });
  });

  it("treats LIKE wildcards in the search literally", async () => {
    await addUser("Percent 100% Person", "customer");
    const hit = await listUsers({ q: `100% person ${run}` });
    expect(hit.items).toHaveLength(1);
    const miss = await listUsers({ q: `1_0% person ${run}` });
    expect(miss.items).toHaveLength(0);
  });
});
