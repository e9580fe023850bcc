import { Badge } from "@/components/ui/badge";
import { ORDER_STATUS_LABELS, SUB_ORDER_STATUS_LABELS, statusTone } from "@/lib/orders/rules";
import type { OrderStatus, SubOrderStatus } from "@/models/orders";

/** The order's overall status (In progress, Completed …) in the shared status palette. */
export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return <Badge tone={statusTone(status)}>{ORDER_STATUS_LABELS[status]}</Badge>;
}

/** A seller part's fulfilment status (Accepted by seller, Shipped …). */
export function PartStatusBadge({ status }: { status: SubOrderStatus }) {
  return <Badge tone={statusTone(status)}>{SUB_ORDER_STATUS_LABELS[status]}</Badge>;
}
