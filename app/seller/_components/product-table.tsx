import Link from "next/link";
import { ExternalLink, ImageOff } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { RelativeTime } from "@/components/workspace/relative-time";
import { PendingChangeBadge } from "@/components/seller/pending-change-badge";
import { ProductStatusBadge } from "@/components/workspace/status-badge";
import { imageUrl } from "@/lib/catalog/image-url";
import { productHref } from "@/lib/catalog/rules";
import { formatMoney } from "@/lib/platform/money";
import type { SellerProductRow } from "@/lib/sellers/queries";
import { cn } from "@/lib/ui/cn";

function PriceRange({ min, max }: { min: number | null; max: number | null }) {
  if (min === null || max === null) return <span className="text-slate-500">No price</span>;
  const low = formatMoney(min, "INR", { compact: true });
  if (min === max) return <>{low}</>;
  return (
    <>
      {low} – {formatMoney(max, "INR", { compact: true })}
    </>
  );
}

const skus = (n: number) => `${n} ${n === 1 ? "SKU" : "SKUs"}`;

/**
 * Sellable units and what needs restocking: out of stock, or SKUs at or below their own low-stock
 * alert level (set per variant in the editor).
 */
function StockBadges({ row }: { row: SellerProductRow }) {
  if (row.unitsAvailable <= 0) return <Badge tone="danger">Out of stock</Badge>;
  const single = row.skuCount === 1;
  return (
    <>
      {row.lowStockSkus > 0 ? (
        <Badge tone="warning" className="whitespace-nowrap">
          {single ? "Low stock" : `${skus(row.lowStockSkus)} low`}
        </Badge>
      ) : null}
      {row.outOfStockSkus > 0 ? (
        <Badge tone="warning" className="whitespace-nowrap">
          {skus(row.outOfStockSkus)} out
        </Badge>
      ) : null}
    </>
  );
}

function StockCell({ row, compact = false }: { row: SellerProductRow; compact?: boolean }) {
  if (row.skuCount === 0) return <span className="text-xs text-slate-600">No SKUs</span>;
  const units = <span className="font-semibold tabular-nums text-slate-900">{row.unitsAvailable.toLocaleString("en-IN")}</span>;
  if (compact) {
    return (
      <span className="flex flex-col items-end gap-1 text-xs text-slate-700">
        <span>{units} in stock</span>
        <StockBadges row={row} />
      </span>
    );
  }
  return (
    <div className="flex flex-col items-end gap-1 lg:flex-row lg:items-center lg:justify-end lg:gap-2">
      {units}
      <StockBadges row={row} />
    </div>
  );
}

function Status({ row }: { row: SellerProductRow }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      <ProductStatusBadge status={row.status} />
      {row.pendingChange ? <PendingChangeBadge /> : null}
    </span>
  );
}

/** The product's title, linking to its editor. */
function EditLink({ row }: { row: SellerProductRow }) {
  return (
    <Link href={`/seller/products/${row.id}`} className="line-clamp-2 font-medium text-slate-900 underline-offset-2 hover:text-brand-700 hover:underline">
      {row.title}
    </Link>
  );
}

/** A small product picture; decorative, since the title is right next to it. */
function Thumb({ imageKey }: { imageKey: string | null }) {
  const frame = "size-11 shrink-0 rounded-lg border border-slate-200";
  if (!imageKey) {
    return (
      <span aria-hidden="true" className={cn(frame, "grid place-items-center bg-slate-50 text-slate-400")}>
        <ImageOff className="size-4" />
      </span>
    );
  }
  return (
    // eslint-disable-next-line @next/next/no-img-element -- the /media route serves pre-sized copies; next/image is unoptimized here
    <img src={imageUrl(imageKey, 160)} alt="" width={44} height={44} loading="lazy" decoding="async" className={cn(frame, "bg-white object-contain")} />
  );
}

function ViewInStore({ row }: { row: SellerProductRow }) {
  if (row.status !== "active") return null;
  return (
    <Link
      href={productHref(row.slug)}
      className="-my-2 inline-flex size-8 shrink-0 items-center justify-center rounded-md text-slate-500 hover:bg-slate-100 hover:text-brand-700"
    >
      <ExternalLink aria-hidden="true" className="size-4" />
      <span className="sr-only">View {row.title} in the store</span>
    </Link>
  );
}

/** Phones: one card-like row per product, the numbers that matter on the right. */
function ProductList({ rows, caption }: { rows: SellerProductRow[]; caption: string }) {
  return (
    <ul aria-label={caption} className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white sm:hidden">
      {rows.map((row) => (
        <li key={row.id} className="flex gap-3 p-3">
          <Thumb imageKey={row.imageKey} />
          <div className="min-w-0 flex-1">
            <div className="flex items-start gap-1">
              <EditLink row={row} />
              <ViewInStore row={row} />
            </div>
            <div className="mt-1.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600">
              <Status row={row} />
              <span>
                {row.skuCount} {row.skuCount === 1 ? "SKU" : "SKUs"}
              </span>
              <span aria-hidden="true">·</span>
              <RelativeTime date={row.updatedAt} />
            </div>
          </div>
          <div className="flex shrink-0 flex-col items-end gap-1 text-right">
            <span className="text-sm font-semibold tabular-nums text-slate-900">
              {row.minPricePaise !== null && row.maxPricePaise !== null && row.minPricePaise !== row.maxPricePaise ? (
                <>from {formatMoney(row.minPricePaise, "INR", { compact: true })}</>
              ) : (
                <PriceRange min={row.minPricePaise} max={row.maxPricePaise} />
              )}
            </span>
            <StockCell row={row} compact />
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The seller's products: title, SKUs, price range, sellable stock, status and last change. */
export function ProductTable({ rows, caption }: { rows: SellerProductRow[]; caption: string }) {
  return (
    <>
      <ProductList rows={rows} caption={caption} />
      <div className="hidden sm:block">
        <Table>
          <caption className="sr-only">{caption}</caption>
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              <TableHead>Product</TableHead>
              <TableHead className="hidden text-right md:table-cell">SKUs</TableHead>
              <TableHead className="text-right">Price</TableHead>
              <TableHead className="text-right">Stock</TableHead>
              <TableHead>Status</TableHead>
              <TableHead className="hidden lg:table-cell">Updated</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.id}>
                <TableCell className="max-w-md">
                  <div className="flex items-center gap-3">
                    <Thumb imageKey={row.imageKey} />
                    <div className="min-w-0">
                      <div className="flex items-start gap-1.5">
                        <EditLink row={row} />
                        <ViewInStore row={row} />
                      </div>
                      <div className="mt-0.5 text-xs text-slate-600 md:hidden">
                        {row.skuCount} {row.skuCount === 1 ? "SKU" : "SKUs"}
                      </div>
                    </div>
                  </div>
                </TableCell>
                <TableCell className="hidden text-right tabular-nums md:table-cell">{row.skuCount}</TableCell>
                <TableCell className="text-right tabular-nums whitespace-nowrap">
                  <PriceRange min={row.minPricePaise} max={row.maxPricePaise} />
                </TableCell>
                <TableCell className="text-right">
                  <StockCell row={row} />
                </TableCell>
                <TableCell>
                  <Status row={row} />
                </TableCell>
                <TableCell className="hidden whitespace-nowrap text-slate-600 lg:table-cell">
                  <RelativeTime date={row.updatedAt} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
