"use client";

import { Box, Download, Package } from "lucide-react";
import { useFormContext, useWatch } from "react-hook-form";
import { cn } from "@/lib/ui/cn";
import type { ProductType } from "@/models/catalog";
import { EditorSection } from "./editor-section";
import type { EditorOutput, EditorValues } from "./types";

const TYPES: { value: ProductType; label: string; description: string; icon: typeof Package }[] = [
  { value: "physical", label: "Physical product", description: "Shipped to the customer. Can have sizes, colours and other options.", icon: Package },
  { value: "bundle", label: "Bundle", description: "Several of your products sold together at one price.", icon: Box },
  { value: "digital", label: "Digital product", description: "A download or licence keys. Nothing to ship.", icon: Download },
];

/**
 * Physical, bundle or digital. Switching clears what the new type cannot have (a bundle has no
 * options and one variant; only a bundle has items; only a digital product has a file or keys).
 * Fixed once the product is saved.
 */
export function TypeSection({ locked }: { locked: boolean }) {
  const { register, setValue, getValues, control } = useFormContext<EditorValues, unknown, EditorOutput>();
  const current = useWatch({ control, name: "type" });

  function adaptTo(type: ProductType) {
    const opts = { shouldDirty: true } as const;
    if (type === "bundle") {
      const [first] = getValues("variants");
      setValue("options", [], opts);
      setValue("variants", [{ ...first, optionValues: {}, stock: "0" }], opts);
    } else {
      setValue("bundleItems", [], opts);
    }
    if (type !== "digital") {
      setValue("digitalFile", null, opts);
      setValue("licenceKeys", "", opts);
    }
  }

  if (locked) {
    const meta = TYPES.find((t) => t.value === current) ?? TYPES[0];
    return (
      <p className="flex items-center gap-2 rounded-xl border border-slate-200 bg-white px-4 py-3 text-sm text-slate-700 shadow-sm">
        <meta.icon aria-hidden="true" className="size-4 shrink-0 text-slate-600" />
        <span>
          <span className="font-semibold text-slate-900">{meta.label}</span> · the type can’t change after the first save.
        </span>
      </p>
    );
  }

  return (
    <EditorSection id="product-type" title="Product type" description="Choose what you are selling; the form adapts to it.">
      <fieldset>
        <legend className="sr-only">Product type</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {TYPES.map(({ value, label, description, icon: Icon }) => (
            <label
              key={value}
              className={cn(
                "flex cursor-pointer gap-3 rounded-lg border p-3 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
                current === value ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-white hover:border-slate-400",
              )}
            >
              <input
                type="radio"
                value={value}
                className="mt-0.5 size-4 shrink-0 accent-brand-600"
                {...register("type", { onChange: (e: React.ChangeEvent<HTMLInputElement>) => adaptTo(e.target.value as ProductType) })}
              />
              <span className="min-w-0">
                <span className="flex items-center gap-1.5 font-semibold text-slate-900">
                  <Icon aria-hidden="true" className="size-4 text-slate-600" />
                  {label}
                </span>
                <span className="mt-0.5 block text-slate-600">{description}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
    </EditorSection>
  );
}
