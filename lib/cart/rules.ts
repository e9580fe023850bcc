import { formatMoney } from "@/lib/platform/money";
import type { CartSummary, CheckoutLine, LineNotice } from "./types";

/**
 * Cart rules (pure): limits, what changed since an item was added, totals, and how a guest cart joins
 * an account cart on sign-in. Saved-for-later items never count toward the order limits or totals.
 */

export const MAX_QTY_PER_ITEM = 10;
/** Distinct lines in one order. */
export const MAX_ITEMS_PER_ORDER = 30;
export const MAX_UNITS_PER_ORDER = 100;
/** Saved-for-later list size. */
export const MAX_SAVED_ITEMS = 50;

export interface CartLoad {
  /** Lines in the cart (not saved for later) and their units. */
  lines: number;
  units: number;
}

export interface LimitProblem {
  field: "quantity" | "variantId";
  message: string;
}

type NoticeLine = Pick<CheckoutLine, "purchasable" | "available" | "quantity" | "unitPricePaise" | "pricePaiseWhenAdded">;

/** What the shopper must see about a line now: availability, stock against the quantity, price against the snapshot. */
export function lineNotices(line: NoticeLine, currency = "INR"): LineNotice[] {
  if (!line.purchasable) return [{ kind: "unavailable", message: "This item is no longer sold. Remove it to continue.", blocking: true }];
  const notices: LineNotice[] = [];
  if (line.available <= 0) notices.push({ kind: "out_of_stock", message: "Out of stock right now. Save it for later or remove it.", blocking: true });
  else if (line.available < line.quantity) {
    notices.push({ kind: "low_stock", message: `Only ${line.available} left. Lower the quantity to ${line.available} to continue.`, blocking: true });
  }
  if (line.unitPricePaise !== line.pricePaiseWhenAdded) {
    const was = formatMoney(line.pricePaiseWhenAdded, currency);
    const now = formatMoney(line.unitPricePaise, currency);
    const up = line.unitPricePaise > line.pricePaiseWhenAdded;
    notices.push({
      kind: up ? "price_up" : "price_down",
      message: up ? `Price went up from ${was} to ${now} since you added it.` : `Price dropped from ${was} to ${now} since you added it.`,
      blocking: true,
    });
  }
  return notices;
}

/** The highest quantity selectable for a line: the per-item limit, stock, and never below what it holds now. */
export function maxSelectableQuantity(line: Pick<CheckoutLine, "available" | "quantity">): number {
  return Math.max(Math.min(MAX_QTY_PER_ITEM, Math.max(line.available, 0)), Math.min(line.quantity, MAX_QTY_PER_ITEM), 1);
}

/**
 * Whether a line may hold `nextQty` units (adding to the cart or changing a quantity). `currentQty` is
 * what the line holds in the cart now (0 for a new or saved line); `load` is the cart before the change.
 */
export function checkLineQuantity(a: { currentQty: number; nextQty: number; available: number; load: CartLoad }): LimitProblem | null {
  const { currentQty, nextQty, available, load } = a;
  if (!Number.isInteger(nextQty) || nextQty < 1) return { field: "quantity", message: "Choose a quantity of at least 1" };
  if (nextQty > MAX_QTY_PER_ITEM) {
    const more = MAX_QTY_PER_ITEM - currentQty;
    return {
      field: "quantity",
      message:
        more > 0
          ? `You can buy at most ${MAX_QTY_PER_ITEM} of an item; you can add ${more} more.`
          : `You already have ${currentQty} in your cart, the most you can buy of one item.`,
    };
  }
  if (available <= 0) return { field: "quantity", message: "This item is out of stock right now." };
  if (nextQty > available) {
    return { field: "quantity", message: currentQty > 0 ? `Only ${available} left, and you already have ${currentQty} in your cart.` : `Only ${available} left.` };
  }
  if (currentQty === 0 && load.lines >= MAX_ITEMS_PER_ORDER) {
    return { field: "variantId", message: `Your cart holds at most ${MAX_ITEMS_PER_ORDER} different items. Save some for later or remove them first.` };
  }
  if (load.units - currentQty + nextQty > MAX_UNITS_PER_ORDER) {
    return { field: "quantity", message: `An order can have at most ${MAX_UNITS_PER_ORDER} units; your cart has ${load.units}.` };
  }
  return null;
}

