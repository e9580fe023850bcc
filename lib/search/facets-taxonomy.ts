import "server-only";
import { getCategoryTree } from "@/lib/catalog/queries";
import { catalogTags } from "@/lib/catalog/cache-tags";
import type { CategoryNode } from "@/lib/catalog/types";
import { SEARCH_CACHE_TAG } from "./cache-tags";
import { memoByTags } from "./query-memo";

/** One category as search facets and suggestions show it. */
export interface SearchCategory {
  id: string;
  path: string;
  name: string;
  slug: string;
  depth: number;
  parentName: string | null;
  /** Position in the tree's display order (depth-first). */
  order: number;
}

function flatten(nodes: readonly CategoryNode[], parentName: string | null, out: SearchCategory[]) {
  for (const n of nodes) {
    out.push({ id: n.id, path: n.path, name: n.name, slug: n.slug, depth: n.depth, parentName, order: out.length });
    flatten(n.children, n.name, out);
  }
}

/** Every category in display order (shared cache; changes only with the taxonomy). */
export async function searchCategories(): Promise<SearchCategory[]> {
  return memoByTags("categories", [catalogTags.taxonomy, SEARCH_CACHE_TAG], 600, async () => {
    const out: SearchCategory[] = [];
    flatten(await getCategoryTree(), null, out);
    return out;
  });
}

const byPathMemo = new WeakMap<SearchCategory[], Map<string, SearchCategory>>();

export function categoriesByPath(all: SearchCategory[]): Map<string, SearchCategory> {
  let map = byPathMemo.get(all);
  if (!map) byPathMemo.set(all, (map = new Map(all.map((c) => [c.path, c]))));
  return map;
}
