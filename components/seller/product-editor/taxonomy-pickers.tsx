"use client";

import { useMemo, useState } from "react";
import { useController, useFormContext } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Combobox } from "./combobox";
import type { BrandOption, CategoryOption, EditorOutput, EditorValues } from "./types";

const MAX_SHOWN = 50;

/** Items whose text contains every typed word (case-insensitive), at most MAX_SHOWN. */
function filterByWords<T>(items: readonly T[], query: string, text: (item: T) => string): T[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = words.length === 0 ? items : items.filter((item) => words.every((w) => text(item).toLowerCase().includes(w)));
  return matches.slice(0, MAX_SHOWN);
}

/**
 * A searchable picker for an id field of the form: the input shows the chosen item's name; typing
 * filters the list; leaving without choosing restores the name.
 */
function usePicker<T extends { id: string }>(name: "categoryId" | "brandId", items: readonly T[], label: (item: T) => string, text: (item: T) => string) {
  const { control } = useFormContext<EditorValues, unknown, EditorOutput>();
  const { field, fieldState } = useController({ control, name });
  const chosen = items.find((item) => item.id === field.value) ?? null;
  const [typed, setTyped] = useState<string | null>(null);
  const query = typed ?? (chosen ? label(chosen) : "");
  const shown = useMemo(() => filterByWords(items, typed ?? "", text), [items, typed, text]);
  return {
    chosen,
    error: fieldState.error?.message,
    props: {
      query,
      onQueryChange: setTyped,
      items: shown,
      itemKey: (item: T) => item.id,
      onSelect: (item: T) => {
        field.onChange(item.id);
        setTyped(null);
      },
      onDismiss: () => {
        setTyped(null);
        field.onBlur();
      },
      inputRef: field.ref,
    },
    clear: () => {
      field.onChange("");
      setTyped(null);
    },
  };
}

const categoryText = (c: CategoryOption) => `${c.name} ${c.parents}`;
const categoryName = (c: CategoryOption) => c.name;

export function CategoryPicker({ categories }: { categories: readonly CategoryOption[] }) {
  const picker = usePicker("categoryId", categories, categoryName, categoryText);
  const where = picker.chosen?.parents;
  return (
    <Combobox
      id="product-categoryId"
      label="Category"
      hint={where ? `In ${where}. Type to choose another.` : "Type to search, e.g. “t-shirts” or “rice”. The category decides the specifications below."}
      error={picker.error}
      placeholder="Search categories"
      emptyText="No category matches. Try a shorter word."
      renderItem={(c) => (
        <span className="flex flex-col">
          <span className="font-medium">{c.name}</span>
          {c.parents ? <span className="text-xs text-slate-600">{c.parents}</span> : null}
        </span>
      )}
      {...picker.props}
    />
  );
}

const brandName = (b: BrandOption) => b.name;

export function BrandPicker({ brands }: { brands: readonly BrandOption[] }) {
  const picker = usePicker("brandId", brands, brandName, brandName);
  return (
    <Combobox
      id="product-brandId"
      label="Brand (optional)"
      hint="Leave empty for unbranded products."
      error={picker.error}
      placeholder="Search brands"
      emptyText="No brand matches. Leave it empty, or ask us to add the brand."
      renderItem={(b) => b.name}
      labelAside={
        picker.chosen ? (
          <Button type="button" variant="link" size="sm" className="-my-2" onClick={picker.clear} aria-label={`Clear brand ${picker.chosen.name}`}>
            Clear
          </Button>
        ) : null
      }
      {...picker.props}
    />
  );
}
