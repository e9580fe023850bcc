import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { RelativeTime } from "@/components/workspace/relative-time";
import type { ImportView } from "@/lib/catalog/import/queries";
import { ImportStatusBadge, importKindLabel } from "./import-status";

const n = (value: number) => value.toLocaleString("en-IN");

/** The store's past imports, newest first; each links to its progress page (and error report). */
export function ImportList({ imports, caption }: { imports: ImportView[]; caption: string }) {
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
              <Link href={`/seller/products/import/${item.id}`} className="block truncate font-medium text-brand-700 hover:underline">
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
