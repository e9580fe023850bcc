import Link from "next/link";
import { Compass } from "lucide-react";
import { Logo } from "@/components/storefront/logo";
import { buttonVariants } from "@/components/ui/button";

export const metadata = { title: "Page not found", robots: { index: false } };

/** Site-wide 404 for addresses no route matches. */
export default function NotFound() {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-slate-200 bg-white px-4 py-2">
        <Logo />
      </header>
      <main id="main-content" className="mx-auto flex w-full max-w-lg flex-1 flex-col items-center justify-center gap-4 px-4 py-12 text-center">
        <span className="grid size-16 place-items-center rounded-full bg-brand-50 text-brand-700">
          <Compass className="size-8" aria-hidden="true" />
        </span>
        <p className="text-sm font-semibold text-brand-700">Error 404</p>
        <h1 className="text-2xl font-bold text-slate-950">This page does not exist</h1>
        <p className="text-slate-600">The link may be old or mistyped. Search the store or head back to the home page.</p>
        <form action="/search" role="search" className="flex w-full gap-2">
          <label htmlFor="nf-search" className="sr-only">
            Search products
          </label>
          <input
            id="nf-search"
            name="q"
            type="search"
            placeholder="Search products"
            className="min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 text-base focus-visible:outline-2 focus-visible:outline-brand-600"
          />
          <button type="submit" className={buttonVariants({ variant: "primary" })}>
            Search
          </button>
        </form>
        <Link href="/" className={buttonVariants({ variant: "outline" })}>
          Go to the home page
        </Link>
      </main>
    </div>
  );
}
