import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./identity";
import { productVariants } from "./catalog";

/**
 * A shopping cart: a signed-in customer's (userId set, one per user) or a guest's (userId null; its id
 * travels in a signed cookie). On sign-in the guest cart is merged into the account cart and deleted.
 */
export const carts = pgTable(
  "carts",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid().references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("carts_user_key").on(t.userId), index("carts_guest_updated_idx").on(t.updatedAt).where(sql`${t.userId} is null`)],
);

export type Cart = typeof carts.$inferSelect;

/**
 * One variant in a cart. `pricePaiseWhenAdded` is the unit price the shopper saw when adding (deal price
 * included): the cart compares it with today's price and shows the change instead of applying it silently
 * (the shopper accepts it, which moves this snapshot). `savedForLater` items stay out of the totals.
 */
export const cartItems = pgTable(
  "cart_items",
  {
    id: uuid().primaryKey().defaultRandom(),
    cartId: uuid()
      .notNull()
      .references(() => carts.id, { onDelete: "cascade" }),
    variantId: uuid()
      .notNull()
      .references(() => productVariants.id, { onDelete: "cascade" }),
    quantity: integer().notNull(),
    pricePaiseWhenAdded: integer().notNull(),
    savedForLater: boolean().notNull().default(false),
    /** The search (search_queries.id) the item was added from, for add-to-cart attribution. */
    searchQueryId: uuid(),
    addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("cart_items_cart_variant_key").on(t.cartId, t.variantId),
    check("cart_items_quantity_positive", sql`${t.quantity} > 0`),
    check("cart_items_price_nonneg", sql`${t.pricePaiseWhenAdded} >= 0`),
  ],
);

export type CartItem = typeof cartItems.$inferSelect;
