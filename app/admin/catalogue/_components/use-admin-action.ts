"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { toast } from "@/components/ui/toaster";
import type { ActionResult } from "@/lib/platform/errors";

/**
 * Runs a one-click admin action (reorder, delete, approve…): shows progress through `pending`, toasts
 * the failure (or a connection problem), and on success refreshes the page's data and calls `onOk`.
 */
export function useAdminAction(toastId: string) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function run<T>(action: () => Promise<ActionResult<T>>, onOk: (data: T) => void) {
    startTransition(async () => {
      const result = await action().catch(() => null);
      if (!result) {
        toast.error("Connection problem — please try again", { id: toastId });
        return;
      }
      if (!result.ok) {
        toast.error(result.message, { id: toastId });
        return;
      }
      onOk(result.data);
      router.refresh();
    });
  }

  return { pending, run };
}
