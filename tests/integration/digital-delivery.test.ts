import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { DOWNLOAD_LINK_TTL_SECONDS, DOWNLOAD_WINDOW_DAYS, MAX_DOWNLOADS, signedDownloadPath } from "@/lib/orders/digital-links";
import { DownloadGoneError, openDownload } from "@/lib/orders/digital-downloads";
import { getOrderDigitalGoods } from "@/lib/orders/digital-queries";
import { fulfilDigitalLines } from "@/lib/orders/digital-service";
import { getDb } from "@/lib/platform/db";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/platform/errors";
import { digitalEntitlements, licenceKeys, outboxEvents, productVariants, subOrders } from "@/models";
import { makeUser } from "../support/fixtures";
import { rejectsWith } from "../support/rejects";
import { makeDigitalShop, makeOrder } from "./digital-delivery-fixtures";

let shop: Awaited<ReturnType<typeof makeDigitalShop>>;
let buyer: Awaited<ReturnType<typeof makeUser>>;
let other: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  shop = await makeDigitalShop(3);
  [buyer, other] = await Promise.all([makeUser("customer", "Asha"), makeUser("customer", "Ravi")]);
});

/** An order of the file product, fulfilled; returns its id and the buyer's current link parts. */
async function fileOrder(now = new Date()) {
  const order = await makeOrder(null, { customerId: buyer.id, parts: [{ sellerId: shop.seller.id, lines: [{ productId: shop.withFile.product.id, variantId: shop.withFile.variant.id }] }] });
  const db = await getDb();
  await db.transaction((tx) => fulfilDigitalLines(tx, order.id, now));
  const [goods] = await getOrderDigitalGoods(buyer, order.id, now);
  const url = new URL(goods.download!.url!, "http://x");
  const entitlementId = url.pathname.split("/").pop()!;
  return { order, goods, link: { entitlementId, exp: url.searchParams.get("exp")!, sig: url.searchParams.get("sig")! } };
}

describe("download links", () => {
  it("gives the buyer a signed link that serves the file and counts each download up to the limit", async () => {
    const { order, goods, link } = await fileOrder();
    expect(goods.download).toMatchObject({ fileName: "recipes.pdf", downloadsUsed: 0, maxDownloads: MAX_DOWNLOADS, unavailableReason: null });
    for (let i = 1; i <= MAX_DOWNLOADS; i++) {
      const file = await openDownload(buyer, link);
      expect(file.bytes.toString()).toBe("%PDF-1.4 sample");
      expect(file).toMatchObject({ fileName: "recipes.pdf", contentType: "application/pdf", downloadsLeft: MAX_DOWNLOADS - i });
    }
    const err = await rejectsWith(openDownload(buyer, link), DownloadGoneError);
    expect(err.status).toBe(410);
    expect(err.message).toMatch(/used all 5 downloads/);
    const [after] = await getOrderDigitalGoods(buyer, order.id);
    expect(after.download).toMatchObject({ url: null, downloadsUsed: MAX_DOWNLOADS, unavailableReason: "All downloads used" });
  });

  it("never counts past the limit when downloads race", async () => {
    const { link } = await fileOrder();
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => openDownload(buyer, link)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(MAX_DOWNLOADS);
    const [row] = await (await getDb()).select().from(digitalEntitlements).where(eq(digitalEntitlements.id, link.entitlementId));
    expect(row.downloadCount).toBe(MAX_DOWNLOADS);
  });

  it("refuses a forged, edited or expired link, and one used after the download period", async () => {
    const now = new Date();
    const { link } = await fileOrder(now);
    const flipped = link.sig.slice(0, -1) + (link.sig.endsWith("0") ? "1" : "0");
    await rejectsWith(openDownload(buyer, { ...link, sig: flipped }), ForbiddenError);
    await rejectsWith(openDownload(buyer, { ...link, sig: "" }), ForbiddenError);
    await rejectsWith(openDownload(buyer, { ...link, exp: String(Number(link.exp) + 3600) }), ForbiddenError);
    const late = new Date(now.getTime() + (DOWNLOAD_LINK_TTL_SECONDS + 5) * 1000);
    expect((await rejectsWith(openDownload(buyer, link, late), DownloadGoneError)).message).toMatch(/link has expired/);
    // A fresh link made after the purchase's download period is refused too.
    const afterWindow = new Date(now.getTime() + (DOWNLOAD_WINDOW_DAYS + 1) * 86_400_000);
    const fresh = new URL(signedDownloadPath(link.entitlementId, buyer.id, afterWindow), "http://x");
    const err = await rejectsWith(openDownload(buyer, { entitlementId: link.entitlementId, exp: fresh.searchParams.get("exp"), sig: fresh.searchParams.get("sig") }, afterWindow), DownloadGoneError);
    expect(err.message).toMatch(/download period/);
    await rejectsWith(openDownload(buyer, { ...link, entitlementId: "not-a-uuid" }), NotFoundError);
    const [row] = await (await getDb()).select().from(digitalEntitlements).where(eq(digitalEntitlements.id, link.entitlementId));
    expect(row.downloadCount).toBe(0);
  });

  it("refuses another customer and anonymous visitors, even with the buyer's link or one signed for themselves", async () => {
    const { order, link } = await fileOrder();
    await rejectsWith(openDownload(null, link), UnauthenticatedError);
    expect((await rejectsWith(openDownload(other, link), ForbiddenError)).message).toMatch(/another account/);
    const theirs = new URL(signedDownloadPath(link.entitlementId, other.id), "http://x");
    await rejectsWith(openDownload(other, { entitlementId: link.entitlementId, exp: theirs.searchParams.get("exp"), sig: theirs.searchParams.get("sig") }), ForbiddenError);
    // Seller and other customers get no links or keys for the order.
    expect(await getOrderDigitalGoods(other, order.id)).toEqual([]);
    expect(await getOrderDigitalGoods(shop.sellerActor, order.id)).toEqual([]);
  });

  it("stops downloads of a cancelled order", async () => {
    const { order, link } = await fileOrder();
    await (await getDb()).update(subOrders).set({ status: "cancelled" }).where(eq(subOrders.orderId, order.id));
    expect((await rejectsWith(openDownload(buyer, link), DownloadGoneError)).message).toMatch(/cancelled/);
    const [goods] = await getOrderDigitalGoods(buyer, order.id);
    expect(goods.download?.url).toBeNull();
  });
});

