import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getProductBySlug } from "@/lib/catalog/queries";
import { getProductForEditor, getReviewItem, listProductHistory, listReviewQueue } from "@/lib/catalog/product-queries";
import {
  archiveProduct,
  createProduct,
  restoreProduct,
  reviewProducts,
  submitForReview,
  updateProduct,
  withdrawChange,
} from "@/lib/catalog/product-service";
import type { ProductEditorInput } from "@/lib/catalog/product-schemas";
import { getDb } from "@/lib/platform/db";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/platform/errors";
import { categoryAttributes, deals, products, productVariants } from "@/models";
import { editorInput, makeCategory, makeSeller, makeUser, unique, uploadedImage } from "../support/fixtures";
import { rejectsWith } from "../support/rejects";

const TWO_BY_THREE = [
  { name: "Colour", values: ["Red", "Blue"] },
  { name: "Size", values: ["S", "M", "L"] },
];

let seller: Awaited<ReturnType<typeof makeSeller>>;
let rival: Awaited<ReturnType<typeof makeSeller>>;
let admin: Awaited<ReturnType<typeof makeUser>>;
let categoryId: string;
let otherCategoryId: string;

beforeAll(async () => {
  [seller, rival, admin] = await Promise.all([makeSeller("Kurta House"), makeSeller("Rival Store"), makeUser("admin", "Anita Admin")]);
  const root = await makeCategory(null, "Fashion");
  categoryId = (await makeCategory(root.id, "Kurtas")).id;
  otherCategoryId = (await makeCategory(root.id, "Sarees")).id;
});

/** A product created by `seller`, submitted and approved: live. */
async function liveProduct(over: Partial<ProductEditorInput> = {}) {
  const input = editorInput(categoryId, { title: unique("Live kurta"), ...over });
  const { id, slug } = await createProduct(seller.actor, input);
  await submitForReview(seller.actor, id);
  expect((await reviewProducts(admin, { decision: "approve", productIds: [id] })).approved).toEqual([id]);
  return { id, slug, input };
}

async function statusOf(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(products).where(eq(products.id, id));
  return row;
}


