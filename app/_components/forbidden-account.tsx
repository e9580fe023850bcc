"use client";
import { useEffect, useState } from "react";
import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { Button } from "@/components/ui/button";
import type { Actor } from "@/lib/auth/actor";
import { ROLE_LABELS, workspaceFor } from "@/lib/auth/roles";
import { VISITOR_ENDPOINT, type VisitorDto } from "@/lib/storefront/visitor";

/**
 * Who is signed in and where they can go instead, read in the browser: the 403 page is part of every
 * page's tree, so reading the session while rendering it would make every page uncacheable.
 */
export function ForbiddenAccount() {
  const [actor, setActor] = useState<Actor | null | undefined>(undefined);
  useEffect(() => {
    fetch(VISITOR_ENDPOINT, { cache: "no-store" })
      .then((res) => (res.ok ? (res.json() as Promise<VisitorDto>) : null))
      .then((visitor) => setActor(visitor?.actor ?? null))
      .catch(() => setActor(null));
  }, []);

  if (actor === undefined) {
    return (
      <div aria-busy="true" className="mt-3 grid gap-2">
        <span className="sr-only">Checking your account…</span>
        <span aria-hidden="true" className="mx-auto h-4 w-64 animate-pulse rounded bg-slate-200" />
        <span aria-hidden="true" className="mt-4 h-12 animate-pulse rounded-lg bg-slate-100" />
      </div>
    );
  }
  const workspace = actor ? workspaceFor(actor.role) : null;
  return (
    <>
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
    </>
  );
}