describe("before payment", () => {
  it("shows the goods as pending while unpaid, hands out nothing, and nothing once the unpaid order is cancelled", async () => {
    const order = await makeOrder(null, {
      customerId: buyer.id,
      status: "pending_payment",
      parts: [{ sellerId: shop.seller.id, lines: [{ productId: shop.withFile.product.id, variantId: shop.withFile.variant.id }] }],
    });
    const [goods] = await getOrderDigitalGoods(buyer, order.id);
    expect(goods).toMatchObject({ pending: true, download: null, licenceKeys: [] });
    await (await getDb()).update(subOrders).set({ status: "cancelled" }).where(eq(subOrders.orderId, order.id));
    expect(await getOrderDigitalGoods(buyer, order.id)).toEqual([]);
  });
});

describe("licence keys and the digital part", () => {
  it("hands out one key per unit, once, syncs stock and delivers the digital-only part", async () => {
    const db = await getDb();
    const order = await makeOrder(null, {
      customerId: buyer.id,
      parts: [{ sellerId: shop.seller.id, lines: [{ productId: shop.withKeys.product.id, variantId: shop.withKeys.variant.id, quantity: 2 }] }],
    });
    const first = await db.transaction((tx) => fulfilDigitalLines(tx, order.id));
    expect(first).toEqual({ downloads: 0, licenceKeys: 2 });
    const again = await db.transaction((tx) => fulfilDigitalLines(tx, order.id));
    expect(again).toEqual({ downloads: 0, licenceKeys: 0 });

    const lineId = order.subOrders[0].lineIds[0];
    const keys = await db.select().from(licenceKeys).where(eq(licenceKeys.assignedRef, lineId));
    expect(keys).toHaveLength(2);
    const [goods] = await getOrderDigitalGoods(buyer, order.id);
    expect(goods.licenceKeys.sort()).toEqual(keys.map((k) => k.key).sort());
    expect(goods.download).toBeNull();
    const [variant] = await db.select().from(productVariants).where(eq(productVariants.id, shop.withKeys.variant.id));
    expect(variant.stockOnHand).toBe(1);

    const [part] = await db.select().from(subOrders).where(eq(subOrders.id, order.subOrders[0].id));
    expect(part.status).toBe("delivered");
    const events = await db
      .select()
      .from(outboxEvents)
      .where(and(eq(outboxEvents.topic, "sub_order.changed"), eq(outboxEvents.aggregateId, part.id)));
    expect(events.map((e) => e.payload)).toEqual([{ orderId: order.id, from: "placed", to: "delivered", reason: "Digital goods handed out" }]);
  });

  it("never hands the same key to two orders, however many pay at once", async () => {
    const racing = await makeDigitalShop(5);
    const buyers = await Promise.all(Array.from({ length: 12 }, () => makeUser("customer")));
    const made = await Promise.all(
      buyers.map((b) =>
        makeOrder(null, { customerId: b.id, parts: [{ sellerId: racing.seller.id, lines: [{ productId: racing.withKeys.product.id, variantId: racing.withKeys.variant.id }] }] }),
      ),
    );
    const db = await getDb();
    const results = await Promise.allSettled(made.map((o) => db.transaction((tx) => fulfilDigitalLines(tx, o.id))));
    const ok = results.filter((r) => r.status === "fulfilled");
    expect(ok).toHaveLength(5);
    for (const r of results) if (r.status === "rejected") expect(String(r.reason)).toMatch(/No licence key is left|taken at the same moment/);
    const assigned = await db.select().from(licenceKeys).where(eq(licenceKeys.productId, racing.withKeys.product.id));
    const refs = assigned.filter((k) => k.assignedRef !== null).map((k) => k.assignedRef);
    expect(refs).toHaveLength(5);
    expect(new Set(refs).size).toBe(5);
    const entitlements = await db.select().from(digitalEntitlements).where(eq(digitalEntitlements.kind, "licence_key"));
    const ids = entitlements.filter((e) => assigned.some((k) => k.id === e.licenceKeyId)).map((e) => e.licenceKeyId);
    expect(new Set(ids).size).toBe(ids.length);
    const [variant] = await db.select().from(productVariants).where(eq(productVariants.id, racing.withKeys.variant.id));
    expect(variant.stockOnHand).toBe(0);
  });
});
