/**
 * Bundle arithmetic (pure). A bundle holds no stock of its own: it can be sold as many times as its
 * scarcest component allows, and its price is shown against what its parts cost one by one.
 */

/** How many bundles the components allow: the minimum over items of floor(available / quantity); 0 without items. */
export function bundleAvailability(items: readonly { quantity: number; available: number }[]): number {
  if (items.length === 0) return 0;
  return Math.min(...items.map((item) => (item.quantity > 0 ? Math.floor(Math.max(0, item.available) / item.quantity) : 0)));
}

/** What the items cost bought separately, in paise. */
export function bundleSumOfParts(items: readonly { quantity: number; pricePaise: number }[]): number {
  return items.reduce((sum, item) => sum + item.quantity * item.pricePaise, 0);
}

export const BUNDLE_ITEM_MESSAGES = {
  unknown: "Choose one of your live products for the bundle",
  otherSeller: "You can only bundle your own products",
  bundle: "A bundle cannot contain another bundle",
  digital: "Only physical products can go in a bundle",
  inactive: "This product is not live: only live products can go in a bundle",
} as const;
