"use client";
import Form from "next/form";
import { usePathname, useSearchParams } from "next/navigation";
import { Search } from "lucide-react";
import { cn } from "@/lib/ui/cn";

/** The header search: a plain GET form to /search?q=…, prefilled with the current query on the results page. */
export function SearchForm({ className, id = "site-search" }: { className?: string; id?: string }) {
  const pathname = usePathname();
  const params = useSearchParams();
  const current = pathname === "/search" ? (params.get("q") ?? "") : "";
  return (
    <Form action="/search" role="search" className={cn("flex w-full items-stretch", className)}>
      <label htmlFor={id} className="sr-only">
        Search products
      </label>
      <input
        key={current}
        id={id}
        name="q"
        type="search"
        defaultValue={current}
        placeholder="Search groceries, fashion, toys…"
        autoComplete="off"
        enterKeyHint="search"
        maxLength={100}
        className="min-h-11 w-full min-w-0 rounded-l-lg border border-r-0 border-slate-300 bg-slate-50 px-3 text-base text-slate-900 placeholder:text-slate-500 focus-visible:border-brand-600 focus-visible:bg-white focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600 sm:text-sm"
      />
      <button
        type="submit"
        className="inline-flex min-h-11 min-w-12 items-center justify-center rounded-r-lg bg-brand-600 px-3 text-white hover:bg-brand-700"
      >
        <Search className="size-5" aria-hidden="true" />
        <span className="sr-only">Search</span>
      </button>
    </Form>
  );
}
