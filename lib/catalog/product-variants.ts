import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/lib/platform/db";
import type { FieldErrors } from "@/lib/platform/errors";
import { bundleItems, deals, productOptions, productVariants } from "@/models";
import type { ProductEditorValues } from "./product-schemas";
import { combinationTitle } from "./variant-matrix";
import { planVariantSync, type VariantSyncPlan } from "./variant-sync";

/**
 * Writing a save's options and variants. prepareVariants locks the product's variants, plans the sync
 * (variant-sync.ts) and finds SKUs other variants hold — all before anything is written, so a save
 * reports every problem at once; applyVariants then writes the plan.
 */

export const SKU_TAKEN_MESSAGE = "SKU already used by another product or variant";

export interface PreparedVariants {
  plan: VariantSyncPlan;
  /** Current SKU of each existing variant, to free SKUs that move between rows of this save. */
  skuById: Map<string, string>;
  errors: FieldErrors;
}

/**
 * `computedStock`: the stock of digital and bundle products is not typed by the seller but derived
 * (see syncDigitalStock / syncBundleStock), so the typed value is neither checked nor written.
 */
export async function prepareVariants(
  ex: Executor,
  productId: string | null,
  variants: ProductEditorValues["variants"],
  computedStock: boolean,
): Promise<PreparedVariants> {
  const existing = productId
    ? await ex
        .select({
          id: productVariants.id,
          sku: productVariants.sku,
          optionValues: productVariants.optionValues,
          isActive: productVariants.isActive,
          stockReserved: productVariants.stockReserved,
          referenced: sql<boolean>`(exists (select 1 from ${bundleItems} b where b.component_variant_id = ${productVariants}.id)
            or exists (select 1 from ${deals} d where d.variant_id = ${productVariants}.id))`,
        })
        .from(productVariants)
        .where(eq(productVariants.productId, productId))
        .for("update")
    : [];
  const plan = planVariantSync(
    existing.map((v) => ({ ...v, referenced: Boolean(v.referenced) })),
    variants.map((v) => ({ id: v.id, optionValues: v.optionValues, stock: computedStock ? Number.MAX_SAFE_INTEGER : v.stock })),
  );
  const errors: FieldErrors = { ...plan.errors };

  // A SKU may move between this save's own variants and may reuse a deleted variant's; anything else holding it is a clash.
  const free = new Set([...plan.targets.filter((id): id is string => id !== null), ...plan.remove.filter((r) => r.mode === "delete").map((r) => r.id)]);
  const holders = await ex
    .select({ id: productVariants.id, sku: productVariants.sku })
    .from(productVariants)
    .where(inArray(productVariants.sku, variants.map((v) => v.sku)));
  const taken = new Set(holders.filter((h) => !free.has(h.id)).map((h) => h.sku));
  variants.forEach((v, i) => {
    if (taken.has(v.sku)) (errors[`variants.${i}.sku`] ??= []).push(SKU_TAKEN_MESSAGE);
  });
  return { plan, skuById: new Map(existing.map((v) => [v.id, v.sku])), errors };
}

/** Makes the product's options exactly `options`, in order. */
export async function writeOptions(ex: Executor, productId: string, options: ProductEditorValues["options"]): Promise<void> {
  await ex.delete(productOptions).where(eq(productOptions.productId, productId));
  if (options.length === 0) return;
  await ex.insert(productOptions).values(options.map((o, position) => ({ productId, name: o.name, values: o.values, position })));
}

/**
 * Writes the prepared plan: removes unclaimed variants (deleted, or deactivated when referenced), then
 * updates claimed ones and inserts new ones. Returns the ids of every variant written or deactivated.
 */
export async function applyVariants(
  ex: Executor,
  productId: string,
  values: Pick<ProductEditorValues, "options" | "variants" | "type">,
  { plan, skuById }: PreparedVariants,
  computedStock: boolean,
): Promise<string[]> {
  const deleteIds = plan.remove.filter((r) => r.mode === "delete").map((r) => r.id);
  const deactivateIds = plan.remove.filter((r) => r.mode === "deactivate").map((r) => r.id);
  if (deleteIds.length) await ex.delete(productVariants).where(and(eq(productVariants.productId, productId), inArray(productVariants.id, deleteIds)));
  if (deactivateIds.length) {
    await ex
      .update(productVariants)
      .set({ isActive: false, updatedAt: sql`now()` })
      .where(and(eq(productVariants.productId, productId), inArray(productVariants.id, deactivateIds)));
  }

  // Park changed SKUs first so two rows can swap SKUs without tripping the unique index.
  const moving = plan.targets.filter((id, i): id is string => id !== null && skuById.get(id) !== values.variants[i].sku);
  if (moving.length) await ex.update(productVariants).set({ sku: sql`'~' || ${productVariants.id}::text` }).where(inArray(productVariants.id, moving));

  const digital = values.type === "digital";
  const written: string[] = [...deactivateIds];
  for (const [i, v] of values.variants.entries()) {
    const row = {
      sku: v.sku,
      title: combinationTitle(values.options, v.optionValues),
      optionValues: v.optionValues,
      pricePaise: v.price,
      mrpPaise: v.mrp,
      lowStockThreshold: v.lowStockThreshold,
      // A digital product ships nothing: no weight or dimensions.
      weightGrams: digital ? null : v.weightGrams,
      lengthMm: digital ? null : v.lengthMm,
      widthMm: digital ? null : v.widthMm,
      heightMm: digital ? null : v.heightMm,
      position: i,
      isActive: true,
    };
    const id = plan.targets[i];
    if (id) {
      await ex
        .update(productVariants)
        .set({ ...row, ...(computedStock ? {} : { stockOnHand: v.stock }), updatedAt: sql`now()` })
        .where(eq(productVariants.id, id));
      written.push(id);
    } else {
      const [inserted] = await ex
        .insert(productVariants)
        .values({ ...row, productId, stockOnHand: computedStock ? 0 : v.stock })
        .returning({ id: productVariants.id });
      written.push(inserted.id);
    }
  }
  return written;
}
