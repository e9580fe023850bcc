import { Suspense } from "react";
import { MiniCart } from "@/components/cart/mini-cart";
import { HeaderAccount } from "./header-account";
import { Logo } from "./logo";
import { PincodeChip } from "./pincode-chip";
import { SearchForm } from "./search-form";

function SearchFallback({ className }: { className?: string }) {
  return (
    <form action="/search" role="search" className={className}>
      <label htmlFor="site-search-fallback" className="sr-only">
        Search products
      </label>
      <input id="site-search-fallback" name="q" type="search" className="min-h-11 w-full rounded-lg border border-slate-300 px-3" />
    </form>
  );
}

/**
 * Storefront header: logo, delivery PIN chip, search, account and cart. Sticky on every screen size; on
 * phones the search drops to its own row and the PIN chip to a strip below the header. The same for
 * every visitor: the account and PIN code fill in from the visitor's bits in the browser.
 */
export function SiteHeader() {
  const searchClass = "order-last basis-full md:order-none md:max-w-2xl md:flex-1 md:basis-auto";
  return (
    <>
      <header className="sticky top-0 z-40 border-b border-slate-200 bg-white shadow-sm">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-2 gap-y-1.5 px-3 py-1.5 md:flex-nowrap md:gap-x-4 md:px-6 md:py-2">
          <Logo />
          <PincodeChip className="hidden md:inline-flex" />
          <Suspense fallback={<SearchFallback className={searchClass} />}>
            <SearchForm className={searchClass} />
          </Suspense>
          <div className="ml-auto flex items-center gap-1">
            <HeaderAccount />
            <MiniCart />
          </div>
        </div>
      </header>
      <div className="border-b border-brand-100 bg-brand-50 md:hidden">
        <div className="mx-auto max-w-7xl px-1">
          <PincodeChip />
        </div>
      </div>
    </>
  );
}
