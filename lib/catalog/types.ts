/**
 * Read models of the catalogue: plain, serialisable DTOs returned by lib/catalog/queries.ts and
 * consumed by pages and client components. No database types leak through here.
 */

export interface ImageDto {
  url: string;
  /** Downscaled copies for `srcset` (160w, 320w, 480w and the original). */
  srcSet: string;
  alt: string;
  width: number;
  height: number;
}

export interface CategoryLink {
  id: string;
  name: string;
  slug: string;
  path: string;
  depth: number;
}

export interface CategoryNode extends CategoryLink {
  parentId: string | null;
  children: CategoryNode[];
}

export interface CategoryTile extends CategoryLink {
  productCount: number;
  image: ImageDto | null;
}

export interface CategoryDetail extends CategoryLink {
  /** Root first, the category itself excluded. */
  ancestors: CategoryLink[];
  children: CategoryLink[];
}

export interface ProductCardDto {
  id: string;
  slug: string;
  title: string;
  brand: string | null;
  /** Average rating 0–5 with two decimals of precision (from ratingX100). */
  rating: number;
  ratingCount: number;
  minPricePaise: number;
  maxPricePaise: number;
  /** MRP of the cheapest variant, so the struck-through price matches the price shown. */
  mrpPaise: number;
  currency: string;
  /** Units available across active variants (on hand minus reserved). */
  available: number;
  variantCount: number;
  image: ImageDto | null;
  /** Some variant has a live deal right now (see lib/catalog/deals-rules.ts). */
  hasDeal?: boolean;
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

export interface ProductOptionDto {
  name: string;
  values: string[];
}

export interface ProductVariantDto {
  id: string;
  sku: string;
  title: string;
  optionValues: Record<string, string>;
  pricePaise: number;
  mrpPaise: number;
  currency: string;
  /** stockOnHand − stockReserved, never negative. */
  available: number;
}

export interface ProductDetailDto {
  id: string;
  slug: string;
  title: string;
  description: string;
  type: string;
  brand: { name: string; slug: string } | null;
  seller: { name: string; slug: string; city: string; state: string };
  category: CategoryLink;
  /** Root first, ending with the product's own category. */
  breadcrumbs: CategoryLink[];
  rating: number;
  ratingCount: number;
  specifications: Record<string, string>;
  seoTitle: string | null;
  seoDescription: string | null;
  options: ProductOptionDto[];
  variants: ProductVariantDto[];
  images: ImageDto[];
}

export interface ProductRow {
  key: string;
  title: string;
  /** Where "See all" leads; null when the row has no single page. */
  href: string | null;
  items: ProductCardDto[];
}

/** A seller's shop front on the storefront. */
export interface SellerShopDto {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  city: string;
  state: string;
  /** 0–5, one decimal. */
  rating: number;
}