describe("creating a product", () => {
  it("turns 2 options × 3 values into 6 variants with their SKUs, as a draft with a 'created' event", async () => {
    const input = editorInput(categoryId, { options: TWO_BY_THREE });
    const { id, slug } = await createProduct(seller.actor, input);
    expect(slug).toMatch(/^handloom-cotton-kurta-[a-z0-9]{6}$/);
    const db = await getDb();
    const variants = await db.select().from(productVariants).where(eq(productVariants.productId, id)).orderBy(productVariants.position);
    expect(variants.map((v) => v.title)).toEqual(["Red / S", "Red / M", "Red / L", "Blue / S", "Blue / M", "Blue / L"]);
    expect(variants.map((v) => v.sku)).toEqual(input.variants.map((v) => v.sku));
    expect(variants.every((v) => v.pricePaise === 49_900 && v.mrpPaise === 59_900 && v.stockOnHand === 10)).toBe(true);
    expect((await statusOf(id)).status).toBe("draft");
    const history = await listProductHistory(id);
    expect(history).toMatchObject([{ kind: "created", toStatus: "draft", actorName: "Kurta House", actorRole: "seller" }]);
  });

  it("refuses a customer, an admin (no store) and anonymous", async () => {
    await rejectsWith(createProduct(await makeUser("customer"), editorInput(categoryId)), ForbiddenError);
    await rejectsWith(createProduct(admin, editorInput(categoryId)), ForbiddenError);
    await rejectsWith(createProduct(null, editorInput(categoryId)), UnauthenticatedError);
  });

  it("maps a SKU another product uses to that variant's row", async () => {
    const first = editorInput(categoryId, { options: TWO_BY_THREE });
    await createProduct(seller.actor, first);
    const second = editorInput(categoryId, { options: TWO_BY_THREE });
    second.variants[2].sku = first.variants[4].sku;
    const err = await rejectsWith(createProduct(rival.actor, second), ValidationError);
    expect(err.fieldErrors["variants.2.sku"]?.[0]).toMatch(/SKU already used/);
    expect(Object.keys(err.fieldErrors)).toEqual(["variants.2.sku"]);
  });

  it("reports schema problems by their full field path", async () => {
    const input = editorInput(categoryId, { options: TWO_BY_THREE });
    input.variants[1].mrp = "1";
    input.variants.pop();
    const err = await rejectsWith(createProduct(seller.actor, input), ValidationError);
    expect(err.fieldErrors["variants.1.mrp"]).toEqual(["The MRP cannot be below the price"]);
    expect(err.fieldErrors.variants).toEqual(["Blue / L has no variant"]);
  });

  it("accepts only images the seller uploaded", async () => {
    const mine = await uploadedImage(seller.seller.id);
    const theirs = await uploadedImage(rival.seller.id);
    const { id } = await createProduct(seller.actor, editorInput(categoryId, { images: [mine] }));
    expect((await getProductForEditor(seller.actor, id)).values.images).toEqual([mine]);
    const err = await rejectsWith(createProduct(seller.actor, editorInput(categoryId, { images: [mine, theirs] })), ValidationError);
    expect(err.fieldErrors.images?.[0]).toMatch(/not uploaded for this store/);
    const seeded = { storageKey: "catalog/seed-v1/fashion/kurta-1.webp", alt: "", width: 600, height: 600 };
    await rejectsWith(createProduct(seller.actor, editorInput(categoryId, { images: [seeded] })), ValidationError);
  });

  it("checks the category's attributes (own and inherited) and stores typed values", async () => {
    const db = await getDb();
    const parent = await makeCategory(null, "Electronics");
    const leaf = await makeCategory(parent.id, "Phones");
    await db.insert(categoryAttributes).values([
      { categoryId: parent.id, key: "warranty", label: "Warranty", type: "boolean" },
      { categoryId: leaf.id, key: "ram", label: "RAM", type: "number", unit: "GB", required: true },
      { categoryId: leaf.id, key: "colour", label: "Colour", type: "select", options: ["Black", "Silver"] },
    ]);
    const bad = await rejectsWith(
      createProduct(seller.actor, editorInput(leaf.id, { attributes: { ram: "", colour: "Pink", warranty: "maybe" } })),
      ValidationError,
    );
    expect(bad.fieldErrors).toEqual({
      "attributes.warranty": ["Choose yes or no"],
      "attributes.ram": ["Enter the ram"],
      "attributes.colour": ["Choose one of: Black, Silver"],
    });
    const { id } = await createProduct(seller.actor, editorInput(leaf.id, { attributes: { ram: "8", colour: "silver", warranty: "yes", stray: "x" } }));
    expect((await statusOf(id)).attributes).toEqual({ ram: 8, colour: "Silver", warranty: true });
  });
});

