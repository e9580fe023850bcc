"use client";

import { RefreshCw } from "lucide-react";
import { PendingButton } from "@/components/forms/pending-button";
import { toast } from "@/components/ui/toaster";
import { count } from "@/components/workspace/count";
import { refreshPopularQueriesAction } from "@/lib/search/analytics-actions";
import { useAdminAction } from "../../catalogue/_components/use-admin-action";

/** Runs the popular-query rollup now (it also runs every few minutes while people search). */
export function RefreshPopularButton() {
  const { pending, run } = useAdminAction("popular-refresh");
  return (
    <PendingButton
      variant="outline"
      size="sm"
      pending={pending}
      pendingLabel="Refreshing…"
      onClick={() => run(refreshPopularQueriesAction, (r) => toast.success(`Suggestions refreshed: ${count(r.kept, "popular search", "popular searches")}`, { id: "popular-refresh" }))}
    >
      <RefreshCw aria-hidden="true" /> Refresh now
    </PendingButton>
  );
}
