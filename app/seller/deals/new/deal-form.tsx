"use client";

import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch, type Path } from "react-hook-form";
import { FormAlert } from "@/components/auth/form-alert";
import { FormField, describedBy } from "@/components/auth/form-field";
import { TextField } from "@/components/auth/text-field";
import { PendingButton } from "@/components/forms/pending-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { createDealAction } from "@/lib/catalog/deals-actions";
import type { SellerVariantOption } from "@/lib/catalog/deals-queries";
import { MAX_DEAL_DAYS } from "@/lib/catalog/deals-rules";
import { createDealSchema, type CreateDealInput, type CreateDealValues } from "@/lib/catalog/deals-schemas";
import { formatMoney } from "@/lib/platform/money";

const FIELDS: readonly Path<CreateDealInput>[] = ["variantId", "dealPrice", "startsAt", "endsAt", "quantityCap"];
const MAX_SHOWN = 200;

/**
 * New deal: pick one of your variants (type to filter the list), the deal price in rupees, start and
 * end in India time, and an optional cap. Checked with the server's schema as you submit; server
 * errors (price not below the current price, overlapping deal) land on their fields.
 */
export function DealForm({ variants, defaultStart, defaultEnd }: { variants: SellerVariantOption[]; defaultStart: string; defaultEnd: string }) {
  const router = useRouter();
  const [filter, setFilter] = useState("");
  const form = useForm<CreateDealInput, unknown, CreateDealValues>({
    resolver: zodResolver(createDealSchema),
    defaultValues: { variantId: "", dealPrice: "", startsAt: defaultStart, endsAt: defaultEnd, quantityCap: "" },
    shouldFocusError: true,
  });
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const { formError, submit } = useServerForm(form, { fields: FIELDS, toastId: "deal-save", fieldErrorToast: "Please fix the highlighted fields" });

  const chosenId = useWatch({ control, name: "variantId" });
  const chosen = variants.find((v) => v.id === chosenId) ?? null;
  const shown = useMemo(() => {
    const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
    const matches = words.length === 0 ? variants : variants.filter((v) => words.every((w) => `${v.label} ${v.sku}`.toLowerCase().includes(w)));
    const list = matches.slice(0, MAX_SHOWN);
    return chosen && !list.includes(chosen) ? [chosen, ...list] : list;
  }, [filter, variants, chosen]);

  // The server parses the typed values again with the same schema, so send them as typed.
  const onSubmit = handleSubmit(async () => {
    const result = await submit(() => createDealAction(form.getValues()));
    if (!result?.ok) return;
    toast.success("Deal created", { id: "deal-save" });
    router.push("/seller/deals");
  });

  const err = (field: keyof CreateDealInput) => errors[field]?.message;
  const variantError = err("variantId");
  const variantHint = shown.length === 0 ? "Nothing matches — try a shorter word." : `${shown.length} shown`;
  const priceHint = chosen ? `Must be below the current price, ${formatMoney(chosen.pricePaise)}.` : "Must be below the variant's current price.";

  return (
    <form noValidate onSubmit={onSubmit} className="grid max-w-2xl grid-cols-1 gap-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <div className="grid gap-2">
        <FormField id="deal-variant-filter" label="Find a product" hint={`Type part of a title or SKU. ${variants.length} variants in your store.`}>
          <Input
            id="deal-variant-filter"
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            aria-describedby="deal-variant-filter-hint"
            aria-controls="deal-variant"
            autoComplete="off"
          />
        </FormField>
        <FormField id="deal-variant" label="Variant" error={variantError} hint={variantHint}>
          <select
            id="deal-variant"
            size={Math.min(8, Math.max(3, shown.length))}
            className="w-full rounded-lg border border-slate-300 bg-white p-1 text-sm text-slate-900 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 aria-invalid:border-red-600"
            aria-invalid={variantError ? true : undefined}
            aria-describedby={describedBy("deal-variant", { error: variantError, hint: variantHint })}
            {...register("variantId")}
          >
            {shown.map((v) => (
              <option key={v.id} value={v.id} className="rounded px-2 py-2">
                {v.label} · {v.sku} · {formatMoney(v.pricePaise, "INR", { compact: true })}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <TextField id="deal-dealPrice" label="Deal price (₹)" hint={priceHint} error={err("dealPrice")} inputMode="decimal" autoComplete="off" placeholder="249" {...register("dealPrice")} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField id="deal-startsAt" label="Starts (India time)" type="datetime-local" error={err("startsAt")} {...register("startsAt")} />
        <TextField
          id="deal-endsAt"
          label="Ends (India time)"
          type="datetime-local"
          hint={`At most ${MAX_DEAL_DAYS} days after the start.`}
          error={err("endsAt")}
          {...register("endsAt")}
        />
      </div>
      <TextField
        id="deal-quantityCap"
        label="Units at the deal price (optional)"
        hint="Leave empty for no limit. The deal ends when this many are sold."
        error={err("quantityCap")}
        inputMode="numeric"
        autoComplete="off"
        {...register("quantityCap")}
      />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <PendingButton type="submit" pending={isSubmitting} pendingLabel="Creating…">
          Create deal
        </PendingButton>
      </div>
    </form>
  );
}
