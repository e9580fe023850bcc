import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowRight, LayoutDashboard } from "lucide-react";
import { ProfileForm } from "@/components/account/profile-form";
import { ProfileSummary } from "@/components/account/profile-summary";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/workspace/page-header";
import { requireSignedIn } from "@/lib/auth/policies";
import { workspaceFor } from "@/lib/auth/roles";
import { getAccountProfile } from "@/lib/identity/queries";

export const metadata: Metadata = {
  title: "My account",
  description: "Your QuickLocal profile: name, email and mobile number.",
};

export default async function AccountPage() {
  const actor = await requireSignedIn("/account");
  const profile = await getAccountProfile(actor.id);
  if (!profile) notFound();
  const workspace = workspaceFor(profile.role);

  return (
    <div className="grid gap-4">
      <PageHeader title="My account" description="Your profile and contact details." className="mb-0 sm:mb-0" />
      <ProfileSummary profile={profile} />
      {workspace ? (
        <Card className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between sm:p-5">
          <div className="flex items-start gap-3">
            <span className="grid size-10 shrink-0 place-items-center rounded-lg bg-brand-50 text-brand-700">
              <LayoutDashboard className="size-5" aria-hidden="true" />
            </span>
            <div>
              <h2 className="font-semibold text-slate-900">{workspace.label}</h2>
              <p className="text-sm text-slate-600">Your workspace for running things on QuickLocal.</p>
            </div>
          </div>
          <Link href={workspace.href} className={buttonVariants({ variant: "outline", className: "w-full sm:w-auto" })}>
            Open {workspace.label.toLowerCase()}
            <ArrowRight aria-hidden="true" />
          </Link>
        </Card>
      ) : null}
      <Card>
        <CardHeader>
          <CardTitle>Personal details</CardTitle>
          <CardDescription>Your name appears on orders and invoices.</CardDescription>
        </CardHeader>
        <CardContent>
          <ProfileForm email={profile.email} name={profile.name} phone={profile.phone} />
        </CardContent>
      </Card>
    </div>
  );
}
