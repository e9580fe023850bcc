"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { zodResolver } from "@hookform/resolvers/zod";
import { FormProvider, useFieldArray, useForm, useWatch } from "react-hook-form";
import { FormAlert } from "@/components/auth/form-alert";
import { PendingButton } from "@/components/forms/pending-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { toast } from "@/components/ui/toaster";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import {
  archiveProductAction,
  restoreProductAction,
  saveProductAction,
  submitProductAction,
  withdrawChangeAction,
} from "@/lib/catalog/product-actions";
import { productEditorSchema } from "@/lib/catalog/product-schemas";
import type { ActionResult } from "@/lib/platform/errors";
import { cn } from "@/lib/ui/cn";
import { AttributesSection } from "./attributes-section";
import { BasicsSection } from "./basics-section";
import { BundleSection } from "./bundle-section";
import type { BundlePart } from "./bundle-parts";
import { newSkuToken, skuBase } from "./defaults";
import { DigitalSection } from "./digital-section";
import { ImagesSection } from "./images-section";
import { OptionsSection } from "./options-section";
import { SeoSection } from "./seo-section";
import { StatusBanners } from "./status-banners";
import { StatusCard } from "./status-card";
import { TypeSection } from "./type-section";
import { fieldPaths, focusFirstError } from "./form-errors";
import { useUnsavedChanges } from "./use-unsaved-changes";
import { VariantTable } from "./variant-table";
import type { BrandOption, CategoryOption, EditorOutput, EditorProduct, EditorValues } from "./types";

const TOAST_ID = "product-editor";
const FIX_FIELDS = "Please fix the highlighted fields";
export interface ProductEditorProps {
  /** Null for a product not saved yet. */
  product: EditorProduct | null;
  initialValues: EditorValues;
  categories: readonly CategoryOption[];
  brands: readonly BrandOption[];
  /** The saved bundle's items (bundles only). */
  bundleParts: readonly BundlePart[];
  /** The review history (a server-rendered timeline), shown beside the form. */
  history?: React.ReactNode;
}

/**
 * The seller's product editor: react-hook-form checked with the server's own schema, saved by the
 * product actions. Field errors from the server land on their fields (e.g. variants.3.sku) and focus
 * moves to the first; a live product's content changes go to review while price and stock apply at
 * once. Warns before leaving with unsaved changes.
 */
