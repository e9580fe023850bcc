import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { FileClock } from "lucide-react";
import { FormAlert } from "@/components/auth/form-alert";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/workspace/empty-state";
import { Pagination } from "@/components/workspace/list-controls";
import { PageHeader, Section } from "@/components/workspace/page-header";
import { firstValues, type RawSearchParams } from "@/components/workspace/search-params";
import { ImportList } from "@/components/seller/import/import-list";
import { ImportUpload } from "@/components/seller/import/import-upload";
import { MappingStep } from "@/components/seller/import/mapping-step";
import { requirePageRole } from "@/lib/auth/policies";
import { listCategoryNodes } from "@/lib/catalog/import/category-nodes";
import { getImportDraft, listImports, type ImportDraft } from "@/lib/catalog/import/queries";
import { sellerCodeOf } from "@/lib/catalog/import/rows";
import { importListSchema } from "@/lib/catalog/import/schemas";
import { formatBytes } from "@/lib/media/limits";
import { NotFoundError } from "@/lib/platform/errors";
import { getOwnStore } from "@/lib/sellers/queries";
import { NoStore } from "../../_components/no-store";
import { StoreNotice } from "../../_components/store-notice";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Import products",
  description: "Add or update many products at once from a CSV or JSON Lines file, or update prices and stock in bulk.",
};

const PATH = "/seller/products/import";

const backToProducts = (
  <Link href="/seller/products" className={buttonVariants({ variant: "outline" })}>
    Back to products
  </Link>
);

async function draftOrNull(actor: Parameters<typeof getImportDraft>[0], uploadId: string): Promise<ImportDraft | null> {
  try {
    return await getImportDraft(actor, uploadId);
  } catch (err) {
    if (err instanceof NotFoundError) return null;
    throw err;
  }
}

export default async function ImportProductsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const actor = await requirePageRole("seller", PATH);
  const store = await getOwnStore(actor);
  if (!store) return <NoStore />;
  const params = firstValues(await searchParams);

  if (params.upload) {
    const draft = await draftOrNull(actor, params.upload);
    if (draft?.started) redirect(`${PATH}/${draft.uploadId}`);
    if (draft) {
      const categories = await listCategoryNodes();
      return (
        <>
          <PageHeader
            title="Match your columns"
            description={`${draft.upload.fileName} · ${formatBytes(draft.upload.sizeBytes)} · ${draft.upload.headers.length} columns. Step 2 of 3: check how your columns map, then start the import.`}
          />
          <MappingStep uploadId={draft.uploadId} headers={draft.upload.headers} sample={draft.upload.sample} categories={categories} sellerCode={sellerCodeOf(store.id)} />
        </>
      );
    }
  }

  const { page } = importListSchema.parse(params);
  const list = await listImports(actor, page);
  return (
    <>
      <PageHeader title="Import products" description="Add or update many products at once, or update prices and stock, from a file." actions={backToProducts} />
      <StoreNotice status={store.status} />
      {params.upload ? <FormAlert tone="error" className="mb-4">We couldn&apos;t find that upload. Upload the file again.</FormAlert> : null}
      <Card>
        <CardHeader>
          <CardTitle>Upload a file</CardTitle>
          <CardDescription>
            Step 1 of 3. Use a CSV exported from your spreadsheet (or JSON Lines) with one product per row and the column names on the first line. Next you match the
            columns and see a preview before anything is saved.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <ImportUpload />
        </CardContent>
      </Card>

      <Section title="Past imports">
        {list.items.length > 0 ? (
          <>
            <ImportList imports={list.items} caption={`Your imports, page ${list.page} of ${list.pageCount}`} />
            <Pagination pathname={PATH} state={{}} page={list.page} pageCount={list.pageCount} pageSize={list.pageSize} total={list.total} noun={["import", "imports"]} />
          </>
        ) : (
          <EmptyState
            headingLevel="h3"
            icon={<FileClock />}
            title="No imports yet"
            description="Imports you start appear here with their progress, counts and error reports."
          />
        )}
      </Section>
    </>
  );
}
