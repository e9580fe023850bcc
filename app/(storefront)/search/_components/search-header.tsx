import Link from "next/link";
import { resultCountText } from "@/components/search/result-count";

/**
 * The search page's title, result count (a status region, so the new count is announced), and what
 * the engine understood: "Showing results for …" after a typo correction, "Did you mean …" when there
 * is little to show.
 */
export function SearchHeader({
  title,
  total,
  page,
  pageSize,
  shown,
  q,
  correctedQuery,
  didYouMean,
  didYouMeanHref,
}: {
  title: string;
  total: number;
  page: number;
  pageSize: number;
  shown: number;
  q: string;
  correctedQuery: string | null;
  didYouMean: string | null;
  didYouMeanHref: string | null;
}) {
  return (
    <header className="grid gap-1">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h1 className="text-2xl font-bold text-slate-950 md:text-3xl">{title}</h1>
        <p className="text-sm text-slate-600" role="status">
          {resultCountText({ total, page, pageSize, shown })}
        </p>
      </div>
      {correctedQuery && (
        <p className="text-sm text-slate-700" data-testid="corrected-query">
          Showing results for <strong className="font-semibold text-slate-950">{correctedQuery}</strong>
          {q && <span className="text-slate-600"> (you searched for “{q}”)</span>}
        </p>
      )}
      {didYouMean && didYouMeanHref && (
        <p className="text-sm text-slate-700">
          Did you mean{" "}
          <Link href={didYouMeanHref} className="font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-800">
            {didYouMean}
          </Link>
          ?
        </p>
      )}
    </header>
  );
}
