"use client";

import { useState } from "react";
import { GitMerge, Pencil, Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { toast } from "@/components/ui/toaster";
import { count } from "@/components/workspace/count";
import { RowActions } from "@/components/workspace/row-actions";
import { RelativeTime } from "@/components/workspace/relative-time";
import { deleteBrandAction } from "@/lib/catalog/taxonomy-actions";
import type { AdminBrandRow } from "@/lib/catalog/taxonomy-queries";
import { useAdminAction } from "../../_components/use-admin-action";
import { CreateBrandForm, MergeBrandForm, RenameBrandForm } from "./brand-forms";
import { ConfirmFooter } from "@/components/workspace/confirm-footer";

/** "Add brand": opens the create dialog. */
export function AddBrandButton() {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <Button onClick={() => setOpen(true)}>
        <Plus aria-hidden="true" /> Add brand
      </Button>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Add a brand</DialogTitle>
          <DialogDescription>Sellers can pick it for their products straight away.</DialogDescription>
        </DialogHeader>
        <CreateBrandForm onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

type Task = { kind: "rename" | "merge" | "delete"; brand: AdminBrandRow };

/** One page of brands with their product counts; each row can be renamed, merged into another brand or deleted. */
export function BrandTable({ brands, caption }: { brands: AdminBrandRow[]; caption: string }) {
  const [task, setTask] = useState<Task | null>(null);
  const remove = useAdminAction("brand-delete");
  const close = () => setTask(null);

  return (
    <>
      <Table>
        <caption className="sr-only">{caption}</caption>
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead>Brand</TableHead>
            <TableHead className="text-right">Products</TableHead>
            <TableHead className="hidden sm:table-cell">Added</TableHead>
            <TableHead className="w-12">
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {brands.map((brand) => (
            <TableRow key={brand.id}>
              <TableCell className="max-w-[14rem] sm:max-w-none">
                <div className="truncate font-medium text-slate-900">{brand.name}</div>
                <div className="truncate font-mono text-xs text-slate-600">{brand.slug}</div>
              </TableCell>
              <TableCell className="text-right font-semibold tabular-nums">{brand.productCount.toLocaleString("en-IN")}</TableCell>
              <TableCell className="hidden whitespace-nowrap text-slate-600 sm:table-cell"><RelativeTime date={new Date(brand.createdAt)} /></TableCell>
              <TableCell className="py-1">
                <RowActions
                  label={`Actions for ${brand.name}`}
                  actions={[
                    { label: "Rename", icon: Pencil, onSelect: () => setTask({ kind: "rename", brand }) },
                    { label: "Merge into another brand…", icon: GitMerge, onSelect: () => setTask({ kind: "merge", brand }) },
                    { label: "Delete", icon: Trash2, onSelect: () => setTask({ kind: "delete", brand }), destructive: true },
                  ]}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>

      <Dialog open={task !== null} onOpenChange={(open) => !open && !remove.pending && close()}>
        <DialogContent className={task?.kind === "merge" ? "max-w-lg" : undefined}>
          {task ? (
            <DialogHeader>
              <DialogTitle>
                {task.kind === "rename" ? "Rename brand" : task.kind === "merge" ? `Merge “${task.brand.name}”` : `Delete “${task.brand.name}”?`}
              </DialogTitle>
              <DialogDescription>
                {task.kind === "rename"
                  ? `Product pages show the new name at once.`
                  : task.kind === "merge"
                    ? "For duplicates and misspellings: keep one brand and move the other's products to it."
                    : task.brand.productCount
                      ? `${count(task.brand.productCount, "product uses", "products use")} it, so it can't be deleted. Merge it into another brand instead.`
                      : "No product uses it. This can't be undone."}
              </DialogDescription>
            </DialogHeader>
          ) : null}
          {task?.kind === "rename" ? <RenameBrandForm brand={task.brand} onDone={close} /> : null}
          {task?.kind === "merge" ? <MergeBrandForm brand={task.brand} onDone={close} /> : null}
          {task?.kind === "delete" ? (
            <DialogFooter>
              {task.brand.productCount ? (
                <>
                  <Button type="button" variant="outline" onClick={close}>
                    Close
                  </Button>
                  <Button type="button" onClick={() => setTask({ kind: "merge", brand: task.brand })}>
                    Merge instead
                  </Button>
                </>
              ) : (
                <>
                  <ConfirmFooter
                    confirmLabel="Delete brand"
                    pendingLabel="Deleting…"
                    pending={remove.pending}
                    onKeep={close}
                    onConfirm={() =>
                      remove.run(
                        () => deleteBrandAction(task.brand.id),
                        (deleted) => {
                          toast.success(`“${deleted.name}” deleted`, { id: "brand-delete" });
                          close();
                        },
                      )
                    }
                  />
                </>
              )}
            </DialogFooter>
          ) : null}
        </DialogContent>
      </Dialog>
    </>
  );
}
