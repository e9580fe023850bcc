import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { RelativeTime } from "@/components/workspace/relative-time";
import type { ImportView } from "@/lib/catalog/import/queries";
import { ImportStatusBadge, importKindLabel } from "./import-status";

const n = (value: number) => value.toLocaleString("en-IN");

const href = (item: ImportView) => `/seller/products/import/${item.id}`;

/** Phones: one row per import with its outcome in words. */
function ImportCards({ imports, caption }: { imports: ImportView[]; caption: string }) {
  return (
    <ul aria-label={caption} className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white sm:hidden">
      {imports.map((item) => (
        <li key={item.id} className="grid gap-1 p-3">
          <div className="flex items-start justify-between gap-2">
            <Link href={href(item)} className="min-w-0 truncate font-medium text-brand-700 hover:underline">
              {item.fileName}
            </Link>
            <ImportStatusBadge status={item.status} />
          </div>
          <p className="text-xs text-slate-600">
            {importKindLabel(item.kind)} · <RelativeTime date={new Date(item.createdAt)} />
          </p>
          <p className="text-sm tabular-nums text-slate-800">
            {n(item.totalRows)} rows: {n(item.createdCount)} created, {n(item.updatedCount)} updated
            {item.failedCount > 0 ? <span className="font-semibold text-red-700">, {n(item.failedCount)} failed</span> : null}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** The store's past imports, newest first; each links to its progress page (and error report). */
export function ImportList({ imports, caption }: { imports: ImportView[]; caption: string }) {
  return (
    <>
      <ImportCards imports={imports} caption={caption} />
      <div className="hidden sm:block">
        <ImportTable imports={imports} caption={caption} />
      </div>
    </>
  );
}

function ImportTable({ imports, caption }: { imports: ImportView[]; caption: string }) {
  return (
    <Table>
      <caption className="sr-only">{caption}</caption>
      <TableHeader>
        <tr>
          <TableHead>File</TableHead>
          <TableHead>Status</TableHead>
          <TableHead className="text-right">Rows</TableHead>
          <TableHead className="text-right">Created</TableHead>
          <TableHead className="text-right">Updated</TableHead>
          <TableHead className="text-right">Failed</TableHead>
          <TableHead>Started</TableHead>
        </tr>
      </TableHeader>
      <TableBody>
        {imports.map((item) => (
          <TableRow key={item.id}>
            <TableCell className="max-w-64">
              <Link href={href(item)} className="block truncate font-medium text-brand-700 hover:underline">
                {item.fileName}
              </Link>
              <span className="text-xs text-slate-600">{importKindLabel(item.kind)}</span>
            </TableCell>
            <TableCell>
              <ImportStatusBadge status={item.status} />
            </TableCell>
            <TableCell className="text-right tabular-nums">{n(item.totalRows)}</TableCell>
            <TableCell className="text-right tabular-nums">{n(item.createdCount)}</TableCell>
            <TableCell className="text-right tabular-nums">{n(item.updatedCount)}</TableCell>
            <TableCell className="text-right tabular-nums">{item.failedCount > 0 ? <span className="font-semibold text-red-700">{n(item.failedCount)}</span> : "0"}</TableCell>
            <TableCell className="whitespace-nowrap text-slate-600">
              <RelativeTime date={new Date(item.createdAt)} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