describe("the approval workflow", () => {
  it("submit → admin approves → live and visible on the storefront, published once", async () => {
    const { id, slug } = await createProduct(seller.actor, editorInput(categoryId, { options: TWO_BY_THREE }));
    expect(await getProductBySlug(slug)).toBeNull();
    await submitForReview(seller.actor, id);
    expect((await statusOf(id)).status).toBe("pending_review");
    const queue = await listReviewQueue({ kind: "new", pageSize: 100 });
    expect(queue.items.find((i) => i.productId === id)).toMatchObject({ kind: "new", sellerName: seller.seller.name });

    const outcome = await reviewProducts(admin, { decision: "approve", productIds: [id] });
    expect(outcome).toEqual({ approved: [id], rejected: [], skipped: [] });
    const row = await statusOf(id);
    expect(row.status).toBe("active");
    expect(row.publishedAt).toBeInstanceOf(Date);
    const page = await getProductBySlug(slug);
    expect(page?.variants).toHaveLength(6);
    const history = await listProductHistory(id);
    expect(history.map((h) => h.kind)).toEqual(["approved", "submitted", "created"]);
    expect(history[0]).toMatchObject({ fromStatus: "pending_review", toStatus: "active", actorName: "Anita Admin", actorRole: "admin" });
    expect(Date.parse(history[0].createdAt)).toBeGreaterThanOrEqual(Date.parse(history[1].createdAt));
  });

  it("reject with a reason: the seller sees it, fixes and resubmits", async () => {
    const { id } = await createProduct(seller.actor, editorInput(categoryId));
    await submitForReview(seller.actor, id);
    const reason = "The title must name the fabric";
    expect(await reviewProducts(admin, { decision: "reject", productIds: [id], reason })).toMatchObject({ rejected: [id] });
    const editor = await getProductForEditor(seller.actor, id);
    expect(editor.status).toBe("rejected");
    expect(editor.rejectionReason).toBe(reason);
    expect(editor.history[0]).toMatchObject({ kind: "rejected", reason, actorRole: "admin" });
    await updateProduct(seller.actor, id, { ...editor.values, title: "Handloom cotton kurta in khadi" });
    await submitForReview(seller.actor, id);
    const again = await getProductForEditor(seller.actor, id);
    expect(again).toMatchObject({ status: "pending_review", rejectionReason: null });
  });

  it("refuses a rejection without a reason", async () => {
    const err = await rejectsWith(reviewProducts(admin, { decision: "reject", productIds: [admin.id], reason: "" }), ValidationError);
    expect(err.fieldErrors.reason?.[0]).toMatch(/Tell the seller why/);
  });

  it("refuses illegal transitions", async () => {
    const { id: draft } = await createProduct(seller.actor, editorInput(categoryId));
    const live = await liveProduct();
    const outcome = await reviewProducts(admin, { decision: "approve", productIds: [draft, live.id] });
    expect(outcome.approved).toEqual([]);
    expect(outcome.skipped).toEqual([
      { id: draft, reason: "This product is a draft, so it cannot be approved." },
      { id: live.id, reason: "This product has no change waiting for review." },
    ]);
    expect((await statusOf(draft)).status).toBe("draft");

    expect((await rejectsWith(submitForReview(seller.actor, live.id), ConflictError)).message).toBe("This product is live, so it cannot be submitted for review.");
    await submitForReview(seller.actor, draft);
    await rejectsWith(submitForReview(seller.actor, draft), ConflictError);
    await rejectsWith(archiveProduct(seller.actor, draft), ConflictError);
    await rejectsWith(restoreProduct(seller.actor, live.id), ConflictError);
    await rejectsWith(withdrawChange(seller.actor, live.id), ConflictError);
    await rejectsWith(submitForReview(seller.actor, "not-a-uuid"), NotFoundError);
  });

  it("a seller can never approve, not even its own product", async () => {
    const { id } = await createProduct(seller.actor, editorInput(categoryId));
    await submitForReview(seller.actor, id);
    await rejectsWith(reviewProducts(seller.actor, { decision: "approve", productIds: [id] }), ForbiddenError);
    await rejectsWith(reviewProducts(await makeUser("support"), { decision: "approve", productIds: [id] }), ForbiddenError);
    expect((await statusOf(id)).status).toBe("pending_review");
  });

  it("a seller cannot touch another seller's product; an admin can edit any", async () => {
    const { id, input } = await liveProduct();
    const edited = { ...input, title: "Stolen title" };
    await rejectsWith(updateProduct(rival.actor, id, edited), ForbiddenError);
    await rejectsWith(getProductForEditor(rival.actor, id), ForbiddenError);
    await rejectsWith(submitForReview(rival.actor, id), ForbiddenError);
    await rejectsWith(archiveProduct(rival.actor, id), ForbiddenError);
    await rejectsWith(withdrawChange(rival.actor, id), ForbiddenError);
    expect((await statusOf(id)).title).toBe(input.title);

    const values = (await getProductForEditor(admin, id)).values;
    expect(await updateProduct(admin, id, { ...values, description: "Checked by the catalogue team." })).toMatchObject({ review: "pending_change" });
  });

  it("archive hides a live product and withdraws its pending change; restore puts it back", async () => {
    const { id, slug, input } = await liveProduct();
    await updateProduct(seller.actor, id, { ...input, title: `${input.title} v2` });
    await archiveProduct(seller.actor, id);
    expect(await getProductBySlug(slug)).toBeNull();
    const editor = await getProductForEditor(seller.actor, id);
    expect(editor.pendingRevision).toBeNull();
    expect(editor.history.slice(0, 2).map((h) => h.kind)).toEqual(["archived", "change_withdrawn"]);
    await rejectsWith(updateProduct(seller.actor, id, input), ConflictError);
    await restoreProduct(seller.actor, id);
    expect((await getProductBySlug(slug))?.title).toBe(input.title);
  });
});

