"use client";
import { X } from "lucide-react";
import { listingChips, type ListingChipNames } from "@/components/search/chips";
import { withoutFilters } from "@/components/search/url-state";
import { useListingNavigation } from "./listing-navigation";

/** The active filters as removable chips, with "Clear all". */
export function FilterChips({ names }: { names: ListingChipNames }) {
  const { state, navigate } = useListingNavigation();
  const chips = listingChips(state, names);
  if (chips.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Active filters">
      {chips.map((chip) => (
        <button
          key={chip.key}
          type="button"
          onClick={() => navigate(chip.without)}
          aria-label={`${chip.label}, remove this filter`}
          className="inline-flex min-h-11 items-center gap-1.5 rounded-full border border-brand-600 bg-brand-50 pl-3.5 pr-2.5 text-sm font-medium text-brand-800 hover:bg-brand-100"
        >
          {chip.label}
          <X className="size-4" aria-hidden="true" />
        </button>
      ))}
      <button
        type="button"
        onClick={() => navigate(withoutFilters(state))}
        className="inline-flex min-h-11 items-center rounded-lg px-2 text-sm font-semibold text-brand-700 underline-offset-4 hover:underline"
      >
        Clear all
      </button>
    </div>
  );
}
