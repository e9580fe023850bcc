/** The engine's category facet as a drill-down tree around the current category. Pure. */
import type { CategoryFacetNode } from "@/lib/search/types";

export interface CategoryTree {
  /** From the top down to the current category's parent. */
  ancestors: CategoryFacetNode[];
  current: CategoryFacetNode | null;
  /** Direct subcategories of the current one (the top level when none), most products first. */
  children: CategoryFacetNode[];
}

const depthOf = (path: string) => path.split("/").length;

export function categoryTree(nodes: readonly CategoryFacetNode[], currentPath: string | null): CategoryTree {
  const isAncestor = (n: CategoryFacetNode) => currentPath !== null && currentPath.startsWith(`${n.path}/`);
  const isChild = (n: CategoryFacetNode) =>
    currentPath === null ? depthOf(n.path) === 1 : n.path.startsWith(`${currentPath}/`) && depthOf(n.path) === depthOf(currentPath) + 1;
  return {
    ancestors: nodes.filter(isAncestor).sort((a, b) => depthOf(a.path) - depthOf(b.path)),
    current: nodes.find((n) => n.path === currentPath) ?? null,
    children: nodes.filter((n) => n.count > 0 && isChild(n)).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
  };
}
