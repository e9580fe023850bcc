"use client";

import { useMemo, useState } from "react";
import Link from "next/link";
import { ArrowDown, ArrowUp, ChevronRight, FolderInput, FolderTree, FolderPlus, MoreVertical, Pencil, Plus, SearchX, SlidersHorizontal, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { PendingButton } from "@/components/forms/pending-button";
import { count } from "@/components/workspace/count";
import { EmptyState } from "@/components/workspace/empty-state";
import { deleteCategoryAction, reorderCategoryAction } from "@/lib/catalog/taxonomy-actions";
import type { AdminCategoryNode } from "@/lib/catalog/taxonomy-queries";
import { cn } from "@/lib/ui/cn";
import { useAdminAction } from "../../_components/use-admin-action";
import { CreateCategoryForm, MoveCategoryForm, RenameCategoryForm } from "./category-forms";

type Task =
  | { kind: "create"; parent: AdminCategoryNode | null }
  | { kind: "rename"; node: AdminCategoryNode }
  | { kind: "move"; node: AdminCategoryNode }
  | { kind: "delete"; node: AdminCategoryNode };

const TITLES = { create: "Add a category", rename: "Rename category", move: "Move category", delete: "Delete category" } as const;

/** Ids of matching categories and of every ancestor of one (so matches stay reachable). */
function matching(nodes: readonly AdminCategoryNode[], words: string[]): Set<string> {
  const keep = new Set<string>();
  const visit = (node: AdminCategoryNode, trail: string[]) => {
    const name = node.name.toLowerCase();
    if (words.every((w) => name.includes(w))) for (const id of [...trail, node.id]) keep.add(id);
    for (const child of node.children) visit(child, [...trail, node.id]);
  };
  for (const n of nodes) visit(n, []);
  return keep;
}

function allIds(nodes: readonly AdminCategoryNode[]): string[] {
  return nodes.flatMap((n) => [n.id, ...allIds(n.children)]);
}

/**
 * The category tree: collapsible rows with product and attribute counts, a filter that opens the
 * branches holding matches, and per-row actions (add subcategory, rename, move, reorder, delete).
 */
export function CategoryTree({ tree }: { tree: AdminCategoryNode[] }) {
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set());
  const [filter, setFilter] = useState("");
  const [task, setTask] = useState<Task | null>(null);
  const query = filter.trim().toLowerCase();
  const visible = useMemo(() => (query ? matching(tree, query.split(/\s+/)) : null), [tree, query]);
  const reorder = useAdminAction("category-order");
  const remove = useAdminAction("category-delete");

  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const close = () => setTask(null);

  function renderRows(nodes: AdminCategoryNode[], level: number) {
    return nodes
      .filter((n) => !visible || visible.has(n.id))
      .map((node, index, siblings) => {
        const open = visible ? true : expanded.has(node.id);
        const hasChildren = node.children.length > 0;
        const groupId = `cat-children-${node.id}`;
        return (
          <li key={node.id} role="none">
            <div className={cn("flex min-h-12 items-center gap-1 border-b border-slate-100 pr-1 hover:bg-slate-50")} style={{ paddingLeft: `${level * 1.25}rem` }}>
              {hasChildren ? (
                <button
                  type="button"
                  onClick={() => toggle(node.id)}
                  aria-expanded={open}
                  aria-controls={groupId}
                  className="inline-flex size-11 shrink-0 items-center justify-center rounded-lg text-slate-600 hover:bg-slate-100 hover:text-slate-900"
                >
                  <ChevronRight aria-hidden="true" className={cn("size-4 transition-transform", open && "rotate-90")} />
                  <span className="sr-only">
                    {open ? "Hide" : "Show"} the {count(node.children.length, "subcategory", "subcategories")} of {node.name}
                  </span>
                </button>
              ) : (
                <span aria-hidden="true" className="size-11 shrink-0" />
              )}
              <div className="min-w-0 flex-1 py-1.5">
                <Link href={`/admin/catalogue/categories/${node.id}`} className="block truncate font-medium text-slate-900 underline-offset-2 hover:text-brand-700 hover:underline">
                  {node.name}
                </Link>
                <p className="truncate text-xs text-slate-600">
                  {count(node.totalProducts, "product")}
                  {hasChildren ? ` · ${count(node.children.length, "subcategory", "subcategories")}` : ""}
                  {node.attributeCount ? ` · ${count(node.attributeCount, "attribute")}` : ""}
                </p>
              </div>
              <DropdownMenu>
                <DropdownMenuTrigger asChild>
                  <Button variant="ghost" size="icon" aria-label={`Actions for ${node.name}`} disabled={reorder.pending}>
                    <MoreVertical aria-hidden="true" />
                  </Button>
                </DropdownMenuTrigger>
                <DropdownMenuContent>
                  <DropdownMenuItem onSelect={() => setTask({ kind: "create", parent: node })}>
                    <FolderPlus aria-hidden="true" /> Add subcategory
                  </DropdownMenuItem>
                  <DropdownMenuItem asChild>
                    <Link href={`/admin/catalogue/categories/${node.id}`}>
                      <SlidersHorizontal aria-hidden="true" /> Attributes
                    </Link>
                  </DropdownMenuItem>
                  <DropdownMenuItem onSelect={() => setTask({ kind: "rename", node })}>
                    <Pencil aria-hidden="true" /> Rename
                  </DropdownMenuItem>
                  <DropdownMenuItem onSelect={() => setTask({ kind: "move", node })}>
                    <FolderInput aria-hidden="true" /> Move to…
                  </DropdownMenuItem>
                  <DropdownMenuItem
                    disabled={index === 0 || !!visible}
                    onSelect={() => reorder.run(() => reorderCategoryAction({ categoryId: node.id, direction: "up" }), () => toast.success(`“${node.name}” moved up`, { id: "category-order" }))}
                  >
                    <ArrowUp aria-hidden="true" /> Move up
                  </DropdownMenuItem>
                  <DropdownMenuItem
                    disabled={index === siblings.length - 1 || !!visible}
                    onSelect={() => reorder.run(() => reorderCategoryAction({ categoryId: node.id, direction: "down" }), () => toast.success(`“${node.name}” moved down`, { id: "category-order" }))}
                  >
                    <ArrowDown aria-hidden="true" /> Move down
                  </DropdownMenuItem>
                  <DropdownMenuSeparator />
                  <DropdownMenuItem onSelect={() => setTask({ kind: "delete", node })} className="text-red-700 [&_svg]:text-red-600">
                    <Trash2 aria-hidden="true" /> Delete
                  </DropdownMenuItem>
                </DropdownMenuContent>
              </DropdownMenu>
            </div>
            {hasChildren && open ? (
              <ul id={groupId} aria-label={`Subcategories of ${node.name}`}>
                {renderRows(node.children, level + 1)}
              </ul>
            ) : null}
          </li>
        );
      });
  }

  return (
    <>
      <div className="mb-3 flex flex-col gap-2 sm:flex-row sm:items-center">
        <div className="min-w-0 flex-1">
          <label htmlFor="category-filter" className="sr-only">
            Find a category
          </label>
          <Input id="category-filter" type="search" placeholder="Find a category by name" value={filter} onChange={(e) => setFilter(e.target.value)} autoComplete="off" />
        </div>
        <div className="flex gap-2">
          <Button variant="outline" className="flex-1 sm:flex-none" onClick={() => setExpanded(new Set(allIds(tree)))} disabled={!!visible}>
            Expand all
          </Button>
          <Button variant="outline" className="flex-1 sm:flex-none" onClick={() => setExpanded(new Set())} disabled={!!visible}>
            Collapse all
          </Button>
          <Button className="flex-1 sm:flex-none" onClick={() => setTask({ kind: "create", parent: null })}>
            <Plus aria-hidden="true" /> Add top-level
          </Button>
        </div>
      </div>

      {tree.length === 0 ? (
        <EmptyState icon={<FolderTree />} title="No categories yet" description="Add the first top-level department with “Add top-level”; subcategories go inside it." />
      ) : visible && visible.size === 0 ? (
        <EmptyState icon={<SearchX />} title="No category matches" description={<>Nothing is called “{filter.trim()}”. Try a shorter word.</>} />
      ) : (
        <div className="overflow-hidden rounded-xl border border-slate-200 bg-white">
          <ul aria-label="Category tree" aria-busy={reorder.pending || undefined}>
            {renderRows(tree, 0)}
          </ul>
        </div>
      )}

      <Dialog open={task !== null} onOpenChange={(open) => !open && !remove.pending && close()}>
        <DialogContent>
          {task ? (
            <>
              <DialogHeader>
                <DialogTitle>{TITLES[task.kind]}</DialogTitle>
                <DialogDescription>
                  {task.kind === "create" ? (task.parent ? `A subcategory of “${task.parent.name}”.` : "A new top-level department.") : `“${task.node.name}”`}
                </DialogDescription>
              </DialogHeader>
              {task.kind === "create" ? <CreateCategoryForm parent={task.parent} onDone={close} /> : null}
              {task.kind === "rename" ? <RenameCategoryForm node={task.node} onDone={close} /> : null}
              {task.kind === "move" ? <MoveCategoryForm node={task.node} tree={tree} onDone={close} /> : null}
              {task.kind === "delete" ? (
                <DeleteCategory
                  node={task.node}
                  pending={remove.pending}
                  onCancel={close}
                  onConfirm={() =>
                    remove.run(
                      () => deleteCategoryAction(task.node.id),
                      (deleted) => {
                        toast.success(`“${deleted.name}” deleted`, { id: "category-delete" });
                        close();
                      },
                    )
                  }
                />
              ) : null}
            </>
          ) : null}
        </DialogContent>
      </Dialog>
    </>
  );
}

