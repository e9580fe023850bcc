/**
 * Domain events through a transactional outbox (outbox_events): a write publishes its events in its own
 * transaction, `notifyOutbox()` after the commit schedules the "events.dispatch" job, which delivers
 * them to subscribers in id order, grouped per topic; failures are retried by a periodic sweep.
 */
export { publish, publishProductsChanged } from "./publish";
export { subscribe, unsubscribe } from "./registry";
export { dispatchPending, flushEvents, purgeProcessedEvents, type DispatchReport } from "./dispatch";
export { notifyOutbox, startOutboxSweep, OUTBOX_DISPATCH_JOB } from "./job";
export { EVENT_TOPICS, type DeliveredEvent, type DomainEvent, type EventHandler, type EventTopic } from "./types";
