"use client";

import { useState } from "react";
import { TextField } from "@/components/auth/text-field";
import { Button } from "@/components/ui/button";
import { variantInputSchema } from "@/lib/catalog/product-schemas";

const BULK_FIELDS = [
  { name: "price", label: "Price (₹)", inputMode: "decimal", placeholder: "e.g. 499" },
  { name: "mrp", label: "MRP (₹)", inputMode: "decimal", placeholder: "e.g. 699" },
  { name: "stock", label: "Stock", inputMode: "numeric", placeholder: "e.g. 25" },
  { name: "lowStockThreshold", label: "Low-stock alert", inputMode: "numeric", placeholder: "e.g. 5" },
] as const;

export type BulkField = (typeof BULK_FIELDS)[number]["name"];
export type BulkValues = Partial<Record<BulkField, string>>;

/**
 * Sets price, MRP, stock and/or the low-stock alert of the selected variants at once. Empty boxes
 * leave that column as it is; each box is checked with the same rule as a variant's own field.
 */
export function BulkEdit({ count, fields, onApply, onClear }: { count: number; fields: readonly BulkField[]; onApply: (values: BulkValues) => void; onClear: () => void }) {
  const [values, setValues] = useState<BulkValues>({});
  const [errors, setErrors] = useState<BulkValues>({});

  function apply() {
    const found: BulkValues = {};
    const chosen: BulkValues = {};
    for (const name of fields) {
      const text = values[name]?.trim();
      if (!text) continue;
      const parsed = variantInputSchema.shape[name].safeParse(text);
      if (parsed.success) chosen[name] = text;
      else found[name] = parsed.error.issues[0]?.message;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (Object.keys(chosen).length === 0) {
      setErrors({ [fields[0]]: "Type at least one value to set" });
      return;
    }
    onApply(chosen);
    setValues({});
  }

  return (
    <section aria-label="Edit selected variants" className="rounded-lg border border-brand-200 bg-brand-50 p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-sm font-semibold text-brand-800">
          Set for {count} selected {count === 1 ? "variant" : "variants"}
        </h3>
        <Button type="button" variant="link" size="sm" onClick={onClear}>
          Clear selection
        </Button>
      </div>
      <div className="mt-2 grid grid-cols-2 gap-3 md:grid-cols-[repeat(4,minmax(0,1fr))_auto] md:items-start">
        {BULK_FIELDS.filter((f) => fields.includes(f.name)).map((f) => (
          <TextField
            key={f.name}
            id={`bulk-${f.name}`}
            label={f.label}
            inputMode={f.inputMode}
            placeholder={f.placeholder}
            autoComplete="off"
            value={values[f.name] ?? ""}
            error={errors[f.name]}
            onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                apply();
              }
            }}
          />
        ))}
        <Button type="button" className="col-span-2 md:col-span-1 md:mt-6" onClick={apply}>
          Apply to {count}
        </Button>
      </div>
    </section>
  );
}
