import type { Metadata } from "next";
import { WorkspaceShell } from "@/components/workspace/workspace-shell";
import { DELIVERY_WORKSPACE } from "@/components/workspace/nav-config";
import { requirePageRole } from "@/lib/auth/policies";

export const metadata: Metadata = {
  title: { default: "Deliveries", template: "%s · Deliveries · QuickLocal" },
  description: "Your QuickLocal delivery tasks: pickups, drop-offs and cash to collect.",
  robots: { index: false, follow: false },
};

export default async function DeliveryLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageRole("delivery", "/delivery");
  return (
    <WorkspaceShell workspace={DELIVERY_WORKSPACE} actor={actor}>
      {children}
    </WorkspaceShell>
  );
}
