import type { Metadata } from "next";
import { ShieldAlert } from "lucide-react";
import { Wordmark } from "@/components/auth/wordmark";
import { ForbiddenAccount } from "./_components/forbidden-account";

export const metadata: Metadata = { title: "Access denied", robots: { index: false } };

/** 403: rendered when a page calls forbidden() (see requirePageRole in lib/auth/policies.ts). */
export default function Forbidden() {
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
          <ForbiddenAccount />
        </div>
      </main>
    </div>
  );
}
