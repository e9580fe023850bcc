import { WifiOff } from "lucide-react";

export const metadata = { title: "You are offline" };

export default function OfflinePage() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 p-6 text-center">
      <WifiOff className="size-12 text-slate-500" aria-hidden="true" />
      <h1 className="text-2xl font-bold">You are offline</h1>
      <p className="text-slate-700">
        QuickLocal can&apos;t reach the network right now. Pages you visited recently still open; everything else will be back
        as soon as you reconnect.
      </p>
      {/* A full page load (not client navigation) so the browser really retries the network. */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
      <a href="/" className="rounded-lg bg-brand-600 px-4 py-3 font-semibold text-white">
        Try again
      </a>
    </main>
  );
}
