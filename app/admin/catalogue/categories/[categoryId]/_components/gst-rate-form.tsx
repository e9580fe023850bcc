"use client";

import { useRouter } from "next/navigation";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, type Path } from "react-hook-form";
import { FormAlert } from "@/components/auth/form-alert";
import { FormField, describedBy } from "@/components/auth/form-field";
import { PendingButton } from "@/components/forms/pending-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { toast } from "@/components/ui/toaster";
import { Section } from "@/components/workspace/page-header";
import { setCategoryGstRateAction } from "@/lib/catalog/taxonomy-actions";
import { categoryGstSchema, formatGstRate, GST_RATE_CHOICES, type CategoryGstInput, type CategoryGstValues } from "@/lib/catalog/taxonomy-gst";
import type { AdminCategoryDetail } from "@/lib/catalog/taxonomy-queries";

const FIELDS: readonly Path<CategoryGstInput>[] = ["gstRateBp"];

const selectClass =
  "min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 text-base text-slate-900 focus-visible:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600 aria-[invalid=true]:border-red-600 sm:max-w-xs sm:text-sm";

function source(category: AdminCategoryDetail): string {
  const { gstRate } = category;
  if (gstRate.source === "own") return `Products here are taxed at ${formatGstRate(gstRate.rateBp)}, set on this category.`;
  if (gstRate.source === "inherited") return `Products here are taxed at ${formatGstRate(gstRate.rateBp)}, inherited from “${gstRate.fromName}”.`;
  return `Products here are taxed at the standard ${formatGstRate(gstRate.rateBp)}: no category above sets a rate.`;
}

/** The category's GST rate: one of the slabs, or inherit from the nearest ancestor that has one. */
export function GstRateForm({ category }: { category: AdminCategoryDetail }) {
  const router = useRouter();
  const form = useForm<CategoryGstInput, unknown, CategoryGstValues>({
    resolver: zodResolver(categoryGstSchema),
    values: { categoryId: category.id, gstRateBp: category.gstRateBp === null ? "" : String(category.gstRateBp) },
  });
  const { formError, submit } = useServerForm(form, { fields: FIELDS, toastId: "gst-save" });
  const { errors, isSubmitting, isDirty } = form.formState;
  const error = errors.gstRateBp?.message;
  const hint = "Prices include GST; the invoice splits it into CGST + SGST or IGST. Subcategories without their own rate follow this one.";

  const onSubmit = form.handleSubmit(async () => {
    const result = await submit(() => setCategoryGstRateAction(form.getValues()));
    if (!result?.ok) return;
    const rate = result.data.gstRateBp;
    toast.success(rate === null ? `“${result.data.name}” now inherits its GST rate` : `GST for “${result.data.name}” set to ${formatGstRate(rate)}`, { id: "gst-save" });
    router.refresh();
  });

  return (
    <Section title="GST rate">
      <form noValidate onSubmit={onSubmit} className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4">
        {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
        <p className="text-sm text-slate-700" data-testid="gst-effective">
          {source(category)}
        </p>
        <FormField id="category-gst" label="GST rate of this category" error={error} hint={hint}>
          <select id="category-gst" className={selectClass} aria-invalid={error ? true : undefined} aria-describedby={describedBy("category-gst", { error, hint })} {...form.register("gstRateBp")}>
            <option value="">Inherit from the parent category</option>
            {GST_RATE_CHOICES.map((bp) => (
              <option key={bp} value={String(bp)}>
                {formatGstRate(bp)}
              </option>
            ))}
          </select>
        </FormField>
        <div className="flex sm:justify-end">
          <PendingButton type="submit" pending={isSubmitting} pendingLabel="Saving…" disabled={!isDirty} className="w-full sm:w-auto">
            Save GST rate
          </PendingButton>
        </div>
      </form>
    </Section>
  );
}
