"use client";
import { WorkspaceError } from "@/components/workspace/workspace-error";
import { DELIVERY_WORKSPACE } from "@/components/workspace/nav-config";

export default function DeliveryError({ error, retry }: { error: unknown; retry: () => void }) {
  return <WorkspaceError error={error} retry={retry} homeHref={DELIVERY_WORKSPACE.homeHref} homeLabel={DELIVERY_WORKSPACE.homeLabel} />;
}