describe("editing a live product", () => {
  it("sends the title to review while the live title stays, and applies the price at once", async () => {
    const { id, slug, input } = await liveProduct({ options: TWO_BY_THREE });
    const editor = await getProductForEditor(seller.actor, id);
    const newTitle = `${input.title} (festive)`;
    const values = { ...editor.values, title: newTitle, variants: editor.values.variants.map((v, i) => (i === 0 ? { ...v, price: "449.50" } : v)) };
    expect(await updateProduct(seller.actor, id, values)).toEqual({ id, slug, review: "pending_change" });

    const page = await getProductBySlug(slug);
    expect(page?.title).toBe(input.title);
    expect(page?.variants.find((v) => v.id === editor.values.variants[0].id)?.pricePaise).toBe(44_950);

    const pending = await getProductForEditor(seller.actor, id);
    expect(pending.values.title).toBe(newTitle);
    expect(pending.values.variants[0].price).toBe("449.50");
    expect(pending.pendingRevision?.changes).toEqual(["title"]);
    const item = await getReviewItem(id);
    expect(item?.product.kind).toBe("change");
    expect(item?.live?.title).toBe(input.title);
    expect(item?.proposed.title).toBe(newTitle);
    expect(item?.proposed.categoryPath).toEqual(["Fashion", "Kurtas"]);
    const queue = await listReviewQueue({ kind: "change", pageSize: 100 });
    expect(queue.items.find((i) => i.productId === id)).toMatchObject({ kind: "change", title: newTitle });

    // Saving the pending content again with another price leaves the revision alone.
    const again = { ...pending.values, variants: pending.values.variants.map((v, i) => (i === 1 ? { ...v, stock: "25" } : v)) };
    expect(await updateProduct(seller.actor, id, again)).toMatchObject({ review: "pending_change" });
    expect((await listProductHistory(id)).filter((h) => h.kind === "change_submitted")).toHaveLength(1);

    expect(await reviewProducts(admin, { decision: "approve", productIds: [id] })).toMatchObject({ approved: [id] });
    expect((await getProductBySlug(slug))?.title).toBe(newTitle);
    const done = await getProductForEditor(seller.actor, id);
    expect(done.pendingRevision).toBeNull();
    expect(done.history.slice(0, 2)).toMatchObject([
      { kind: "change_approved", actorName: "Anita Admin", actorRole: "admin" },
      { kind: "change_submitted", actorName: "Kurta House", actorRole: "seller" },
    ]);
  });

  it("moves category and images through review; rejection keeps the live version and tells the seller", async () => {
    const { id, slug, input } = await liveProduct();
    const image = await uploadedImage(seller.seller.id);
    await updateProduct(seller.actor, id, { ...input, categoryId: otherCategoryId, images: [image] });
    expect((await statusOf(id)).categoryId).toBe(categoryId);
    expect((await getProductForEditor(seller.actor, id)).pendingRevision?.changes).toEqual(["categoryId", "images"]);
    const reason = "The photo shows a different product";
    await reviewProducts(admin, { decision: "reject", productIds: [id], reason });
    const editor = await getProductForEditor(seller.actor, id);
    expect(editor).toMatchObject({ status: "active", rejectionReason: reason, pendingRevision: null });
    expect(editor.values.categoryId).toBe(categoryId);
    expect((await getProductBySlug(slug))?.images).toEqual([]);
  });

  it("approving a change replaces the live images", async () => {
    const { id, slug, input } = await liveProduct();
    const [a, b] = [await uploadedImage(seller.seller.id, "Front"), await uploadedImage(seller.seller.id, "Back")];
    await updateProduct(seller.actor, id, { ...input, images: [a, b] });
    await reviewProducts(admin, { decision: "approve", productIds: [id] });
    expect((await getProductBySlug(slug))?.images.map((i) => i.alt)).toEqual(["Front", "Back"]);
    const editor = await getProductForEditor(seller.actor, id);
    await updateProduct(seller.actor, id, { ...editor.values, images: [b] });
    await reviewProducts(admin, { decision: "approve", productIds: [id] });
    expect((await getProductBySlug(slug))?.images.map((i) => i.alt)).toEqual(["Back"]);
  });

  it("withdrawing a change, or editing back to the live content, drops the pending revision", async () => {
    const { id, input } = await liveProduct();
    await updateProduct(seller.actor, id, { ...input, title: `${input.title} new` });
    await withdrawChange(seller.actor, id);
    expect((await getProductForEditor(seller.actor, id)).pendingRevision).toBeNull();
    await updateProduct(seller.actor, id, { ...input, title: `${input.title} newer` });
    expect(await updateProduct(seller.actor, id, input)).toMatchObject({ review: "none" });
    const history = await listProductHistory(id);
    expect(history.slice(0, 4).map((h) => h.kind)).toEqual(["change_withdrawn", "change_submitted", "change_withdrawn", "change_submitted"]);
  });

  it("keeps stock at or above what open orders reserved", async () => {
    const { id } = await liveProduct({ options: TWO_BY_THREE });
    const db = await getDb();
    const editor = await getProductForEditor(seller.actor, id);
    await db.update(productVariants).set({ stockReserved: 4 }).where(eq(productVariants.id, editor.values.variants[3].id as string));
    const tooLow = { ...editor.values, variants: editor.values.variants.map((v, i) => (i === 3 ? { ...v, stock: "3" } : v)) };
    const err = await rejectsWith(updateProduct(seller.actor, id, tooLow), ValidationError);
    expect(err.fieldErrors).toEqual({ "variants.3.stock": ["4 units are reserved for open orders, so stock cannot go below 4"] });
    const ok = { ...editor.values, variants: editor.values.variants.map((v, i) => (i === 3 ? { ...v, stock: "4" } : v)) };
    await updateProduct(seller.actor, id, ok);
    const [row] = await db.select().from(productVariants).where(eq(productVariants.id, editor.values.variants[3].id as string));
    expect(row).toMatchObject({ stockOnHand: 4, stockReserved: 4 });
  });

  it("deletes removed variants nothing refers to, deactivates the others, and revives a re-added combination", async () => {
    const { id, slug } = await liveProduct({ options: TWO_BY_THREE });
    const db = await getDb();
    const editor = await getProductForEditor(seller.actor, id);
    const [redS, redM] = editor.values.variants;
    await db.insert(deals).values({
      variantId: redS.id as string,
      sellerId: seller.seller.id,
      dealPricePaise: 100,
      startsAt: new Date(Date.now() - 3_600_000),
      endsAt: new Date(Date.now() + 3_600_000),
    });
    const options = [{ name: "Colour", values: ["Blue"] }, TWO_BY_THREE[1]];
    const fewer = { ...editor.values, options, variants: editor.values.variants.slice(3) };
    await updateProduct(seller.actor, id, fewer);
    const rows = await db.select().from(productVariants).where(eq(productVariants.productId, id));
    expect(rows.find((r) => r.id === redS.id)?.isActive).toBe(false);
    expect(rows.find((r) => r.id === redM.id)).toBeUndefined();
    expect(rows.filter((r) => r.isActive)).toHaveLength(3);
    expect((await getProductBySlug(slug))?.variants).toHaveLength(3);

    // The red rows come back without ids: Red / S (kept for its deal) is revived, the others are new.
    const back = { ...editor.values, variants: editor.values.variants.map((v, i) => (i < 3 ? { ...v, id: undefined } : v)) };
    await updateProduct(seller.actor, id, back);
    const [revived] = await db.select().from(productVariants).where(and(eq(productVariants.productId, id), eq(productVariants.sku, redS.sku)));
    expect(revived).toMatchObject({ id: redS.id, isActive: true });
  });

  it("lets two variants swap SKUs in one save", async () => {
    const { id } = await liveProduct({ options: [{ name: "Size", values: ["S", "M"] }] });
    const editor = await getProductForEditor(seller.actor, id);
    const [s, m] = editor.values.variants;
    await updateProduct(seller.actor, id, { ...editor.values, variants: [{ ...s, sku: m.sku }, { ...m, sku: s.sku }] });
    const after = (await getProductForEditor(seller.actor, id)).values.variants;
    expect(after.map((v) => [v.id, v.sku])).toEqual([
      [s.id, m.sku],
      [m.id, s.sku],
    ]);
  });

});
