import "server-only";
import { and, asc, count, desc, eq, ilike, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/lib/platform/db";
import { ROLES, sellers, users, type Role } from "@/models";

export { ROLES, type Role };

export const ADMIN_USER_PAGE_SIZE = 20;

/** Filters for the admin users table (/admin/users); malformed URL values fall back to defaults. */
export const adminUserListSchema = z.object({
  q: z
    .string()
    .optional()
    .transform((v) => v?.trim().slice(0, 100) || undefined)
    .catch(undefined),
  role: z.enum(ROLES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(ADMIN_USER_PAGE_SIZE).catch(ADMIN_USER_PAGE_SIZE),
});
export type AdminUserListInput = z.input<typeof adminUserListSchema>;

export interface AdminUserRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** The store this user owns, if any. */
  sellerName: string | null;
  disabled: boolean;
  createdAt: Date;
}

export interface AdminUserPage {
  items: AdminUserRow[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** One page of users, newest first, searchable by name or email and filterable by role. */
export async function listUsers(input: AdminUserListInput = {}): Promise<AdminUserPage> {
  const filters = adminUserListSchema.parse(input);
  const db = await getDb();
  const conditions: SQL[] = [];
  if (filters.role) conditions.push(eq(users.role, filters.role));
  if (filters.q) {
    const match = or(ilike(users.name, likePattern(filters.q)), ilike(users.email, likePattern(filters.q)));
    if (match) conditions.push(match);
  }
  const where = conditions.length ? and(...conditions) : undefined;

  const [{ total }] = await db.select({ total: count() }).from(users).where(where);
  const pageCount = Math.max(1, Math.ceil(total / filters.pageSize));
  const page = Math.min(filters.page, pageCount);

  // A user owns at most a handful of stores; show the first one by name.
  const firstStore = db
    .selectDistinctOn([sellers.ownerUserId], { ownerUserId: sellers.ownerUserId, name: sellers.name })
    .from(sellers)
    .orderBy(sellers.ownerUserId, asc(sellers.name))
    .as("first_store");

  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      sellerName: firstStore.name,
      disabledAt: users.disabledAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .leftJoin(firstStore, eq(firstStore.ownerUserId, users.id))
    .where(where)
    .orderBy(desc(users.createdAt), asc(users.id))
    .limit(filters.pageSize)
    .offset((page - 1) * filters.pageSize);

  const items = rows.map(({ disabledAt, ...row }) => ({ ...row, disabled: disabledAt !== null }));
  return { items, total, page, pageSize: filters.pageSize, pageCount };
}