export function ProductEditor({ product, initialValues, categories, brands, bundleParts, history }: ProductEditorProps) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<EditorValues, unknown, EditorOutput>({
    resolver: zodResolver(productEditorSchema),
    defaultValues: initialValues,
    shouldFocusError: false,
  });
  const { control, formState } = form;
  const variants = useFieldArray({ control, name: "variants", keyName: "key" });
  const { formError, submit } = useServerForm(form, { fields: () => fieldPaths(form.getValues()), toastId: TOAST_ID, fieldErrorToast: FIX_FIELDS });
  const [intent, setIntent] = useState<"save" | "submit" | null>(null);
  const [imagesBusy, setImagesBusy] = useState(false);
  const [fileBusy, setFileBusy] = useState(false);
  const uploading = imagesBusy || fileBusy;
  const type = useWatch({ control, name: "type" });
  const status = product?.status ?? "draft";
  const locked = status === "archived";
  const canSubmit = status === "draft" || status === "rejected";
  useUnsavedChanges(formState.isDirty && !locked);

  // Suggested SKUs start with the title and a token of this product: its id once saved, random before.
  const skuToken = useRef<string | null>(product ? product.id.replace(/-/g, "").slice(0, 4).toUpperCase() : null);
  const baseFor = (title: string) => {
    skuToken.current ??= newSkuToken();
    return skuBase(title, skuToken.current);
  };

  // After a save or status change the page is refreshed; take the server's values (new variant ids,
  // cleared licence keys, withdrawn change) into the form then, and only then.
  const resync = useRef(false);
  useEffect(() => {
    if (!resync.current) return;
    resync.current = false;
    form.reset(initialValues);
  }, [initialValues, form]);

  function refresh() {
    resync.current = true;
    router.refresh();
  }

  const save = (next: "save" | "submit") =>
    form.handleSubmit(
      async () => {
        setIntent(next);
        try {
          const saved = await submit(() => saveProductAction(product?.id ?? null, form.getValues()));
          if (!saved?.ok) return focusFirstError(formRef.current);
          const { id, review } = saved.data;
          form.reset(form.getValues());
          if (next === "submit") {
            const sent = await submitProductAction(id);
            if (sent.ok) toast.success("Submitted for review. You'll see the decision here, usually within a day.", { id: TOAST_ID });
            else toast.error(`Saved, but not submitted: ${sent.message}`, { id: TOAST_ID });
          } else {
            toast.success(review === "pending_change" ? "Saved. Price and stock changes are live; the rest waits for review." : "Saved", { id: TOAST_ID });
          }
          if (product) refresh();
          else router.replace(`/seller/products/${id}`);
        } finally {
          setIntent(null);
        }
      },
      () => {
        toast.error(FIX_FIELDS, { id: TOAST_ID });
        focusFirstError(formRef.current);
      },
    )();

  async function statusChange(run: () => Promise<ActionResult>, done: string): Promise<boolean> {
    try {
      const result = await run();
      if (!result.ok) {
        toast.error(result.message, { id: TOAST_ID });
        return false;
      }
      toast.success(done, { id: TOAST_ID });
      refresh();
      return true;
    } catch {
      toast.error("Connection problem — please try again", { id: TOAST_ID });
      return false;
    }
  }

  const busy = formState.isSubmitting;
  return (
    <FormProvider {...form}>
      {product ? (
        <StatusBanners
          product={product}
          onWithdraw={() => statusChange(() => withdrawChangeAction(product.id), "Change withdrawn")}
          onRestore={() => statusChange(() => restoreProductAction(product.id), "Restored. The product is on sale again.")}
        />
      ) : null}
      <form ref={formRef} noValidate onSubmit={(e) => e.preventDefault()} aria-label={product ? "Edit product" : "New product"}>
        <div className={cn("grid gap-5", product && "2xl:grid-cols-[minmax(0,1fr)_20rem] 2xl:items-start")}>
          <fieldset disabled={locked} className="min-w-0 space-y-5">
            <legend className="sr-only">Product details</legend>
            {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
            <TypeSection locked={product !== null} />
            <BasicsSection categories={categories} brands={brands} skuBase={baseFor} />
            <AttributesSection />
            <ImagesSection disabled={locked} onBusyChange={setImagesBusy} />
            {type === "physical" ? <OptionsSection replaceVariants={variants.replace} skuBase={baseFor} /> : null}
            {type === "bundle" ? <BundleSection initialParts={bundleParts} /> : null}
            <VariantTable fields={variants.fields} stocked={type === "physical"} shipped={type !== "digital"} />
            {type === "digital" ? <DigitalSection keyCounts={product?.licenceKeyCounts ?? { available: 0, assigned: 0 }} disabled={locked} onBusyChange={setFileBusy} /> : null}
            <SeoSection />
          </fieldset>
          {product ? (
            <aside className="grid items-start gap-5 2xl:sticky 2xl:top-20">
              <StatusCard
                product={product}
                onArchive={() => statusChange(() => archiveProductAction(product.id), "Archived. Customers can no longer see it.")}
              />
              {history ? (
                <Card role="region" aria-labelledby="product-history-title">
                  <CardHeader>
                    <CardTitle id="product-history-title">History</CardTitle>
                  </CardHeader>
                  <CardContent>{history}</CardContent>
                </Card>
              ) : null}
            </aside>
          ) : null}
        </div>

        {locked ? null : (
          <div className="sticky bottom-0 z-20 -mx-4 mt-5 flex items-center gap-2 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:-mx-6 sm:justify-between sm:px-6 lg:-mx-8 lg:px-8">
            <p role="status" className="sr-only text-sm text-slate-600 sm:not-sr-only">
              {uploading ? "Waiting for uploads to finish…" : formState.isDirty ? "You have unsaved changes." : product ? "All changes saved." : "Not saved yet."}
            </p>
            <div className="flex flex-1 gap-2 sm:flex-none">
              <PendingButton
                type="button"
                variant={canSubmit ? "outline" : "primary"}
                className="flex-1 sm:flex-none"
                pending={busy && intent === "save"}
                pendingLabel="Saving…"
                disabled={busy || uploading}
                onClick={() => save("save")}
              >
                {canSubmit ? "Save draft" : "Save changes"}
              </PendingButton>
              {canSubmit ? (
                <PendingButton
                  type="button"
                  className="flex-1 sm:flex-none"
                  pending={busy && intent === "submit"}
                  pendingLabel="Submitting…"
                  disabled={busy || uploading}
                  onClick={() => save("submit")}
                >
                  Submit for review
                </PendingButton>
              ) : null}
            </div>
          </div>
        )}
      </form>
    </FormProvider>
  );
}
