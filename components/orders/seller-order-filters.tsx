import Link from "next/link";
import { Search } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { hrefWith, type ListState } from "@/components/workspace/search-params";

const field =
  "min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 text-base text-slate-900 focus-visible:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600 sm:text-sm";

/**
 * Search and a placed-on date range (India days) as a plain GET form, so filters live in the URL, work
 * without JavaScript and feed the CSV export. `keep` carries the other filters (tab, status).
 */
export function OrderFilters({
  action,
  searchLabel,
  placeholder,
  q,
  from,
  to,
  keep,
}: {
  action: string;
  searchLabel: string;
  placeholder: string;
  q?: string;
  from?: string;
  to?: string;
  keep: ListState;
}) {
  const filtered = Boolean(q || from || to);
  return (
    <form action={action} method="get" role="search" aria-label="Filter orders" className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_auto_auto_auto] sm:items-end">
      {Object.entries(keep).map(([name, value]) => (value === undefined || value === "" ? null : <input key={name} type="hidden" name={name} value={String(value)} />))}
      <div className="relative">
        <label htmlFor="orders-q" className="mb-1 block text-sm font-medium text-slate-800">
          {searchLabel}
        </label>
        <Search aria-hidden="true" className="pointer-events-none absolute bottom-3.5 left-3 size-4 text-slate-500" />
        <input id="orders-q" name="q" type="search" defaultValue={q} placeholder={placeholder} maxLength={100} autoComplete="off" enterKeyHint="search" className={`${field} pl-9`} />
      </div>
      <div className="grid grid-cols-2 gap-2 sm:contents">
        <div>
          <label htmlFor="orders-from" className="mb-1 block text-sm font-medium text-slate-800">
            Placed from
          </label>
          <input id="orders-from" name="from" type="date" defaultValue={from} className={field} />
        </div>
        <div>
          <label htmlFor="orders-to" className="mb-1 block text-sm font-medium text-slate-800">
            Placed to
          </label>
          <input id="orders-to" name="to" type="date" defaultValue={to} className={field} />
        </div>
      </div>
      <div className="flex gap-2">
        <button type="submit" className={`${buttonVariants({ variant: "primary" })} flex-1 sm:flex-none`}>
          Apply
        </button>
        {filtered ? (
          <Link href={hrefWith(action, keep)} className={`${buttonVariants({ variant: "outline" })} flex-1 sm:flex-none`}>
            Clear
          </Link>
        ) : null}
      </div>
    </form>
  );
}
