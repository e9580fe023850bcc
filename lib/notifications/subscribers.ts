/**
 * Order emails as outbox subscribers: "order.placed" → order confirmation (and a new-order email to each
 * seller); "sub_order.changed" → accepted, shipped, delivered, cancelled emails, and the confirmation of a
 * paid order (pending_payment → placed). Imported by lib/platform/jobs/handlers.ts.
 */
import { z } from "zod";
import { subscribe, type DeliveredEvent } from "@/lib/platform/events";
import { logger } from "@/lib/platform/logger";
import { isNotifiedStatus, notifyOrderPlaced, notifyPartsChanged } from "./order-notifier";

const changeSchema = z.object({ orderId: z.uuid(), from: z.string().nullish(), to: z.string() });

async function onOrderPlaced(events: readonly DeliveredEvent[]): Promise<void> {
  for (const orderId of new Set(events.map((e) => e.aggregateId))) await notifyOrderPlaced(orderId);
}

async function onSubOrderChanged(events: readonly DeliveredEvent[]): Promise<void> {
  const placed = new Set<string>();
  const groups = new Map<string, { orderId: string; to: Parameters<typeof notifyPartsChanged>[2]; ids: string[] }>();
  for (const event of events) {
    const change = changeSchema.safeParse(event.payload);
    if (!change.success) {
      logger.warn({ eventId: event.id, payload: event.payload }, "sub_order.changed without orderId/to: no email");
      continue;
    }
    const { orderId, from, to } = change.data;
    if (to === "placed" && from === "pending_payment") placed.add(orderId);
    if (!isNotifiedStatus(to)) continue;
    const key = `${orderId}:${to}`;
    const group = groups.get(key) ?? { orderId, to, ids: [] };
    group.ids.push(event.aggregateId);
    groups.set(key, group);
  }
  for (const orderId of placed) await notifyOrderPlaced(orderId);
  for (const { orderId, to, ids } of groups.values()) await notifyPartsChanged(orderId, ids, to);
}

subscribe("order.placed", "notifications.email", onOrderPlaced);
subscribe("sub_order.changed", "notifications.email", onSubOrderChanged);
