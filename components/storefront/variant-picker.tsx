"use client";
import { variantMatrix, type OptionValueState } from "@/lib/catalog/rules";
import type { ProductOptionDto, ProductVariantDto } from "@/lib/catalog/types";
import { cn } from "@/lib/ui/cn";

const stateNote: Record<OptionValueState, string> = {
  available: "",
  out_of_stock: " (out of stock)",
  other_combination: " (changes your other choices)",
  unavailable: " (not available)",
};

/**
 * One radio group per option (e.g. Size, Colour). A value whose combination with the other choices is
 * out of stock is struck through; one that exists only with other choices is dashed and switches them;
 * one no variant has is disabled.
 */
export function VariantPicker({
  options,
  variants,
  selected,
  onSelect,
}: {
  options: ProductOptionDto[];
  variants: ProductVariantDto[];
  selected: ProductVariantDto;
  onSelect: (sku: string) => void;
}) {
  const rows = variantMatrix(options, variants, selected);
  return (
    <div className="grid gap-4">
      {rows.map((row) => (
        <fieldset key={row.name}>
          <legend className="mb-2 text-sm text-slate-700">
            {row.name}: <span className="font-semibold text-slate-950">{row.selectedValue ?? "Choose"}</span>
          </legend>
          <div className="flex flex-wrap gap-2">
            {row.values.map((cell) => {
              const id = `opt-${row.name}-${cell.value}`.replace(/[^a-zA-Z0-9_-]/g, "_");
              return (
                <div key={cell.value}>
                  <input
                    type="radio"
                    id={id}
                    name={`option-${row.name}`}
                    value={cell.value}
                    checked={cell.selected}
                    disabled={cell.state === "unavailable"}
                    onChange={() => cell.targetSku && onSelect(cell.targetSku)}
                    className="peer sr-only"
                  />
                  <label
                    htmlFor={id}
                    className={cn(
                      "inline-flex min-h-11 min-w-11 cursor-pointer select-none items-center justify-center rounded-lg border px-3 text-sm font-medium transition-colors",
                      "peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600",
                      cell.selected ? "border-brand-600 bg-brand-50 text-brand-800 ring-1 ring-brand-600" : "border-slate-300 bg-white text-slate-900 hover:border-slate-500",
                      cell.state === "out_of_stock" && "text-slate-600 line-through decoration-slate-500",
                      cell.state === "other_combination" && !cell.selected && "border-dashed text-slate-700",
                      cell.state === "unavailable" && "cursor-not-allowed border-slate-200 bg-slate-50 text-slate-500 line-through",
                    )}
                  >
                    {cell.value}
                    <span className="sr-only">{stateNote[cell.state]}</span>
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
