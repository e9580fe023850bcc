import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { addItemsToCart } from "@/lib/cart";
import type { Executor } from "@/lib/platform/db";
import { NotFoundError, UnauthenticatedError, ValidationError, fieldErrorsFromIssues } from "@/lib/platform/errors";
import { getOrderDetail } from "./queries";
import { reorderSchema } from "./schemas";

export interface ReorderResult {
  added: number;
  skipped: { title: string; reason: string }[];
}

/**
 * "Buy it again": puts every line of one of the customer's orders back into their cart at today's
 * price (the cart shows any change). Lines that can't be added — no longer sold, out of stock, over a
 * limit — are reported with the cart's reason rather than failing the rest.
 */
export async function reorder(actor: Actor | null, input: unknown, db?: Executor): Promise<ReorderResult> {
  if (!actor) throw new UnauthenticatedError();
  const parsed = reorderSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromIssues(parsed.error.issues));
  const order = await getOrderDetail(actor, parsed.data.orderId, db);
  if (!order.isCustomer) throw new NotFoundError("We couldn't find that order.");

  const quantities = new Map<string, { quantity: number; title: string }>();
  for (const line of order.parts.flatMap((p) => p.lines)) {
    const seen = quantities.get(line.variantId);
    quantities.set(line.variantId, { quantity: (seen?.quantity ?? 0) + line.quantity, title: line.title });
  }
  const items = [...quantities.entries()].map(([variantId, { quantity }]) => ({ variantId, quantity }));
  const result = await addItemsToCart(actor.id, items, db);
  return {
    added: result.added,
    skipped: result.skipped.map((s) => ({ title: quantities.get(s.variantId)?.title ?? "An item", reason: s.reason })),
  };
}
