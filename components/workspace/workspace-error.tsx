"use client";
import { useEffect } from "react";
import Link from "next/link";
import { RefreshCw, TriangleAlert } from "lucide-react";
import { Button, buttonVariants } from "@/components/ui/button";

/** The error boundary UI of a workspace: what happened, a retry, and a way back to the dashboard. */
export function WorkspaceError({ error, retry, homeHref, homeLabel }: { error: unknown; retry: () => void; homeHref: string; homeLabel: string }) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto flex max-w-lg flex-col items-center py-12 text-center">
      <span aria-hidden="true" className="grid size-16 place-items-center rounded-full bg-red-50 text-red-700">
        <TriangleAlert className="size-8" />
      </span>
      <h1 className="mt-5 text-xl font-bold text-slate-900">This page didn&apos;t load</h1>
      <p className="mt-2 text-sm text-slate-600">
        Something went wrong on our side while loading it. Your data is safe — trying again usually fixes it. If it keeps happening,
        share the reference below with support.
      </p>
      {digest ? (
        <p className="mt-3 rounded-md bg-slate-100 px-2 py-1 font-mono text-xs text-slate-700">Reference: {digest}</p>
      ) : null}
      <div className="mt-6 flex flex-wrap justify-center gap-2">
        <Button onClick={() => retry()}>
          <RefreshCw aria-hidden="true" />
          Try again
        </Button>
        <Link href={homeHref} className={buttonVariants({ variant: "outline" })}>
          Go to {homeLabel.toLowerCase()}
        </Link>
      </div>
    </div>
  );
}
