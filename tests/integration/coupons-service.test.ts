import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { utcToIstLocal } from "@/lib/catalog/deals-rules";
import { getDb } from "@/lib/platform/db";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/platform/errors";
import { couponForCheckout, findCouponByCode, listCoupons } from "@/lib/promotions";
import { getCouponForEdit, listCouponCategoryOptions } from "@/lib/promotions/queries";
import { createPlatformCoupon, createSellerCoupon, deactivateCoupon, updateCoupon } from "@/lib/promotions/service";
import { coupons } from "@/models";
import { makeCategory, makeProduct, makeSeller, makeUser, unique } from "../support/fixtures";
import { rejectsWith } from "../support/rejects";

const HOUR = 3_600_000;
const code = (p: string) => unique(p).toUpperCase().replace(/[^A-Z0-9-]/g, "").slice(0, 32);

const form = (over: Record<string, string> = {}) => ({
  code: code("WELCOME"),
  description: "10 % off your first order",
  kind: "percent",
  percent: "10",
  flatAmount: "",
  maxDiscount: "100",
  minOrder: "299",
  startsAt: utcToIstLocal(new Date(Date.now() - HOUR)),
  endsAt: "",
  usageLimit: "",
  perUserLimit: "1",
  categoryId: "",
  ...over,
});

async function stored(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(coupons).where(eq(coupons.id, id));
  return row;
}

