/**
 * A real catalogue for search tests: `count` products read from ../shared/data by the seed's source
 * loaders (BigBasket, Myntra, Amazon UK toys), written with the catalogue's upserts (no pictures),
 * given the seed's category attributes, then indexed by the search indexer (reindexAll).
 */
import { sql } from "drizzle-orm";
import { categoryKey, upsertBrands, upsertCategoryPaths, upsertProducts, upsertSeller, type ProductUpsert } from "@/lib/catalog/service";
import { fnv1a, productSlug } from "@/lib/catalog/slug";
import { getDb } from "@/lib/platform/db";
import { reindexAll } from "@/lib/search/indexer";
import { seedAttributes } from "@/lib/seed/attributes";
import { loadCatalogue } from "@/lib/seed/catalogue";
import { TOP_CATEGORY_ORDER } from "@/lib/seed/categories";
import { SEED_SELLERS, sellerRecord, sellersFor } from "@/lib/seed/sellers";
import type { SeedProduct } from "@/lib/seed/types";
import { users } from "@/models";

export interface ImportedCatalogue {
  products: SeedProduct[];
  /** Product id by external ref. */
  ids: Map<string, string>;
  indexed: number;
}

export async function importSearchCatalogue(count: number): Promise<ImportedCatalogue> {
  const db = await getDb();
  const { products } = loadCatalogue("../shared/data", count);
  const sellerIds = new Map<string, string>();
  for (const s of SEED_SELLERS.filter((x) => x.status === "active")) {
    const [owner] = await db.insert(users).values({ email: `${s.slug}-${Date.now()}@example.test`, name: s.owner.name, role: "seller" }).returning();
    const id = await upsertSeller(db, sellerRecord(s, owner.id));
    sellerIds.set(s.slug, id);
  }
  const categoryIds = await upsertCategoryPaths(db, products.map((p) => p.categoryPath), TOP_CATEGORY_ORDER);
  const brandIds = await upsertBrands(db, [...new Set(products.flatMap((p) => (p.brand ? [p.brand] : [])))]);
  const rows: ProductUpsert[] = products.map((p) => {
    const shops = sellersFor(p.domain).filter((s) => sellerIds.has(s.slug));
    return {
      externalRef: p.externalRef,
      sellerId: sellerIds.get(shops[fnv1a(p.externalRef) % shops.length].slug) as string,
      categoryId: categoryIds.get(categoryKey(p.categoryPath)) as string,
      brandId: p.brand ? (brandIds.get(p.brand) ?? null) : null,
      title: p.title,
      slug: productSlug(p.title, p.externalRef),
      description: p.description,
      status: "active",
      type: "physical",
      specifications: p.specifications,
      seoTitle: null,
      seoDescription: null,
      ratingX100: p.ratingX100,
      ratingCount: p.ratingCount,
      options: p.options,
      variants: p.variants,
      images: [],
    };
  });
  for (let i = 0; i < rows.length; i += 250) await upsertProducts(db, rows.slice(i, i + 250));
  await seedAttributes(db, categoryIds, products);
  const { indexed } = await reindexAll();
  await db.execute(sql`analyze`);
  const idRows = (await db.execute(sql`select id, external_ref from products where external_ref is not null`)) as unknown as { rows: { id: string; external_ref: string }[] };
  return { products, ids: new Map(idRows.rows.map((r) => [r.external_ref, r.id])), indexed };
}
