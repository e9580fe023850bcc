"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, type Path } from "react-hook-form";
import { FormAlert } from "@/components/auth/form-alert";
import { TextField } from "@/components/auth/text-field";
import { PendingButton } from "@/components/forms/pending-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { count } from "@/components/workspace/count";
import { createBrandAction, mergeBrandsAction, renameBrandAction, searchBrandsAction } from "@/lib/catalog/taxonomy-actions";
import type { AdminBrandRow, BrandChoice } from "@/lib/catalog/taxonomy-queries";
import { createBrandSchema, renameBrandSchema, type CreateBrandInput, type RenameBrandInput } from "@/lib/catalog/taxonomy-schemas";
import { cn } from "@/lib/ui/cn";

function FormActions({ pending, pendingLabel, label, onCancel, variant = "primary" }: { pending: boolean; pendingLabel: string; label: string; onCancel: () => void; variant?: "primary" | "danger" }) {
  return (
    <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
      <Button type="button" variant="outline" onClick={onCancel} disabled={pending}>
        Cancel
      </Button>
      <PendingButton type="submit" variant={variant} pending={pending} pendingLabel={pendingLabel}>
        {label}
      </PendingButton>
    </div>
  );
}

const CREATE_FIELDS: readonly Path<CreateBrandInput>[] = ["name"];

export function CreateBrandForm({ onDone }: { onDone: () => void }) {
  const router = useRouter();
  const form = useForm<CreateBrandInput>({ resolver: zodResolver(createBrandSchema), defaultValues: { name: "" } });
  const { formError, submit } = useServerForm(form, { fields: CREATE_FIELDS, toastId: "brand-save" });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async () => {
    const result = await submit(() => createBrandAction(form.getValues()));
    if (!result?.ok) return;
    toast.success(`“${result.data.name}” added`, { id: "brand-save" });
    onDone();
    router.refresh();
  });
  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <TextField id="brand-name" label="Brand name" autoComplete="off" error={errors.name?.message} {...form.register("name")} />
      <FormActions pending={isSubmitting} pendingLabel="Adding…" label="Add brand" onCancel={onDone} />
    </form>
  );
}

const RENAME_FIELDS: readonly Path<RenameBrandInput>[] = ["name"];

export function RenameBrandForm({ brand, onDone }: { brand: AdminBrandRow; onDone: () => void }) {
  const router = useRouter();
  const form = useForm<RenameBrandInput>({ resolver: zodResolver(renameBrandSchema), defaultValues: { brandId: brand.id, name: brand.name, updateSlug: false } });
  const { formError, submit } = useServerForm(form, { fields: RENAME_FIELDS, toastId: "brand-save" });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async () => {
    const result = await submit(() => renameBrandAction(form.getValues()));
    if (!result?.ok) return;
    toast.success(`Renamed to “${result.data.name}”`, { id: "brand-save" });
    onDone();
    router.refresh();
  });
  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <TextField id="brand-rename" label="Brand name" autoComplete="off" error={errors.name?.message} {...form.register("name")} />
      <label className="flex min-h-11 cursor-pointer items-start gap-3 text-sm text-slate-800">
        <input type="checkbox" className="mt-0.5 size-5 shrink-0 accent-brand-600" {...form.register("updateSlug")} />
        <span>
          Also change its slug to match
          <span className="block text-xs text-slate-600">
            Now <span className="font-mono">{brand.slug}</span>. Imports match brands by slug, so leave this off unless the old one is wrong.
          </span>
        </span>
      </label>
      <FormActions pending={isSubmitting} pendingLabel="Saving…" label="Save name" onCancel={onDone} />
    </form>
  );
}

const SEARCH_DELAY_MS = 250;

/** Merge `brand` into another brand chosen by searching; its products move there and it is deleted. */
export function MergeBrandForm({ brand, onDone }: { brand: AdminBrandRow; onDone: () => void }) {
  const router = useRouter();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<BrandChoice[]>([]);
  const [searching, setSearching] = useState(false);
  const [target, setTarget] = useState<BrandChoice | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    const text = query.trim();
    if (!text) return;
    let live = true;
    const timer = setTimeout(async () => {
      setSearching(true);
      const result = await searchBrandsAction(text, brand.id).catch(() => null);
      if (!live) return;
      setSearching(false);
      setResults(result?.ok ? result.data : []);
      if (!result) setError("We couldn't reach QuickLocal. Check your connection and try again.");
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, brand.id]);

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    if (!target) {
      setError("Choose the brand to merge into.");
      return;
    }
    setPending(true);
    setError(null);
    const result = await mergeBrandsAction({ sourceId: brand.id, targetId: target.id }).catch(() => null);
    setPending(false);
    if (!result || !result.ok) {
      const message = result?.message ?? "We couldn't reach QuickLocal. Check your connection and try again.";
      setError(message);
      toast.error(message, { id: "brand-merge" });
      return;
    }
    toast.success(`Merged into “${result.data.targetName}”: ${count(result.data.movedProducts, "product")} moved`, { id: "brand-merge" });
    onDone();
    router.refresh();
  }

  const shown = query.trim() ? results : [];
  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      {error ? <FormAlert tone="error">{error}</FormAlert> : null}
      <div className="grid gap-1.5">
        <label htmlFor="merge-search" className="text-sm font-medium text-slate-800">
          Find the brand to keep
        </label>
        <Input id="merge-search" type="search" autoComplete="off" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Type part of its name" aria-describedby="merge-search-status" />
        <p id="merge-search-status" className="text-xs text-slate-600" aria-live="polite">
          {searching ? "Searching…" : query.trim() ? (shown.length ? `${shown.length} found` : "No other brand matches") : "Type to search."}
        </p>
      </div>
      {shown.length ? (
        <fieldset>
          <legend className="sr-only">Brand to merge into</legend>
          <ul className="grid max-h-64 gap-1 overflow-y-auto">
            {shown.map((choice) => (
              <li key={choice.id}>
                <label
                  className={cn(
                    "flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border px-3 py-2 text-sm",
                    target?.id === choice.id ? "border-brand-600 bg-brand-50" : "border-slate-200 hover:bg-slate-50",
                  )}
                >
                  <input type="radio" name="merge-target" className="size-4 accent-brand-600" checked={target?.id === choice.id} onChange={() => setTarget(choice)} />
                  <span className="min-w-0 flex-1 truncate font-medium text-slate-900">{choice.name}</span>
                  <span className="text-xs text-slate-600">{count(choice.productCount, "product")}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-950">
        {target
          ? `${count(brand.productCount, "product")} of “${brand.name}” move to “${target.name}”, then “${brand.name}” is deleted. This can't be undone.`
          : `“${brand.name}” will be deleted after its ${count(brand.productCount, "product")} move to the brand you choose.`}
      </p>
      <FormActions pending={pending} pendingLabel="Merging…" label="Merge brands" variant="danger" onCancel={onDone} />
    </form>
  );
}
