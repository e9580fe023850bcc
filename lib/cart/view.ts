import { imageUrl } from "@/lib/catalog/image-url";
import { lineNotices, maxSelectableQuantity, summarize } from "./rules";
import type { CartLine, CartLineView, CartView, MiniCartDto } from "./types";

/** Cart DTOs for the page and the mini-cart, from loaded lines (pure). */

export const MINI_CART_ITEMS = 3;

export function lineView(line: CartLine): CartLineView {
  return {
    id: line.cartItemId,
    variantId: line.variantId,
    productId: line.productId,
    href: `/p/${encodeURIComponent(line.slug)}?variant=${encodeURIComponent(line.sku)}`,
    title: line.title,
    variantTitle: line.variantTitle,
    sku: line.sku,
    productType: line.productType,
    sellerName: line.sellerName,
    imageUrl: line.imageKey ? imageUrl(line.imageKey, 160) : null,
    quantity: line.quantity,
    unitPricePaise: line.unitPricePaise,
    mrpPaise: line.mrpPaise,
    pricePaiseWhenAdded: line.pricePaiseWhenAdded,
    onDeal: line.dealId !== null,
    currency: line.currency,
    lineTotalPaise: line.unitPricePaise * line.quantity,
    available: line.available,
    maxQuantity: maxSelectableQuantity(line),
    notices: line.savedForLater ? lineNotices({ ...line, quantity: 1 }, line.currency).filter((n) => n.kind !== "price_down") : lineNotices(line, line.currency),
  };
}

export function cartView(lines: readonly CartLine[]): CartView {
  const active = lines.filter((l) => !l.savedForLater);
  const items = active.map(lineView);
  const blockingCount = items.filter((i) => i.notices.some((n) => n.blocking)).length;
  return {
    items,
    saved: lines.filter((l) => l.savedForLater).map(lineView),
    summary: summarize(active),
    blockingCount,
    canCheckout: items.length > 0 && blockingCount === 0,
  };
}

export function miniCart(view: CartView): MiniCartDto {
  return {
    unitCount: view.summary.unitCount,
    lineCount: view.summary.lineCount,
    subtotalPaise: view.summary.subtotalPaise,
    attention: view.blockingCount > 0,
    items: view.items.slice(0, MINI_CART_ITEMS).map(({ id, href, title, variantTitle, imageUrl: image, quantity, unitPricePaise, currency }) => ({
      id,
      href,
      title,
      variantTitle,
      imageUrl: image,
      quantity,
      unitPricePaise,
      currency,
    })),
  };
}

export const EMPTY_CART_VIEW: CartView = cartView([]);
