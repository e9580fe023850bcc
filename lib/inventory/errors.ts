import { ConflictError } from "@/lib/platform/errors";

/**
 * Not enough sellable stock for one or more variants at the moment of reserving. A ConflictError (409)
 * whose message is safe to show; `variantIds` names the variants that ran short so the checkout can
 * point at their lines.
 */
export class OutOfStockError extends ConflictError {
  constructor(
    readonly variantIds: readonly string[],
    message = variantIds.length > 1
      ? "Some items in your order just went out of stock. Review your cart and try again."
      : "An item in your order just went out of stock. Review your cart and try again.",
  ) {
    super(message, "items");
    this.name = "OutOfStockError";
  }
}

export function isOutOfStockError(err: unknown): err is OutOfStockError {
  return err instanceof OutOfStockError;
}
