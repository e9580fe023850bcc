"use client";

import { useState } from "react";
import Link from "next/link";
import { Pencil, Plus, SlidersHorizontal, Trash2 } from "lucide-react";
import { FormAlert } from "@/components/auth/form-alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toaster";
import { count } from "@/components/workspace/count";
import { EmptyState } from "@/components/workspace/empty-state";
import { Section } from "@/components/workspace/page-header";
import type { CategoryAttributeDef } from "@/lib/catalog/attribute-rules";
import { deleteAttributeAction } from "@/lib/catalog/taxonomy-actions";
import type { AdminCategoryDetail } from "@/lib/catalog/taxonomy-queries";
import { useAdminAction } from "../../../_components/use-admin-action";
import { ATTRIBUTE_TYPE_LABELS, AttributeForm, type NoLongerAllowed } from "./attribute-form";
import { ConfirmFooter } from "@/components/workspace/confirm-footer";

type Task = { kind: "edit"; attribute: CategoryAttributeDef | null } | { kind: "delete"; attribute: CategoryAttributeDef };

function AttributeSummary({ attribute }: { attribute: CategoryAttributeDef }) {
  return (
    <div className="min-w-0 flex-1">
      <div className="flex flex-wrap items-center gap-2">
        <p className="font-semibold text-slate-900">{attribute.label}</p>
        <Badge tone="info">{ATTRIBUTE_TYPE_LABELS[attribute.type]}</Badge>
        {attribute.required ? <Badge tone="warning">Required</Badge> : null}
        {attribute.filterable ? <Badge tone="neutral">Filter</Badge> : null}
      </div>
      <p className="mt-0.5 text-xs text-slate-600">
        <span className="font-mono">{attribute.key}</span>
        {attribute.unit ? ` · in ${attribute.unit}` : ""} · position {attribute.position}
      </p>
      {attribute.type === "select" ? <p className="mt-1 text-sm text-slate-700">{attribute.options.join(", ")}</p> : null}
    </div>
  );
}

/** The category's own attributes (add, edit, remove) and, read-only, those its products inherit. */
export function AttributeManager({ category }: { category: AdminCategoryDetail }) {
  const [task, setTask] = useState<Task | null>(null);
  const [report, setReport] = useState<{ label: string; values: NoLongerAllowed[] } | null>(null);
  const remove = useAdminAction("attribute-delete");
  const close = () => setTask(null);

  return (
    <>
      {report ? (
        <FormAlert tone="info" className="mt-4">
          <p className="font-semibold">Some products hold values “{report.label}” no longer allows</p>
          <p className="mt-1">
            {report.values
              .slice(0, 10)
              .map((v) => `“${v.value}” (${count(v.products, "product")})`)
              .join(", ")}
            {report.values.length > 10 ? `, and ${report.values.length - 10} more` : ""}. They keep these values until their sellers edit them; nothing was deleted.
          </p>
          <Button variant="link" className="mt-1 px-0" onClick={() => setReport(null)}>
            Dismiss
          </Button>
        </FormAlert>
      ) : null}

      <Section
        title="Attributes of this category"
        action={
          <Button onClick={() => setTask({ kind: "edit", attribute: null })}>
            <Plus aria-hidden="true" /> Add attribute
          </Button>
        }
      >
        {category.attributes.length ? (
          <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" aria-label={`Attributes of ${category.name}`}>
            {category.attributes.map((attribute) => (
              <li key={attribute.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center">
                <AttributeSummary attribute={attribute} />
                <div className="flex gap-2">
                  <Button variant="outline" className="flex-1 sm:flex-none" onClick={() => setTask({ kind: "edit", attribute })} aria-label={`Edit ${attribute.label}`}>
                    <Pencil aria-hidden="true" /> Edit
                  </Button>
                  <Button variant="outline" className="flex-1 text-red-700 sm:flex-none" onClick={() => setTask({ kind: "delete", attribute })} aria-label={`Remove ${attribute.label}`}>
                    <Trash2 aria-hidden="true" /> Remove
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState
            headingLevel="h3"
            icon={<SlidersHorizontal />}
            title="No attributes of its own"
            description={`Add what products in “${category.name}” should describe — e.g. RAM with a unit, a fabric from a list, or whether it is organic.`}
          />
        )}
      </Section>

      {category.inherited.map((group) => (
        <Section
          key={group.category.id}
          title={`Inherited from ${group.category.name}`}
          action={
            <Link href={`/admin/catalogue/categories/${group.category.id}`} className="text-sm font-semibold text-brand-700 underline-offset-2 hover:underline">
              Edit there
            </Link>
          }
        >
          <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-slate-50" aria-label={`Attributes inherited from ${group.category.name}`}>
            {group.attributes.map((attribute) => (
              <li key={attribute.id} className="p-4">
                <AttributeSummary attribute={attribute} />
              </li>
            ))}
          </ul>
        </Section>
      ))}

      <Dialog open={task !== null} onOpenChange={(open) => !open && !remove.pending && close()}>
        <DialogContent className="max-w-lg">
          {task?.kind === "edit" ? (
            <>
              <DialogHeader>
                <DialogTitle>{task.attribute ? `Edit “${task.attribute.label}”` : "Add an attribute"}</DialogTitle>
                <DialogDescription>
                  {task.attribute ? "Products in this category and below use it." : `For products in “${category.name}” and its subcategories.`}
                </DialogDescription>
              </DialogHeader>
              <AttributeForm categoryId={category.id} attribute={task.attribute} onDone={close} onReport={(label, values) => setReport(values.length ? { label, values } : null)} />
            </>
          ) : null}
          {task?.kind === "delete" ? (
            <>
              <DialogHeader>
                <DialogTitle>Remove “{task.attribute.label}”?</DialogTitle>
                <DialogDescription>
                  It disappears from product pages, filters and the seller&apos;s form. Values products already hold are kept, so adding it back with the same label restores them.
                </DialogDescription>
              </DialogHeader>
              <ConfirmFooter
                confirmLabel="Remove attribute"
                pendingLabel="Removing…"
                pending={remove.pending}
                onKeep={close}
                onConfirm={() =>
                  remove.run(
                    () => deleteAttributeAction(task.attribute.id),
                    ({ productsWithValue }) => {
                      toast.success(productsWithValue ? `Removed; ${count(productsWithValue, "product")} had a value` : "Attribute removed", { id: "attribute-delete" });
                      close();
                    },
                  )
                }
              />
            </>
          ) : null}
        </DialogContent>
      </Dialog>
    </>
  );
}
