import type { Metadata } from "next";
import Link from "next/link";
import { ReceiptText } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { count } from "@/components/workspace/count";
import { EmptyState } from "@/components/workspace/empty-state";
import { FilterChips, Pagination } from "@/components/workspace/list-controls";
import { PageHeader } from "@/components/workspace/page-header";
import { RelativeTime } from "@/components/workspace/relative-time";
import { firstValues, hrefWith, type RawSearchParams } from "@/components/workspace/search-params";
import { OrderFilters } from "@/components/orders/seller-order-filters";
import { OrderStatusBadge, PartStatusBadge } from "@/components/orders/seller-status-badge";
import { requirePageRole } from "@/lib/auth/policies";
import { adminOrderFiltersSchema, countAdminOrders, listAdminOrders, ORDER_STATUSES } from "@/lib/orders/admin-queries";
import { ORDER_STATUS_LABELS } from "@/lib/orders/rules";
import { formatMoney } from "@/lib/platform/money";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Orders",
  description: "Every order on QuickLocal: search by number, customer or seller; force-cancel with a reason.",
};

const PATH = "/admin/orders";

export default async function AdminOrdersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const actor = await requirePageRole("admin", PATH);
  const raw = firstValues(await searchParams);
  const filters = adminOrderFiltersSchema.parse(raw);
  const [list, counts] = await Promise.all([listAdminOrders(actor, raw), countAdminOrders(actor, raw)]);
  const state = { status: filters.status, q: filters.q, from: filters.from, to: filters.to };
  const filtered = Boolean(filters.q || filters.from || filters.to || filters.status);

  return (
    <>
      <PageHeader title="Orders" description={`${count(counts.all, "order")}${filtered ? " match these filters" : " on QuickLocal"}`} />
      <div className="flex flex-col gap-3">
        <FilterChips
          label="Order status"
          items={[
            { label: "All", count: counts.all, href: hrefWith(PATH, state, { status: undefined, page: undefined }), active: !filters.status },
            ...ORDER_STATUSES.map((status) => ({
              label: ORDER_STATUS_LABELS[status],
              count: counts[status],
              href: hrefWith(PATH, state, { status, page: undefined }),
              active: filters.status === status,
            })),
          ]}
        />
        <OrderFilters action={PATH} searchLabel="Search orders" placeholder="Order number, customer name or email, seller" q={filters.q} from={filters.from} to={filters.to} keep={{ status: filters.status }} />
      </div>
      <div className="mt-4">
        {list.items.length > 0 ? (
          <>
            <Table>
              <caption className="sr-only">
                Orders, page {list.page} of {list.pageCount}
              </caption>
              <TableHeader>
                <TableRow className="hover:bg-transparent">
                  <TableHead>Order</TableHead>
                  <TableHead className="hidden md:table-cell">Customer</TableHead>
                  <TableHead className="hidden lg:table-cell">Sellers and parts</TableHead>
                  <TableHead className="text-right">Total</TableHead>
                  <TableHead className="hidden sm:table-cell">Status</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {list.items.map((o) => (
                  <TableRow key={o.id}>
                    <TableCell>
                      <Link href={`${PATH}/${o.number}`} className="font-mono font-semibold text-brand-800 underline-offset-2 hover:underline">
                        {o.number}
                      </Link>
                      <div className="text-xs text-slate-600">
                        <RelativeTime date={o.placedAt ?? o.createdAt} /> · {o.paymentMethod === "cod" ? "COD" : "Prepaid"}
                      </div>
                      <div className="text-xs text-slate-700 md:hidden">{o.customerName}</div>
                      <div className="mt-1 sm:hidden">
                        <OrderStatusBadge status={o.status} />
                      </div>
                    </TableCell>
                    <TableCell className="hidden md:table-cell">
                      <div className="font-medium text-slate-900">{o.customerName}</div>
                      <div className="text-xs text-slate-600">{o.customerEmail}</div>
                    </TableCell>
                    <TableCell className="hidden lg:table-cell">
                      <ul className="grid gap-1">
                        {o.sellers.map((name, i) => (
                          <li key={`${name}-${i}`} className="flex flex-wrap items-center gap-2 text-sm">
                            <span className="text-slate-800">{name}</span>
                            {o.partStatuses[i] ? <PartStatusBadge status={o.partStatuses[i]} /> : null}
                          </li>
                        ))}
                      </ul>
                    </TableCell>
                    <TableCell className="text-right font-semibold tabular-nums">{formatMoney(o.totalPaise)}</TableCell>
                    <TableCell className="hidden sm:table-cell">
                      <OrderStatusBadge status={o.status} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Pagination pathname={PATH} state={state} page={list.page} pageCount={list.pageCount} pageSize={list.pageSize} total={list.total} noun={["order", "orders"]} />
          </>
        ) : (
          <EmptyState
            icon={<ReceiptText />}
            title={filtered ? "No orders match these filters" : "No orders yet"}
            description={filtered ? "Search by order number (QL…), a customer's name or email, or a store name; or widen the dates." : "Orders appear here as soon as customers check out."}
            action={
              filtered ? (
                <Link href={PATH} className={buttonVariants({ variant: "outline" })}>
                  Show all orders
                </Link>
              ) : undefined
            }
          />
        )}
      </div>
    </>
  );
}
