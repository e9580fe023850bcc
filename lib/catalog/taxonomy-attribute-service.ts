import "server-only";
import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policies";
import { getDb, queryRows, type Executor } from "@/lib/platform/db";
import { ConflictError, NotFoundError } from "@/lib/platform/errors";
import { categories, categoryAttributes, products, type AttributeValue, type CategoryAttribute } from "@/models";
import { invalidateCatalog } from "./cache-tags";
import { ancestorPaths, attributeKey, valuesNoLongerAllowed, type ValueUsage } from "./taxonomy-rules";
import { attributeIdSchema, createAttributeSchema, updateAttributeSchema } from "./taxonomy-schemas";
import { CATEGORY_NOT_FOUND, inSubtree, parseInput } from "./taxonomy-service";

/**
 * Admin writes to category attributes. A product sees the attributes of its category and of every
 * ancestor, so an attribute's key must be unique along that line: a key already defined above or
 * below the category is refused. Keys are derived from the label once and never change (products
 * store their values under them). Changing an attribute never rewrites product data: values that
 * the new definition no longer allows stay on the products and are reported back, so an admin can
 * see what sellers will have to fix on their next edit.
 */

export const ATTRIBUTE_NOT_FOUND = "We couldn't find that attribute. Refresh the page to see the current list.";

export interface AttributeChange {
  attribute: CategoryAttribute;
  /** Values products in the category (or below) hold that the attribute no longer allows. */
  noLongerAllowed: ValueUsage[];
}

interface CategoryLine {
  id: string;
  name: string;
  path: string;
}

async function categoryLine(tx: Executor, categoryId: string): Promise<CategoryLine> {
  const [row] = await tx.select({ id: categories.id, name: categories.name, path: categories.path }).from(categories).where(eq(categories.id, categoryId)).for("update");
  if (!row) throw new NotFoundError(CATEGORY_NOT_FOUND);
  return row;
}

/** Categories whose products see attributes of `path`'s category, and those it inherits from: ancestors, itself, descendants. */
function lineOf(path: string) {
  return or(inArray(categories.path, [...ancestorPaths(path), path]), sql`starts_with(${categories.path}, ${`${path}/`})`);
}

/** Refuses a key that the category, an ancestor or a descendant already defines. */
async function assertKeyFree(tx: Executor, category: CategoryLine, key: string, label: string): Promise<void> {
  const [clash] = await tx
    .select({ label: categoryAttributes.label, categoryName: categories.name, categoryId: categories.id })
    .from(categoryAttributes)
    .innerJoin(categories, eq(categories.id, categoryAttributes.categoryId))
    .where(and(eq(categoryAttributes.key, key), lineOf(category.path)))
    .limit(1);
  if (!clash) return;
  const where = clash.categoryId === category.id ? "this category" : `“${clash.categoryName}”, which shares products with this one`;
  throw new ConflictError(`“${label}” clashes with the attribute “${clash.label}” of ${where}. Choose another label.`, "label");
}

/** How many products in the subtree of `path` hold each value of attribute `key`. */
async function valueUsage(tx: Executor, path: string, key: string): Promise<ValueUsage[]> {
  const rows = await queryRows<{ value: AttributeValue; products: number }>(
    tx,
    sql`select ${products.attributes} -> ${key} as value, count(*)::int as products
        from ${products} join ${categories} on ${categories.id} = ${products.categoryId}
        where ${inSubtree(path)} and ${products.attributes} -> ${key} is not null
        group by 1`,
  );
  return rows.map((r) => ({ value: r.value, products: Number(r.products) }));
}

async function subtreeIds(tx: Executor, path: string): Promise<string[]> {
  const rows = await tx
    .select({ id: categories.id })
    .from(categories)
    .where(inSubtree(path));
  return rows.map((r) => r.id);
}

export async function createAttribute(actor: Actor | null, input: unknown): Promise<CategoryAttribute> {
  assertCan(actor, "taxonomy:manage");
  const values = parseInput(createAttributeSchema, input);
  const db = await getDb();
  const { attribute, touched } = await db.transaction(async (tx) => {
    const category = await categoryLine(tx, values.categoryId);
    const key = attributeKey(values.label);
    await assertKeyFree(tx, category, key, values.label);
    const [row] = await tx
      .insert(categoryAttributes)
      .values({ ...values, categoryId: category.id, key })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new ConflictError("Another attribute with this label was just added. Refresh the page.", "label");
    return { attribute: row, touched: await subtreeIds(tx, category.path) };
  });
  await invalidateCatalog({ taxonomy: true, categoryIds: touched });
  return attribute;
}

/** Updates an attribute (its key stays). Reports product values the new definition no longer allows; they are kept as they are. */
export async function updateAttribute(actor: Actor | null, input: unknown): Promise<AttributeChange> {
  assertCan(actor, "taxonomy:manage");
  const values = parseInput(updateAttributeSchema, input);
  const { attributeId, ...fields } = values;
  const db = await getDb();
  const { change, touched } = await db.transaction(async (tx) => {
    const [current] = await tx.select().from(categoryAttributes).where(eq(categoryAttributes.id, attributeId)).for("update");
    if (!current) throw new NotFoundError(ATTRIBUTE_NOT_FOUND);
    const category = await categoryLine(tx, current.categoryId);
    const [attribute] = await tx.update(categoryAttributes).set(fields).where(eq(categoryAttributes.id, attributeId)).returning();
    const noLongerAllowed = valuesNoLongerAllowed(attribute, await valueUsage(tx, category.path, attribute.key));
    return { change: { attribute, noLongerAllowed }, touched: await subtreeIds(tx, category.path) };
  });
  await invalidateCatalog({ taxonomy: true, categoryIds: touched });
  return change;
}

/** Removes an attribute. Products keep the stored values (they no longer show); returns how many had one. */
export async function deleteAttribute(actor: Actor | null, attributeId: unknown): Promise<{ attribute: CategoryAttribute; productsWithValue: number }> {
  assertCan(actor, "taxonomy:manage");
  const id = parseInput(attributeIdSchema, attributeId);
  const db = await getDb();
  const { result, touched } = await db.transaction(async (tx) => {
    const [current] = await tx.select().from(categoryAttributes).where(eq(categoryAttributes.id, id)).for("update");
    if (!current) throw new NotFoundError(ATTRIBUTE_NOT_FOUND);
    const category = await categoryLine(tx, current.categoryId);
    const usage = await valueUsage(tx, category.path, current.key);
    await tx.delete(categoryAttributes).where(eq(categoryAttributes.id, id));
    const touched = await subtreeIds(tx, category.path);
    return { result: { attribute: current, productsWithValue: usage.reduce((sum, u) => sum + u.products, 0) }, touched };
  });
  await invalidateCatalog({ taxonomy: true, categoryIds: touched });
  return result;
}
