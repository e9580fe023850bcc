import "server-only";
import { and, asc, count, eq, inArray, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policies";
import { getDb, type Executor } from "@/lib/platform/db";
import { publish } from "@/lib/platform/events";
import { ConflictError, NotFoundError, ValidationError, fieldErrorsFromIssues } from "@/lib/platform/errors";
import { categories, productRevisions, products } from "@/models";
import { invalidateCatalog } from "./cache-tags";
import { ancestorPaths, categorySegment, categorySlug, firstFree, lastSegment, moveProblem, reorderIds } from "./taxonomy-rules";
import { categoryIdSchema, createCategorySchema, moveCategorySchema, renameCategorySchema, reorderCategorySchema } from "./taxonomy-schemas";

/**
 * Admin writes to the category tree. Every write is admin-only ("taxonomy:manage"), runs in one
 * transaction with the rows it depends on locked, and invalidates the taxonomy cache tag and the
 * listings of the categories it touched. A category's path is its ancestors' path segments plus its
 * own; moving or re-slugging one rewrites the path and depth of its whole subtree in one statement.
 */

export const CATEGORY_NOT_FOUND = "We couldn't find that category. Refresh the page to see the current tree.";

/** Parses `input` with `schema`, or throws a ValidationError with one message per field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(fieldErrorsFromIssues(result.error.issues));
  return result.data;
}

export interface CategoryRef {
  id: string;
  name: string;
  slug: string;
  path: string;
}

interface LockedCategory extends CategoryRef {
  parentId: string | null;
  depth: number;
}

const categoryColumns = {
  id: categories.id,
  parentId: categories.parentId,
  name: categories.name,
  slug: categories.slug,
  path: categories.path,
  depth: categories.depth,
};

const ref = (c: CategoryRef): CategoryRef => ({ id: c.id, name: c.name, slug: c.slug, path: c.path });

async function lockCategory(tx: Executor, id: string, field = "categoryId"): Promise<LockedCategory> {
  const [row] = await tx.select(categoryColumns).from(categories).where(eq(categories.id, id)).for("update");
  if (!row) {
    if (field === "categoryId") throw new NotFoundError(CATEGORY_NOT_FOUND);
    throw new ValidationError({ [field]: ["That category no longer exists. Refresh the page and choose again."] });
  }
  return row;
}

const childrenOf = (parentId: string | null): SQL => (parentId ? eq(categories.parentId, parentId) : isNull(categories.parentId));

/** Refuses a second sibling with the same name (case-insensitive). */
async function assertNameFree(tx: Executor, parent: LockedCategory | null, name: string, exceptId?: string): Promise<void> {
  const [clash] = await tx
    .select({ id: categories.id })
    .from(categories)
    .where(and(childrenOf(parent?.id ?? null), sql`lower(${categories.name}) = lower(${name})`, exceptId ? ne(categories.id, exceptId) : undefined))
    .limit(1);
  if (clash) {
    const where = parent ? `“${parent.name}” already has a subcategory` : "There is already a top-level category";
    throw new ConflictError(`${where} called “${name}”.`, "name");
  }
}

/** A path segment for a child of `parent` that no sibling uses yet (paths are unique). */
async function freeSegment(tx: Executor, parent: LockedCategory | null, wanted: string, exceptId?: string): Promise<string> {
  const siblings = await tx
    .select({ path: categories.path })
    .from(categories)
    .where(and(childrenOf(parent?.id ?? null), exceptId ? ne(categories.id, exceptId) : undefined));
  return firstFree(wanted, new Set(siblings.map((s) => lastSegment(s.path))));
}

/** `wanted`, or `wanted-2`… — a slug no other category has (slugs are unique across the tree). */
async function freeSlug(tx: Executor, wanted: string, exceptId?: string): Promise<string> {
  const rows = await tx
    .select({ slug: categories.slug })
    .from(categories)
    .where(and(sql`starts_with(${categories.slug}, ${wanted})`, exceptId ? ne(categories.id, exceptId) : undefined));
  return firstFree(wanted, new Set(rows.map((r) => r.slug)));
}

/** Ids of the categories on `path` (its ancestors and itself): their listings include it. */
async function lineageIds(tx: Executor, path: string): Promise<string[]> {
  const rows = await tx.select({ id: categories.id }).from(categories).where(inArray(categories.path, [...ancestorPaths(path), path]));
  return rows.map((r) => r.id);
}

/** Categories at `path` or below it. */
export const inSubtree = (path: string): SQL => or(eq(categories.path, path), sql`starts_with(${categories.path}, ${`${path}/`})`)!;

/** Moves the subtree at `from` to `to` (paths), shifting every depth by `depthDelta`; returns the subtree's ids. */
async function rewriteSubtree(tx: Executor, from: string, to: string, depthDelta: number): Promise<string[]> {
  const rows = await tx
    .update(categories)
    .set({ path: sql`${to} || substr(${categories.path}, ${from.length + 1})`, depth: sql`${categories.depth} + ${depthDelta}` })
    .where(inSubtree(from))
    .returning({ id: categories.id });
  return rows.map((r) => r.id);
}

async function nextPosition(tx: Executor, parentId: string | null): Promise<number> {
  const [row] = await tx.select({ next: sql<number>`coalesce(max(${categories.position}) + 1, 0)::int` }).from(categories).where(childrenOf(parentId));
  return Number(row?.next ?? 0);
}

/** Creates a category under `parentId` (or at the top level), last among its siblings. */
export async function createCategory(actor: Actor | null, input: unknown): Promise<CategoryRef> {
  assertCan(actor, "taxonomy:manage");
  const values = parseInput(createCategorySchema, input);
  const db = await getDb();
  const { created, touched } = await db.transaction(async (tx) => {
    const parent = values.parentId ? await lockCategory(tx, values.parentId, "parentId") : null;
    await assertNameFree(tx, parent, values.name);
    const depth = parent ? parent.depth + 1 : 0;
    const segment = await freeSegment(tx, parent, categorySegment(values.name));
    const slug = await freeSlug(tx, categorySlug(segment, parent ? lastSegment(parent.path) : null, depth));
    const [row] = await tx
      .insert(categories)
      .values({ parentId: parent?.id ?? null, name: values.name, slug, path: parent ? `${parent.path}/${segment}` : segment, depth, position: await nextPosition(tx, parent?.id ?? null) })
      .onConflictDoNothing()
      .returning(categoryColumns);
    if (!row) throw new ConflictError("Another category was just saved with this name. Refresh the page and try again.", "name");
    return { created: ref(row), touched: await lineageIds(tx, row.path) };
  });
  await invalidateCatalog({ taxonomy: true, categoryIds: touched });
  return created;
}

/** Renames a category. Its slug and path (so its URL) stay unless `updateSlug` asks for new ones, which also rewrites its subtree's paths. */
export async function renameCategory(actor: Actor | null, input: unknown): Promise<CategoryRef> {
  assertCan(actor, "taxonomy:manage");
  const values = parseInput(renameCategorySchema, input);
  const db = await getDb();
  const { renamed, touched } = await db.transaction(async (tx) => {
    const category = await lockCategory(tx, values.categoryId);
    const parent = category.parentId ? await lockCategory(tx, category.parentId, "parentId") : null;
    await assertNameFree(tx, parent, values.name, category.id);
    let { path, slug } = category;
    let subtree = [category.id];
    if (values.updateSlug) {
      const segment = await freeSegment(tx, parent, categorySegment(values.name), category.id);
      path = parent ? `${parent.path}/${segment}` : segment;
      slug = await freeSlug(tx, categorySlug(segment, parent ? lastSegment(parent.path) : null, category.depth), category.id);
      if (path !== category.path) subtree = await rewriteSubtree(tx, category.path, path, 0);
    }
    await tx.update(categories).set({ name: values.name, slug }).where(eq(categories.id, category.id));
    await publish(tx, { topic: "category.changed", aggregateId: category.id, payload: { reason: "renamed" } });
    return { renamed: { id: category.id, name: values.name, slug, path }, touched: [...new Set([...subtree, ...(await lineageIds(tx, path))])] };
  });
  await invalidateCatalog({ taxonomy: true, categoryIds: touched });
  return renamed;
}

/**
 * Moves a category (with everything below it) under another parent, or to the top level. Refuses to
 * move it under itself or its own subcategories. Its path segment and slug are kept when they are still
 * free at the new place (a "-2" suffix otherwise); a deep category's slug is re-derived from its new parent.
 */
export async function moveCategory(actor: Actor | null, input: unknown): Promise<CategoryRef> {
  assertCan(actor, "taxonomy:manage");
  const values = parseInput(moveCategorySchema, input);
  const db = await getDb();
  const { moved, touched } = await db.transaction(async (tx) => {
    const category = await lockCategory(tx, values.categoryId);
    if (category.parentId === values.parentId) return { moved: ref(category), touched: [] };
    const parent = values.parentId ? await lockCategory(tx, values.parentId, "parentId") : null;
    const problem = moveProblem(category.path, parent?.path ?? null);
    if (problem) throw new ValidationError({ parentId: [problem] }, problem);
    await assertNameFree(tx, parent, category.name, category.id);
    const oldLineage = await lineageIds(tx, category.path);

    const depth = parent ? parent.depth + 1 : 0;
    const segment = await freeSegment(tx, parent, lastSegment(category.path), category.id);
    const path = parent ? `${parent.path}/${segment}` : segment;
    const slug = await freeSlug(tx, categorySlug(segment, parent ? lastSegment(parent.path) : null, depth), category.id);
    const subtree = await rewriteSubtree(tx, category.path, path, depth - category.depth);
    await tx
      .update(categories)
      .set({ parentId: parent?.id ?? null, slug, position: await nextPosition(tx, parent?.id ?? null) })
      .where(eq(categories.id, category.id));
    const newLineage = await lineageIds(tx, path);
    await publish(tx, { topic: "category.changed", aggregateId: category.id, payload: { reason: "moved" } });
    return { moved: { id: category.id, name: category.name, slug, path }, touched: [...new Set([...subtree, ...oldLineage, ...newLineage])] };
  });
  if (touched.length) await invalidateCatalog({ taxonomy: true, categoryIds: touched });
  return moved;
}

/** Moves a category one place up or down among its siblings (positions are renumbered 0…n-1). */
export async function reorderCategory(actor: Actor | null, input: unknown): Promise<CategoryRef> {
  assertCan(actor, "taxonomy:manage");
  const values = parseInput(reorderCategorySchema, input);
  const db = await getDb();
  const { category, touched } = await db.transaction(async (tx) => {
    const category = await lockCategory(tx, values.categoryId);
    const siblings = await tx
      .select({ id: categories.id, position: categories.position })
      .from(categories)
      .where(childrenOf(category.parentId))
      .orderBy(asc(categories.position), asc(categories.name), asc(categories.id))
      .for("update");
    const order = reorderIds(
      siblings.map((s) => s.id),
      category.id,
      values.direction,
    );
    const changed = order.filter((id, position) => siblings.find((s) => s.id === id)?.position !== position);
    for (const id of changed) await tx.update(categories).set({ position: order.indexOf(id) }).where(eq(categories.id, id));
    return { category: ref(category), touched: changed.length ? await lineageIds(tx, category.path) : [] };
  });
  if (touched.length) await invalidateCatalog({ taxonomy: true, categoryIds: touched });
  return category;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-IN")} ${n === 1 ? one : many}`;

/** Deletes a category that has no subcategories, no products and no pending change proposing it; its attributes go with it. */
export async function deleteCategory(actor: Actor | null, categoryId: unknown): Promise<CategoryRef> {
  assertCan(actor, "taxonomy:manage");
  const id = parseInput(categoryIdSchema, categoryId);
  const db = await getDb();
  const { deleted, touched } = await db.transaction(async (tx) => {
    const category = await lockCategory(tx, id);
    const [[children], [items], [proposals]] = await Promise.all([
      tx.select({ n: count() }).from(categories).where(eq(categories.parentId, id)),
      tx.select({ n: count() }).from(products).where(eq(products.categoryId, id)),
      tx
        .select({ n: count() })
        .from(productRevisions)
        .where(and(eq(productRevisions.status, "pending"), sql`${productRevisions.content} ->> 'categoryId' = ${id}`)),
    ]);
    const blockers = [
      children.n ? plural(children.n, "subcategory", "subcategories") : null,
      items.n ? plural(items.n, "product", "products") : null,
      proposals.n ? plural(proposals.n, "pending change that moves a product here", "pending changes that move products here") : null,
    ].filter(Boolean);
    if (blockers.length) {
      throw new ConflictError(`“${category.name}” still has ${blockers.join(" and ")}. Move or delete them first, then delete the category.`);
    }
    const touched = await lineageIds(tx, category.path);
    await tx.delete(categories).where(eq(categories.id, id));
    return { deleted: ref(category), touched };
  });
  await invalidateCatalog({ taxonomy: true, categoryIds: touched });
  return deleted;
}
