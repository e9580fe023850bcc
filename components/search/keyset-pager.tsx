import Link from "next/link";
import { ChevronRight, ChevronsLeft } from "lucide-react";
import { cn } from "@/lib/ui/cn";

const link = "inline-flex min-h-11 items-center justify-center gap-1 rounded-lg px-4 text-sm font-semibold";

/**
 * Keyset pagination: "Next page" carries the engine's cursor (rel="next"); deeper pages offer the way
 * back to the first. The browser's Back button steps back page by page.
 */
export function KeysetPager({ page, nextHref, firstHref, className }: { page: number; nextHref: string | null; firstHref: string; className?: string }) {
  if (!nextHref && page <= 1) return null;
  return (
    <nav aria-label="Pagination" className={cn("flex flex-wrap items-center justify-center gap-2", className)}>
      {page > 1 && (
        <Link href={firstHref} rel="first" className={cn(link, "text-brand-700 hover:bg-brand-50")}>
          <ChevronsLeft className="size-4" aria-hidden="true" />
          First page
        </Link>
      )}
      <span className="px-2 text-sm text-slate-600">Page {page}</span>
      {nextHref && (
        <Link href={nextHref} rel="next" className={cn(link, "bg-brand-600 text-white hover:bg-brand-700")}>
          Next page
          <ChevronRight className="size-4" aria-hidden="true" />
        </Link>
      )}
    </nav>
  );
}
