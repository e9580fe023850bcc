import type { Metadata } from "next";
import { firstValues, type RawSearchParams } from "@/components/workspace/search-params";
import { requirePageRole } from "@/lib/auth/policies";
import { listSynonyms } from "@/lib/search/synonym-queries";
import { SynonymManager } from "./_components/synonym-manager";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Search synonyms",
  description: "Words shoppers use for the same thing (tv ↔ television, atta → wheat flour): search finds them all.",
};

const PATH = "/admin/search/synonyms";

export default async function SearchSynonymsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requirePageRole("admin", PATH);
  const { add } = firstValues(await searchParams);
  const synonyms = await listSynonyms();
  return <SynonymManager synonyms={synonyms} prefill={add?.trim().slice(0, 200) || null} />;
}
