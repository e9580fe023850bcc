"use client";
import { UserMenu } from "@/components/auth/user-menu";
import { useVisitor } from "./visitor-provider";

/** The header's account control, once the visitor is known (a same-size placeholder until then, so nothing jumps). */
export function HeaderAccount() {
  const { visitor } = useVisitor();
  if (!visitor) {
    return (
      <span aria-hidden="true" className="inline-flex min-h-11 w-20 items-center justify-center">
        <span className="size-8 animate-pulse rounded-full bg-slate-200" />
      </span>
    );
  }
  return <UserMenu actor={visitor.actor} />;
}
