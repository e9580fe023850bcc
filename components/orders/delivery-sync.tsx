"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { CloudOff } from "lucide-react";
import { toast } from "@/components/ui/toaster";
import { deliveryStepAction } from "@/app/delivery/actions";
import { dequeue, onQueueChange, readQueue, type QueuedStep } from "./delivery-queue";

/**
 * Sends the steps saved while offline, on load, when the phone comes back online and every 30 s,
 * and shows how many are still waiting. A step the server refuses (already done, not allowed) is
 * dropped with a message; a step that still can't reach the server stays queued.
 */
export function DeliverySync() {
  const router = useRouter();
  const [waiting, setWaiting] = useState<QueuedStep[]>([]);
  const busy = useRef(false);

  const flush = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    let changed = false;
    for (const step of readQueue()) {
      const result = await deliveryStepAction({ subOrderId: step.subOrderId, to: step.to }).catch(() => null);
      if (!result) break; // still offline: try again later
      dequeue(step.subOrderId, step.to);
      changed = true;
      if (result.ok) toast.success(`${step.number}: saved`, { id: `sync-${step.subOrderId}` });
      else if (result.code !== "conflict") toast.error(`${step.number}: ${result.message}`, { id: `sync-${step.subOrderId}` });
    }
    busy.current = false;
    if (changed) router.refresh();
  }, [router]);

  useEffect(() => {
    const update = () => setWaiting(readQueue());
    update();
    const off = onQueueChange(update);
    void flush();
    const online = () => void flush();
    window.addEventListener("online", online);
    const timer = window.setInterval(online, 30_000);
    return () => {
      off();
      window.removeEventListener("online", online);
      window.clearInterval(timer);
    };
  }, [flush]);

  if (waiting.length === 0) return null;
  return (
    <p role="status" className="mb-4 flex items-start gap-2 rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm font-medium text-amber-950">
      <CloudOff aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
      {waiting.length === 1 ? "1 update is" : `${waiting.length} updates are`} saved on this phone and will be sent when you are back online ({waiting.map((s) => s.number).join(", ")}).
    </p>
  );
}
