"use client";
import { WorkspaceError } from "@/components/workspace/workspace-error";
import { SELLER_WORKSPACE } from "@/components/workspace/nav-config";

export default function SellerError({ error, retry }: { error: unknown; retry: () => void }) {
  return <WorkspaceError error={error} retry={retry} homeHref={SELLER_WORKSPACE.homeHref} homeLabel={SELLER_WORKSPACE.homeLabel} />;
}
