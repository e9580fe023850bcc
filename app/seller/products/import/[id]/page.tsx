import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/workspace/page-header";
import { ImportProgress } from "@/components/seller/import/import-progress";
import { requirePageRole } from "@/lib/auth/policies";
import { getImport, type ImportView } from "@/lib/catalog/import/queries";
import { ForbiddenError, NotFoundError } from "@/lib/platform/errors";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Import progress",
  description: "Follow a bulk import as it runs and download the report of rows that could not be imported.",
};

async function loadImport(actor: Parameters<typeof getImport>[0], id: string): Promise<ImportView> {
  try {
    return await getImport(actor, id);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    if (err instanceof ForbiddenError) forbidden();
    throw err;
  }
}

export default async function ImportProgressPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageRole("seller", `/seller/products/import/${encodeURIComponent(id)}`);
  const view = await loadImport(actor, id);
  return (
    <>
      <PageHeader
        title="Import progress"
        description="Step 3 of 3. The import runs in the background: you can leave this page and come back."
        actions={
          <Link href="/seller/products/import" className={buttonVariants({ variant: "outline" })}>
            All imports
          </Link>
        }
      />
      <ImportProgress key={view.id} initial={view} />
    </>
  );
}
