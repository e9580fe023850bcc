"use client";
import Link from "next/link";
import { ChevronLeft } from "lucide-react";
import { listingStateSearch, withCategory } from "@/components/search/url-state";
import { categoryHref } from "@/lib/catalog/rules";
import { categoryTree } from "@/components/search/category-tree";
import type { CategoryFacetNode } from "@/lib/search/types";
import { cn } from "@/lib/ui/cn";
import { FacetGroup } from "./facet-controls";
import { useListingNavigation } from "./listing-navigation";

const count = new Intl.NumberFormat("en-IN");
const row = "flex min-h-11 items-center gap-2 rounded-lg px-2 text-sm hover:bg-slate-50";

/**
 * Hierarchical category filter: the way back up, the current category, and its subcategories with
 * counts. On the search page a category is a filter (`category=`); on a category page each one is its
 * own page, and the filters go along (attributes apart: they belong to a category).
 */
export function CategoryFacet({ nodes, currentPath, mode }: { nodes: readonly CategoryFacetNode[]; currentPath: string | null; mode: "filter" | "pages" }) {
  const { state, hrefFor } = useListingNavigation();
  const tree = categoryTree(nodes, currentPath);
  if (tree.children.length === 0 && tree.ancestors.length === 0 && !currentPath) return null;
  const href = (node: CategoryFacetNode | null) =>
    mode === "filter" ? hrefFor(withCategory(state, node?.path ?? null)) : node ? `${categoryHref(node.slug)}${listingStateSearch(withCategory(state, null))}` : "/search";
  return (
    <FacetGroup title="Category">
      <ul className="grid gap-0.5">
        {(currentPath !== null || tree.ancestors.length > 0) && mode === "filter" && (
          <li>
            <Link href={href(null)} scroll={false} className={cn(row, "text-brand-700")}>
              <ChevronLeft className="size-4 shrink-0" aria-hidden="true" />
              All categories
            </Link>
          </li>
        )}
        {tree.ancestors.map((a) => (
          <li key={a.path}>
            <Link href={href(a)} scroll={false} className={cn(row, "text-brand-700")}>
              <ChevronLeft className="size-4 shrink-0" aria-hidden="true" />
              <span className="min-w-0 truncate">{a.name}</span>
            </Link>
          </li>
        ))}
        {tree.current && (
          <li className={cn(row, "font-semibold text-slate-900 hover:bg-transparent")} aria-current="true">
            <span className="min-w-0 truncate">{tree.current.name}</span>
            <span className="ml-auto shrink-0 text-xs tabular-nums text-slate-600">{count.format(tree.current.count)}</span>
          </li>
        )}
        {tree.children.map((c) => (
          <li key={c.path}>
            <Link href={href(c)} scroll={false} className={cn(row, "text-slate-800", (tree.current || tree.ancestors.length > 0) && "pl-6")}>
              <span className="min-w-0 truncate">{c.name}</span>
              <span className="ml-auto shrink-0 text-xs tabular-nums text-slate-600">{count.format(c.count)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </FacetGroup>
  );
}
