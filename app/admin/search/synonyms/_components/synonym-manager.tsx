"use client";

import { useState, useTransition } from "react";
import { usePathname, useRouter } from "next/navigation";
import { ArrowRight, Pencil, Plus, Replace, Trash2 } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { toast } from "@/components/ui/toaster";
import { count } from "@/components/workspace/count";
import { RowActions } from "@/components/workspace/row-actions";
import { EmptyState } from "@/components/workspace/empty-state";
import { PageHeader } from "@/components/workspace/page-header";
import { RelativeTime } from "@/components/workspace/relative-time";
import { deleteSynonymAction } from "@/lib/search/synonym-actions";
import type { SynonymDto } from "@/lib/search/synonym-queries";
import { SynonymForm, type SynonymFormValues } from "./synonym-form";
import { ConfirmFooter } from "@/components/workspace/confirm-footer";

type Task = { kind: "create"; values: SynonymFormValues } | { kind: "edit"; synonym: SynonymDto } | { kind: "delete"; synonym: SynonymDto };

function Terms({ synonym }: { synonym: SynonymDto }) {
  const [head, ...rest] = synonym.terms;
  return (
    <ul className="flex flex-wrap items-center gap-1.5" aria-label={synonym.oneWay ? `“${head}” also finds ${rest.join(", ")}` : `Equivalent: ${synonym.terms.join(", ")}`}>
      {synonym.terms.map((term, i) => (
        <li key={term} className="flex items-center gap-1.5">
          <span className={i === 0 && synonym.oneWay ? "rounded-full bg-brand-50 px-2.5 py-1 text-xs font-semibold text-brand-800" : "rounded-full bg-slate-100 px-2.5 py-1 text-xs font-medium text-slate-800"}>
            {term}
          </span>
          {i === 0 && synonym.oneWay ? <ArrowRight aria-hidden="true" className="size-3.5 text-slate-500" /> : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * The synonym rules with add / edit / delete dialogs. `prefill` (from ?add=, the dashboard's
 * "Add synonym" on a zero-result query) opens the add form with that query already typed.
 */
export function SynonymManager({ synonyms, prefill }: { synonyms: SynonymDto[]; prefill: string | null }) {
  const router = useRouter();
  const pathname = usePathname();
  const [task, setTask] = useState<Task | null>(prefill ? { kind: "create", values: { terms: `${prefill}, `, oneWay: false } } : null);
  const [deleting, startDelete] = useTransition();

  function close() {
    setTask(null);
    // Forget ?add= so a refresh does not open the form again.
    if (prefill) router.replace(pathname, { scroll: false });
  }

  function remove(synonym: SynonymDto) {
    startDelete(async () => {
      const result = await deleteSynonymAction({ id: synonym.id }).catch(() => null);
      if (!result || !result.ok) {
        toast.error(result?.message ?? "Connection problem — please try again", { id: "synonym-delete" });
        return;
      }
      toast.success(`Synonym “${synonym.terms.join(", ")}” deleted`, { id: "synonym-delete" });
      setTask(null);
      router.refresh();
    });
  }

  const title = task?.kind === "create" ? "Add a synonym" : task?.kind === "edit" ? "Edit synonym" : task?.kind === "delete" ? "Delete this synonym?" : "";
  const description =
    task?.kind === "delete"
      ? `Searches for “${task.synonym.terms[0]}” stop finding ${task.synonym.terms.slice(1).join(", ")} on the next search.`
      : "Takes effect on the next search, for every shopper.";

  return (
    <>
      <PageHeader
        title="Synonyms"
        description={synonyms.length ? `${count(synonyms.length, "rule")} · a search for one phrase also finds the others` : "Teach search the words shoppers use for the same thing"}
        actions={
          <Button onClick={() => setTask({ kind: "create", values: { terms: "", oneWay: false } })}>
            <Plus aria-hidden="true" /> Add synonym
          </Button>
        }
      />

      {synonyms.length ? (
        <Table>
          <caption className="sr-only">Synonym rules</caption>
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              <TableHead>Words and phrases</TableHead>
              <TableHead className="hidden sm:table-cell">Type</TableHead>
              <TableHead className="hidden md:table-cell">Updated</TableHead>
              <TableHead className="w-12">
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {synonyms.map((synonym) => (
              <TableRow key={synonym.id} data-testid="synonym-row">
                <TableCell>
                  <Terms synonym={synonym} />
                  <span className="mt-1 block text-xs text-slate-600 sm:hidden">{synonym.oneWay ? "One-way" : "Equivalent"}</span>
                </TableCell>
                <TableCell className="hidden sm:table-cell">
                  <Badge tone={synonym.oneWay ? "info" : "neutral"}>{synonym.oneWay ? "One-way" : "Equivalent"}</Badge>
                </TableCell>
                <TableCell className="hidden whitespace-nowrap text-slate-600 md:table-cell">
                  <RelativeTime date={new Date(synonym.updatedAt)} />
                </TableCell>
                <TableCell className="py-1">
                  <RowActions
                    label={`Actions for ${synonym.terms.join(", ")}`}
                    actions={[
                      { label: "Edit", icon: Pencil, onSelect: () => setTask({ kind: "edit", synonym }) },
                      { label: "Delete", icon: Trash2, onSelect: () => setTask({ kind: "delete", synonym }), destructive: true },
                    ]}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <EmptyState
          icon={<Replace />}
          title="No synonyms yet"
          description="Add one when shoppers search with a word your catalogue does not use: “tv” for television, “atta” for wheat flour. Zero-result queries on the analytics tab are good candidates."
        />
      )}

      <Dialog open={task !== null} onOpenChange={(open) => !open && !deleting && close()}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>{title}</DialogTitle>
            <DialogDescription>{description}</DialogDescription>
          </DialogHeader>
          {task?.kind === "create" ? <SynonymForm initial={task.values} onDone={close} /> : null}
          {task?.kind === "edit" ? <SynonymForm initial={{ id: task.synonym.id, terms: task.synonym.terms.join(", "), oneWay: task.synonym.oneWay }} onDone={close} /> : null}
          {task?.kind === "delete" ? (
            <ConfirmFooter
              confirmLabel="Delete synonym"
              pendingLabel="Deleting…"
              pending={deleting}
              onKeep={close}
              onConfirm={() => remove(task.synonym)}
            />
          ) : null}
        </DialogContent>
      </Dialog>
    </>
  );
}
