"use client";

import { LoaderCircle, LogOut } from "lucide-react";
import { usePathname } from "next/navigation";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";

/**
 * Signs out. With `switchAccount`, lands on sign-in with a callback to the current page, so the
 * user can come straight back here as someone else.
 */
export function SignOutButton({ switchAccount = false, children, ...props }: ButtonProps & { switchAccount?: boolean }) {
  const pathname = usePathname();
  const [pending, setPending] = useState(false);
  const callbackUrl = switchAccount && pathname && pathname !== "/" ? `/sign-in?callbackUrl=${encodeURIComponent(pathname)}` : switchAccount ? "/sign-in" : "/";
  return (
    <Button
      type="button"
      variant="outline"
      {...props}
      disabled={pending}
      aria-busy={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl });
      }}
    >
      {pending ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : <LogOut aria-hidden="true" />}
      {children ?? "Sign out"}
    </Button>
  );
}
