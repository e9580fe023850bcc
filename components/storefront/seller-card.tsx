import Link from "next/link";
import { ChevronRight, MapPin, Star, Store } from "lucide-react";
import { cn } from "@/lib/ui/cn";
import { sellerHref } from "@/lib/catalog/rules";

/** Who sells the product: name, city and rating, linking to the seller's shop page. */
export function SellerCard({ seller }: { seller: { name: string; slug: string; city: string; state: string; rating: number } }) {
  return (
    <section aria-labelledby="seller-heading" className="rounded-2xl bg-white p-4 ring-1 ring-slate-200 md:p-6">
      <h2 id="seller-heading" className="mb-3 text-lg font-bold text-slate-900">
        Sold by
      </h2>
      <Link href={sellerHref(seller.slug)} className="group flex items-center gap-3 rounded-xl p-1 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600">
        <span className="grid size-12 shrink-0 place-items-center rounded-full bg-brand-50 text-brand-700">
          <Store className="size-6" aria-hidden="true" />
        </span>
        <span className="min-w-0 flex-1">
          <span className="block truncate font-semibold text-slate-900 group-hover:text-brand-700 group-hover:underline">{seller.name}</span>
          <SellerPlaceAndRating seller={seller} as="span" className="gap-y-0.5" iconClassName="size-3.5" />
        </span>
        <ChevronRight className="size-5 shrink-0 text-slate-400" aria-hidden="true" />
        <span className="sr-only">See more from this seller</span>
      </Link>
    </section>
  );
}

/** "Jaipur, Rajasthan · ★ 4.6 seller rating" — the rating only once the seller has one. */
export function SellerPlaceAndRating({
  seller,
  as: Tag = "p",
  className,
  iconClassName = "size-4",
}: {
  seller: { city: string; state: string; rating: number };
  as?: "p" | "span";
  className?: string;
  iconClassName?: string;
}) {
  return (
    <Tag className={cn("flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600", className)}>
      <span className="inline-flex items-center gap-1">
        <MapPin className={iconClassName} aria-hidden="true" />
        {seller.city}, {seller.state}
      </span>
      {seller.rating > 0 && (
        <span className="inline-flex items-center gap-1">
          <Star className={cn(iconClassName, "fill-amber-500 text-amber-500")} aria-hidden="true" />
          <span>
            {seller.rating.toFixed(1)}
            <span className="sr-only"> out of 5</span> seller rating
          </span>
        </span>
      )}
    </Tag>
  );
}
