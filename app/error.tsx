"use client";
import { useEffect } from "react";
import { RefreshCw, TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";

/** Catches errors outside the storefront (e.g. a layout that failed to load its data). */
export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error ? String((error as Error & { digest?: string }).digest ?? "") : "";
  return (
    <main id="main-content" className="mx-auto flex min-h-dvh max-w-lg flex-col items-center justify-center gap-4 px-4 py-12 text-center">
      <span className="grid size-16 place-items-center rounded-full bg-amber-100 text-amber-800">
        <TriangleAlert className="size-8" aria-hidden="true" />
      </span>
      <h1 className="text-2xl font-bold text-slate-950">Something went wrong</h1>
      <p className="text-slate-600">We could not load this page. Please try again; if it keeps happening, come back in a few minutes.</p>
      {digest && <p className="text-xs text-slate-500">Reference: {digest}</p>}
      <div className="flex flex-wrap justify-center gap-2">
        <Button onClick={() => retry()}>
          <RefreshCw aria-hidden="true" />
          Try again
        </Button>
        {/* A full page load (not client navigation) in case the client state is what broke. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- deliberate full reload */}
        <a href="/" className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-4 text-sm font-semibold text-slate-900 hover:bg-slate-100">
          Go to the home page
        </a>
      </div>
    </main>
  );
}
