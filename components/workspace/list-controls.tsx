import Link from "next/link";
import { ChevronLeft, ChevronRight, Search, X } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/lib/ui/cn";
import { ChipScroller } from "./chip-scroller";
import { hrefWith, pageBounds, type ListState } from "./search-params";

export interface ChipItem {
  label: string;
  count?: number;
  href: string;
  active: boolean;
}

/** One-tap filters (e.g. by status) as links, so they work without JavaScript and keep the URL shareable. */
export function FilterChips({ label, items }: { label: string; items: ChipItem[] }) {
  return (
    <ChipScroller label={label}>
      <ul className="flex w-max gap-2">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item.active ? "page" : undefined}
              className={cn(
                "inline-flex min-h-11 items-center gap-1.5 rounded-full border px-3.5 text-sm font-medium whitespace-nowrap transition-colors",
                item.active
                  ? "border-brand-600 bg-brand-600 text-white"
                  : "border-slate-300 bg-white text-slate-800 hover:border-slate-400 hover:bg-slate-50",
              )}
            >
              {item.label}
              {item.count !== undefined ? (
                <span
                  className={cn(
                    "rounded-full px-1.5 text-xs font-semibold tabular-nums",
                    item.active ? "bg-white/20 text-white" : "bg-slate-100 text-slate-700",
                  )}
                >
                  {item.count.toLocaleString("en-IN")}
                </span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </ChipScroller>
  );
}

export interface SelectControl {
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
}

/**
 * The search box of a list, as a plain GET form: submitting starts again at page 1 and keeps the
 * other filters (passed as `keep`). An optional select (e.g. sort order) submits with it.
 */
export function ListSearch({
  action,
  label,
  placeholder,
  query,
  keep = {},
  select,
}: {
  action: string;
  label: string;
  placeholder: string;
  query?: string;
  keep?: ListState;
  select?: SelectControl;
}) {
  const id = `search-${action.replace(/\W+/g, "-")}`;
  return (
    <form action={action} method="get" role="search" className="flex flex-col gap-2 sm:flex-row sm:items-end">
      {Object.entries(keep).map(([name, value]) =>
        value === undefined || value === "" ? null : <input key={name} type="hidden" name={name} value={String(value)} />,
      )}
      <div className="relative min-w-0 flex-1">
        <label htmlFor={id} className="sr-only">
          {label}
        </label>
        <Search aria-hidden="true" className="pointer-events-none absolute left-3 top-1/2 size-4 -translate-y-1/2 text-slate-500" />
        <input
          id={id}
          type="text"
          enterKeyHint="search"
          name="q"
          defaultValue={query}
          placeholder={placeholder}
          maxLength={100}
          autoComplete="off"
          className="flex min-h-11 w-full rounded-lg border border-slate-300 bg-white py-2 pl-9 pr-12 text-base text-slate-900 placeholder:text-slate-500 focus-visible:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600 sm:text-sm"
        />
        {query ? (
          <Link
            href={hrefWith(action, keep)}
            className="absolute right-0 top-0 inline-flex size-11 items-center justify-center rounded-lg text-slate-600 hover:text-slate-900"
          >
            <X aria-hidden="true" className="size-4" />
            <span className="sr-only">Clear search</span>
          </Link>
        ) : null}
      </div>
      <div className="flex gap-2">
        {select ? (
          <div className="flex min-w-0 flex-1 items-center gap-2 sm:flex-none">
            <label htmlFor={`${id}-${select.name}`} className="text-sm font-medium whitespace-nowrap text-slate-700">
              {select.label}
            </label>
            <select
              id={`${id}-${select.name}`}
              name={select.name}
              defaultValue={select.value}
              className="min-h-11 w-full min-w-0 rounded-lg border border-slate-300 bg-white px-3 text-base text-slate-900 focus-visible:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600 sm:w-auto sm:text-sm"
            >
              {select.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <button type="submit" className={buttonVariants({ variant: "primary" })}>
          {select ? "Apply" : "Search"}
        </button>
      </div>
    </form>
  );
}

/** "Showing 21–40 of 134 products" with previous/next links that keep every other filter. */
export function Pagination({
  pathname,
  state,
  page,
  pageCount,
  pageSize,
  total,
  noun,
}: {
  pathname: string;
  state: ListState;
  page: number;
  pageCount: number;
  pageSize: number;
  total: number;
  /** Singular and plural, e.g. ["product", "products"]. */
  noun: [one: string, other: string];
}) {
  const { from, to } = pageBounds(page, pageSize, total);
  const edge = "pointer-events-none opacity-50";
  return (
    <nav aria-label="Pagination" className="mt-4 flex flex-col items-center justify-between gap-3 sm:flex-row">
      <p className="text-sm text-slate-600" aria-live="polite">
        Showing <span className="font-semibold tabular-nums text-slate-900">{from.toLocaleString("en-IN")}</span>–
        <span className="font-semibold tabular-nums text-slate-900">{to.toLocaleString("en-IN")}</span> of{" "}
        <span className="font-semibold tabular-nums text-slate-900">{total.toLocaleString("en-IN")}</span> {total === 1 ? noun[0] : noun[1]}
      </p>
      {pageCount > 1 ? (
        <div className="flex items-center gap-2">
          {page > 1 ? (
            <Link href={hrefWith(pathname, state, { page: page - 1 })} rel="prev" className={buttonVariants({ variant: "outline" })}>
              <ChevronLeft aria-hidden="true" />
              Previous
            </Link>
          ) : (
            <span aria-disabled="true" className={cn(buttonVariants({ variant: "outline" }), edge)}>
              <ChevronLeft aria-hidden="true" />
              Previous
            </span>
          )}
          <span className="px-1 text-sm tabular-nums text-slate-700">
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? (
            <Link href={hrefWith(pathname, state, { page: page + 1 })} rel="next" className={buttonVariants({ variant: "outline" })}>
              Next
              <ChevronRight aria-hidden="true" />
            </Link>
          ) : (
            <span aria-disabled="true" className={cn(buttonVariants({ variant: "outline" }), edge)}>
              Next
              <ChevronRight aria-hidden="true" />
            </span>
          )}
        </div>
      ) : null}
    </nav>
  );
}
