import Link from "next/link";
import { Check, Plus } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { RelativeTime } from "@/components/workspace/relative-time";
import type { SlowQueryRow, TopQueryRow, ZeroResultRow } from "@/lib/search/analytics-queries";
import { formatRate } from "@/lib/search/analytics-rules";

const n = (value: number) => Math.round(value).toLocaleString("en-IN");

/** The query as a link to the storefront search, so an admin sees what shoppers saw. */
function QueryLink({ query }: { query: string }) {
  return (
    <Link href={`/search?q=${encodeURIComponent(query)}`} className="font-medium break-words text-slate-900 underline-offset-2 hover:text-brand-700 hover:underline">
      {query}
    </Link>
  );
}

export function synonymHref(query: string): string {
  return `/admin/search/synonyms?add=${encodeURIComponent(query)}`;
}

export function TopQueriesTable({ rows }: { rows: TopQueryRow[] }) {
  return (
    <Table>
      <caption className="sr-only">Top queries with searches, average results, click-through rate and add-to-cart conversion</caption>
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          <TableHead>Query</TableHead>
          <TableHead className="text-right">Searches</TableHead>
          <TableHead className="hidden text-right sm:table-cell">Avg results</TableHead>
          <TableHead className="text-right">CTR</TableHead>
          <TableHead className="text-right">
            <abbr title="Add-to-cart conversion" className="no-underline">
              Conv.
            </abbr>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.query}>
            <TableCell className="max-w-[10rem] sm:max-w-none">
              <QueryLink query={row.query} />
            </TableCell>
            <TableCell className="text-right font-semibold tabular-nums">{n(row.searches)}</TableCell>
            <TableCell className="hidden text-right tabular-nums text-slate-700 sm:table-cell">{n(row.avgResults)}</TableCell>
            <TableCell className="text-right tabular-nums">{formatRate(row.ctr)}</TableCell>
            <TableCell className="text-right tabular-nums">{formatRate(row.conversion)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function ZeroResultTable({ rows }: { rows: ZeroResultRow[] }) {
  return (
    <Table>
      <caption className="sr-only">Queries that found nothing, with a shortcut to add a synonym</caption>
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          <TableHead>Query</TableHead>
          <TableHead className="text-right">Searches</TableHead>
          <TableHead className="hidden sm:table-cell">Last searched</TableHead>
          <TableHead className="text-right">
            <span className="sr-only">Fix</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.query}>
            <TableCell className="max-w-[9rem] sm:max-w-none">
              <QueryLink query={row.query} />
            </TableCell>
            <TableCell className="text-right font-semibold tabular-nums">{n(row.searches)}</TableCell>
            <TableCell className="hidden whitespace-nowrap text-slate-600 sm:table-cell">
              <RelativeTime date={row.lastSearchedAt} />
            </TableCell>
            <TableCell className="py-1.5 text-right">
              {row.hasSynonym ? (
                <Link
                  href="/admin/search/synonyms"
                  className="inline-flex min-h-9 items-center gap-1 rounded-lg px-2 text-xs font-semibold whitespace-nowrap text-green-800 hover:bg-green-50"
                  aria-label={`“${row.query}” has a synonym — see synonyms`}
                >
                  <Check aria-hidden="true" className="size-4" /> Synonym added
                </Link>
              ) : (
                <Link href={synonymHref(row.query)} className={buttonVariants({ variant: "outline", size: "sm" })} aria-label={`Add a synonym for “${row.query}”`}>
                  <Plus aria-hidden="true" /> Add synonym
                </Link>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function SlowestQueriesTable({ rows }: { rows: SlowQueryRow[] }) {
  return (
    <Table>
      <caption className="sr-only">Slowest queries by 95th-percentile search time</caption>
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          <TableHead>Query</TableHead>
          <TableHead className="text-right">p95</TableHead>
          <TableHead className="hidden text-right sm:table-cell">Average</TableHead>
          <TableHead className="text-right">Slowest</TableHead>
          <TableHead className="hidden text-right sm:table-cell">Searches</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.query}>
            <TableCell className="max-w-[10rem] sm:max-w-none">
              <QueryLink query={row.query} />
            </TableCell>
            <TableCell className="text-right font-semibold tabular-nums">{n(row.p95Ms)} ms</TableCell>
            <TableCell className="hidden text-right tabular-nums text-slate-700 sm:table-cell">{n(row.avgMs)} ms</TableCell>
            <TableCell className="text-right tabular-nums">{n(row.maxMs)} ms</TableCell>
            <TableCell className="hidden text-right tabular-nums sm:table-cell">{n(row.searches)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
