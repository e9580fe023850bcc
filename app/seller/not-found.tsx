import { WorkspaceNotFound } from "@/components/workspace/workspace-not-found";
import { SELLER_WORKSPACE } from "@/components/workspace/nav-config";

export default function SellerNotFound() {
  return <WorkspaceNotFound workspace={SELLER_WORKSPACE} />;
}
