/**
 * Pure rules of the catalogue taxonomy (categories, their attributes, brands): paths and slugs,
 * cycle checks, sibling order, product-count roll-ups and whether a stored attribute value still
 * fits its definition. No I/O — lib/catalog/taxonomy-service.ts applies them inside transactions.
 */
import type { AttributeType, AttributeValue } from "@/models/catalog";
import { shortHash, slugify } from "./slug";

// ───────────────────────────── paths and slugs ─────────────────────────────

/** The last segment of a category path ("grocery/fruits" → "fruits"). */
export function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** Whether `path` is `ancestorPath` itself or lies below it. */
export function isSameOrBelow(ancestorPath: string, path: string): boolean {
  return path === ancestorPath || path.startsWith(`${ancestorPath}/`);
}

/** Paths of every ancestor of `path`, root first ("a/b/c" → ["a", "a/b"]). */
export function ancestorPaths(path: string): string[] {
  const parts = path.split("/");
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join("/"));
}

/** The path segment for a category name: its slug, or a short hash when the name has no latin letters or digits. */
export function categorySegment(name: string): string {
  return slugify(name, 60) || shortHash(name, 6);
}

/**
 * The slug a category gets at `depth` under a parent whose segment is `parentSegment`: its own segment near
 * the root, "parent-child" deeper down ("men-t-shirts"), as the catalogue import names them.
 */
export function categorySlug(segment: string, parentSegment: string | null, depth: number): string {
  return depth < 2 || !parentSegment ? segment : `${parentSegment}-${segment}`;
}

/** `base`, or `base-2`, `base-3`… — the first that is not taken. */
export function firstFree(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Why a category cannot move under `newParentPath` (null = the root), or null when it can. */
export function moveProblem(path: string, newParentPath: string | null): string | null {
  if (newParentPath === null) return null;
  if (newParentPath === path) return "A category cannot be moved under itself.";
  if (isSameOrBelow(path, newParentPath)) return "A category cannot be moved under one of its own subcategories.";
  return null;
}

// ───────────────────────────── order and counts ─────────────────────────────

export type MoveDirection = "up" | "down";

/** `ids` with `id` swapped with its neighbour in `direction`; unchanged at either end or when absent. */
export function reorderIds(ids: readonly string[], id: string, direction: MoveDirection): string[] {
  const out = [...ids];
  const i = out.indexOf(id);
  const j = direction === "up" ? i - 1 : i + 1;
  if (i < 0 || j < 0 || j >= out.length) return out;
  [out[i], out[j]] = [out[j], out[i]];
  return out;
}

/**
 * Links flat rows (parents before or after children, any order) into a forest: `make` turns a row
 * into its node, whose `children` are filled in here. Rows whose parent is missing become roots.
 */
export function assembleTree<R extends { id: string; parentId: string | null }, N extends { children: N[] }>(rows: readonly R[], make: (row: R) => N): N[] {
  const nodes = new Map(rows.map((r) => [r.id, make(r)]));
  const roots: N[] = [];
  for (const r of rows) {
    const node = nodes.get(r.id)!;
    const parent = r.parentId ? nodes.get(r.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Products in each category and everything below it, from each category's own count. */
export function rollUpCounts(nodes: readonly { id: string; parentId: string | null }[], own: ReadonlyMap<string, number>): Map<string, number> {
  const parentOf = new Map(nodes.map((n) => [n.id, n.parentId]));
  const totals = new Map(nodes.map((n) => [n.id, 0]));
  for (const node of nodes) {
    const count = own.get(node.id) ?? 0;
    if (count === 0) continue;
    const seen = new Set<string>();
    for (let id: string | null = node.id; id !== null && !seen.has(id); id = parentOf.get(id) ?? null) {
      seen.add(id);
      totals.set(id, (totals.get(id) ?? 0) + count);
    }
  }
  return totals;
}

// ───────────────────────────── attributes ─────────────────────────────

/** The stable key of an attribute, derived from its label ("Screen size" → "screen_size"). */
export function attributeKey(label: string): string {
  const key = slugify(label, 40).replace(/-/g, "_");
  return key || `attr_${shortHash(label, 6)}`;
}

export interface AttributeShape {
  type: AttributeType;
  options: readonly string[];
}

/** Whether a value stored on a product is valid for the attribute as (re)defined. */
export function valueFits(def: AttributeShape, value: AttributeValue): boolean {
  switch (def.type) {
    case "text":
      return typeof value === "string";
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "boolean":
      return typeof value === "boolean";
    case "select":
      return typeof value === "string" && def.options.includes(value);
  }
}

export interface ValueUsage {
  value: AttributeValue;
  products: number;
}

/** The values products hold that the attribute as (re)defined no longer allows, most used first. */
export function valuesNoLongerAllowed(def: AttributeShape, usage: readonly ValueUsage[]): ValueUsage[] {
  return usage.filter((u) => !valueFits(def, u.value)).sort((a, b) => b.products - a.products || String(a.value).localeCompare(String(b.value)));
}
