"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { ChevronDown, LayoutDashboard, LogOut, UserRound } from "lucide-react";
import Link from "next/link";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import type { Actor } from "@/lib/auth/actor";
import { ROLE_LABELS, workspaceFor } from "@/lib/auth/roles";
import { cn } from "@/lib/ui/cn";

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? parts[0][0] + parts[parts.length - 1][0] : (parts[0] ?? "?").slice(0, 2);
  return letters.toUpperCase();
}

const itemClass =
  "flex min-h-11 cursor-pointer select-none items-center gap-3 rounded-md px-3 text-sm text-slate-800 outline-none data-[highlighted]:bg-slate-100 data-[highlighted]:text-slate-950 data-[disabled]:opacity-60 [&_svg]:size-4 [&_svg]:text-slate-600";

/**
 * The account control for every header: a "Sign in" link when anonymous, otherwise a menu with
 * the user's name and email, their account, their workspace (by role) and sign out.
 */
export function UserMenu({ actor, className }: { actor: Actor | null; className?: string }) {
  const [signingOut, setSigningOut] = useState(false);

  if (!actor) {
    return (
      <Link
        href="/sign-in"
        className={cn("inline-flex min-h-11 items-center gap-2 rounded-lg px-3 text-sm font-semibold text-slate-900 hover:bg-slate-100", className)}
      >
        <UserRound className="size-5" aria-hidden="true" />
        Sign in
      </Link>
    );
  }

  const workspace = workspaceFor(actor.role);
  const firstName = actor.name.split(/\s+/)[0] || actor.name;

  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger
        className={cn(
          "inline-flex min-h-11 items-center gap-2 rounded-lg px-2 text-sm font-semibold text-slate-900 hover:bg-slate-100 data-[state=open]:bg-slate-100",
          className,
        )}
        aria-label={`Account menu for ${actor.name}`}
      >
        <span aria-hidden="true" className="grid size-8 place-items-center rounded-full bg-brand-600 text-xs font-bold text-white">
          {initials(actor.name)}
        </span>
        <span className="hidden max-w-28 truncate sm:inline">{firstName}</span>
        <ChevronDown className="size-4 text-slate-600" aria-hidden="true" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={6}
          className="z-50 w-64 rounded-xl border border-slate-200 bg-white p-1.5 shadow-lg"
        >
          <DropdownMenu.Label className="px-3 py-2">
            <span className="block truncate text-sm font-semibold text-slate-900">{actor.name}</span>
            <span className="block truncate text-xs text-slate-600">{actor.email}</span>
            {actor.role !== "customer" ? (
              <Badge tone="brand" className="mt-1.5">
                {ROLE_LABELS[actor.role]}
              </Badge>
            ) : null}
          </DropdownMenu.Label>
          <DropdownMenu.Separator className="my-1 h-px bg-slate-200" />
          <DropdownMenu.Item asChild className={itemClass}>
            <Link href="/account">
              <UserRound aria-hidden="true" />
              My account
            </Link>
          </DropdownMenu.Item>
          {workspace ? (
            <DropdownMenu.Item asChild className={itemClass}>
              <Link href={workspace.href}>
                <LayoutDashboard aria-hidden="true" />
                {workspace.label}
              </Link>
            </DropdownMenu.Item>
          ) : null}
          <DropdownMenu.Separator className="my-1 h-px bg-slate-200" />
          <DropdownMenu.Item
            className={itemClass}
            disabled={signingOut}
            onSelect={(event) => {
              event.preventDefault();
              setSigningOut(true);
              void signOut({ callbackUrl: "/" });
            }}
          >
            <LogOut aria-hidden="true" />
            {signingOut ? "Signing out…" : "Sign out"}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
