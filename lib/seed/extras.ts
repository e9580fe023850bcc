import { createHash } from "node:crypto";
import { and, asc, eq, ilike, inArray, isNull, like, notLike, sql } from "drizzle-orm";
import { syncBundleStock, writeBundleItems } from "@/lib/catalog/bundle-service";
import { addLicenceKeys, saveDigitalFile, syncDigitalStock } from "@/lib/catalog/digital-service";
import { contentFromProduct } from "@/lib/catalog/product-rules";
import { categoryKey, upsertCategoryPaths, upsertProducts, type ProductUpsert } from "@/lib/catalog/service";
import { productSlug } from "@/lib/catalog/slug";
import { digitalFileKey } from "@/lib/media/keys";
import type { Db, Executor } from "@/lib/platform/db";
import type { Storage } from "@/lib/platform/storage";
import {
  categories,
  productEvents,
  productImages,
  productRevisions,
  products,
  productVariants,
  sellers,
  users,
  type ProductEventKind,
  type ProductStatus,
} from "@/models";
import { SPECS, type ExtraSpec, type Story } from "./extras-data";
import { generateImages, type ImageJob } from "./images/generate";
import { PICTURE_SIZE } from "./images/picture";
import { seededRandom } from "./random";
import { SEED_SELLERS } from "./sellers";
import { initialsOf, seoDescriptionFor, seoTitleFor, truncate } from "./text";

/**
 * The demo's catalogue workflow on top of the seeded products, all for the demo seller
 * (seller@quicklocal.test): grocery combos (bundles of its own variants), digital goods (an e-book
 * file and gift cards sold from licence key pools), products waiting for review (and one rejected,
 * with its reason) and one pending change to a live product, each with its history. Idempotent:
 * everything is keyed on a "demo:" externalRef (the pending change on there being none yet), so a
 * second run adds nothing.
 */

export interface ExtrasResult {
  bundles: number;
  digital: number;
  reviews: number;
  changes: number;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

interface Actors {
  sellerId: string;
  sellerUserId: string;
  adminId: string;
}

/** A lower-case, UUID-shaped id derived from `seed` (storage keys of uploads need one). */
function stableUuid(seed: string): string {
  const hex = createHash("sha256").update(seed).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

function licenceKeyList(ref: string, { prefix, count }: { prefix: string; count: number }): string[] {
  const random = seededRandom(`${ref}:keys`);
  const block = () => Math.floor(random() * 36 ** 4).toString(36).toUpperCase().padStart(4, "0");
  return Array.from({ length: count }, () => `${prefix}-${block()}-${block()}-${block()}`);
}

async function demoActors(db: Executor): Promise<Actors | null> {
  const [seller] = await db.select({ id: sellers.id, ownerUserId: sellers.ownerUserId }).from(sellers).where(eq(sellers.slug, SEED_SELLERS[0].slug));
  const [admin] = await db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, "admin@quicklocal.test"));
  return seller && admin ? { sellerId: seller.id, sellerUserId: seller.ownerUserId, adminId: admin.id } : null;
}

/** The product's history as the workflow would have written it, spread over the last days. */
async function writeHistory(db: Executor, productId: string, story: Story, actors: Actors, now: Date): Promise<void> {
  const at = (msAgo: number) => new Date(now.getTime() - msAgo);
  const rows: { kind: ProductEventKind; from: ProductStatus | null; to: ProductStatus; actorId: string; reason?: string; createdAt: Date }[] = [
    { kind: "created", from: null, to: "draft", actorId: actors.sellerUserId, createdAt: at(3 * DAY) },
    { kind: "submitted", from: "draft", to: "pending_review", actorId: actors.sellerUserId, createdAt: at(3 * DAY - 2 * HOUR) },
  ];
  if (story.status === "active") rows.push({ kind: "approved", from: "pending_review", to: "active", actorId: actors.adminId, createdAt: at(2 * DAY) });
  if (story.status === "rejected") rows.push({ kind: "rejected", from: "pending_review", to: "rejected", actorId: actors.adminId, reason: story.reason, createdAt: at(2 * DAY) });
  await db.insert(productEvents).values(
    rows.map((r) => ({ productId, kind: r.kind, fromStatus: r.from, toStatus: r.to, actorId: r.actorId, reason: r.reason ?? null, createdAt: r.createdAt })),
  );
  await db
    .update(products)
    .set({ rejectionReason: story.status === "rejected" ? story.reason : null, publishedAt: story.status === "active" ? at(2 * DAY) : null })
    .where(eq(products.id, productId));
}

