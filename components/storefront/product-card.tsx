import Link from "next/link";
import { cardPrice, productHref, stockStatus } from "@/lib/catalog/rules";
import type { ProductCardDto } from "@/lib/catalog/types";
import { cn } from "@/lib/ui/cn";
import { CatalogImage } from "./catalog-image";
import { CompareToggle } from "./compare-toggle";
import { Price } from "./price";
import { RatingBadge } from "./rating";

/**
 * A product tile: picture, brand, two-line title, rating, price/MRP/discount and a low-stock note.
 * The whole card is one link named by the product title.
 */
export function ProductCard({
  product,
  priority = false,
  className,
  titleContent,
}: {
  product: ProductCardDto;
  priority?: boolean;
  className?: string;
  /** The title as shown (e.g. with search matches marked); the plain title by default. */
  titleContent?: React.ReactNode;
}) {
  const price = cardPrice(product);
  const stock = stockStatus(product.available);
  return (
    <article className={cn("group relative flex h-full flex-col overflow-hidden rounded-xl border border-slate-200 bg-white transition-shadow hover:shadow-md has-[a:focus-visible]:ring-2 has-[a:focus-visible]:ring-brand-600 has-[a:focus-visible]:ring-offset-2", className)}>
      <div className="relative aspect-square bg-white p-2">
        <CatalogImage
          image={product.image}
          sizes="(min-width: 1280px) 240px, (min-width: 768px) 30vw, 48vw"
          priority={priority}
          className="size-full"
          fallbackLabel={`No picture of ${product.title}`}
        />
        {price.discountPercent >= 10 && (
          <span className="absolute left-2 top-2 rounded-md bg-accent-500 px-1.5 py-0.5 text-xs font-bold text-slate-950" aria-hidden="true">
            {price.discountPercent}% off
          </span>
        )}
        {product.hasDeal && <span className="absolute right-2 top-2 rounded-md bg-red-700 px-1.5 py-0.5 text-xs font-bold text-white">Deal</span>}
      </div>
      <div className="flex flex-1 flex-col gap-1 border-t border-slate-100 p-3">
        {product.brand && <p className="truncate text-xs font-medium uppercase tracking-wide text-slate-600">{product.brand}</p>}
        <h3 className="line-clamp-2 min-h-10 text-sm leading-5 text-slate-900">
          <Link href={productHref(product.slug)} className="after:absolute after:inset-0 after:content-[''] focus-visible:underline focus-visible:outline-none">
            {titleContent ?? product.title}
          </Link>
        </h3>
        <RatingBadge rating={product.rating} ratingCount={product.ratingCount} />
        <Price display={price} currency={product.currency} className="mt-auto pt-1" />
        {stock.kind !== "in_stock" && (
          <p className={cn("text-xs font-semibold", stock.kind === "out" ? "text-red-700" : "text-amber-800")}>{stock.label}</p>
        )}
        <CompareToggle product={{ id: product.id, slug: product.slug, title: product.title, image: product.image }} className="-mb-2" />
      </div>
    </article>
  );
}
