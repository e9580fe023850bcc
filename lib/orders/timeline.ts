/**
 * Turns order_events rows into what the customer's timeline shows (pure). Part events carry the
 * seller part's number; the creation events of parts repeat the order's own and are left out.
 */
import type { ActorKind, OrderStatus, SubOrderStatus } from "@/models/orders";
import { SUB_ORDER_STATUSES } from "@/models/orders";
import { SUB_ORDER_STATUS_LABELS } from "./rules";

export interface TimelineRow {
  id: number;
  subOrderId: string | null;
  fromStatus: string | null;
  toStatus: string;
  actorKind: ActorKind;
  note: string | null;
  createdAt: Date;
}

export interface TimelineEntry {
  id: number;
  at: string;
  /** The seller part it is about ("QL100001-2"), or null for the whole order. */
  partNumber: string | null;
  sellerName: string | null;
  label: string;
  tone: "neutral" | "success" | "danger" | "info";
  by: string;
  note: string | null;
}

const ORDER_LABELS: Record<OrderStatus, string> = {
  pending_payment: "Order created, waiting for payment",
  placed: "Order placed",
  completed: "Order completed",
  cancelled: "Order cancelled",
};

const MONEY_LABELS: Record<string, string> = {
  refund_requested: "Refund requested",
  refund_not_required: "No refund due",
  refund_failed: "Refund failed, we're retrying",
  refunded: "Refunded",
};

const ACTOR_LABELS: Record<ActorKind, string> = {
  customer: "You",
  seller: "Seller",
  admin: "QuickLocal support",
  delivery: "Delivery partner",
  system: "QuickLocal",
};

function isPartStatus(s: string): s is SubOrderStatus {
  return (SUB_ORDER_STATUSES as readonly string[]).includes(s);
}

function toneOf(to: string): TimelineEntry["tone"] {
  if (to === "cancelled" || to === "refund_failed") return "danger";
  if (to === "delivered" || to === "completed" || to === "refunded") return "success";
  if (to.startsWith("refund")) return "info";
  return "neutral";
}

export function timelineEntries(rows: readonly TimelineRow[], parts: ReadonlyMap<string, { number: string; sellerName: string }>): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const row of rows) {
    const part = row.subOrderId ? parts.get(row.subOrderId) : undefined;
    if (part && row.fromStatus === null && isPartStatus(row.toStatus)) continue;
    let label: string;
    if (!row.subOrderId) label = ORDER_LABELS[row.toStatus as OrderStatus] ?? row.toStatus;
    else if (isPartStatus(row.toStatus)) label = SUB_ORDER_STATUS_LABELS[row.toStatus];
    else label = MONEY_LABELS[row.toStatus] ?? row.toStatus;
    out.push({
      id: row.id,
      at: row.createdAt.toISOString(),
      partNumber: part?.number ?? null,
      sellerName: part?.sellerName ?? null,
      label,
      tone: toneOf(row.toStatus),
      by: ACTOR_LABELS[row.actorKind],
      note: row.note && row.note !== label ? row.note : null,
    });
  }
  return out;
}
