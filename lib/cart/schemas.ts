import { z } from "zod";
import { MAX_QTY_PER_ITEM } from "./rules";

/** Cart inputs, parsed again on the server whatever the form already checked. */

const quantity = z.coerce
  .number({ error: "Choose a quantity" })
  .int({ error: "Choose a whole number" })
  .min(1, { error: "Choose a quantity of at least 1" })
  .max(MAX_QTY_PER_ITEM, { error: `You can buy at most ${MAX_QTY_PER_ITEM} of an item` });

const variantId = z.uuid({ error: "Choose a product option" });
const itemId = z.uuid({ error: "That item is not in your cart" });

export const addToCartSchema = z.object({
  variantId,
  quantity: quantity.default(1),
  /** The search the product was found with (client-remembered), for add-to-cart attribution. */
  searchQueryId: z
    .union([z.uuid(), z.literal(""), z.null()])
    .optional()
    .catch(undefined)
    .transform((v) => v || null),
  /** "Buy now": the item goes to the cart unsaved, its quantity set rather than added to. */
  buyNow: z.boolean().optional().default(false),
});
export type AddToCartInput = z.input<typeof addToCartSchema>;

export const setQuantitySchema = z.object({ itemId, quantity });
export const itemIdSchema = z.object({ itemId });

export const addItemsSchema = z
  .array(z.object({ variantId, quantity }), { error: "Pass the items to add" })
  .min(1, { error: "Nothing to add" })
  .max(100, { error: "Too many items at once" });
