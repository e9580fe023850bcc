"use client";

import { get, useFormContext, useWatch } from "react-hook-form";
import { TextField } from "@/components/auth/text-field";
import { suggestSku } from "@/lib/catalog/variant-matrix";
import { EditorSection, errorMessage } from "./editor-section";
import { TextAreaField } from "./text-area-field";
import { BrandPicker, CategoryPicker } from "./taxonomy-pickers";
import type { BrandOption, CategoryOption, EditorOutput, EditorValues } from "./types";

const DESCRIPTION_MAX = 5000;

/** Title, description, category and brand. */
export function BasicsSection({
  categories,
  brands,
  skuBase,
}: {
  categories: readonly CategoryOption[];
  brands: readonly BrandOption[];
  /** The start of suggested SKUs for a title. */
  skuBase: (title: string) => string;
}) {
  const { register, control, getValues, setValue, formState } = useFormContext<EditorValues, unknown, EditorOutput>();
  const description = useWatch({ control, name: "description" }) ?? "";
  const error = (path: string) => errorMessage(get(formState.errors, path));

  /** A product without options gets a SKU suggested from its title, unless one was typed. */
  function suggestSingleSku() {
    const [only, ...rest] = getValues("variants");
    const title = getValues("title").trim();
    if (rest.length === 0 && only && !only.sku && title) setValue("variants.0.sku", suggestSku(skuBase(title), [], {}), { shouldDirty: true });
  }

  return (
    <EditorSection id="product-basics" title="Basics" description="What customers see first in search results and on the product page.">
      <TextField
        id="product-title"
        label="Title"
        hint="Brand, product and the key detail, e.g. “Amul Gold Full Cream Milk 1 L”."
        error={error("title")}
        autoComplete="off"
        maxLength={200}
        {...register("title", { onBlur: suggestSingleSku })}
      />
      <TextAreaField
        id="product-description"
        label="Description"
        hint="What it is, what it is made of, how to use it. Plain text; blank lines start a new paragraph."
        error={error("description")}
        maxChars={DESCRIPTION_MAX}
        length={description.length}
        rows={6}
        {...register("description")}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <CategoryPicker categories={categories} />
        <BrandPicker brands={brands} />
      </div>
    </EditorSection>
  );
}
