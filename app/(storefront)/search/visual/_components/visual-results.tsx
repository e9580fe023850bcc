"use client";
import { useMemo, useState, useSyncExternalStore } from "react";
import { ImageOff, Loader2, RotateCcw, ScanSearch, TriangleAlert } from "lucide-react";
import { ProductCard } from "@/components/storefront/product-card";
import { EmptyState } from "@/components/storefront/empty-state";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { dataUrlToBlob, loadVisualResult, runVisualSearch, saveVisualResult, type VisualSearchResult } from "@/components/search/visual-search-client";
import { VisualSearchPicker } from "@/components/search/visual-search-picker";
import { similarityPercent } from "@/lib/search/visual/types";

/** sessionStorage as an external store: the raw saved result (a string, so snapshots compare by value). */
const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
function snapshot(): string {
  const result = loadVisualResult();
  return result ? JSON.stringify(result) : "";
}
function store(result: VisualSearchResult) {
  saveVisualResult(result);
  listeners.forEach((l) => l());
}

function AnotherPhoto({ label = "Try another photo", variant = "outline" as const }: { label?: string; variant?: "outline" | "primary" }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant={variant}>
          <ScanSearch aria-hidden="true" /> {label}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel="Close photo search">
        <DialogHeader>
          <DialogTitle>Search with a photo</DialogTitle>
          <DialogDescription>Take or upload a photo of a product and we’ll find similar ones.</DialogDescription>
        </DialogHeader>
        <VisualSearchPicker
          onResult={(result) => {
            store(result);
            setOpen(false);
          }}
        />
      </DialogContent>
    </Dialog>
  );
}

export function VisualResults() {
  const raw = useSyncExternalStore(subscribe, snapshot, () => null);
  const result = useMemo(() => (raw ? (JSON.parse(raw) as VisualSearchResult) : null), [raw]);
  const [retrying, setRetrying] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function retry() {
    if (!result) return;
    setRetrying(true);
    setError(null);
    try {
      const outcome = await runVisualSearch(dataUrlToBlob(result.photo));
      if (outcome.ok) store(outcome.result);
      else setError(outcome.message);
    } catch {
      setError("Something went wrong. Please try again.");
    } finally {
      setRetrying(false);
    }
  }

  if (raw === null) {
    return (
      <div className="grid min-h-64 place-items-center" role="status">
        <Loader2 className="size-6 animate-spin text-slate-500 motion-reduce:animate-none" aria-hidden="true" />
        <span className="sr-only">Loading your photo search…</span>
      </div>
    );
  }

  if (!result) {
    return (
      <EmptyState icon={ScanSearch} headingLevel={1} title="Search with a photo" description="Take or upload a photo of a product and we’ll show you similar products from local sellers.">
        <AnotherPhoto label="Choose a photo" variant="primary" />
      </EmptyState>
    );
  }

  const count = result.hits.length;
  return (
    <div className="grid gap-4 md:grid-cols-[14rem_minmax(0,1fr)] md:items-start">
      <section aria-labelledby="visual-photo-heading" className="grid gap-3 rounded-2xl bg-white p-3 ring-1 ring-slate-200 max-md:grid-cols-[6rem_minmax(0,1fr)] max-md:items-center">
        <h2 id="visual-photo-heading" className="sr-only">
          Your photo
        </h2>
        {/* The query photo as a data: URL from this browser; next/image cannot optimise it. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={result.photo} alt="Your photo" className="aspect-square w-full rounded-lg bg-slate-50 object-contain" data-testid="visual-query-photo" />
        <div className="grid gap-2">
          <p className="text-xs text-slate-600">Searched in {Math.round(result.tookMs)} ms</p>
          <Button variant="outline" size="sm" onClick={retry} disabled={retrying}>
            {retrying ? <Loader2 className="animate-spin motion-reduce:animate-none" aria-hidden="true" /> : <RotateCcw aria-hidden="true" />}
            {retrying ? "Searching…" : "Search again"}
          </Button>
          <AnotherPhoto />
        </div>
      </section>

      <section aria-labelledby="visual-results-heading" className="grid gap-3" aria-busy={retrying}>
        <div>
          <h1 id="visual-results-heading" className="text-2xl font-bold text-slate-950 md:text-3xl">
            Similar products
          </h1>
          <p className="text-sm text-slate-600" role="status">
            {count === 0 ? "No products look like your photo." : `${count} ${count === 1 ? "product looks" : "products look"} like your photo, most similar first.`}
          </p>
        </div>
        {error && (
          <p role="alert" className="flex items-start gap-2 rounded-lg bg-red-50 p-3 text-sm font-medium text-red-800">
            <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
            {error}
          </p>
        )}
        {count === 0 ? (
          <EmptyState icon={ImageOff} title="No similar products found" description="Try a closer photo of a single product on a plain background, or search by name.">
            <AnotherPhoto variant="primary" />
          </EmptyState>
        ) : (
          <ul aria-label="Similar products" className="grid grid-cols-2 gap-2 sm:gap-3 lg:grid-cols-3 xl:grid-cols-4">
            {result.hits.map((hit, i) => (
              <li key={hit.id} className="flex flex-col gap-1">
                <span className="self-start rounded-full bg-brand-100 px-2 py-0.5 text-xs font-semibold text-brand-800" data-testid="similarity">
                  {similarityPercent(hit.similarity)}% match
                </span>
                <ProductCard product={hit} priority={i < 2} className="flex-1" />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
