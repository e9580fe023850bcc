"use client";
import { WorkspaceError } from "@/components/workspace/workspace-error";
import { ADMIN_WORKSPACE } from "@/components/workspace/nav-config";

export default function AdminError({ error, retry }: { error: unknown; retry: () => void }) {
  return <WorkspaceError error={error} retry={retry} homeHref={ADMIN_WORKSPACE.homeHref} homeLabel={ADMIN_WORKSPACE.homeLabel} />;
}
