import { ProductGridSkeleton } from "@/components/storefront/skeletons";
import { Skeleton } from "@/components/ui/skeleton";

/** A listing with facets, while it loads: title and count, the filter sidebar (desktop), sort bar and grid. */
export function FacetedListingSkeleton({ label }: { label: string }) {
  return (
    <div className="mx-auto grid max-w-7xl grid-cols-1 gap-4 px-3 py-4 md:px-6" aria-busy="true">
      <span className="sr-only" role="status">
        {label}
      </span>
      <Skeleton className="h-4 w-40" />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Skeleton className="h-8 w-72" />
        <Skeleton className="h-4 w-48" />
      </div>
      <div className="grid gap-4 lg:grid-cols-[16rem_minmax(0,1fr)] lg:items-start">
        <div className="hidden gap-3 rounded-2xl bg-white p-3 ring-1 ring-slate-200 lg:grid">
          {Array.from({ length: 4 }, (_, group) => (
            <div key={group} className="grid gap-2 py-1">
              <Skeleton className="h-4 w-24" />
              {Array.from({ length: 4 }, (_, i) => (
                <Skeleton key={i} className="h-6 w-full" />
              ))}
            </div>
          ))}
        </div>
        <div className="grid min-w-0 content-start gap-4">
          <div className="flex gap-2 overflow-hidden">
            <Skeleton className="h-11 w-24 shrink-0 rounded-lg lg:hidden" />
            {Array.from({ length: 5 }, (_, i) => (
              <Skeleton key={i} className="h-11 w-32 shrink-0 rounded-full" />
            ))}
          </div>
          <ProductGridSkeleton />
        </div>
      </div>
    </div>
  );
}
