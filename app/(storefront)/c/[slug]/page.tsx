import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requestFromState, stateFromRequest, typedAttributes, type ListingUrlState } from "@/components/search/url-state";
import type { FacetAttributeDef } from "@/lib/catalog/facets-types";
import { getCategoryBySlug } from "@/lib/catalog/queries";
import { categoryHref, decodeSlug } from "@/lib/catalog/rules";
import { facetAttributes, getCategoryAttributes } from "@/lib/catalog/storefront-cache";
import type { CategoryDetail } from "@/lib/catalog/types";
import { getSearchEngine, parseSearchPageParams } from "@/lib/search";
import { CategoryView } from "./_components/category-view";
import { categoryIndexing } from "./_components/indexing";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 24;

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The category, its filterable attributes and the listing state the URL asks for; null for an unknown
 * category. A category page lists its subtree with no free text, so `q` and `category` are ignored.
 */
async function load({ params, searchParams }: Props): Promise<{ category: CategoryDetail; defs: FacetAttributeDef[]; state: ListingUrlState } | null> {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  const category = await getCategoryBySlug(decodeSlug(slug));
  if (!category) return null;
  const defs = facetAttributes(await getCategoryAttributes(category.id));
  const request = parseSearchPageParams({ ...raw, q: undefined, category: undefined });
  const state = stateFromRequest(request, raw.page);
  // Only the category's own attributes are filters here, each of its type.
  return { category, defs, state: { ...state, filters: typedAttributes(state.filters, defs) } };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const loaded = await load(props);
  if (!loaded) return { title: "Category not found" };
  const { category, state } = loaded;
  const within = category.ancestors.length ? ` in ${category.ancestors.map((a) => a.name).join(" › ")}` : "";
  const examples = category.children.slice(0, 4).map((c) => c.name);
  const { canonical, index } = categoryIndexing(categoryHref(category.slug), state);
  return {
    title: state.page > 1 ? `${category.name} — page ${state.page}` : category.name,
    description: `Shop ${category.name}${within} from trusted local sellers on QuickLocal${
      examples.length ? `: ${examples.join(", ")} and more` : ""
    }. Compare prices and discounts, with quick delivery to your PIN code.`,
    alternates: { canonical },
    robots: index ? undefined : { index: false, follow: true },
  };
}

export default async function CategoryPage(props: Props) {
  const loaded = await load(props);
  if (!loaded) notFound();
  const { category, defs, state } = loaded;
  const response = await getSearchEngine().search(requestFromState({ ...state, categoryPath: category.path }, PAGE_SIZE));
  return <CategoryView category={category} defs={defs} state={state} response={response} pageSize={PAGE_SIZE} />;
}
