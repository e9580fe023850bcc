"use client";
import { toggleSeller, withFilters } from "@/components/search/url-state";
import type { AttributeFacet, CategoryFacets } from "@/lib/catalog/facets-types";
import { isPriceBucketSelected, priceRangeLabel, toggleAttributeValue, toggleBrand, withAttribute } from "@/lib/catalog/facets-rules";
import { DISCOUNT_STEPS, RATING_STEPS, type FacetFilters } from "@/lib/catalog/facets-schemas";
import type { SearchFacets } from "@/lib/search/types";
import { CategoryFacet } from "./category-facet";
import { CheckList, ChoiceList, FacetGroup, RangeForm, ToggleOption } from "./facet-controls";
import { useListingNavigation } from "./listing-navigation";

const rupees = (paise: number | null) => (paise === null ? null : Math.round(paise / 100));
const toPaise = (rupeesValue: number | null) => (rupeesValue === null ? null : Math.round(rupeesValue) * 100);
const ANY = "any";

function AttributeGroup({ facet, filters, set }: { facet: AttributeFacet; filters: FacetFilters; set: (f: Partial<FacetFilters>) => void }) {
  const active = filters.attributes[facet.key];
  if (facet.type === "select") {
    if (facet.values.length === 0 && !active) return null;
    return (
      <FacetGroup title={facet.label}>
        <CheckList
          options={facet.values}
          selected={active?.type === "select" ? active.values : []}
          onToggle={(value) => set(toggleAttributeValue(filters, facet.key, value))}
          noun={facet.label.toLowerCase()}
        />
      </FacetGroup>
    );
  }
  if (facet.type === "boolean") {
    if (facet.count === 0 && !active) return null;
    return (
      <FacetGroup title={facet.label}>
        <ToggleOption
          label="Yes"
          count={facet.count}
          checked={active?.type === "boolean"}
          onChange={(on) => set(withAttribute(filters, facet.key, on ? { type: "boolean" } : null))}
        />
      </FacetGroup>
    );
  }
  if (facet.count === 0 && !active) return null;
  const range = active?.type === "number" ? active : { min: null, max: null };
  const hint = (v: number | null, fallback: string) => (v === null ? fallback : v.toLocaleString("en-IN"));
  return (
    <FacetGroup title={facet.unit ? `${facet.label} (${facet.unit})` : facet.label}>
      <RangeForm
        label={facet.label}
        unit={{ suffix: facet.unit ?? undefined }}
        min={range.min}
        max={range.max}
        placeholder={{ min: hint(facet.min, "Min"), max: hint(facet.max, "Max") }}
        onApply={(min, max) => set(withAttribute(filters, facet.key, min === null && max === null ? null : { type: "number", min, max }))}
      />
    </FacetGroup>
  );
}

/** Where the category facet leads: a filter of the search page, or each category's own page. */
export interface CategoryFacetPlacement {
  mode: "filter" | "pages";
  currentPath: string | null;
}

/**
 * Every filter of a listing with its counts (the same panel in the desktop sidebar and the phone
 * sheet): the category tree and sellers when the engine gives them, then brand, price, rating,
 * availability, discount and the category's attributes.
 */
export function FacetPanel({ facets, category }: { facets: CategoryFacets & Partial<Pick<SearchFacets, "categories" | "sellers">>; category?: CategoryFacetPlacement }) {
  const { state, navigate } = useListingNavigation();
  const filters = state.filters;
  const set = (change: Partial<FacetFilters>) => navigate(withFilters(state, change));
  const priceSelected = filters.priceMin !== null || filters.priceMax !== null;
  const bucketChosen = facets.price.buckets.some((b) => isPriceBucketSelected(filters, b));

  return (
    <div className="grid">
      {category && facets.categories && <CategoryFacet nodes={facets.categories} currentPath={category.currentPath} mode={category.mode} />}

      {(facets.brands.length > 0 || filters.brands.length > 0) && (
        <FacetGroup title="Brand">
          <CheckList options={facets.brands} selected={filters.brands} onToggle={(slug) => set(toggleBrand(filters, slug))} noun="brand" />
        </FacetGroup>
      )}

      <FacetGroup title="Price">
        <ChoiceList
          name="price"
          options={[
            { key: ANY, label: "Any price", count: null, checked: !priceSelected },
            ...facets.price.buckets.flatMap((b, i) =>
              b.count > 0 || isPriceBucketSelected(filters, b)
                ? [{ key: String(i), label: priceRangeLabel(b.min, b.max), count: b.count, checked: isPriceBucketSelected(filters, b) }]
                : [],
            ),
            ...(priceSelected && !bucketChosen ? [{ key: "custom", label: priceRangeLabel(filters.priceMin, filters.priceMax), count: null, checked: true }] : []),
          ]}
          onChoose={(key) => {
            if (key === "custom") return;
            const bucket = key === ANY ? null : facets.price.buckets[Number(key)];
            set({ priceMin: bucket?.min ?? null, priceMax: bucket?.max ?? null });
          }}
        />
        <RangeForm
          label="Price"
          unit={{ prefix: "₹" }}
          step="1"
          min={rupees(filters.priceMin)}
          max={rupees(filters.priceMax)}
          placeholder={{ min: String(rupees(facets.price.min) ?? "Min"), max: String(rupees(facets.price.max) ?? "Max") }}
          onApply={(min, max) => set({ priceMin: toPaise(min), priceMax: toPaise(max) })}
        />
      </FacetGroup>

      <FacetGroup title="Customer rating">
        <ChoiceList
          name="rating"
          options={[
            { key: ANY, label: "Any rating", count: null, checked: filters.rating === null },
            ...facets.rating.map((r) => ({ key: String(r.min), label: `${r.min}★ & up`, count: r.count, checked: filters.rating === r.min })),
          ]}
          onChoose={(key) => set({ rating: RATING_STEPS.find((r) => String(r) === key) ?? null })}
        />
      </FacetGroup>

      <FacetGroup title="Availability">
        <ToggleOption label="In stock only" count={facets.inStock} checked={filters.inStock} onChange={(inStock) => set({ inStock })} />
      </FacetGroup>

      <FacetGroup title="Discount">
        <ChoiceList
          name="discount"
          options={[
            { key: ANY, label: "Any discount", count: null, checked: filters.discount === null },
            ...facets.discount.map((d) => ({ key: String(d.min), label: `${d.min}% off or more`, count: d.count, checked: filters.discount === d.min })),
          ]}
          onChoose={(key) => set({ discount: DISCOUNT_STEPS.find((d) => String(d) === key) ?? null })}
        />
      </FacetGroup>

      {facets.sellers && (facets.sellers.length > 0 || state.sellers.length > 0) && (
        <FacetGroup title="Seller">
          <CheckList options={facets.sellers} selected={state.sellers} onToggle={(slug) => navigate(toggleSeller(state, slug))} noun="seller" />
        </FacetGroup>
      )}

      {facets.attributes.map((facet) => (
        <AttributeGroup key={facet.key} facet={facet} filters={filters} set={set} />
      ))}
    </div>
  );
}
