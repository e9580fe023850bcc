"use client";
import { useState } from "react";
import { Loader2, SlidersHorizontal } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import { countListingFilters } from "@/components/search/chips";
import { withoutFilters } from "@/components/search/url-state";
import type { CategoryFacets } from "@/lib/catalog/facets-types";
import type { SearchFacets } from "@/lib/search/types";
import { FacetPanel, type CategoryFacetPlacement } from "./facet-panel";
import { useListingNavigation } from "./listing-navigation";

const count = new Intl.NumberFormat("en-IN");

/**
 * Phones: the filters in a bottom sheet. Each change applies at once (the page behind and the counts
 * update); "Show N results" closes the sheet onto them.
 */
export function FilterSheet({ facets, category }: { facets: CategoryFacets & Partial<Pick<SearchFacets, "categories" | "sellers">>; category?: CategoryFacetPlacement }) {
  const [open, setOpen] = useState(false);
  const { state, navigate, pending } = useListingNavigation();
  const active = countListingFilters(state);
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <Button variant="outline" className="lg:hidden">
          <SlidersHorizontal aria-hidden="true" />
          Filters{active > 0 && <span className="rounded-full bg-brand-600 px-1.5 text-xs text-white">{active}</span>}
          {active > 0 && <span className="sr-only"> ({active} active)</span>}
        </Button>
      </SheetTrigger>
      <SheetContent side="bottom" className="h-[85dvh]" closeLabel="Close filters">
        <SheetHeader>
          <SheetTitle>Filters</SheetTitle>
          <SheetDescription className="sr-only">Narrow down the products; changes apply as you make them.</SheetDescription>
        </SheetHeader>
        <div className="min-h-0 flex-1 overflow-y-auto p-3">
          <FacetPanel facets={facets} category={category} />
        </div>
        <div className="flex gap-2 border-t border-slate-200 p-3 pb-[max(0.75rem,env(safe-area-inset-bottom))]">
          <Button variant="outline" className="flex-1" disabled={active === 0 || pending} onClick={() => navigate(withoutFilters(state))}>
            Clear all
          </Button>
          <Button className="flex-[2]" onClick={() => setOpen(false)} aria-busy={pending}>
            {pending && <Loader2 className="animate-spin" aria-hidden="true" />}
            {pending ? "Updating…" : `Show ${count.format(facets.total)} ${facets.total === 1 ? "result" : "results"}`}
          </Button>
        </div>
      </SheetContent>
    </Sheet>
  );
}