/** Totals over the lines in the cart (the caller passes those not saved for later). */
export function summarize(lines: readonly Pick<CheckoutLine, "quantity" | "unitPricePaise" | "mrpPaise" | "sellerId">[]): CartSummary {
  let units = 0;
  let subtotal = 0;
  let mrp = 0;
  for (const l of lines) {
    units += l.quantity;
    subtotal += l.unitPricePaise * l.quantity;
    mrp += Math.max(l.mrpPaise, l.unitPricePaise) * l.quantity;
  }
  return {
    lineCount: lines.length,
    unitCount: units,
    subtotalPaise: subtotal,
    mrpTotalPaise: mrp,
    savingsPaise: mrp - subtotal,
    sellerCount: new Set(lines.map((l) => l.sellerId)).size,
  };
}

export interface MergeItem {
  variantId: string;
  quantity: number;
  pricePaiseWhenAdded: number;
  savedForLater: boolean;
  searchQueryId: string | null;
}

export interface MergeResult {
  /** The account cart's items after the merge (every item, changed or not). */
  items: MergeItem[];
  /** Guest items that went to "saved for later" because the cart was full. */
  movedToSaved: number;
  /** Guest items dropped because even the saved list was full. */
  dropped: number;
}

/**
 * Joins a guest cart into an account cart. The same variant in both keeps the larger quantity (the
 * same shopping done twice is not doubled) and the guest's price snapshot (what the shopper saw last);
 * if either is in the cart it stays in the cart. New guest items join the cart while the order limits
 * allow, then the saved list; the per-item limit always holds.
 */
export function mergeCarts(account: readonly MergeItem[], guest: readonly MergeItem[]): MergeResult {
  const byVariant = new Map(account.map((i) => [i.variantId, { ...i }]));
  let movedToSaved = 0;
  let dropped = 0;
  const load = () => {
    let lines = 0;
    let units = 0;
    let saved = 0;
    for (const i of byVariant.values()) {
      if (i.savedForLater) saved += 1;
      else {
        lines += 1;
        units += i.quantity;
      }
    }
    return { lines, units, saved };
  };
  for (const g of guest) {
    const quantity = Math.min(Math.max(g.quantity, 1), MAX_QTY_PER_ITEM);
    const mine = byVariant.get(g.variantId);
    if (mine) {
      const merged = Math.min(Math.max(mine.quantity, quantity), MAX_QTY_PER_ITEM);
      mine.pricePaiseWhenAdded = g.pricePaiseWhenAdded;
      mine.searchQueryId = mine.searchQueryId ?? g.searchQueryId;
      if (mine.savedForLater && g.savedForLater) {
        mine.quantity = merged;
        continue;
      }
      const now = load();
      const others = { lines: now.lines - (mine.savedForLater ? 0 : 1), units: now.units - (mine.savedForLater ? 0 : mine.quantity) };
      if (others.lines + 1 <= MAX_ITEMS_PER_ORDER && others.units + merged <= MAX_UNITS_PER_ORDER) {
        mine.quantity = merged;
        mine.savedForLater = false;
      } else if (mine.savedForLater) mine.quantity = merged; // stays saved: the cart is full
      continue;
    }
    const now = load();
    const fitsCart = !g.savedForLater && now.lines < MAX_ITEMS_PER_ORDER && now.units + quantity <= MAX_UNITS_PER_ORDER;
    if (fitsCart) byVariant.set(g.variantId, { ...g, quantity, savedForLater: false });
    else if (now.saved < MAX_SAVED_ITEMS) {
      byVariant.set(g.variantId, { ...g, quantity, savedForLater: true });
      if (!g.savedForLater) movedToSaved += 1;
    } else dropped += 1;
  }
  return { items: [...byVariant.values()], movedToSaved, dropped };
}
