import { Badge } from "@/components/ui/badge";
import { ORDER_STATUS_LABELS, statusTone, SUB_ORDER_STATUS_LABELS } from "@/lib/orders/rules";
import type { OrderStatus, SubOrderStatus } from "@/models/orders";

/** A part's status with the lifecycle's colours (lib/orders/rules statusTone). */
export function PartStatusBadge({ status }: { status: SubOrderStatus }) {
  return <Badge tone={statusTone(status)}>{SUB_ORDER_STATUS_LABELS[status]}</Badge>;
}

/** The order's overall status. */
export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return <Badge tone={statusTone(status)}>{ORDER_STATUS_LABELS[status]}</Badge>;
}

export const DELIVERY_OPTION_LABELS = { standard: "Standard", next_day: "Next day", same_day: "Same day" } as const;
