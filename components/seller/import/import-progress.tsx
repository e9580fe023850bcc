"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import { Download, FilePlus2, PackageCheck, PackageOpen, RefreshCw, TriangleAlert } from "lucide-react";
import { FormAlert } from "@/components/auth/form-alert";
import { buttonVariants } from "@/components/ui/button";
import { UploadProgress } from "@/components/seller/upload-controls";
import { count } from "@/components/workspace/count";
import { StatCard } from "@/components/workspace/stat-card";
import type { ImportView } from "@/lib/catalog/import/queries";
import { ImportStatusBadge, importKindLabel, isImportDone } from "./import-status";

const POLL_MS = 1000;
const n = (value: number) => value.toLocaleString("en-IN");

/** Asks for the import's status a second after each answer until it is done; keeps the last answer when a poll fails. */
function useImportStatus(initial: ImportView): { view: ImportView; stale: boolean } {
  const [view, setView] = useState(initial);
  const [stale, setStale] = useState(false);
  const done = isImportDone(view.status);
  useEffect(() => {
    if (done) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const res = await fetch(`/api/seller/imports/${initial.id}`, { cache: "no-store" });
        if (!res.ok) throw new Error(String(res.status));
        const next = (await res.json()) as ImportView;
        if (!cancelled) {
          setView(next);
          setStale(false);
        }
      } catch {
        if (!cancelled) setStale(true);
      } finally {
        if (!cancelled) timer = setTimeout(poll, POLL_MS);
      }
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [done, initial.id]);
  return { view, stale };
}

/** The import's progress bar, counters and, once done, what to do next (error report, products list). */
export function ImportProgress({ initial }: { initial: ImportView }) {
  const { view, stale } = useImportStatus(initial);
  const done = isImportDone(view.status);
  const fraction = view.totalRows > 0 ? view.processedRows / view.totalRows : done ? 1 : 0;
  const unchanged = Math.max(0, view.processedRows - view.createdCount - view.updatedCount - view.failedCount);
  const label =
    view.status === "queued"
      ? "Waiting for its turn…"
      : view.totalRows === 0 && !done
        ? "Counting the rows…"
        : `${n(view.processedRows)} of ${n(view.totalRows)} rows (${Math.floor(fraction * 100)}%)`;

  return (
    <div className="grid gap-5">
      <div className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="min-w-0 text-sm text-slate-700">
            <span className="font-semibold text-slate-900">{view.fileName}</span> · {importKindLabel(view.kind)}
          </p>
          <ImportStatusBadge status={view.status} />
        </div>
        <UploadProgress fraction={fraction} label="Import progress" />
        <p className="text-sm tabular-nums text-slate-700" aria-live="polite">
          {label}
        </p>
        {stale && !done ? <p className="text-xs text-amber-800">Reconnecting… the import carries on meanwhile.</p> : null}
      </div>

      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <StatCard label="Created" value={n(view.createdCount)} icon={<FilePlus2 />} tone="success" />
        <StatCard label="Updated" value={n(view.updatedCount)} icon={<RefreshCw />} tone="info" />
        <StatCard label="Unchanged" value={n(unchanged)} icon={<PackageCheck />} />
        <StatCard label="Failed" value={n(view.failedCount)} icon={<TriangleAlert />} tone={view.failedCount > 0 ? "danger" : "neutral"} />
      </div>

      {view.status === "failed" ? <FormAlert tone="error">{view.error ?? "The import stopped."}</FormAlert> : null}
      {view.status === "completed" ? (
        <FormAlert tone={view.failedCount > 0 ? "info" : "success"}>
          Import finished: {n(view.createdCount)} created, {n(view.updatedCount)} updated
          {view.failedCount > 0 ? `, ${count(view.failedCount, "row")} could not be imported — the error report lists each one with the reason.` : ", no errors."}
        </FormAlert>
      ) : null}

      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        {view.hasErrorReport ? (
          <a href={`/api/seller/imports/${view.id}/errors`} download className={buttonVariants({ variant: done ? "primary" : "outline" })}>
            <Download aria-hidden="true" />
            Download error report (CSV)
          </a>
        ) : null}
        {done ? (
          <>
            <Link href="/seller/products" className={buttonVariants({ variant: "outline" })}>
              <PackageOpen aria-hidden="true" />
              View products
            </Link>
            <Link href="/seller/products/import" className={buttonVariants({ variant: "outline" })}>
              Import another file
            </Link>
          </>
        ) : null}
      </div>
    </div>
  );
}
