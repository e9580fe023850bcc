"use client";

import { useRef, useState } from "react";
import { ImageOff, Trash2 } from "lucide-react";
import { get, useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { describedBy } from "@/components/auth/form-field";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { bundleAvailability, bundleSumOfParts } from "@/lib/catalog/bundle-rules";
import { searchSellerVariantsAction } from "@/lib/catalog/editor-actions";
import { MAX_BUNDLE_ITEMS, variantInputSchema } from "@/lib/catalog/product-schemas";
import { discountPercent, formatMoney } from "@/lib/platform/money";
import { bundlePartFromOption, bundlePartLabel, type BundlePart } from "./bundle-parts";
import { Combobox } from "./combobox";
import { EditorSection, errorMessage } from "./editor-section";
import type { EditorOutput, EditorValues, SellerVariantOption } from "./types";

const SEARCH_DELAY_MS = 250;

function Thumb({ url }: { url: string | null }) {
  if (!url) {
    return (
      <span aria-hidden="true" className="grid size-10 shrink-0 place-items-center rounded-md border border-slate-200 bg-slate-50 text-slate-400">
        <ImageOff className="size-4" />
      </span>
    );
  }
  // eslint-disable-next-line @next/next/no-img-element -- the /media route serves pre-sized copies
  return <img src={url} alt="" width={40} height={40} loading="lazy" className="size-10 shrink-0 rounded-md border border-slate-200 bg-white object-contain" />;
}

/** Searches the seller's live products as the seller types (debounced; only the latest answer counts, and none is shown for an older query). */
function useVariantSearch() {
  const [answer, setAnswer] = useState<{ query: string; results: SellerVariantOption[] }>({ query: "", results: [] });
  const [query, setQuery] = useState("");
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const ticket = useRef(0);

  function search(next: string) {
    if (timer.current) clearTimeout(timer.current);
    const mine = ++ticket.current;
    setQuery(next);
    setLoading(true);
    timer.current = setTimeout(async () => {
      try {
        const result = await searchSellerVariantsAction(next);
        if (mine !== ticket.current) return;
        if (result.ok) {
          setAnswer({ query: next, results: result.data });
          setError(null);
        } else setError(result.message);
      } catch {
        if (mine === ticket.current) setError("We couldn't search your products. Check your connection and try again.");
      } finally {
        if (mine === ticket.current) setLoading(false);
      }
    }, SEARCH_DELAY_MS);
  }
  /** Empties the box and forgets any search still on its way. */
  function reset() {
    if (timer.current) clearTimeout(timer.current);
    ticket.current += 1;
    setQuery("");
    setLoading(false);
  }

  return { query, results: answer.query === query ? answer.results : [], loading, error, search, reset };
}

/**
 * The products in a bundle: pick variants of your own live products (searchable combobox) with a
 * quantity each; shows what the parts cost separately against the bundle's price, and how many
 * bundles current stock allows.
 */
export function BundleSection({ initialParts }: { initialParts: readonly BundlePart[] }) {
  const { control, register, formState } = useFormContext<EditorValues, unknown, EditorOutput>();
  const items = useFieldArray({ control, name: "bundleItems", keyName: "key" });
  const typed = useWatch({ control, name: "bundleItems" }) ?? [];
  const price = useWatch({ control, name: "variants.0.price" });
  const [known, setKnown] = useState<Record<string, BundlePart>>(() => Object.fromEntries(initialParts.map((p) => [p.id, p])));
  const search = useVariantSearch();
  const chosenIds = new Set(typed.map((item) => item.variantId));
  const offered = search.results.filter((v) => !chosenIds.has(v.id));

  const parts = typed.map((item) => {
    const quantity = /^\d{1,2}$/.test(item.quantity.trim()) ? Number(item.quantity) : 0;
    const variant = known[item.variantId];
    return { quantity, pricePaise: variant?.pricePaise ?? 0, available: variant?.available ?? 0 };
  });
  const sumOfParts = bundleSumOfParts(parts);
  const parsedPrice = variantInputSchema.shape.price.safeParse(price ?? "");
  const yourPrice = parsedPrice.success ? parsedPrice.data : null;
  const saving = yourPrice !== null ? discountPercent(yourPrice, sumOfParts) : 0;
  const listError = errorMessage(get(formState.errors, "bundleItems"));

  function add(variant: SellerVariantOption) {
    setKnown((all) => ({ ...all, [variant.id]: bundlePartFromOption(variant) }));
    items.append({ variantId: variant.id, quantity: "1" }, { shouldFocus: false });
    search.reset();
  }

  return (
    <EditorSection
      id="product-bundle"
      title={`Bundle contents (${items.fields.length})`}
      description={`Add 2 to ${MAX_BUNDLE_ITEMS} of your live products. The bundle is in stock as long as every item is.`}
    >
      <Combobox
        id="bundle-search"
        label="Add a product"
        hint="Search your live products by name or SKU."
        error={search.error ?? undefined}
        placeholder="e.g. basmati rice 5 kg"
        query={search.query}
        onQueryChange={search.search}
        items={offered}
        itemKey={(v) => v.id}
        renderItem={(v) => (
          <span className="flex items-center gap-3">
            <Thumb url={v.thumbUrl} />
            <span className="min-w-0 flex-1">
              <span className="block truncate font-medium">{bundlePartLabel(v.productTitle, v.variantTitle)}</span>
              <span className="block text-xs text-slate-600">
                {v.sku} · {formatMoney(v.pricePaise, "INR", { compact: true })} · {v.available.toLocaleString("en-IN")} in stock
              </span>
            </span>
          </span>
        )}
        onSelect={add}
        loading={search.loading}
        emptyText={search.query.trim() ? "None of your live products match. Try a shorter word." : "Type to search your live products."}
      />
      {listError ? (
        <p role="alert" tabIndex={-1} data-error-anchor className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {listError}
        </p>
      ) : null}

      {items.fields.length > 0 ? (
        <ul aria-label="Products in this bundle" className="divide-y divide-slate-100 rounded-lg border border-slate-200">
          {items.fields.map((item, i) => {
            const variant = known[item.variantId];
            const label = variant?.label ?? "A product that is no longer available";
            const qtyId = `bundle-${i}-quantity`;
            const qtyError = errorMessage(get(formState.errors, `bundleItems.${i}.quantity`));
            const itemError = errorMessage(get(formState.errors, `bundleItems.${i}.variantId`));
            return (
              <li key={item.key} className="flex flex-wrap items-start gap-3 p-3">
                <Thumb url={variant?.thumbUrl ?? null} />
                <div className="min-w-0 flex-1 basis-48">
                  <p className="font-medium text-slate-900">{label}</p>
                  {variant ? (
                    <p className="text-xs text-slate-600">
                      {variant.sku ? `${variant.sku} · ` : null}
                      {formatMoney(variant.pricePaise)} each · {variant.available.toLocaleString("en-IN")} in stock
                    </p>
                  ) : null}
                  {itemError ? <p className="mt-1 text-sm text-red-700">{itemError}</p> : null}
                </div>
                <div className="ml-auto flex items-end gap-1">
                  <div className="w-24">
                    <label htmlFor={qtyId} className="mb-1 block text-xs font-medium text-slate-700">
                      Quantity<span className="sr-only"> of {label}</span>
                    </label>
                    <Input
                      id={qtyId}
                      inputMode="numeric"
                      autoComplete="off"
                      className="text-right tabular-nums"
                      aria-invalid={qtyError ? true : undefined}
                      aria-describedby={describedBy(qtyId, { error: qtyError })}
                      {...register(`bundleItems.${i}.quantity`)}
                    />
                    {qtyError ? (
                      <p id={`${qtyId}-error`} className="mt-1 text-xs text-red-700">
                        {qtyError}
                      </p>
                    ) : null}
                  </div>
                  <Button type="button" variant="ghost" size="icon" className="text-red-700" onClick={() => items.remove(i)}>
                    <Trash2 aria-hidden="true" />
                    <span className="sr-only">Remove {label}</span>
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">No products in the bundle yet.</p>
      )}

      <div role="status" className="rounded-lg bg-slate-50 p-3 text-sm text-slate-800">
        {items.fields.length === 0 ? (
          "Add products to see what they cost separately."
        ) : (
          <>
            Sum of parts <strong className="tabular-nums">{formatMoney(sumOfParts)}</strong> vs your price{" "}
            <strong className="tabular-nums">{yourPrice !== null ? formatMoney(yourPrice) : "—"}</strong>
            {yourPrice !== null && saving > 0 ? <span className="font-semibold text-green-800"> (save {saving}%)</span> : null}
            {yourPrice !== null && yourPrice > sumOfParts ? <span className="font-semibold text-amber-900"> — more than buying the parts separately</span> : null}
            <span className="mt-1 block text-xs text-slate-600">
              Current stock allows {bundleAvailability(parts).toLocaleString("en-IN")} bundles.
            </span>
          </>
        )}
      </div>
    </EditorSection>
  );
}
