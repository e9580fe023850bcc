"use client";
import { ProductCard } from "@/components/storefront/product-card";
import { trackSearchClick } from "@/lib/search/analytics-client";
import type { SearchHit } from "@/lib/search/types";
import { HighlightedText } from "./highlighted-text";

/**
 * One page of search hits with the matched words marked. A click on a result is reported with its
 * 1-based position over all pages (for click-through analytics), without delaying the navigation.
 */
export function SearchResults({ hits, queryId, offset, label }: { hits: SearchHit[]; queryId: string | null; offset: number; label?: string }) {
  function onClick(event: React.MouseEvent<HTMLUListElement>) {
    if (!queryId) return;
    const target = event.target as HTMLElement;
    if (!target.closest('a[href^="/p/"]')) return;
    const item = target.closest<HTMLLIElement>("li[data-product-id]");
    if (!item) return;
    trackSearchClick({ queryId, productId: item.dataset.productId ?? "", position: offset + Number(item.dataset.index) + 1 });
  }
  return (
    <ul aria-label={label} onClick={onClick} className="grid grid-cols-2 gap-2 sm:gap-3 md:grid-cols-3 lg:grid-cols-4 xl:grid-cols-5">
      {hits.map((hit, i) => (
        <li key={hit.id} data-product-id={hit.id} data-index={i}>
          <ProductCard product={hit} priority={i < 2} titleContent={<HighlightedText marked={hit.highlightedTitle} />} />
        </li>
      ))}
    </ul>
  );
}
