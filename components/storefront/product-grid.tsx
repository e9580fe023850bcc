import type { ProductCardDto } from "@/lib/catalog/types";
import { ProductCard } from "./product-card";

export function ProductGrid({ products, label }: { products: ProductCardDto[]; label?: string }) {
  return (
    <ul aria-label={label} className="grid grid-cols-2 gap-2 sm:gap-3 md:grid-cols-3 lg:grid-cols-4 xl:grid-cols-5">
      {products.map((p, i) => (
        <li key={p.id}>
          <ProductCard product={p} priority={i < 2} />
        </li>
      ))}
    </ul>
  );
}
