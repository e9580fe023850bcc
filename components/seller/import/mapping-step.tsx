"use client";

import { useMemo, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { FormAlert } from "@/components/auth/form-alert";
import { PendingButton } from "@/components/forms/pending-button";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { toast } from "@/components/ui/toaster";
import { startImportAction } from "@/lib/catalog/import/actions";
import { buildCategoryIndex, type CategoryNode } from "@/lib/catalog/import/category-match";
import { humanizeColumn, lacksCategory, mappingProblems, SPEC_PREFIX, specKey, type ImportMapping } from "@/lib/catalog/import/fields";
import { IMPORT_KIND_LABELS, IMPORT_KINDS } from "@/lib/catalog/import/formats";
import type { ParsedRow } from "@/lib/catalog/import/parse";
import { imageColumns, suggestKind, suggestMapping } from "@/lib/catalog/import/suggest";
import type { ImportKind } from "@/models/catalog";
import { DefaultCategoryPicker } from "./default-category-picker";
import { MappingFields, SpecColumns } from "./mapping-fields";
import { MappingPreview } from "./mapping-preview";

const KIND_HINTS: Record<ImportKind, string> = {
  products: "Creates new products and updates the ones with the same SKU or source ID.",
  price_stock: "Changes prices, MRPs, stock and low-stock alerts of your existing SKUs. Nothing else changes.",
};
const PREVIEW_ROWS = 6;

export interface MappingStepProps {
  uploadId: string;
  headers: string[];
  sample: ParsedRow[];
  categories: CategoryNode[];
  sellerCode: string;
}

/**
 * Step 2 of an import: say what the file does, match its columns to our fields (pre-filled from the
 * headers), pick a default category and whether new products go to review, check the preview of the
 * first rows as they would be imported, and start.
 */
export function MappingStep({ uploadId, headers, sample, categories, sellerCode }: MappingStepProps) {
  const router = useRouter();
  const [kind, setKind] = useState<ImportKind>(() => suggestKind(headers));
  const [mappings, setMappings] = useState<Record<ImportKind, ImportMapping>>(() => ({
    products: suggestMapping("products", headers),
    price_stock: suggestMapping("price_stock", headers),
  }));
  const [defaultCategoryId, setDefaultCategoryId] = useState("");
  const [submitForReview, setSubmitForReview] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const index = useMemo(() => buildCategoryIndex(categories), [categories]);
  const choices = useMemo(() => [...index.labels.entries()].map(([id, label]) => ({ id, label })).sort((a, b) => a.label.localeCompare(b.label)), [index]);
  const mapping = mappings[kind];
  const example = sample.find((r) => "record" in r);
  const pictures = imageColumns(headers);

  function update(next: ImportMapping) {
    setMappings((all) => ({ ...all, [kind]: next }));
    setErrors({});
  }
  function setField(field: string, column: string) {
    // A column feeds one field: taking it for a field drops it from the specifications.
    const next = Object.fromEntries(Object.entries(mapping).filter(([key, c]) => key !== field && !(key.startsWith(SPEC_PREFIX) && c === column)));
    update(column ? { ...next, [field]: column } : next);
  }
  function toggleSpec(column: string, on: boolean) {
    const next = Object.fromEntries(Object.entries(mapping).filter(([key, c]) => !(key.startsWith(SPEC_PREFIX) && c === column)));
    update(on ? { ...next, [specKey(humanizeColumn(column))]: column } : next);
  }

  async function start() {
    const problems = mappingProblems(kind, mapping, headers);
    if (Object.keys(problems).length > 0) {
      setErrors(problems);
      setFormError(problems._form ?? "Please choose the columns marked below.");
      return;
    }
    setPending(true);
    setFormError(null);
    const result = await startImportAction({ uploadId, kind, mapping, defaultCategoryId, submitForReview });
    if (result.ok) {
      toast.success("Import started", { id: "import-start" });
      router.push(`/seller/products/import/${result.data.id}`);
      return;
    }
    setPending(false);
    const fieldErrors = Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([key, messages]) => [key.replace(/^mapping\./, ""), messages[0]]));
    setErrors(fieldErrors);
    setFormError(result.message);
    toast.error(result.message, { id: "import-start" });
  }

  return (
    <div className="grid gap-5">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <Card>
        <CardHeader>
          <CardTitle>What does this file do?</CardTitle>
        </CardHeader>
        <CardContent>
          <fieldset className="grid gap-2 sm:grid-cols-2">
            <legend className="sr-only">What does this file do?</legend>
            {IMPORT_KINDS.map((k) => (
              <label
                key={k}
                className="flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-slate-200 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
              >
                <input type="radio" name="import-kind" value={k} checked={kind === k} onChange={() => {
                    setKind(k);
                    setErrors({});
                  }} className="mt-1 size-4 accent-brand-600" />
                <span>
                  <span className="block text-sm font-semibold text-slate-900">{IMPORT_KIND_LABELS[k]}</span>
                  <span className="block text-sm text-slate-600">{KIND_HINTS[k]}</span>
                </span>
              </label>
            ))}
          </fieldset>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Match your columns</CardTitle>
          <CardDescription>We matched what we could from the column names. Change anything that is wrong.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-5">
          <MappingFields kind={kind} headers={headers} example={example && "record" in example ? example.record : null} mapping={mapping} errors={errors} onChange={setField} />
          {kind === "products" ? (
            <div className="grid gap-2">
              <h3 className="text-sm font-semibold text-slate-900">Show these columns as specifications</h3>
              <SpecColumns headers={headers} mapping={mapping} onToggle={toggleSpec} />
            </div>
          ) : null}
          {kind === "products" && pictures.length > 0 ? (
            <FormAlert tone="info">
              Picture links in {pictures.map((p) => `“${p}”`).join(", ")} are not downloaded. Imported products have no photos until you add them in the product editor.
            </FormAlert>
          ) : null}
        </CardContent>
      </Card>

      {kind === "products" ? (
        <Card>
          <CardHeader>
            <CardTitle>New products</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-4">
            {lacksCategory(kind, mapping, defaultCategoryId || null) ? (
              <FormAlert tone="info">
                No column of this file gives the category. Choose a default category, or only products that already exist (same SKU or source ID) will be
                updated and every new one will be reported as failed.
              </FormAlert>
            ) : null}
            <DefaultCategoryPicker categories={choices} value={defaultCategoryId} error={errors.defaultCategoryId} onChange={(id) => {
                setDefaultCategoryId(id);
                setErrors({});
              }} />
            <label className="flex min-h-11 cursor-pointer items-start gap-3 text-sm">
              <input type="checkbox" className="mt-0.5 size-4 accent-brand-600" checked={submitForReview} onChange={(e) => setSubmitForReview(e.target.checked)} />
              <span>
                <span className="block font-medium text-slate-900">Submit new products for review</span>
                <span className="block text-slate-600">Otherwise they are saved as drafts you can check and submit later. Changes to live products always go to review.</span>
              </span>
            </label>
          </CardContent>
        </Card>
      ) : null}

      <section aria-labelledby="import-preview" className="grid gap-3">
        <h2 id="import-preview" className="text-base font-semibold text-slate-900">
          Preview
        </h2>
        <MappingPreview sample={sample.slice(0, PREVIEW_ROWS)} kind={kind} mapping={mapping} ctx={{ categories: index, defaultCategoryId: defaultCategoryId || null, sellerCode }} />
      </section>

      <div className="flex flex-col-reverse gap-2 border-t border-slate-200 pt-4 sm:flex-row sm:justify-end">
        <Link href="/seller/products/import" className={buttonVariants({ variant: "outline" })}>
          Choose another file
        </Link>
        <PendingButton type="button" pending={pending} pendingLabel="Starting…" onClick={() => void start()}>
          Start import
        </PendingButton>
      </div>
    </div>
  );
}
