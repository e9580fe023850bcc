/** Pure rules of the outbox dispatcher (lib/platform/events/dispatch.ts). */
/** Deliveries before an event is left aside as dead (kept unprocessed with its last error for inspection). */
export const MAX_ATTEMPTS = 10;
/** Events claimed per dispatch round. */
export const CLAIM_BATCH = 500;
/** Longest error text kept on a row. */
export const ERROR_TEXT_MAX = 1_000;

/** Events grouped by topic, topics in the order of their first event, events in id order within each. */
export function groupByTopic<E extends { id: number; topic: string }>(events: readonly E[]): Array<[string, E[]]> {
  const groups = new Map<string, E[]>();
  for (const event of [...events].sort((a, b) => a.id - b.id)) {
    const group = groups.get(event.topic);
    if (group) group.push(event);
    else groups.set(event.topic, [event]);
  }
  return [...groups.entries()];
}

/** The error as short text for outbox_events.last_error. */
export function errorText(err: unknown): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return text.length > ERROR_TEXT_MAX ? `${text.slice(0, ERROR_TEXT_MAX - 1)}…` : text;
}

/** The same ids without repeats, first occurrence kept. */
export function uniqueIds(ids: Iterable<string>): string[] {
  return [...new Set(ids)];
}
