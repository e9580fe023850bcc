"use client";

import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Combobox } from "@/components/seller/product-editor/combobox";

export interface CategoryChoice {
  id: string;
  /** "Beauty & Hygiene › Hair Care" */
  label: string;
}

const MAX_SHOWN = 50;

/** Searchable picker of the category for rows whose category the import does not recognise. */
export function DefaultCategoryPicker({
  categories,
  value,
  error,
  onChange,
}: {
  categories: readonly CategoryChoice[];
  value: string;
  error?: string;
  onChange: (id: string) => void;
}) {
  const chosen = categories.find((c) => c.id === value) ?? null;
  const [typed, setTyped] = useState<string | null>(null);
  const shown = useMemo(() => {
    const words = (typed ?? "").toLowerCase().split(/\s+/).filter(Boolean);
    return categories.filter((c) => words.every((w) => c.label.toLowerCase().includes(w))).slice(0, MAX_SHOWN);
  }, [categories, typed]);

  return (
    <Combobox
      id="import-default-category"
      label="Default category (optional)"
      hint="Rows whose category we don't recognise, or that have none, go here. Without one, such rows are reported instead of imported."
      error={error}
      placeholder="Search categories, e.g. snacks"
      query={typed ?? chosen?.label ?? ""}
      onQueryChange={setTyped}
      items={shown}
      itemKey={(c) => c.id}
      renderItem={(c) => <span>{c.label}</span>}
      onSelect={(c) => {
        onChange(c.id);
        setTyped(null);
      }}
      onDismiss={() => setTyped(null)}
      emptyText="No category matches. Try a shorter word."
      labelAside={
        chosen ? (
          <Button type="button" variant="link" size="sm" onClick={() => onChange("")}>
            Clear
          </Button>
        ) : null
      }
    />
  );
}
