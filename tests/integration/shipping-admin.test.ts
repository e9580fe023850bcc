import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { setCategoryGstRate } from "@/lib/catalog/taxonomy-gst-service";
import { getAdminCategory } from "@/lib/catalog/taxonomy-queries";
import { getDb } from "@/lib/platform/db";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/platform/errors";
import { seedGstRates } from "@/lib/seed/gst-rates";
import { createPrefix, createZone, deletePrefix, deleteZone, updatePrefix, updateZone } from "@/lib/shipping/service";
import { categories, pincodeZones, shippingZones } from "@/models";
import { rejectsWith } from "../support/rejects";
import { makeCategory, makeSeller, makeUser, unique } from "../support/fixtures";

let admin: Actor;
let customer: Actor;
let seller: Actor;

const zoneInput = (over: Record<string, unknown> = {}) => ({
  code: unique("ZN").toUpperCase(),
  name: "Test metro",
  standardDays: "2",
  standardFee: "40",
  freeStandardAbove: "499",
  nextDayAvailable: true,
  nextDayCutoff: "20:00",
  nextDayFee: "79",
  sameDayAvailable: true,
  sameDayCutoff: "12:00",
  sameDayFee: "99",
  active: true,
  ...over,
});

async function counts() {
  const db = await getDb();
  const [[z], [p]] = await Promise.all([db.select({ n: count() }).from(shippingZones), db.select({ n: count() }).from(pincodeZones)]);
  return { zones: Number(z.n), prefixes: Number(p.n) };
}

beforeAll(async () => {
  admin = await makeUser("admin", "Shipping admin");
  customer = await makeUser("customer", "Shopper");
  seller = (await makeSeller("Zone store")).actor;
});

describe("zone and prefix writes", () => {
  it("refuse customers, sellers and anonymous callers, changing nothing", async () => {
    const zone = await createZone(admin, zoneInput());
    await createPrefix(admin, { prefix: "1999", zoneId: zone.id });
    const before = await counts();
    for (const actor of [customer, seller]) {
      await rejectsWith(createZone(actor, zoneInput()), ForbiddenError);
      await rejectsWith(updateZone(actor, { ...zoneInput(), zoneId: zone.id, name: "Hijacked" }), ForbiddenError);
      await rejectsWith(deleteZone(actor, zone.id), ForbiddenError);
      await rejectsWith(createPrefix(actor, { prefix: "1998", zoneId: zone.id }), ForbiddenError);
      await rejectsWith(updatePrefix(actor, { originalPrefix: "1999", prefix: "1999", zoneId: zone.id, label: "x" }), ForbiddenError);
      await rejectsWith(deletePrefix(actor, { prefix: "1999" }), ForbiddenError);
    }
    await rejectsWith(createZone(null, zoneInput()), UnauthenticatedError);
    expect(await counts()).toEqual(before);
    const db = await getDb();
    const [row] = await db.select().from(shippingZones).where(eq(shippingZones.id, zone.id));
    expect(row.name).toBe("Test metro");
  });

  it("refuse bad input with field errors", async () => {
    const bad = await rejectsWith(createZone(admin, zoneInput({ code: "x", standardFee: "-1", nextDayCutoff: "25:00" })), ValidationError);
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["code", "nextDayCutoff", "standardFee"]);
    const late = await rejectsWith(createZone(admin, zoneInput({ sameDayCutoff: "21:30" })), ValidationError);
    expect(late.fieldErrors.sameDayCutoff?.[0]).toMatch(/arrive by 9 pm/);
    const none = await rejectsWith(createZone(admin, zoneInput({ standardDays: "0", nextDayAvailable: false, sameDayAvailable: false })), ValidationError);
    expect(none.fieldErrors.standardDays?.[0]).toMatch(/at least one delivery speed/);

    const zone = await createZone(admin, zoneInput());
    expect((await rejectsWith(createPrefix(admin, { prefix: "0560", zoneId: zone.id }), ValidationError)).fieldErrors.prefix).toEqual(["PIN codes don't start with 0"]);
    expect((await rejectsWith(createPrefix(admin, { prefix: "5603001", zoneId: zone.id }), ValidationError)).fieldErrors.prefix).toBeDefined();
    expect((await rejectsWith(createPrefix(admin, { prefix: "56", zoneId: "not-a-zone" }), ValidationError)).fieldErrors.zoneId).toEqual(["Choose a zone"]);
    const gone = await rejectsWith(createPrefix(admin, { prefix: "56", zoneId: "00000000-0000-4000-8000-000000000000" }), ValidationError);
    expect(gone.fieldErrors.zoneId?.[0]).toMatch(/no longer exists/);
  });

  it("refuse duplicates and deleting a zone that still has PIN prefixes", async () => {
    const zone = await createZone(admin, zoneInput());
    const dup = await rejectsWith(createZone(admin, zoneInput({ code: zone.code.toLowerCase() })), ConflictError);
    expect(dup.field).toBe("code");
    await createPrefix(admin, { prefix: "1997", zoneId: zone.id, label: "Somewhere" });
    expect((await rejectsWith(createPrefix(admin, { prefix: "1997", zoneId: zone.id }), ConflictError)).field).toBe("prefix");
    await rejectsWith(deleteZone(admin, zone.id), ConflictError);
    await rejectsWith(updatePrefix(admin, { originalPrefix: "1996", prefix: "1996", zoneId: zone.id }), NotFoundError);
    await rejectsWith(deletePrefix(admin, { prefix: "1996" }), NotFoundError);
  });

  it("edit a prefix (move it to another prefix and zone), then delete the emptied zone", async () => {
    const a = await createZone(admin, zoneInput({ name: "Zone A" }));
    const b = await createZone(admin, zoneInput({ name: "Zone B", sameDayAvailable: false }));
    await createPrefix(admin, { prefix: "1995", zoneId: a.id });
    await createPrefix(admin, { prefix: "1994", zoneId: a.id });
    expect((await rejectsWith(updatePrefix(admin, { originalPrefix: "1995", prefix: "1994", zoneId: b.id }), ConflictError)).field).toBe("prefix");
    const moved = await updatePrefix(admin, { originalPrefix: "1995", prefix: "19951", zoneId: b.id, label: "Moved" });
    expect(moved).toMatchObject({ prefix: "19951", zoneId: b.id, label: "Moved" });
    await deletePrefix(admin, { prefix: "1994" });
    expect((await deleteZone(admin, a.id)).id).toBe(a.id);
    const updated = await updateZone(admin, { ...zoneInput({ code: b.code, name: "Zone B2", standardFee: "45.50" }), zoneId: b.id });
    expect(updated).toMatchObject({ name: "Zone B2", standardFeePaise: 4550, nextDayCutoffMinutes: 1200 });
    await rejectsWith(updateZone(admin, { ...zoneInput(), zoneId: a.id }), NotFoundError);
  });
});

