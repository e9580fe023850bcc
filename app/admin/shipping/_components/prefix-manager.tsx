"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { MapPin, Pencil, Plus, Trash2 } from "lucide-react";
import { Label } from "@/components/ui/label";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { toast } from "@/components/ui/toaster";
import { count } from "@/components/workspace/count";
import { RowActions } from "@/components/workspace/row-actions";
import { EmptyState } from "@/components/workspace/empty-state";
import { PageHeader } from "@/components/workspace/page-header";
import { deletePrefixAction } from "@/lib/shipping/admin-actions";
import type { AdminPrefixRow, AdminZoneRow } from "@/lib/shipping/queries";
import { useAdminAction } from "../../catalogue/_components/use-admin-action";
import { PinChecker } from "./pin-checker";
import { PrefixForm } from "./prefix-form";
import { ConfirmFooter } from "@/components/workspace/confirm-footer";

type Task = { kind: "edit"; row: AdminPrefixRow | null } | { kind: "delete"; row: AdminPrefixRow };

const selectClass =
  "min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 text-base text-slate-900 focus-visible:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600 sm:w-72 sm:text-sm";

/** PIN prefixes (all, or one zone's) with add / edit / remove, and a PIN code checker. */
export function PrefixManager({ zones, prefixes, zone }: { zones: AdminZoneRow[]; prefixes: AdminPrefixRow[]; zone: AdminZoneRow | null }) {
  const router = useRouter();
  const [task, setTask] = useState<Task | null>(null);
  const remove = useAdminAction("prefix-delete");
  const close = () => setTask(null);

  return (
    <>
      <PageHeader
        title={zone ? `PIN codes of ${zone.name}` : "PIN codes"}
        description={`${count(prefixes.length, "PIN prefix", "PIN prefixes")}${zone ? "" : ` in ${count(zones.length, "zone")}`} · the longest prefix matching a PIN code decides its zone`}
        actions={
          <Button onClick={() => setTask({ kind: "edit", row: null })} disabled={zones.length === 0}>
            <Plus aria-hidden="true" /> Add PIN prefix
          </Button>
        }
      />
      <PinChecker />
      <div className="mb-3 grid gap-1.5">
        <Label htmlFor="prefix-zone-filter">Show</Label>
        <select
          id="prefix-zone-filter"
          className={selectClass}
          value={zone?.id ?? ""}
          onChange={(e) => router.push(e.target.value ? `/admin/shipping/pincodes?zone=${e.target.value}` : "/admin/shipping/pincodes")}
        >
          <option value="">Every zone</option>
          {zones.map((z) => (
            <option key={z.id} value={z.id}>
              {z.name} ({count(z.prefixCount, "prefix", "prefixes")})
            </option>
          ))}
        </select>
      </div>
      {prefixes.length ? (
        <Table>
          <caption className="sr-only">PIN prefixes</caption>
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              <TableHead>Prefix</TableHead>
              <TableHead>Zone</TableHead>
              <TableHead className="hidden sm:table-cell">Label</TableHead>
              <TableHead className="w-12">
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {prefixes.map((row) => (
              <TableRow key={row.prefix} data-testid="prefix-row">
                <TableCell className="font-mono font-semibold text-slate-900">{row.prefix}</TableCell>
                <TableCell>
                  <span className="text-slate-900">{row.zoneName}</span>
                  {row.zoneActive ? null : <Badge tone="warning" className="ml-2">Off</Badge>}
                  {row.label ? <span className="block text-xs text-slate-600 sm:hidden">{row.label}</span> : null}
                </TableCell>
                <TableCell className="hidden text-slate-700 sm:table-cell">{row.label || "—"}</TableCell>
                <TableCell className="py-1">
                  <RowActions
                    label={`Actions for prefix ${row.prefix}`}
                    actions={[
                      { label: "Edit", icon: Pencil, onSelect: () => setTask({ kind: "edit", row }) },
                      { label: "Remove", icon: Trash2, onSelect: () => setTask({ kind: "delete", row }), destructive: true },
                    ]}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <EmptyState
          icon={<MapPin />}
          title={zone ? `${zone.name} covers no PIN code yet` : "No PIN prefixes yet"}
          description={zones.length ? "Add a prefix such as 560 (every PIN starting with 560) and choose its zone." : "Add a delivery zone first, on the Zones tab."}
        />
      )}

      <Dialog open={task !== null} onOpenChange={(open) => !open && !remove.pending && close()}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>{task?.kind === "delete" ? `Remove prefix ${task.row.prefix}?` : task?.row ? `Edit prefix ${task.row.prefix}` : "Add a PIN prefix"}</DialogTitle>
            <DialogDescription>
              {task?.kind === "delete"
                ? "PIN codes it covers fall back to a shorter matching prefix, or become unserviceable."
                : "Delivery promises and checkout use it at once."}
            </DialogDescription>
          </DialogHeader>
          {task?.kind === "edit" ? <PrefixForm row={task.row} zones={zones} defaultZoneId={zone?.id ?? null} onDone={close} /> : null}
          {task?.kind === "delete" ? (
            <ConfirmFooter
              confirmLabel="Remove prefix"
              pendingLabel="Removing…"
              pending={remove.pending}
              onKeep={close}
              onConfirm={() =>
                remove.run(
                  () => deletePrefixAction({ prefix: task.row.prefix }),
                  (row) => {
                    toast.success(`PIN prefix ${row.prefix} removed`, { id: "prefix-delete" });
                    close();
                  },
                )
              }
            />
          ) : null}
        </DialogContent>
      </Dialog>
    </>
  );
}
