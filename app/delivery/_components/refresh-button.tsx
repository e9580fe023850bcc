"use client";
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { RefreshCw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/ui/cn";

/** Re-fetches the task list in place (no full reload), showing progress while it works. */
export function RefreshButton({ className }: { className?: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      size="lg"
      className={cn("min-h-14 w-full text-base", className)}
      disabled={pending}
      aria-busy={pending}
      onClick={() => startTransition(() => router.refresh())}
    >
      <RefreshCw aria-hidden="true" className={cn("size-5!", pending && "motion-safe:animate-spin")} />
      {pending ? "Checking…" : "Check for new deliveries"}
    </Button>
  );
}
