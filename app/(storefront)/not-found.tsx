import Link from "next/link";
import { MapPinOff } from "lucide-react";
import { EmptyState } from "@/components/storefront/empty-state";
import { buttonVariants } from "@/components/ui/button";
import { listTopCategories } from "@/lib/catalog/queries";
import { categoryHref } from "@/lib/catalog/rules";

export const metadata = { title: "Page not found", robots: { index: false } };

export default async function StorefrontNotFound() {
  const top = await listTopCategories().catch(() => []);
  return (
    <div className="mx-auto max-w-3xl px-3 py-10 md:py-16">
      <EmptyState
        icon={MapPinOff}
        headingLevel={1}
        title="We couldn't find that"
        description="The product or category may have been removed, renamed or is not on sale right now. Search for it, or start from a category."
      >
        <Link href="/" className={buttonVariants({ variant: "primary" })}>
          Go to the home page
        </Link>
        <Link href="/search?sort=discount" className={buttonVariants({ variant: "outline" })}>
          See today&apos;s best deals
        </Link>
      </EmptyState>
      {top.length > 0 && (
        <nav aria-label="Popular categories" className="mt-6">
          <h2 className="text-sm font-semibold text-slate-700">Popular categories</h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {top.map((c) => (
              <li key={c.id}>
                <Link
                  href={categoryHref(c.slug)}
                  className="inline-flex min-h-11 items-center rounded-full border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 hover:border-brand-600 hover:text-brand-800"
                >
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
