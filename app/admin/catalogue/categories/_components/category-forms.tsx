"use client";

import { useRouter } from "next/navigation";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, type Path } from "react-hook-form";
import { FormAlert } from "@/components/auth/form-alert";
import { FormField, describedBy } from "@/components/auth/form-field";
import { TextField } from "@/components/auth/text-field";
import { PendingButton } from "@/components/forms/pending-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { createCategoryAction, moveCategoryAction, renameCategoryAction } from "@/lib/catalog/taxonomy-actions";
import type { AdminCategoryNode } from "@/lib/catalog/taxonomy-queries";
import {
  createCategorySchema,
  moveCategorySchema,
  renameCategorySchema,
  type CreateCategoryInput,
  type MoveCategoryInput,
  type RenameCategoryInput,
} from "@/lib/catalog/taxonomy-schemas";
import { isSameOrBelow } from "@/lib/catalog/taxonomy-rules";

interface FormProps {
  onDone: () => void;
}

const selectClass =
  "min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 text-base text-slate-900 focus-visible:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600 aria-[invalid=true]:border-red-600 sm:text-sm";

function Actions({ pending, pendingLabel, label, onCancel }: { pending: boolean; pendingLabel: string; label: string; onCancel: () => void }) {
  return (
    <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
      <Button type="button" variant="outline" onClick={onCancel} disabled={pending}>
        Cancel
      </Button>
      <PendingButton type="submit" pending={pending} pendingLabel={pendingLabel}>
        {label}
      </PendingButton>
    </div>
  );
}

const CREATE_FIELDS: readonly Path<CreateCategoryInput>[] = ["name", "parentId"];

/** New category under `parent` (or at the top level). */
export function CreateCategoryForm({ parent, onDone }: FormProps & { parent: AdminCategoryNode | null }) {
  const router = useRouter();
  const form = useForm<CreateCategoryInput>({ resolver: zodResolver(createCategorySchema), defaultValues: { parentId: parent?.id ?? "", name: "" } });
  const { formError, submit } = useServerForm(form, { fields: CREATE_FIELDS, toastId: "category-save" });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async () => {
    const result = await submit(() => createCategoryAction(form.getValues()));
    if (!result?.ok) return;
    toast.success(`“${result.data.name}” added`, { id: "category-save" });
    onDone();
    router.refresh();
  });
  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <TextField
        id="category-name"
        label="Name"
        autoComplete="off"
        hint={parent ? `Goes inside “${parent.name}”.` : "A new top-level department."}
        error={errors.name?.message}
        {...form.register("name")}
      />
      <Actions pending={isSubmitting} pendingLabel="Adding…" label="Add category" onCancel={onDone} />
    </form>
  );
}

const RENAME_FIELDS: readonly Path<RenameCategoryInput>[] = ["name"];

/** Rename; the web address changes only when the box is ticked. */
export function RenameCategoryForm({ node, onDone }: FormProps & { node: AdminCategoryNode }) {
  const router = useRouter();
  const form = useForm<RenameCategoryInput>({
    resolver: zodResolver(renameCategorySchema),
    defaultValues: { categoryId: node.id, name: node.name, updateSlug: false },
  });
  const { formError, submit } = useServerForm(form, { fields: RENAME_FIELDS, toastId: "category-save" });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async () => {
    const result = await submit(() => renameCategoryAction(form.getValues()));
    if (!result?.ok) return;
    toast.success(`Renamed to “${result.data.name}”`, { id: "category-save" });
    onDone();
    router.refresh();
  });
  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <TextField id="category-rename" label="Name" autoComplete="off" error={errors.name?.message} {...form.register("name")} />
      <label className="flex min-h-11 cursor-pointer items-start gap-3 text-sm text-slate-800">
        <input type="checkbox" className="mt-0.5 size-5 shrink-0 accent-brand-600" {...form.register("updateSlug")} />
        <span>
          Also change its web address to match
          <span className="block text-xs text-slate-600">
            Now <span className="font-mono">/c/{node.slug}</span>. Old links stop working, so leave this off for an established category.
          </span>
        </span>
      </label>
      <Actions pending={isSubmitting} pendingLabel="Saving…" label="Save name" onCancel={onDone} />
    </form>
  );
}

const MOVE_FIELDS: readonly Path<MoveCategoryInput>[] = ["parentId"];

/** Every category as an indented option, root first in tree order. */
function flatten(nodes: readonly AdminCategoryNode[], out: AdminCategoryNode[] = []): AdminCategoryNode[] {
  for (const n of nodes) {
    out.push(n);
    flatten(n.children, out);
  }
  return out;
}

/** Move under another parent; the category's own subtree is not offered (that would make a loop). */
export function MoveCategoryForm({ node, tree, onDone }: FormProps & { node: AdminCategoryNode; tree: readonly AdminCategoryNode[] }) {
  const router = useRouter();
  const form = useForm<MoveCategoryInput>({ resolver: zodResolver(moveCategorySchema), defaultValues: { categoryId: node.id, parentId: node.parentId ?? "" } });
  const { formError, submit } = useServerForm(form, { fields: MOVE_FIELDS, toastId: "category-save" });
  const { errors, isSubmitting } = form.formState;
  const targets = flatten(tree).filter((c) => !isSameOrBelow(node.path, c.path));
  const onSubmit = form.handleSubmit(async () => {
    const result = await submit(() => moveCategoryAction(form.getValues()));
    if (!result?.ok) return;
    toast.success(`“${node.name}” moved`, { id: "category-save" });
    onDone();
    router.refresh();
  });
  const error = errors.parentId?.message;
  const hint = node.children.length ? "Its subcategories move with it." : undefined;
  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <FormField id="category-parent" label="New parent" error={error} hint={hint}>
        <select id="category-parent" className={selectClass} aria-invalid={error ? true : undefined} aria-describedby={describedBy("category-parent", { error, hint })} {...form.register("parentId")}>
          <option value="">Top level (no parent)</option>
          {targets.map((c) => (
            <option key={c.id} value={c.id}>
              {`${"\u2003".repeat(c.depth)}${c.name}`}
            </option>
          ))}
        </select>
      </FormField>
      <Actions pending={isSubmitting} pendingLabel="Moving…" label="Move category" onCancel={onDone} />
    </form>
  );
}
