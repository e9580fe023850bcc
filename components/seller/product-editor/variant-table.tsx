"use client";

import { Fragment, useState } from "react";
import { ChevronDown } from "lucide-react";
import { get, useFormContext, useWatch, type FieldArrayWithId } from "react-hook-form";
import { describedBy } from "@/components/auth/form-field";
import { Input } from "@/components/ui/input";
import { combinationTitle } from "@/lib/catalog/variant-matrix";
import { cn } from "@/lib/ui/cn";
import { BulkEdit, type BulkField, type BulkValues } from "./bulk-edit";
import { EditorSection, errorMessage } from "./editor-section";
import { usableOptions } from "./options-section";
import type { EditorOutput, EditorValues } from "./types";

type VariantField = FieldArrayWithId<EditorValues, "variants", "key">;
type VariantKey = "sku" | "price" | "mrp" | "stock" | "lowStockThreshold" | "weightGrams" | "lengthMm" | "widthMm" | "heightMm";

interface Column {
  name: VariantKey;
  label: string;
  inputMode: "text" | "decimal" | "numeric";
  width: string;
}

const MAIN_COLUMNS: Column[] = [
  { name: "sku", label: "SKU", inputMode: "text", width: "xl:w-64" },
  { name: "price", label: "Price (₹)", inputMode: "decimal", width: "xl:w-28" },
  { name: "mrp", label: "MRP (₹)", inputMode: "decimal", width: "xl:w-28" },
  { name: "stock", label: "Stock", inputMode: "numeric", width: "xl:w-24" },
  { name: "lowStockThreshold", label: "Low-stock alert", inputMode: "numeric", width: "xl:w-24" },
];
const MEASURE_COLUMNS: Column[] = [
  { name: "weightGrams", label: "Weight (g)", inputMode: "numeric", width: "" },
  { name: "lengthMm", label: "Length (mm)", inputMode: "numeric", width: "" },
  { name: "widthMm", label: "Width (mm)", inputMode: "numeric", width: "" },
  { name: "heightMm", label: "Height (mm)", inputMode: "numeric", width: "" },
];

/** One input of a variant row, labelled "Price (₹) for Red / M" (the column name shows on phones only). */
function VariantInputCell({
  index,
  column,
  title,
  className,
  inGrid = false,
}: {
  index: number;
  column: Column;
  title: string;
  className?: string;
  /** In the weight-and-size grid (a div with visible labels) rather than a table cell. */
  inGrid?: boolean;
}) {
  const Cell = inGrid ? "div" : "td";
  const { register, formState } = useFormContext<EditorValues, unknown, EditorOutput>();
  const name = `variants.${index}.${column.name}` as const;
  const id = `variant-${index}-${column.name}`;
  const error = errorMessage(get(formState.errors, name));
  return (
    <Cell className={cn("block min-w-0", !inGrid && "xl:table-cell xl:px-2 xl:py-2 xl:align-top", column.width, className)}>
      <label htmlFor={id} className={cn("mb-1 block text-xs font-medium text-slate-700", !inGrid && "xl:sr-only")}>
        {column.label}
        <span className="sr-only"> for {title}</span>
      </label>
      <Input
        id={id}
        inputMode={column.inputMode}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { error })}
        className={cn(column.inputMode !== "text" && "text-right tabular-nums")}
        {...register(name)}
      />
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </Cell>
  );
}

/**
 * The variants: SKU, price, MRP, stock and low-stock alert per row, weight and size in an
 * expandable row; select rows (or all) to set columns at once. A table from tablet width up,
 * one card per variant on phones.
 */
