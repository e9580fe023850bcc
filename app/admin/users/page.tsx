import type { Metadata } from "next";
import Link from "next/link";
import { UserSearch } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { count } from "@/components/workspace/count";
import { EmptyState } from "@/components/workspace/empty-state";
import { FilterChips, ListSearch, Pagination } from "@/components/workspace/list-controls";
import { PageHeader } from "@/components/workspace/page-header";
import { RelativeTime } from "@/components/workspace/relative-time";
import { firstValues, hrefWith, type RawSearchParams } from "@/components/workspace/search-params";
import { ROLE_META, RoleBadge } from "@/components/workspace/status-badge";
import { requirePageRole } from "@/lib/auth/policies";
import { getMarketplaceCounts } from "@/lib/analytics/queries";
import { adminUserListSchema, listUsers, ROLES } from "@/lib/identity/admin-queries";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Users",
  description: "Every QuickLocal account: search by name or email, filter by role.",
};

const PATH = "/admin/users";

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requirePageRole("admin", PATH);
  const filters = adminUserListSchema.parse(firstValues(await searchParams));
  const [counts, list] = await Promise.all([getMarketplaceCounts(), listUsers(filters)]);
  const state = { q: filters.q, role: filters.role };

  return (
    <>
      <PageHeader title="Users" description={`${count(counts.users.total, "account")} on QuickLocal`} />
      <div className="flex flex-col gap-3">
        <FilterChips
          label="Filter by role"
          items={[
            { label: "All", count: counts.users.total, href: hrefWith(PATH, state, { role: undefined }), active: !filters.role },
            ...ROLES.map((role) => ({
              label: ROLE_META[role].label,
              count: counts.users.byRole[role],
              href: hrefWith(PATH, state, { role }),
              active: filters.role === role,
            })),
          ]}
        />
        <ListSearch action={PATH} label="Search users by name or email" placeholder="Search by name or email" query={filters.q} keep={{ role: filters.role }} />
      </div>

      <div className="mt-4">
        {list.items.length > 0 ? (
          <>
            <Table>
              <caption className="sr-only">
                Users, page {list.page} of {list.pageCount}
              </caption>
              <TableHeader>
                <TableRow className="hover:bg-transparent">
                  <TableHead>Name</TableHead>
                  <TableHead className="hidden md:table-cell">Email</TableHead>
                  <TableHead>Role</TableHead>
                  <TableHead className="hidden sm:table-cell">Joined</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {list.items.map((user) => (
                  <TableRow key={user.id}>
                    <TableCell className="max-w-[13rem] sm:max-w-none">
                      <div className="flex flex-wrap items-center gap-2">
                        <span className="font-medium text-slate-900">{user.name}</span>
                        {user.disabled ? <Badge tone="danger">Disabled</Badge> : null}
                      </div>
                      <div className="truncate text-xs text-slate-600 md:hidden">{user.email}</div>
                      {user.sellerName ? <div className="text-xs text-slate-600">Owns {user.sellerName}</div> : null}
                    </TableCell>
                    <TableCell className="hidden text-slate-700 md:table-cell">{user.email}</TableCell>
                    <TableCell>
                      <RoleBadge role={user.role} />
                    </TableCell>
                    <TableCell className="hidden whitespace-nowrap text-slate-600 sm:table-cell">
                      <RelativeTime date={user.createdAt} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Pagination pathname={PATH} state={state} page={list.page} pageCount={list.pageCount} pageSize={list.pageSize} total={list.total} noun={["user", "users"]} />
          </>
        ) : (
          <EmptyState
            icon={<UserSearch />}
            title="No users match these filters"
            description={filters.q ? <>No account has “{filters.q}” in its name or email{filters.role ? ` with the role ${ROLE_META[filters.role].label}` : ""}.</> : "There are no accounts with this role yet."}
            action={
              <Link href={PATH} className={buttonVariants({ variant: "outline" })}>
                Show all users
              </Link>
            }
          />
        )}
      </div>
    </>
  );
}
