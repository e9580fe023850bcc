/** Topics published through the outbox, and the shape of an event as written and as delivered. */
export const EVENT_TOPICS = [
  "product.changed",
  "seller.changed",
  "category.changed",
  "brand.changed",
  /** aggregateId: the order; payload { number }. */
  "order.placed",
  /** aggregateId: the sub-order; payload { orderId, from, to, reason? }. */
  "sub_order.changed",
] as const;
export type EventTopic = (typeof EVENT_TOPICS)[number];

/** An event to publish: what changed (`aggregateId`: a product, seller, category, brand, order or sub-order id) and why. */
export interface DomainEvent {
  topic: EventTopic;
  aggregateId: string;
  payload?: Record<string, unknown>;
}

/** An event handed to a subscriber, in outbox (id) order. */
export interface DeliveredEvent {
  id: number;
  topic: EventTopic;
  aggregateId: string;
  payload: Record<string, unknown>;
  createdAt: Date;
}

/**
 * Receives a batch of events of one topic. Delivery is at least once (a failed batch is delivered again,
 * and a subscriber may see an event again when another subscriber of the same event failed), so a
 * handler must be idempotent: react to the current state of the aggregate, not to the event alone.
 */
export type EventHandler = (events: readonly DeliveredEvent[]) => Promise<void>;
