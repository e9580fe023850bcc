import type { EventHandler, EventTopic } from "./types";

export interface Subscription {
  topic: EventTopic;
  name: string;
  handler: EventHandler;
}

const subscriptions = new Map<string, Subscription>();

/** Registers (or replaces, by topic and name) a subscriber; domain modules call this once at import time. */
export function subscribe(topic: EventTopic, name: string, handler: EventHandler): void {
  subscriptions.set(`${topic}\u0000${name}`, { topic, name, handler });
}

/** Removes a subscriber (tests). */
export function unsubscribe(topic: EventTopic, name: string): void {
  subscriptions.delete(`${topic}\u0000${name}`);
}

export function subscribersOf(topic: string): Subscription[] {
  return [...subscriptions.values()].filter((s) => s.topic === topic);
}
