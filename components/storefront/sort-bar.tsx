import Link from "next/link";
import { SORT_LABELS, type SearchSort } from "@/lib/catalog/rules";
import { cn } from "@/lib/ui/cn";

/** Sort choices as links (no script needed, crawlers skip them) in a white panel; scrolls sideways on phones. */
export function SortBar<S extends SearchSort>({ sorts, current, hrefFor }: { sorts: readonly S[]; current: S; hrefFor: (sort: S) => string }) {
  return (
    <div className="rounded-xl bg-white px-3 py-1 ring-1 ring-slate-200">
      <nav aria-label="Sort products" className="flex min-w-0 items-center gap-2">
        <span className="shrink-0 text-sm font-semibold text-slate-800" aria-hidden="true">
          Sort by
        </span>
        <ul className="relative flex min-w-0 gap-1.5 overflow-x-auto py-1 [scrollbar-width:none] [&::-webkit-scrollbar]:hidden">
          {sorts.map((s) => (
            <li key={s} className="shrink-0">
              <Link
                href={hrefFor(s)}
                rel="nofollow"
                aria-current={s === current ? "true" : undefined}
                className={cn(
                  "inline-flex min-h-11 items-center whitespace-nowrap rounded-full border px-3.5 text-sm",
                  s === current
                    ? "border-brand-600 bg-brand-50 font-semibold text-brand-800"
                    : "border-slate-300 bg-white text-slate-800 hover:border-slate-400 hover:bg-slate-50",
                )}
              >
                <span className="sr-only">Sort by </span>
                {SORT_LABELS[s]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
