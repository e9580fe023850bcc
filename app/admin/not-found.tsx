import { WorkspaceNotFound } from "@/components/workspace/workspace-not-found";
import { ADMIN_WORKSPACE } from "@/components/workspace/nav-config";

export default function AdminNotFound() {
  return <WorkspaceNotFound workspace={ADMIN_WORKSPACE} />;
}
