"use client";
import { createContext, useCallback, useContext, useMemo, useOptimistic, useTransition } from "react";
import { useRouter } from "next/navigation";
import { listingHref, type ListingUrlState } from "@/components/search/url-state";
import { cn } from "@/lib/ui/cn";

interface ListingNavigationValue {
  basePath: string;
  state: ListingUrlState;
  /** Goes to the listing in this state (a new history entry, so Back undoes it). */
  navigate: (next: ListingUrlState) => void;
  hrefFor: (next: ListingUrlState) => string;
  pending: boolean;
}

const ListingNavigationContext = createContext<ListingNavigationValue | null>(null);

/**
 * A listing's state lives in the URL: query, filters, sort and page cursor. Every control navigates to
 * the new URL (keeping the scroll position), so the state can be shared, survives a reload and the
 * back button steps through it; while the new page loads, the results are marked busy.
 */
export function ListingNavigation({ basePath, state, children }: { basePath: string; state: ListingUrlState; children: React.ReactNode }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // Controls show the new state at once; the page's own state takes over when it arrives.
  const [shown, show] = useOptimistic(state);
  const hrefFor = useCallback((next: ListingUrlState) => listingHref(basePath, next), [basePath]);
  const navigate = useCallback(
    (next: ListingUrlState) =>
      startTransition(() => {
        show(next);
        router.push(hrefFor(next), { scroll: false });
      }),
    [router, hrefFor, show],
  );
  const value = useMemo(() => ({ basePath, state: shown, navigate, hrefFor, pending }), [basePath, shown, navigate, hrefFor, pending]);
  return <ListingNavigationContext value={value}>{children}</ListingNavigationContext>;
}

export function useListingNavigation(): ListingNavigationValue {
  const value = useContext(ListingNavigationContext);
  if (!value) throw new Error("useListingNavigation must be used inside <ListingNavigation>");
  return value;
}

/** The results area: dimmed and marked busy while a new filter state loads. */
export function ListingResultsRegion({ children, className }: { children: React.ReactNode; className?: string }) {
  const { pending } = useListingNavigation();
  return (
    <div aria-busy={pending} className={cn("grid min-w-0 content-start gap-4 transition-opacity", pending && "opacity-60", className)}>
      {children}
    </div>
  );
}
