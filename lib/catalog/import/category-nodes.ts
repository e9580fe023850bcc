import { getDb, type Executor } from "@/lib/platform/db";
import { categories } from "@/models";
import type { CategoryNode } from "./category-match";

/** Every category as the import matches them (name and parent): for the job and the mapping step's preview and default-category picker. */
export async function listCategoryNodes(executor?: Executor): Promise<CategoryNode[]> {
  const db = executor ?? (await getDb());
  return db.select({ id: categories.id, name: categories.name, parentId: categories.parentId }).from(categories);
}
