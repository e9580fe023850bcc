import type { Metadata } from "next";
import { requestFromState, stateFromRequest, typedAttributes, type ListingUrlState } from "@/components/search/url-state";
import { VIA_PARAM } from "@/components/search/suggest-rules";
import { getActor } from "@/lib/auth/session";
import { listTopCategories } from "@/lib/catalog/queries";
import { getSearchEngine, parseSearchPageParams } from "@/lib/search";
import { logSearch, getSearchSessionId } from "@/lib/search/analytics-service";
import type { SearchSource } from "@/lib/search/analytics-rules";
import type { SearchResponse } from "@/lib/search/types";
import { SearchView, searchTitle } from "./_components/search-view";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 24;

type RawParams = Record<string, string | string[] | undefined>;
type Props = { searchParams: Promise<RawParams> };

function stateOf(raw: RawParams): ListingUrlState {
  return stateFromRequest(parseSearchPageParams(raw), raw.page);
}

const SOURCES: Record<string, SearchSource> = { suggest: "suggest-pick", voice: "voice" };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const state = stateOf(await searchParams);
  return {
    title: state.q ? `Search: ${state.q}` : searchTitle(state),
    description: state.q
      ? `Products matching “${state.q}” from local sellers on QuickLocal, with prices, discounts and ratings.`
      : "Browse every product on QuickLocal from trusted local sellers, with prices, discounts and ratings.",
    robots: { index: false, follow: true },
  };
}

/** Logs a first-page search (never slows or fails the page) and returns its id for click tracking. */
async function logFirstPage(state: ListingUrlState, response: SearchResponse, via: string | string[] | undefined): Promise<string | null> {
  if (state.cursor) return null;
  const [actor, sessionId] = await Promise.all([getActor().catch(() => null), getSearchSessionId()]);
  return logSearch({
    request: requestFromState(state, PAGE_SIZE),
    total: response.total,
    tookMs: response.tookMs,
    source: SOURCES[String(via)] ?? "page",
    userId: actor?.id ?? null,
    sessionId,
  });
}

export default async function SearchPage({ searchParams }: Props) {
  const raw = await searchParams;
  const parsed = stateOf(raw);
  const response = await getSearchEngine().search(requestFromState(parsed, PAGE_SIZE));
  // The controls show attribute filters typed as the selected category's attributes.
  const state = { ...parsed, filters: typedAttributes(parsed.filters, response.facets?.attributes ?? []) };
  const [queryId, fallbackCategories] = await Promise.all([
    logFirstPage(state, response, raw[VIA_PARAM]),
    response.total === 0 ? listTopCategories() : Promise.resolve([]),
  ]);
  const facets = response.facets;
  const currentCategory = facets?.categories.find((c) => c.path === state.categoryPath);
  const names = {
    brands: Object.fromEntries((facets?.brands ?? []).map((b) => [b.value, b.label])),
    sellers: Object.fromEntries((facets?.sellers ?? []).map((s) => [s.value, s.label])),
    attributes: Object.fromEntries((facets?.attributes ?? []).map((a) => [a.key, { label: a.label, unit: a.unit }])),
    categories: currentCategory ? { [currentCategory.path]: currentCategory.name } : {},
  };
  return <SearchView state={state} response={response} queryId={queryId} pageSize={PAGE_SIZE} names={names} fallbackCategories={fallbackCategories} />;
}
