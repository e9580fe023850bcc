import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { pageWindow } from "@/lib/catalog/rules";
import { cn } from "@/lib/ui/cn";

const item = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg px-3 text-sm font-medium";

/**
 * Numbered pagination with previous/next links. `hrefFor(page)` builds each page's URL so filters and
 * sort survive paging; plain links keep the back button and scroll restoration working.
 */
export function Pagination({
  page,
  pageCount,
  hrefFor,
  className,
  label = "Pagination",
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  className?: string;
  label?: string;
}) {
  if (pageCount <= 1) return null;
  const prev = page > 1 ? Math.min(page - 1, pageCount) : null;
  const next = page < pageCount ? page + 1 : null;
  return (
    <nav aria-label={label} className={cn("flex flex-wrap items-center justify-center gap-1", className)}>
      {prev ? (
        <Link href={hrefFor(prev)} rel="prev" className={cn(item, "gap-1 text-slate-800 hover:bg-slate-100")}>
          <ChevronLeft className="size-4" aria-hidden="true" />
          Previous
        </Link>
      ) : (
        <span aria-disabled="true" className={cn(item, "gap-1 text-slate-500")}>
          <ChevronLeft className="size-4" aria-hidden="true" />
          Previous
        </span>
      )}
      <ul className="hidden items-center gap-1 sm:flex">
        {pageWindow(Math.min(page, pageCount), pageCount).map((p, i) =>
          p === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-500">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                href={hrefFor(p)}
                aria-label={`Page ${p}`}
                aria-current={p === page ? "page" : undefined}
                className={cn(item, p === page ? "bg-brand-600 text-white" : "text-slate-800 hover:bg-slate-100")}
              >
                {p}
              </Link>
            </li>
          ),
        )}
      </ul>
      <span className="px-2 text-sm text-slate-700 sm:hidden">
        Page {Math.min(page, pageCount)} of {pageCount}
      </span>
      {next ? (
        <Link href={hrefFor(next)} rel="next" className={cn(item, "gap-1 text-slate-800 hover:bg-slate-100")}>
          Next
          <ChevronRight className="size-4" aria-hidden="true" />
        </Link>
      ) : (
        <span aria-disabled="true" className={cn(item, "gap-1 text-slate-500")}>
          Next
          <ChevronRight className="size-4" aria-hidden="true" />
        </span>
      )}
    </nav>
  );
}
