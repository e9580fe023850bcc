/** Pure helpers of the inventory service: what a set of order lines reserves, in a deadlock-free order. */

export interface StockItem {
  variantId: string;
  quantity: number;
}

/** A line as it reserves: a bundle reserves `quantity ×` each of its components, anything else itself. */
export interface ReservableLine {
  variantId: string;
  quantity: number;
  components: readonly StockItem[] | null;
}

/** The variants a set of lines actually holds, quantities summed per variant. */
export function reservationItems(lines: readonly ReservableLine[]): StockItem[] {
  const items: StockItem[] = [];
  for (const line of lines) {
    if (line.components && line.components.length > 0) {
      for (const c of line.components) items.push({ variantId: c.variantId, quantity: c.quantity * line.quantity });
    } else {
      items.push({ variantId: line.variantId, quantity: line.quantity });
    }
  }
  return mergeItems(items);
}

/**
 * Quantities summed per variant, sorted by variant id. Every transaction that locks several variant rows
 * takes them in this order, so two orders sharing variants wait for each other instead of deadlocking.
 */
export function mergeItems(items: readonly StockItem[]): StockItem[] {
  const byVariant = new Map<string, number>();
  for (const item of items) {
    if (!Number.isInteger(item.quantity) || item.quantity < 1) throw new RangeError(`reserved quantity must be a whole number ≥ 1, got ${item.quantity}`);
    byVariant.set(item.variantId, (byVariant.get(item.variantId) ?? 0) + item.quantity);
  }
  return [...byVariant.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([variantId, quantity]) => ({ variantId, quantity }));
}
