/**
 * The applied filters of a listing as removable chips, in the sidebar's order: category, brands,
 * price, rating, stock, discount, sellers, attributes. Each chip knows the state without it. Pure.
 */
import { filterChips, type ChipNames } from "@/lib/catalog/facets-rules";
import { toggleSeller, withCategory, withFilters, type ListingUrlState } from "./url-state";

export interface ListingChip {
  key: string;
  label: string;
  /** The listing without this filter. */
  without: ListingUrlState;
}

export interface ListingChipNames extends ChipNames {
  sellers: Record<string, string>;
  /** Category names by path (the selected one at least). */
  categories: Record<string, string>;
}

const lastSegment = (path: string) => path.split("/").pop() ?? path;

export function listingChips(state: ListingUrlState, names: ListingChipNames): ListingChip[] {
  const chips: ListingChip[] = [];
  if (state.categoryPath) {
    chips.push({
      key: `category:${state.categoryPath}`,
      label: names.categories[state.categoryPath] ?? lastSegment(state.categoryPath),
      without: withCategory(state, null),
    });
  }
  const filter = filterChips(state.filters, names).map((c) => ({ key: c.key, label: c.label, without: withFilters(state, c.without) }));
  // Sellers sit after the stock/discount chips and before the category's attributes, as in the sidebar.
  const attrAt = filter.findIndex((c) => c.key.startsWith("a:"));
  const sellers = state.sellers.map((slug) => ({ key: `seller:${slug}`, label: names.sellers[slug] ?? slug, without: toggleSeller(state, slug) }));
  if (attrAt === -1) chips.push(...filter, ...sellers);
  else chips.push(...filter.slice(0, attrAt), ...sellers, ...filter.slice(attrAt));
  return chips;
}

export function countListingFilters(state: ListingUrlState): number {
  return listingChips(state, { brands: {}, attributes: {}, sellers: {}, categories: {} }).length;
}
