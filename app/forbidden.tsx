import type { Metadata } from "next";
import Link from "next/link";
import { ShieldAlert } from "lucide-react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { Wordmark } from "@/components/auth/wordmark";
import { Button } from "@/components/ui/button";
import { ROLE_LABELS, workspaceFor } from "@/lib/auth/roles";
import { getActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Access denied", robots: { index: false } };

/** 403: rendered when a page calls forbidden() (see requirePageRole in lib/auth/policies.ts). */
export default async function Forbidden() {
  const actor = await getActor();
  const workspace = actor ? workspaceFor(actor.role) : null;
  return (
    <div className="flex min-h-dvh flex-col items-center bg-slate-50 px-4 py-8">
      <Wordmark />
      <main id="main" className="flex w-full flex-1 items-center justify-center py-8">
        <div className="w-full max-w-md rounded-2xl border border-slate-200 bg-white p-6 text-center shadow-sm sm:p-8">
          <span className="mx-auto grid size-14 place-items-center rounded-full bg-amber-100 text-amber-800">
            <ShieldAlert className="size-7" aria-hidden="true" />
          </span>
          <p className="mt-4 text-sm font-semibold uppercase tracking-wide text-amber-800">Error 403</p>
          <h1 className="mt-1 text-2xl font-bold tracking-tight text-slate-900">You don&apos;t have access to this page</h1>
          {actor ? (
            <p className="mt-3 text-sm text-slate-700">
              You&apos;re signed in as <strong className="break-all text-slate-900">{actor.name}</strong> ({actor.email}), a{" "}
              {ROLE_LABELS[actor.role].toLowerCase()} account. This page needs a different kind of account.
            </p>
          ) : (
            <p className="mt-3 text-sm text-slate-700">This page needs an account with the right permissions. Sign in to continue.</p>
          )}
          <div className="mt-6 flex flex-col gap-2">
            <Button asChild size="lg">
              <Link href="/">Go to the home page</Link>
            </Button>
            {workspace ? (
              <Button asChild variant="outline" size="lg">
                <Link href={workspace.href}>{workspace.label}</Link>
              </Button>
            ) : null}
            {actor ? (
              <SignOutButton switchAccount size="lg">
                Sign in as someone else
              </SignOutButton>
            ) : (
              <Button asChild variant="outline" size="lg">
                <Link href="/sign-in">Sign in</Link>
              </Button>
            )}
          </div>
        </div>
      </main>
    </div>
  );
}
