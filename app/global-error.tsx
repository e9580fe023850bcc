"use client";
import { useEffect } from "react";
import "./globals.css";

/** Last-resort error page when the root layout itself fails; renders its own document. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <html lang="en-IN">
      <body className="min-h-dvh bg-slate-50 font-sans text-slate-900">
        <title>Something went wrong · QuickLocal</title>
        <main className="mx-auto flex min-h-dvh max-w-lg flex-col items-center justify-center gap-4 px-4 py-12 text-center">
          <p className="text-xl font-extrabold">
            Quick<span className="text-brand-600">Local</span>
          </p>
          <h1 className="text-2xl font-bold">Something went wrong</h1>
          <p className="text-slate-600">QuickLocal could not load. Please try again in a moment.</p>
          <div className="flex flex-wrap justify-center gap-2">
            <button
              type="button"
              onClick={() => retry()}
              className="inline-flex min-h-11 items-center rounded-lg bg-brand-600 px-4 text-sm font-semibold text-white hover:bg-brand-700"
            >
              Try again
            </button>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the app shell is broken; force a full reload */}
            <a href="/" className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-4 text-sm font-semibold hover:bg-slate-100">
              Go to the home page
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
