/**
 * How a save's variant rows map onto the variants a product already has (pure; the service applies
 * the plan). Rows carrying an id update that variant; a row without an id takes over a variant of the
 * same option combination that no row claims (so removing "Red / M" and adding it back revives the
 * old variant, its id, deals and history); other rows are new. Variants no row claims are deleted,
 * or deactivated when something refers to them or open orders reserve their stock.
 */
import type { FieldErrors } from "@/lib/platform/errors";
import { combinationKey, type Combination } from "./variant-matrix";

export interface ExistingVariant {
  id: string;
  optionValues: Combination;
  isActive: boolean;
  stockReserved: number;
  /** Named by a bundle, a deal or an order line: it must stay (inactive) rather than be deleted. */
  referenced: boolean;
}

export interface IncomingVariant {
  id?: string;
  optionValues: Combination;
  stock: number;
}

export interface VariantSyncPlan {
  /** For each incoming row, the id of the variant it updates, or null for a new variant. */
  targets: (string | null)[];
  remove: { id: string; mode: "delete" | "deactivate" }[];
  errors: FieldErrors;
}

export const STALE_VARIANT_MESSAGE = "A variant changed since you opened this product. Reload the page and try again.";

export function reservedStockMessage(reserved: number): string {
  const units = reserved === 1 ? "1 unit is" : `${reserved} units are`;
  return `${units} reserved for open orders, so stock cannot go below ${reserved}`;
}

export function planVariantSync(existing: readonly ExistingVariant[], incoming: readonly IncomingVariant[]): VariantSyncPlan {
  const byId = new Map(existing.map((v) => [v.id, v]));
  const claimed = new Set<string>();
  const errors: FieldErrors = {};
  const addError = (key: string, message: string) => {
    const list = (errors[key] ??= []);
    if (!list.includes(message)) list.push(message);
  };

  const targets: (string | null)[] = incoming.map((row) => {
    if (!row.id) return null;
    if (!byId.has(row.id) || claimed.has(row.id)) {
      addError("variants", STALE_VARIANT_MESSAGE);
      return null;
    }
    claimed.add(row.id);
    return row.id;
  });

  // Rows without an id take over an unclaimed variant of their combination, active ones first.
  const unclaimed = [...existing].filter((v) => !claimed.has(v.id)).sort((a, b) => Number(b.isActive) - Number(a.isActive));
  incoming.forEach((row, i) => {
    if (row.id) return;
    const key = combinationKey(row.optionValues);
    const match = unclaimed.find((v) => !claimed.has(v.id) && combinationKey(v.optionValues) === key);
    if (match) {
      claimed.add(match.id);
      targets[i] = match.id;
    }
  });

  targets.forEach((id, i) => {
    const reserved = id ? (byId.get(id)?.stockReserved ?? 0) : 0;
    if (incoming[i].stock < reserved) addError(`variants.${i}.stock`, reservedStockMessage(reserved));
  });

  const remove = existing
    .filter((v) => v.isActive && !claimed.has(v.id))
    .map((v) => ({ id: v.id, mode: v.referenced || v.stockReserved > 0 ? ("deactivate" as const) : ("delete" as const) }));
  return { targets, remove, errors };
}
