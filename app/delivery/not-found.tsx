import { WorkspaceNotFound } from "@/components/workspace/workspace-not-found";
import { DELIVERY_WORKSPACE } from "@/components/workspace/nav-config";

export default function DeliveryNotFound() {
  return <WorkspaceNotFound workspace={DELIVERY_WORKSPACE} />;
}
