import "server-only";
import { and, count, eq, ne, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policies";
import { getDb, type Executor } from "@/lib/platform/db";
import { publish } from "@/lib/platform/events";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/platform/errors";
import { brands, productRevisions, products, type Brand } from "@/models";
import { invalidateCatalog } from "./cache-tags";
import { brandSlug } from "./service";
import { brandIdSchema, createBrandSchema, mergeBrandsSchema, renameBrandSchema } from "./taxonomy-schemas";
import { parseInput } from "./taxonomy-service";

/**
 * Admin writes to brands (admin-only, "taxonomy:manage"). A brand's slug is derived from its name
 * when it is created (the same rule as imports, so imports find it) and stays put on a rename unless
 * the admin asks for a new one. Merging moves every product — and every product change proposing
 * the brand — to the other brand and deletes the first, in one transaction.
 */

export const BRAND_NOT_FOUND = "We couldn't find that brand. Refresh the page to see the current list.";

const revisionsProposing = (brandId: string) => and(sql`${productRevisions.content} ->> 'brandId' = ${brandId}`, eq(productRevisions.status, "pending"));

async function lockBrand(tx: Executor, id: string, field?: string): Promise<Brand> {
  const [row] = await tx.select().from(brands).where(eq(brands.id, id)).for("update");
  if (!row) {
    if (field) throw new ValidationError({ [field]: ["That brand no longer exists. Refresh the page and choose again."] });
    throw new NotFoundError(BRAND_NOT_FOUND);
  }
  return row;
}

async function assertSlugFree(tx: Executor, slug: string, name: string, exceptId?: string): Promise<void> {
  const [clash] = await tx
    .select({ name: brands.name })
    .from(brands)
    .where(and(eq(brands.slug, slug), exceptId ? ne(brands.id, exceptId) : undefined))
    .limit(1);
  if (clash) throw new ConflictError(`“${name}” is too close to the existing brand “${clash.name}”. Merge into it instead, or pick another name.`, "name");
}

export async function createBrand(actor: Actor | null, input: unknown): Promise<Brand> {
  assertCan(actor, "taxonomy:manage");
  const { name } = parseInput(createBrandSchema, input);
  const db = await getDb();
  const slug = brandSlug(name);
  const brand = await db.transaction(async (tx) => {
    await assertSlugFree(tx, slug, name);
    const [row] = await tx.insert(brands).values({ name, slug }).onConflictDoNothing().returning();
    if (!row) throw new ConflictError(`A brand called “${name}” was just added. Refresh the page.`, "name");
    return row;
  });
  await invalidateCatalog({ taxonomy: true });
  return brand;
}

/** Renames a brand; its slug (and so its links) changes only when `updateSlug` is set. */
export async function renameBrand(actor: Actor | null, input: unknown): Promise<Brand> {
  assertCan(actor, "taxonomy:manage");
  const values = parseInput(renameBrandSchema, input);
  const db = await getDb();
  const brand = await db.transaction(async (tx) => {
    const current = await lockBrand(tx, values.brandId);
    const slug = values.updateSlug ? brandSlug(values.name) : current.slug;
    if (slug !== current.slug) await assertSlugFree(tx, slug, values.name, current.id);
    const [row] = await tx.update(brands).set({ name: values.name, slug }).where(eq(brands.id, current.id)).returning();
    if (row.name !== current.name || row.slug !== current.slug) {
      await publish(tx, { topic: "brand.changed", aggregateId: row.id, payload: { reason: "renamed" } });
    }
    return row;
  });
  await invalidateCatalog({ taxonomy: true });
  return brand;
}

export interface MergeResult {
  source: Brand;
  target: Brand;
  /** Products moved from the source brand to the target. */
  movedProducts: number;
  /** Product changes (pending or past) whose proposed brand was switched to the target. */
  movedRevisions: number;
}

/** Merges brand `sourceId` into `targetId`: reassigns its products and proposed changes, then deletes it. */
export async function mergeBrands(actor: Actor | null, input: unknown): Promise<MergeResult> {
  assertCan(actor, "taxonomy:manage");
  const values = parseInput(mergeBrandsSchema, input);
  const db = await getDb();
  const { result, productIds } = await db.transaction(async (tx) => {
    // Lock both in a fixed order so two opposite merges cannot deadlock.
    const [first, second] = [values.sourceId, values.targetId].sort();
    const locked = new Map<string, Brand>();
    for (const id of [first, second]) locked.set(id, await lockBrand(tx, id, id === values.targetId ? "targetId" : undefined));
    const source = locked.get(values.sourceId)!;
    const target = locked.get(values.targetId)!;
    const moved = await tx
      .update(products)
      .set({ brandId: target.id, updatedAt: sql`now()` })
      .where(eq(products.brandId, source.id))
      .returning({ id: products.id });
    const revisions = await tx
      .update(productRevisions)
      .set({ content: sql`jsonb_set(${productRevisions.content}, '{brandId}', to_jsonb(${target.id}::text))` })
      .where(sql`${productRevisions.content} ->> 'brandId' = ${source.id}`)
      .returning({ id: productRevisions.id });
    await tx.delete(brands).where(eq(brands.id, source.id));
    await publish(tx, { topic: "brand.changed", aggregateId: target.id, payload: { reason: "merged", from: source.id } });
    return {
      result: { source, target, movedProducts: moved.length, movedRevisions: revisions.length },
      productIds: moved.map((m) => m.id),
    };
  });
  await invalidateCatalog({ taxonomy: true, productIds });
  return result;
}

/** Deletes a brand no product uses and no pending change proposes. */
export async function deleteBrand(actor: Actor | null, brandId: unknown): Promise<Brand> {
  assertCan(actor, "taxonomy:manage");
  const id = parseInput(brandIdSchema, brandId);
  const db = await getDb();
  const brand = await db.transaction(async (tx) => {
    const current = await lockBrand(tx, id);
    const [[used], [proposed]] = await Promise.all([
      tx.select({ n: count() }).from(products).where(eq(products.brandId, id)),
      tx.select({ n: count() }).from(productRevisions).where(revisionsProposing(id)),
    ]);
    if (used.n || proposed.n) {
      const what = [used.n ? `${used.n.toLocaleString("en-IN")} ${used.n === 1 ? "product uses" : "products use"} it` : null, proposed.n ? `${proposed.n} pending ${proposed.n === 1 ? "change proposes" : "changes propose"} it` : null]
        .filter(Boolean)
        .join(" and ");
      throw new ConflictError(`“${current.name}” can't be deleted: ${what}. Merge it into another brand instead.`);
    }
    await tx.delete(brands).where(eq(brands.id, id));
    return current;
  });
  await invalidateCatalog({ taxonomy: true });
  return brand;
}