/** Confirms deleting an empty category; says what to do first when it is not empty. */
function DeleteCategory({ node, pending, onCancel, onConfirm }: { node: AdminCategoryNode; pending: boolean; onCancel: () => void; onConfirm: () => void }) {
  const inside = [
    node.children.length ? count(node.children.length, "subcategory", "subcategories") : null,
    node.ownProducts ? count(node.ownProducts, "product") : null,
  ].filter(Boolean);
  if (inside.length) {
    return (
      <>
        <p className="text-sm text-slate-700">
          “{node.name}” still has {inside.join(" and ")}. Move {inside.length > 1 || node.children.length ? "them" : "it"} to another category first, then delete it.
        </p>
        <DialogFooter>
          <Button type="button" onClick={onCancel}>
            OK
          </Button>
        </DialogFooter>
      </>
    );
  }
  return (
    <>
      <p className="text-sm text-slate-700">
        It has no products or subcategories. {node.attributeCount ? `Its ${count(node.attributeCount, "attribute")} will be deleted with it. ` : ""}This can&apos;t be undone.
      </p>
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onCancel} disabled={pending}>
          Keep it
        </Button>
        <PendingButton type="button" variant="danger" onClick={onConfirm} pending={pending} pendingLabel="Deleting…">
          Delete category
        </PendingButton>
      </DialogFooter>
    </>
  );
}
