import type { Metadata } from "next";
import { WorkspaceShell } from "@/components/workspace/workspace-shell";
import { SELLER_WORKSPACE } from "@/components/workspace/nav-config";
import { requirePageRole } from "@/lib/auth/policies";

export const metadata: Metadata = {
  title: { default: "Seller Hub", template: "%s · Seller Hub · QuickLocal" },
  description: "Manage your QuickLocal store: products, stock and approvals.",
  robots: { index: false, follow: false },
};

export default async function SellerLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageRole("seller", "/seller");
  return (
    <WorkspaceShell workspace={SELLER_WORKSPACE} actor={actor}>
      {children}
    </WorkspaceShell>
  );
}
