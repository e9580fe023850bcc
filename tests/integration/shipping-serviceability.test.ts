import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/platform/db";
import { seedShipping, SEED_ZONES } from "@/lib/seed/shipping";
import { invalidateServiceability } from "@/lib/shipping/cache";
import { getDeliveryPromise } from "@/lib/shipping/actions";
import { findPrefixMatch } from "@/lib/shipping/queries";
import { createPrefix, deletePrefix, updateZone } from "@/lib/shipping/service";
import { getZoneForPincode, quoteDelivery } from "@/lib/shipping/serviceability";
import { pincodeZones, shippingZones } from "@/models";
import { makeCategory, makeProduct, makeSeller, makeUser, unique } from "../support/fixtures";

/** An instant given as India time. */
const ist = (local: string) => new Date(`${local}:00+05:30`);

let admin: Actor;

beforeAll(async () => {
  admin = await makeUser("admin", "Shipping admin");
  await seedShipping(await getDb());
  await invalidateServiceability();
});

describe("seeded serviceability", () => {
  it("is idempotent", async () => {
    const db = await getDb();
    expect(await seedShipping(db)).toEqual({ zones: 0, prefixes: 0 });
    const zones = await db.select({ id: shippingZones.id }).from(shippingZones);
    expect(zones.length).toBeGreaterThanOrEqual(SEED_ZONES.length);
  });

  it("resolves PIN codes by their longest prefix", async () => {
    expect((await getZoneForPincode("560034"))?.code).toBe("BLR-METRO");
    expect((await getZoneForPincode("122002"))?.code).toBe("DEL-NCR"); // 1220 beats 1
    expect((await getZoneForPincode("135001"))?.code).toBe("IN-NORTH");
    expect((await getZoneForPincode("744101"))?.code).toBe("IN-REMOTE"); // 744 beats 7
    expect(await getZoneForPincode("999999")).toBeNull();
    expect(await getZoneForPincode("12345")).toBeNull();
  });

  it("quotes same day only for a seller in the buyer's zone, before the cut-off", async () => {
    const local = await quoteDelivery({ buyerPincode: "560038", sellerPincode: "560034", now: ist("2026-12-01T16:00") });
    expect(local.serviceable).toBe(true);
    if (!local.serviceable) return;
    expect(local.zone.code).toBe("BLR-METRO");
    const byOption = Object.fromEntries(local.quotes.map((q) => [q.option, q]));
    expect(byOption.same_day).toMatchObject({ available: true, label: "Today, by 9 pm", orderWithin: "Order within 2 h" });
    expect(byOption.next_day).toMatchObject({ available: true, label: "Tomorrow" });
    expect(byOption.standard).toMatchObject({ available: true, feePaise: 4000, freeAbovePaise: 49_900 });

    const far = await quoteDelivery({ buyerPincode: "560038", sellerPincode: "400050", now: ist("2026-12-01T10:00") });
    expect(far.serviceable && far.quotes.find((q) => q.option === "same_day")?.available).toBe(false);

    const late = await quoteDelivery({ buyerPincode: "560038", sellerPincode: "560034", now: ist("2026-12-01T18:00") });
    expect(late.serviceable && late.quotes.find((q) => q.option === "same_day")?.unavailableReason).toBe("Order before 6 pm for same-day delivery");
  });

  it("refuses unserviceable PIN codes with a message", async () => {
    expect(await quoteDelivery({ buyerPincode: "999999", sellerPincode: "560034" })).toEqual({
      serviceable: false,
      message: "We don't deliver to PIN code 999999 yet.",
    });
  });
});

describe("cache", () => {
  it("serves cached zones until an admin edit invalidates them", async () => {
    const db = await getDb();
    const [zone] = await db
      .insert(shippingZones)
      .values({ code: unique("CARVE").toUpperCase(), name: "Carved out", standardDays: 3 })
      .returning();
    expect((await getZoneForPincode("560399"))?.code).toBe("BLR-METRO");

    // A write behind the cache's back is not seen until the tag is invalidated… (checked with the
    // in-process cache only: on Redis, other test files may invalidate the shared tag at any moment).
    await db.insert(pincodeZones).values({ prefix: "560399", zoneId: zone.id });
    if (!process.env.REDIS_URL) expect((await getZoneForPincode("560399"))?.code).toBe("BLR-METRO");
    await invalidateServiceability();
    expect((await getZoneForPincode("560399"))?.id).toBe(zone.id);

    // …while the admin service invalidates by itself.
    await deletePrefix(admin, { prefix: "560399" });
    expect((await getZoneForPincode("560399"))?.code).toBe("BLR-METRO");
    await createPrefix(admin, { prefix: "560399", zoneId: zone.id, label: "One street" });
    expect((await getZoneForPincode("560399"))?.id).toBe(zone.id);
    expect(await findPrefixMatch("560399")).toMatchObject({ prefix: "560399", label: "One street", active: true });
  });

  it("treats a switched-off zone as not serviceable (no fallback to a wider prefix)", async () => {
    const db = await getDb();
    const [zone] = await db
      .insert(shippingZones)
      .values({ code: unique("PAUSE").toUpperCase(), name: "Paused", standardDays: 3 })
      .returning();
    await createPrefix(admin, { prefix: "560398", zoneId: zone.id });
    expect((await getZoneForPincode("560398"))?.id).toBe(zone.id);
    await updateZone(admin, {
      zoneId: zone.id,
      code: zone.code,
      name: "Paused",
      standardDays: "3",
      standardFee: "49",
      freeStandardAbove: "499",
      nextDayAvailable: false,
      nextDayCutoff: "20:00",
      nextDayFee: "79",
      sameDayAvailable: false,
      sameDayCutoff: "12:00",
      sameDayFee: "99",
      active: false,
    });
    expect(await getZoneForPincode("560398")).toBeNull();
    const [row] = await db.select().from(shippingZones).where(eq(shippingZones.id, zone.id));
    expect(row.active).toBe(false);
  });
});

describe("product page promise", () => {
  it("quotes from the product's seller to the visitor's PIN code", async () => {
    const { seller } = await makeSeller("Pune promise store"); // ships from 411001
    const { product } = await makeProduct({ sellerId: seller.id, categoryId: (await makeCategory()).id });
    const local = await getDeliveryPromise({ productId: product.id, pincode: "411038" });
    expect(local).toMatchObject({ ok: true, pincode: "411038", serviceable: true, zoneName: "Pune metro" });
    if (!local.ok || !local.serviceable) return;
    expect(local.quotes.map((q) => q.option)).toEqual(["standard", "next_day", "same_day"]);
    expect(local.quotes.find((q) => q.option === "same_day")?.unavailableReason ?? "").not.toMatch(/seller in your area/);

    const away = await getDeliveryPromise({ productId: product.id, pincode: "560 038" });
    expect(away.ok && away.serviceable && away.quotes.find((q) => q.option === "same_day")?.unavailableReason).toMatch(/seller in your area/);
    expect(await getDeliveryPromise({ productId: product.id, pincode: "999999" })).toMatchObject({ ok: true, serviceable: false });
    expect(await getDeliveryPromise({ productId: product.id, pincode: "12" })).toEqual({ ok: false, error: "Enter a 6-digit PIN code" });
    expect(await getDeliveryPromise({ productId: "00000000-0000-4000-8000-000000000000", pincode: "411038" })).toEqual({
      ok: false,
      error: "This product is no longer available.",
    });
  });
});
