/**
 * The cart's shared shapes. `CheckoutLine` is the contract checkout (lib/workflows/checkout.ts) codes
 * against; the view types are what the cart page and the mini-cart render (serialisable DTOs).
 */

export interface CheckoutLine {
  cartItemId: string;
  variantId: string;
  productId: string;
  slug: string;
  sellerId: string;
  sellerName: string;
  sellerState: string;
  sellerPincode: string;
  productType: "physical" | "bundle" | "digital";
  title: string;
  variantTitle: string;
  sku: string;
  imageKey: string | null;
  quantity: number;
  /** Price now: live deal price if a deal has room, else variant price. */
  unitPricePaise: number;
  mrpPaise: number;
  dealId: string | null;
  /** Cart snapshot; differs from unitPricePaise => price changed notice. */
  pricePaiseWhenAdded: number;
  /** Sellable units now (on_hand - reserved; bundle: its derived stock). */
  available: number;
  categoryId: string;
  categoryPath: string;
  /** Effective category GST rate (nearest ancestor with a rate, else 1800). */
  gstRateBp: number;
  /** Bundle components per 1 bundle. */
  components: { variantId: string; quantity: number }[] | null;
  /** Product active, variant active, seller active. */
  purchasable: boolean;
}

/** A cart line with its saved-for-later flag, as loaded for the cart page. */
export interface CartLine extends CheckoutLine {
  savedForLater: boolean;
  currency: string;
  addedAt: Date;
}

export type LineNoticeKind = "unavailable" | "out_of_stock" | "low_stock" | "price_up" | "price_down";

/** Something that changed since the shopper added the item (shown, never applied silently). */
export interface LineNotice {
  kind: LineNoticeKind;
  message: string;
  /** Blocks checkout until the shopper acts (accepts the price, lowers the quantity, removes or saves it). */
  blocking: boolean;
}

export interface CartLineView {
  id: string;
  variantId: string;
  productId: string;
  href: string;
  title: string;
  variantTitle: string;
  sku: string;
  productType: CheckoutLine["productType"];
  sellerName: string;
  imageUrl: string | null;
  quantity: number;
  unitPricePaise: number;
  mrpPaise: number;
  pricePaiseWhenAdded: number;
  onDeal: boolean;
  currency: string;
  lineTotalPaise: number;
  available: number;
  /** Highest quantity the shopper can pick now (per-item limit and stock). */
  maxQuantity: number;
  notices: LineNotice[];
}

export interface CartSummary {
  /** Distinct lines in the cart (saved for later excluded). */
  lineCount: number;
  unitCount: number;
  subtotalPaise: number;
  mrpTotalPaise: number;
  savingsPaise: number;
  sellerCount: number;
}

export interface CartView {
  items: CartLineView[];
  saved: CartLineView[];
  summary: CartSummary;
  /** Lines that must be fixed before checkout. */
  blockingCount: number;
  canCheckout: boolean;
}

/** The header's mini-cart: a count and the first few lines. */
export interface MiniCartDto {
  unitCount: number;
  lineCount: number;
  subtotalPaise: number;
  attention: boolean;
  items: Pick<CartLineView, "id" | "href" | "title" | "variantTitle" | "imageUrl" | "quantity" | "unitPricePaise" | "currency">[];
}

export interface AddItemsResult {
  added: number;
  skipped: { variantId: string; reason: string }[];
}
