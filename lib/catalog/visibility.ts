import { and, eq, exists, sql, type SQL } from "drizzle-orm";
import { productVariants, products, sellers } from "@/models";

/** The product is approved and live, and its seller is active (the query must join sellers). */
export function listedProduct(): SQL {
  return and(eq(products.status, "active"), eq(sellers.status, "active")) as SQL;
}

/** A product is on sale when it is listed and has at least one active variant. */
export function visibleProducts(): SQL {
  return and(
    listedProduct(),
    exists(sql`(select 1 from ${productVariants} where ${productVariants.productId} = ${products.id} and ${productVariants.isActive} = true)`),
  ) as SQL;
}
