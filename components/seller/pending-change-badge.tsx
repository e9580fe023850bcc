import { Badge } from "@/components/ui/badge";

/** A live product whose content change waits for review (amber: waiting on someone). */
export function PendingChangeBadge() {
  return <Badge tone="warning">Change pending review</Badge>;
}
