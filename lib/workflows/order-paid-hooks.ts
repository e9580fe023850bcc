import { fulfilDigitalLines } from "@/lib/orders/digital-service";
import type { Executor } from "@/lib/platform/db";

/**
 * What runs, inside the same transaction, once an order is paid (sandbox capture) or placed with cash on
 * delivery — after its stock was committed. Built in: handing out digital goods. Other domains add theirs
 * with registerOrderPaidHook (by name, so registering twice replaces). A hook that throws rolls the whole
 * payment confirmation back, so hooks must only fail for real inconsistencies.
 */
export type OrderPaidHook = (tx: Executor, orderId: string) => Promise<unknown>;

const hooks = new Map<string, OrderPaidHook>([["orders.fulfil-digital", (tx, orderId) => fulfilDigitalLines(tx, orderId)]]);

export function registerOrderPaidHook(name: string, hook: OrderPaidHook): void {
  hooks.set(name, hook);
}

/** Removes a hook (tests). */
export function unregisterOrderPaidHook(name: string): void {
  hooks.delete(name);
}

/** Runs every hook in registration order. */
export async function onOrderPaid(tx: Executor, orderId: string): Promise<void> {
  for (const hook of hooks.values()) await hook(tx, orderId);
}
