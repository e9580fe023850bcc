import type { Metadata } from "next";
import { Gauge, MousePointerClick, Search, SearchX, ShoppingCart, Timer } from "lucide-react";
import { count } from "@/components/workspace/count";
import { EmptyState } from "@/components/workspace/empty-state";
import { PageHeader, Section } from "@/components/workspace/page-header";
import { StatCard } from "@/components/workspace/stat-card";
import type { RawSearchParams } from "@/components/workspace/search-params";
import { requirePageRole } from "@/lib/auth/policies";
import { getPopularQueriesSummary, getSearchOverview, listSlowestQueries, listTopQueries, listZeroResultQueries } from "@/lib/search/analytics-queries";
import { formatRate, parseRange } from "@/lib/search/analytics-rules";
import { SlowestQueriesTable, TopQueriesTable, ZeroResultTable } from "./_components/query-tables";
import { RangePicker } from "./_components/range-picker";
import { RefreshPopularButton } from "./_components/refresh-popular-button";
import { TrendCharts } from "./_components/trend-charts";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Search analytics",
  description: "What shoppers search for: top and zero-result queries, click-through and add-to-cart conversion, slowest queries and daily trends.",
};

const PATH = "/admin/search";
const n = (value: number) => value.toLocaleString("en-IN");

export default async function SearchAnalyticsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requirePageRole("admin", PATH);
  const days = parseRange((await searchParams).days);
  const range = { days };
  const [overview, top, zero, slow, popular] = await Promise.all([
    getSearchOverview(range),
    listTopQueries(range),
    listZeroResultQueries(range),
    listSlowestQueries(range),
    getPopularQueriesSummary(),
  ]);
  const { kpis } = overview;
  const has = kpis.searches > 0;

  return (
    <>
      <PageHeader
        title="Search analytics"
        description={has ? `${count(kpis.searches, "search", "searches")} by ${count(kpis.searchers, "shopper")} in the last ${days} days` : `Searches of the last ${days} days`}
        actions={<RangePicker value={days} pathname={PATH} />}
      />

      {has ? (
        <>
          <div className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-5">
            <StatCard label="Searches" value={n(kpis.searches)} hint={count(kpis.searchers, "shopper")} icon={<Search />} tone="brand" />
            <StatCard
              label="Zero results"
              value={formatRate(kpis.zeroResultRate)}
              hint={`${n(kpis.zeroResults)} found nothing`}
              icon={<SearchX />}
              tone={kpis.zeroResultRate > 0.1 ? "danger" : kpis.zeroResultRate > 0.05 ? "warning" : "success"}
            />
            <StatCard label="Click-through" value={formatRate(kpis.ctr)} hint={`${n(kpis.clicked)} searches clicked`} icon={<MousePointerClick />} tone="info" />
            <StatCard label="Conversion" value={formatRate(kpis.conversion)} hint={`${n(kpis.converted)} led to add-to-cart`} icon={<ShoppingCart />} tone="success" />
            <div className="col-span-2 lg:col-span-1">
              <StatCard
                label="p95 latency"
                value={`${n(kpis.p95Ms)} ms`}
                hint="95% of searches were faster"
                icon={<Timer />}
                tone={kpis.p95Ms > 200 ? "danger" : kpis.p95Ms > 50 ? "warning" : "success"}
              />
            </div>
          </div>

          <div className="mt-6 sm:mt-8">
            <TrendCharts trend={overview.trend} />
          </div>

          <div className="grid gap-x-6 xl:grid-cols-2">
            <Section title="Top queries">
              {top.length ? <TopQueriesTable rows={top} /> : <p className="text-sm text-slate-600">Only browsing, no typed queries in this range.</p>}
            </Section>
            <Section title="Zero-result queries">
              {zero.length ? (
                <ZeroResultTable rows={zero} />
              ) : (
                <EmptyState headingLevel="h3" icon={<Gauge />} title="Every search found something" description={`No query came back empty in the last ${days} days.`} />
              )}
            </Section>
          </div>

          <Section title="Slowest queries">{slow.length ? <SlowestQueriesTable rows={slow} /> : <p className="text-sm text-slate-600">No typed queries in this range.</p>}</Section>

          <Section title="Popular searches in autocomplete" action={<RefreshPopularButton />}>
            <div className="rounded-xl border border-slate-200 bg-white p-4">
              <p className="text-sm text-slate-600">
                {popular.total
                  ? `${count(popular.total, "query", "queries")} of the last 30 days that found something, searched by at least two shoppers. Updated every few minutes.`
                  : "None yet: a query is suggested once two shoppers have searched for it and found something."}
              </p>
              {popular.top.length ? (
                <ul aria-label="Most searched suggestions" className="mt-3 flex flex-wrap gap-1.5">
                  {popular.top.map((p) => (
                    <li key={p.query} className="rounded-full bg-slate-100 px-2.5 py-1 text-xs font-medium text-slate-800">
                      {p.query} <span className="tabular-nums text-slate-500">· {n(p.searches)}</span>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          </Section>
        </>
      ) : (
        <EmptyState
          icon={<Search />}
          title="No searches yet"
          description={`Nobody has searched in the last ${days} days. Searches on the storefront and the search API show up here within seconds.`}
        />
      )}
    </>
  );
}