describe("coupon management", () => {
  let admin: Actor;
  let customer: Actor;
  let a: Awaited<ReturnType<typeof makeSeller>>;
  let b: Awaited<ReturnType<typeof makeSeller>>;
  let toys: { id: string; path: string };
  let blocks: { id: string; path: string };
  let grocery: { id: string };

  beforeAll(async () => {
    admin = await makeUser("admin", "Admin");
    customer = await makeUser("customer", "Shopper");
    a = await makeSeller("Store A");
    b = await makeSeller("Store B");
    toys = await makeCategory(null, "Toys");
    blocks = await makeCategory(toys.id, "Blocks");
    grocery = await makeCategory(null, "Grocery");
    await makeProduct({ sellerId: a.seller.id, categoryId: blocks.id });
  });

  it("an admin creates a platform coupon, stored in paise and basis points", async () => {
    const c = await createPlatformCoupon(admin, form({ code: " welcome-x " + randomUUID().slice(0, 4) }));
    const row = await stored(c.id);
    expect(row).toMatchObject({ kind: "percent", percentBp: 1000, flatPaise: null, maxDiscountPaise: 10_000, minOrderPaise: 29_900, sellerId: null, fundedBy: "platform", perUserLimit: 1, usedCount: 0, active: true, createdBy: admin.id });
    expect(row.code).toMatch(/^WELCOME-X[A-F0-9]{4}$/);
  });

  it("a seller's coupon is always seller-funded and scoped to that seller", async () => {
    const c = await createSellerCoupon(a.actor, form({ code: code("SHOPA"), kind: "flat", percent: "", flatAmount: "50", maxDiscount: "40", categoryId: toys.id }));
    expect(await stored(c.id)).toMatchObject({ sellerId: a.seller.id, fundedBy: "seller", flatPaise: 5_000, percentBp: null, maxDiscountPaise: null, categoryId: toys.id });
    const checkout = await findCouponByCode(c.code.toLowerCase());
    expect(checkout).toMatchObject({ id: c.id, sellerId: a.seller.id, categoryPath: toys.path, fundedBy: "seller" });
  });

  it("refuses customers, anonymous users and sellers on platform coupons", async () => {
    await rejectsWith(createPlatformCoupon(customer, form()), ForbiddenError);
    await rejectsWith(createSellerCoupon(customer, form()), ForbiddenError);
    await rejectsWith(createPlatformCoupon(null, form()), UnauthenticatedError);
    await rejectsWith(createSellerCoupon(null, form()), UnauthenticatedError);
    await rejectsWith(createPlatformCoupon(a.actor, form()), ForbiddenError);
    const platform = await createPlatformCoupon(admin, form({ code: code("PLAT") }));
    await rejectsWith(updateCoupon(a.actor, platform.id, form({ code: platform.code, percent: "90" })), ForbiddenError);
    await rejectsWith(deactivateCoupon(customer, platform.id), ForbiddenError);
    expect(await stored(platform.id)).toMatchObject({ percentBp: 1000, active: true });
  });

  it("a seller cannot edit, deactivate or even open another seller's coupon", async () => {
    const c = await createSellerCoupon(a.actor, form({ code: code("ONLYA") }));
    await rejectsWith(updateCoupon(b.actor, c.id, form({ code: c.code, percent: "50" })), ForbiddenError);
    await rejectsWith(deactivateCoupon(b.actor, c.id), ForbiddenError);
    expect(await getCouponForEdit(b.actor, c.id)).toBeNull();
    expect(await getCouponForEdit(a.actor, c.id)).toMatchObject({ fields: { code: c.code, percent: "10", maxDiscount: "100", minOrder: "299" } });
    expect(await stored(c.id)).toMatchObject({ percentBp: 1000, active: true, sellerId: a.seller.id });
    await rejectsWith(updateCoupon(a.actor, randomUUID(), form()), NotFoundError);
    await rejectsWith(updateCoupon(a.actor, "not-a-uuid", form()), NotFoundError);
  });

  it("gives field errors for bad input and writes nothing", async () => {
    const bad = await rejectsWith(
      createPlatformCoupon(admin, form({ code: "x!", percent: "", minOrder: "abc", perUserLimit: "0", usageLimit: "1.5", categoryId: "nope" })),
      ValidationError,
    );
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["categoryId", "code", "minOrder", "perUserLimit", "percent", "usageLimit"]);
    const percent = await rejectsWith(createPlatformCoupon(admin, form({ percent: "" })), ValidationError);
    expect(percent.fieldErrors.percent).toEqual(["Enter the percentage off"]);
    const over = await rejectsWith(createPlatformCoupon(admin, form({ percent: "101" })), ValidationError);
    expect(over.fieldErrors.percent?.[0]).toMatch(/between 0.01 and 100/);
    const flat = await rejectsWith(createPlatformCoupon(admin, form({ kind: "flat", percent: "", flatAmount: "0" })), ValidationError);
    expect(flat.fieldErrors.flatAmount?.[0]).toMatch(/more than/);
    const window = await rejectsWith(createPlatformCoupon(admin, form({ endsAt: utcToIstLocal(new Date(Date.now() - 2 * HOUR)) })), ValidationError);
    expect(window.fieldErrors.endsAt).toEqual(["The coupon must end after it starts"]);
    const past = await rejectsWith(createPlatformCoupon(admin, form({ startsAt: utcToIstLocal(new Date(Date.now() - 9 * HOUR)), endsAt: utcToIstLocal(new Date(Date.now() - 2 * HOUR)) })), ValidationError);
    expect(past.fieldErrors.endsAt).toEqual(["The end must be in the future"]);
    const cat = await rejectsWith(createSellerCoupon(a.actor, form({ categoryId: grocery.id })), ValidationError);
    expect(cat.fieldErrors.categoryId).toEqual(["You have no products in this category"]);
    const missing = await rejectsWith(createPlatformCoupon(admin, form({ categoryId: randomUUID() })), ValidationError);
    expect(missing.fieldErrors.categoryId).toEqual(["Choose a category from the list"]);
  });

  it("refuses a duplicate code on create and on edit", async () => {
    const first = await createPlatformCoupon(admin, form({ code: code("DUP") }));
    const dup = await rejectsWith(createSellerCoupon(a.actor, form({ code: first.code.toLowerCase() })), ConflictError);
    expect(dup.field).toBe("code");
    const other = await createPlatformCoupon(admin, form({ code: code("DUP2") }));
    await rejectsWith(updateCoupon(admin, other.id, form({ code: first.code })), ConflictError);
  });

  it("edits a coupon but never below what is already used, nor its owner", async () => {
    const c = await createSellerCoupon(a.actor, form({ code: code("EDIT"), usageLimit: "10" }));
    const db = await getDb();
    await db.update(coupons).set({ usedCount: 4 }).where(eq(coupons.id, c.id));
    const low = await rejectsWith(updateCoupon(a.actor, c.id, form({ code: c.code, usageLimit: "3" })), ValidationError);
    expect(low.fieldErrors.usageLimit?.[0]).toMatch(/already been used 4 times/);
    const updated = await updateCoupon(admin, c.id, form({ code: c.code, kind: "flat", percent: "", flatAmount: "75", usageLimit: "4" }));
    expect(updated).toMatchObject({ kind: "flat", flatPaise: 7_500, percentBp: null, usageLimit: 4, sellerId: a.seller.id, fundedBy: "seller" });
  });

  it("an expired coupon stays editable without moving its end, and can be extended", async () => {
    const c = await createPlatformCoupon(admin, form({ code: code("OLD") }));
    const db = await getDb();
    const endsAt = new Date(Date.now() - HOUR + 12_345);
    await db.update(coupons).set({ startsAt: new Date(Date.now() - 5 * HOUR), endsAt }).where(eq(coupons.id, c.id));
    const edit = await getCouponForEdit(admin, c.id);
    expect(edit?.fields.endsAt).toBe(utcToIstLocal(endsAt));
    const renamed = await updateCoupon(admin, c.id, { ...edit?.fields, description: "Last season" });
    expect(renamed.description).toBe("Last season");
    const past = await rejectsWith(updateCoupon(admin, c.id, { ...edit?.fields, endsAt: utcToIstLocal(new Date(Date.now() - 2 * HOUR)) }), ValidationError);
    expect(past.fieldErrors.endsAt).toEqual(["The end must be in the future"]);
    const extended = await updateCoupon(admin, c.id, { ...edit?.fields, endsAt: utcToIstLocal(new Date(Date.now() + 24 * HOUR)) });
    expect((await couponForCheckout(extended.code, customer.id)).error).toBeNull();
  });

  it("deactivation stops checkout from accepting the code, idempotently", async () => {
    const c = await createPlatformCoupon(admin, form({ code: code("OFF") }));
    expect((await couponForCheckout(c.code, customer.id)).error).toBeNull();
    await deactivateCoupon(admin, c.id);
    const again = await deactivateCoupon(admin, c.id);
    expect(again.active).toBe(false);
    expect(await couponForCheckout(c.code, customer.id)).toEqual({ coupon: null, error: `${c.code} is no longer available.` });
  });

  it("checkout explains unknown, expired and not-yet-valid codes", async () => {
    expect((await couponForCheckout("no such code", customer.id)).error).toBe("NOSUCHCODE isn't a valid coupon code.");
    const c = await createPlatformCoupon(admin, form({ code: code("SOON"), startsAt: utcToIstLocal(new Date(Date.now() + 2 * HOUR)) }));
    expect((await couponForCheckout(c.code, customer.id)).error).toBe(`${c.code} isn't valid yet.`);
    const db = await getDb();
    await db.update(coupons).set({ startsAt: new Date(Date.now() - 3 * HOUR), endsAt: new Date(Date.now() - HOUR) }).where(eq(coupons.id, c.id));
    expect((await couponForCheckout(c.code, customer.id)).error).toBe(`${c.code} has expired.`);
  });

  it("lists coupons by scope with their usage", async () => {
    const mine = await listCoupons({ sellerId: a.seller.id });
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((c) => c.sellerId === a.seller.id && c.fundedBy === "seller")).toBe(true);
    const platform = await listCoupons("platform");
    expect(platform.every((c) => c.sellerId === null)).toBe(true);
    expect(platform.some((c) => c.status === "inactive")).toBe(true);
    expect((await listCoupons({ sellerId: b.seller.id })).length).toBe(0);
  });

  it("offers a seller only the categories of its products and their ancestors", async () => {
    const options = await listCouponCategoryOptions({ sellerId: a.seller.id });
    expect(options.map((o) => o.id).sort()).toEqual([toys.id, blocks.id].sort());
    expect(options.find((o) => o.id === blocks.id)?.label).toBe("Toys › Blocks");
  });
});
