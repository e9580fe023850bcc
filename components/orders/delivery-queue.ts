"use client";

/**
 * Delivery steps that could not reach the server (no signal outdoors) wait on the phone in
 * localStorage and are sent again when the connection returns, so a confirmation is never lost.
 */
export interface QueuedStep {
  subOrderId: string;
  number: string;
  to: "out_for_delivery" | "delivered";
  /** When the partner tapped it (ms since epoch). */
  at: number;
}

const KEY = "ql-delivery-queue-v1";

export function readQueue(): QueuedStep[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(parsed) ? (parsed as QueuedStep[]).filter((s) => typeof s?.subOrderId === "string" && (s.to === "out_for_delivery" || s.to === "delivered")) : [];
  } catch {
    return [];
  }
}

function write(queue: QueuedStep[]) {
  window.localStorage.setItem(KEY, JSON.stringify(queue));
  window.dispatchEvent(new Event(KEY));
}

/** Keeps one step per part: the furthest one wins (delivered over out for delivery). */
export function enqueue(step: QueuedStep) {
  const queue = readQueue().filter((s) => s.subOrderId !== step.subOrderId || (s.to === "delivered" && step.to !== "delivered"));
  if (!queue.some((s) => s.subOrderId === step.subOrderId)) queue.push(step);
  write(queue);
}

export function dequeue(subOrderId: string, to: QueuedStep["to"]) {
  write(readQueue().filter((s) => !(s.subOrderId === subOrderId && s.to === to)));
}

export function onQueueChange(listener: () => void): () => void {
  const storage = (e: StorageEvent) => e.key === KEY && listener();
  window.addEventListener(KEY, listener);
  window.addEventListener("storage", storage);
  return () => {
    window.removeEventListener(KEY, listener);
    window.removeEventListener("storage", storage);
  };
}