/** "Tata Salt - Iodised, 1 kg" → "Tata Salt". */
const shortName = (title: string) => truncate(title.split(/ - |, |\(/)[0].trim(), 36);

/**
 * Up to `count` pairs of the seller's live, in-stock physical variants (seeded products only), each pair
 * preferably from one department, so a combo holds things bought together; in a stable order.
 */
async function comboPairs(db: Executor, sellerId: string, count: number) {
  const rows = await db
    .select({
      variantId: productVariants.id,
      productId: products.id,
      title: products.title,
      categoryId: products.categoryId,
      department: sql<string>`array_to_string((string_to_array(${categories.path}, '/'))[1:2], '/')`,
      pricePaise: productVariants.pricePaise,
      mrpPaise: productVariants.mrpPaise,
    })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(
      and(
        eq(products.sellerId, sellerId),
        eq(products.status, "active"),
        eq(products.type, "physical"),
        notLike(products.externalRef, "demo:%"),
        eq(productVariants.isActive, true),
        sql`${productVariants.stockOnHand} - ${productVariants.stockReserved} >= 6`,
      ),
    )
    .orderBy(sql`md5(${productVariants.sku})`)
    .limit(80);
  // Prefer partners from the same sub-department, then the same department, then any.
  const levels: ((row: (typeof rows)[number]) => string)[] = [(r) => r.department, (r) => r.department.split("/")[0], () => ""];
  const paired = new Set<string>();
  const pairs: (typeof rows)[number][][] = [];
  for (const level of levels) {
    const waiting = new Map<string, (typeof rows)[number]>();
    for (const row of rows) {
      if (pairs.length === count) return pairs;
      if (paired.has(row.variantId)) continue;
      const other = waiting.get(level(row));
      if (other && shortName(other.title) !== shortName(row.title)) {
        pairs.push([other, row]);
        paired.add(other.variantId).add(row.variantId);
        waiting.delete(level(row));
      } else waiting.set(level(row), row);
    }
  }
  return pairs;
}

async function seedBundles(db: Executor, actors: Actors, now: Date): Promise<number> {
  const quantities = [[2, 1], [1, 1], [1, 2]];
  const pairs = await comboPairs(db, actors.sellerId, quantities.length);
  const refs = quantities.map((_, i) => `demo:combo-${i + 1}`);
  const existing = new Set((await db.select({ ref: products.externalRef }).from(products).where(inArray(products.externalRef, refs))).map((r) => r.ref));
  let created = 0;
  for (const [i, qty] of quantities.entries()) {
    const parts = pairs[i];
    if (!parts || existing.has(refs[i])) continue;
    const items = parts.map((p, k) => ({ ...p, quantity: qty[k] }));
    const sum = items.reduce((s, p) => s + p.pricePaise * p.quantity, 0);
    // The combo shows each part's main picture.
    const images = await db
      .selectDistinctOn([productImages.productId], { storageKey: productImages.storageKey, alt: productImages.alt, width: productImages.width, height: productImages.height })
      .from(productImages)
      .where(inArray(productImages.productId, items.map((p) => p.productId)))
      .orderBy(productImages.productId, asc(productImages.position));
    const title = `Kirana combo: ${items.map((p) => `${p.quantity > 1 ? `${p.quantity} × ` : ""}${shortName(p.title)}`).join(" + ")}`;
    const description = `A ready-made combo from ${SEED_SELLERS[0].name}: ${items.map((p) => `${p.quantity} × ${p.title}`).join(" and ")}, packed together.`;
    await upsertProducts(db, [
      {
        externalRef: refs[i],
        sellerId: actors.sellerId,
        categoryId: items[0].categoryId,
        brandId: null,
        title,
        slug: productSlug(title, refs[i]),
        description,
        status: "active",
        type: "bundle",
        specifications: {},
        seoTitle: seoTitleFor(title),
        seoDescription: seoDescriptionFor(description),
        ratingX100: 0,
        ratingCount: 0,
        options: [],
        // The combo costs 10% less than its parts, in whole rupees; its MRP is the parts' MRP.
        variants: [{ sku: `QL-COMBO-${i + 1}-${actors.sellerId.slice(0, 8)}`, title: "Standard", optionValues: {}, pricePaise: Math.floor((sum * 0.9) / 100) * 100, mrpPaise: items.reduce((s, p) => s + p.mrpPaise * p.quantity, 0), stockOnHand: 0 }],
        images,
      },
    ]);
    const [row] = await db.select({ id: products.id }).from(products).where(eq(products.externalRef, refs[i]));
    await writeBundleItems(db, row.id, items);
    await syncBundleStock(db, { bundleProductIds: [row.id] });
    await writeHistory(db, row.id, { status: "active" }, actors, now);
    created++;
  }
  return created;
}

async function categoryFor(db: Executor, spec: ExtraSpec, sellerId: string, digitalIds: Map<string, string>): Promise<string | null> {
  if ("path" in spec.category) return digitalIds.get(categoryKey(spec.category.path)) ?? null;
  for (const hint of spec.category.hints) {
    const [found] = await db.select({ id: categories.id }).from(categories).where(ilike(categories.name, `%${hint}%`)).orderBy(sql`${categories.depth} desc`, asc(categories.name)).limit(1);
    if (found) return found.id;
  }
  const [own] = await db.select({ categoryId: products.categoryId }).from(products).where(eq(products.sellerId, sellerId)).orderBy(asc(products.externalRef)).limit(1);
  return own?.categoryId ?? null;
}

async function seedSpecs(db: Executor, storage: Storage, actors: Actors, now: Date): Promise<{ digital: number; reviews: number }> {
  const existing = new Set((await db.select({ ref: products.externalRef }).from(products).where(like(products.externalRef, "demo:%"))).map((r) => r.ref));
  const fresh = SPECS.filter((s) => !existing.has(s.ref));
  if (fresh.length === 0) return { digital: 0, reviews: 0 };
  const digitalIds = await upsertCategoryPaths(db, fresh.flatMap((s) => ("path" in s.category ? [s.category.path] : [])));

  const jobs: ImageJob[] = [];
  const rows: ProductUpsert[] = [];
  for (const spec of fresh) {
    const categoryId = await categoryFor(db, spec, actors.sellerId, digitalIds);
    if (!categoryId) continue;
    const slug = productSlug(spec.title, spec.ref);
    const key = `catalog/seed-v1/extras/${slug}.webp`;
    jobs.push({ key, input: { seed: spec.ref, topCategory: spec.picture.topCategory, shape: spec.picture.shape, glyph: spec.picture.glyph, itemColor: null, labelText: spec.picture.label, initials: initialsOf(spec.title), view: 0 } });
    rows.push({
      externalRef: spec.ref,
      sellerId: actors.sellerId,
      categoryId,
      brandId: null,
      title: spec.title,
      slug,
      description: spec.description,
      status: spec.story.status,
      type: spec.type,
      specifications: {},
      seoTitle: seoTitleFor(spec.title),
      seoDescription: seoDescriptionFor(spec.description),
      ratingX100: 0,
      ratingCount: 0,
      options: [],
      variants: [{ sku: `QL-${spec.ref.slice(5).toUpperCase()}-${actors.sellerId.slice(0, 8)}`, title: "Standard", optionValues: {}, pricePaise: spec.pricePaise, mrpPaise: spec.mrpPaise, stockOnHand: spec.stock ?? 0 }],
      images: [{ storageKey: key, alt: spec.title, width: PICTURE_SIZE, height: PICTURE_SIZE }],
    });
  }
  await generateImages(jobs, storage);
  await upsertProducts(db, rows);

  const ids = new Map((await db.select({ id: products.id, ref: products.externalRef }).from(products).where(inArray(products.externalRef, rows.map((r) => r.externalRef)))).map((r) => [r.ref, r.id]));
  let digital = 0;
  let reviews = 0;
  for (const spec of fresh) {
    const id = ids.get(spec.ref);
    if (!id) continue;
    if (spec.file) {
      const bytes = Buffer.from(spec.file.text, "utf8");
      const storageKey = digitalFileKey(actors.sellerId, stableUuid(spec.ref), spec.file.name);
      await storage.put(storageKey, bytes, "text/plain; charset=utf-8");
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      await saveDigitalFile(db, id, { storageKey, fileName: spec.file.name, contentType: "text/plain; charset=utf-8", sizeBytes: bytes.length, sha256 });
    }
    if (spec.licenceKeys) await addLicenceKeys(db, id, licenceKeyList(spec.ref, spec.licenceKeys));
    if (spec.type === "digital") {
      await syncDigitalStock(db, id);
      digital++;
    } else reviews++;
    await writeHistory(db, id, spec.story, actors, now);
  }
  return { digital, reviews };
}

/** A pending change (new title and description) to one of the seller's live seeded products, unless one exists. */
async function seedPendingChange(db: Executor, actors: Actors, now: Date): Promise<number> {
  const [pending] = await db
    .select({ id: productRevisions.id })
    .from(productRevisions)
    .innerJoin(products, eq(products.id, productRevisions.productId))
    .where(and(eq(products.sellerId, actors.sellerId), eq(productRevisions.status, "pending")))
    .limit(1);
  if (pending) return 0;
  const [product] = await db
    .select()
    .from(products)
    .where(
      and(
        eq(products.sellerId, actors.sellerId),
        eq(products.status, "active"),
        notLike(products.externalRef, "demo:%"),
        sql`not exists (select 1 from ${productRevisions} r where r.product_id = ${products.id})`,
      ),
    )
    .orderBy(asc(products.externalRef))
    .limit(1);
  if (!product) return 0;
  const images = await db
    .select({ storageKey: productImages.storageKey, alt: productImages.alt, width: productImages.width, height: productImages.height })
    .from(productImages)
    .where(and(eq(productImages.productId, product.id), isNull(productImages.variantId)))
    .orderBy(asc(productImages.position));
  const live = contentFromProduct(product, images);
  const content = {
    ...live,
    title: `${product.title} (Value Pack)`.slice(0, 200),
    description: `${live.description} Now also in a resealable value pack.`.slice(0, 5000),
  };
  const submittedAt = new Date(now.getTime() - 5 * HOUR);
  const [revision] = await db
    .insert(productRevisions)
    .values({ productId: product.id, content, submittedBy: actors.sellerUserId, submittedAt })
    .returning({ id: productRevisions.id });
  await db.insert(productEvents).values({ productId: product.id, kind: "change_submitted", actorId: actors.sellerUserId, revisionId: revision.id, createdAt: submittedAt });
  return 1;
}

/** Runs in one transaction, so an interrupted run leaves no product without its items, keys or history. */
export async function seedCatalogueExtras(db: Db, storage: Storage, now = new Date()): Promise<ExtrasResult> {
  return db.transaction(async (tx) => {
    const actors = await demoActors(tx);
    if (!actors) return { bundles: 0, digital: 0, reviews: 0, changes: 0 };
    const bundles = await seedBundles(tx, actors, now);
    const { digital, reviews } = await seedSpecs(tx, storage, actors, now);
    const changes = await seedPendingChange(tx, actors, now);
    return { bundles, digital, reviews, changes };
  });
}