export function VariantTable({ fields, stocked, shipped }: { fields: VariantField[]; stocked: boolean; shipped: boolean }) {
  const { control, setValue, formState } = useFormContext<EditorValues, unknown, EditorOutput>();
  const options = usableOptions(useWatch({ control, name: "options" }));
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const columns = MAIN_COLUMNS.filter((c) => stocked || (c.name !== "stock" && c.name !== "lowStockThreshold"));
  const bulkFields = columns.map((c) => c.name).filter((n): n is BulkField => n !== "sku");
  const chosen = fields.filter((f) => selected.has(f.key));
  const allChosen = fields.length > 0 && chosen.length === fields.length;
  const tableError = errorMessage(get(formState.errors, "variants"));

  const toggle = (set: ReadonlySet<string>, key: string) => {
    const next = new Set(set);
    if (!next.delete(key)) next.add(key);
    return next;
  };

  function applyBulk(values: BulkValues) {
    fields.forEach((field, i) => {
      if (!selected.has(field.key)) return;
      for (const [name, value] of Object.entries(values) as [BulkField, string][]) {
        setValue(`variants.${i}.${name}`, value, { shouldDirty: true, shouldValidate: formState.isSubmitted });
      }
    });
  }

  const measureErrors = (i: number) => MEASURE_COLUMNS.some((c) => get(formState.errors, `variants.${i}.${c.name}`));

  return (
    <EditorSection
      id="product-variants"
      title={fields.length === 1 ? "Price and stock" : `Variants (${fields.length})`}
      description="Prices in rupees. MRP is the printed maximum retail price; customers see your discount against it."
    >
      {tableError ? (
        <p role="alert" tabIndex={-1} data-error-anchor className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {tableError}
        </p>
      ) : null}
      {fields.length > 1 ? (
        <label className="inline-flex min-h-11 items-center gap-2 text-sm font-medium text-slate-800">
          <input
            type="checkbox"
            className="size-4 accent-brand-600"
            checked={allChosen}
            ref={(el) => {
              if (el) el.indeterminate = chosen.length > 0 && !allChosen;
            }}
            onChange={() => setSelected(allChosen ? new Set() : new Set(fields.map((f) => f.key)))}
          />
          Select all {fields.length} variants
        </label>
      ) : null}
      {chosen.length > 0 ? <BulkEdit count={chosen.length} fields={bulkFields} onApply={applyBulk} onClear={() => setSelected(new Set())} /> : null}

      <table className="block w-full text-sm xl:table">
        <caption className="sr-only">Variants of this product</caption>
        <thead className="hidden border-b border-slate-200 text-left text-xs uppercase tracking-wide text-slate-600 xl:table-header-group">
          <tr>
            {fields.length > 1 ? (
              <th scope="col" className="w-10 px-2 py-2">
                <span className="sr-only">Selected</span>
              </th>
            ) : null}
            <th scope="col" className="px-2 py-2 font-semibold">
              Variant
            </th>
            {columns.map((c) => (
              <th key={c.name} scope="col" className={cn("px-2 py-2 font-semibold", c.name !== "sku" && "text-right")}>
                {c.label}
              </th>
            ))}
            {shipped ? (
              <th scope="col" className="w-12 px-2 py-2">
                <span className="sr-only">Weight and size</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="block xl:table-row-group xl:divide-y xl:divide-slate-100">
          {fields.map((field, i) => {
            const title = combinationTitle(options, field.optionValues);
            const open = expanded.has(field.key) || measureErrors(i);
            const detailsId = `variant-${i}-measures`;
            return (
              <Fragment key={field.key}>
                <tr
                  className={cn(
                    "grid grid-cols-2 gap-3 border border-slate-200 p-3 not-first:mt-3 sm:grid-cols-6 xl:table-row xl:border-0 xl:p-0 xl:not-first:mt-0",
                    open && shipped ? "rounded-t-lg border-b-0" : "rounded-lg",
                    selected.has(field.key) && "bg-brand-50/60",
                  )}
                >
                  {fields.length > 1 ? (
                    <td className="col-span-2 -mb-2 block sm:col-span-6 xl:table-cell xl:w-10 xl:px-2 xl:py-2 xl:align-top">
                      <label className="inline-flex min-h-11 items-center gap-2 xl:min-h-11 xl:justify-center">
                        <input type="checkbox" className="size-4 accent-brand-600" checked={selected.has(field.key)} onChange={() => setSelected((s) => toggle(s, field.key))} />
                        <span className="font-semibold text-slate-900 xl:sr-only">
                          <span className="sr-only">Select </span>
                          {title}
                        </span>
                      </label>
                    </td>
                  ) : null}
                  <th scope="row" className={cn("col-span-2 text-left sm:col-span-6 font-semibold text-slate-900 xl:table-cell xl:px-2 xl:py-2 xl:align-middle", fields.length > 1 && "hidden")}>
                    {title}
                  </th>
                  {columns.map((c) => (
                    <VariantInputCell key={c.name} index={i} column={c} title={title} className={c.name === "sku" ? "col-span-2" : undefined} />
                  ))}
                  {shipped ? (
                    <td className="col-span-2 block sm:col-span-6 xl:table-cell xl:w-12 xl:px-2 xl:py-2 xl:align-top">
                      <button
                        type="button"
                        aria-expanded={open}
                        aria-controls={detailsId}
                        onClick={() => setExpanded((s) => toggle(s, field.key))}
                        className="inline-flex min-h-11 w-full items-center justify-center gap-1 rounded-lg text-sm font-medium text-brand-700 hover:bg-slate-100 xl:w-11"
                      >
                        <span className="xl:sr-only">Weight and size</span>
                        <span className="sr-only"> of {title}</span>
                        <ChevronDown aria-hidden="true" className={cn("size-4 transition-transform", open && "rotate-180")} />
                      </button>
                    </td>
                  ) : null}
                </tr>
                {shipped && open ? (
                  <tr id={detailsId} className="block rounded-b-lg border border-t-0 border-slate-200 bg-slate-50 p-3 xl:table-row xl:border-0 xl:p-0">
                    <td colSpan={columns.length + 3} className="block xl:table-cell xl:px-2 xl:pb-3">
                      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4 xl:max-w-2xl xl:pl-10">
                        {MEASURE_COLUMNS.map((c) => (
                          <VariantInputCell key={c.name} index={i} column={c} title={title} inGrid />
                        ))}
                      </div>
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </EditorSection>
  );
}