describe("category GST rates", () => {
  it("are set by admins only, from the GST slabs, and inherited down the tree", async () => {
    const root = await makeCategory(null, "Fashion");
    const men = await makeCategory(root.id, "Men");
    const sneakers = await makeCategory(men.id, "Sneakers");
    const shirts = await makeCategory(men.id, "Shirts");

    expect(await seedGstRates(await getDb())).toBeGreaterThanOrEqual(2);
    expect((await getAdminCategory(shirts.id))?.gstRate).toEqual({ rateBp: 500, source: "inherited", fromName: "Fashion" });
    expect((await getAdminCategory(sneakers.id))?.gstRate).toMatchObject({ rateBp: 1200, source: "own" });

    await rejectsWith(setCategoryGstRate(seller, { categoryId: shirts.id, gstRateBp: "1200" }), ForbiddenError);
    await rejectsWith(setCategoryGstRate(customer, { categoryId: shirts.id, gstRateBp: "1200" }), ForbiddenError);
    const bad = await rejectsWith(setCategoryGstRate(admin, { categoryId: shirts.id, gstRateBp: "700" }), ValidationError);
    expect(Object.keys(bad.fieldErrors)).toEqual(["gstRateBp"]);
    await rejectsWith(setCategoryGstRate(admin, { categoryId: "00000000-0000-4000-8000-000000000000", gstRateBp: "500" }), NotFoundError);

    await setCategoryGstRate(admin, { categoryId: men.id, gstRateBp: "1200" });
    expect((await getAdminCategory(shirts.id))?.gstRate).toEqual({ rateBp: 1200, source: "inherited", fromName: "Men" });
    await setCategoryGstRate(admin, { categoryId: men.id, gstRateBp: "" });
    expect((await getAdminCategory(men.id))?.gstRateBp).toBeNull();

    // A second seed keeps what admins set and adds nothing.
    await setCategoryGstRate(admin, { categoryId: sneakers.id, gstRateBp: "1800" });
    expect(await seedGstRates(await getDb())).toBe(0);
    const db = await getDb();
    const [row] = await db.select({ rate: categories.gstRateBp }).from(categories).where(eq(categories.id, sneakers.id));
    expect(row.rate).toBe(1800);

    const orphan = await makeCategory(null, unique("Misc"));
    expect((await getAdminCategory(orphan.id))?.gstRate).toEqual({ rateBp: 1800, source: "default", fromName: null });
  });
});
