import type { Metadata } from "next";
import { WorkspaceShell } from "@/components/workspace/workspace-shell";
import { ADMIN_WORKSPACE } from "@/components/workspace/nav-config";
import { requirePageRole } from "@/lib/auth/policies";

export const metadata: Metadata = {
  title: { default: "Admin", template: "%s · Admin · QuickLocal" },
  description: "Run the QuickLocal marketplace: users, sellers and the catalogue.",
  robots: { index: false, follow: false },
};

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageRole("admin", "/admin");
  return (
    <WorkspaceShell workspace={ADMIN_WORKSPACE} actor={actor}>
      {children}
    </WorkspaceShell>
  );
}
