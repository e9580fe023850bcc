"use client";

import { useState } from "react";
import Link from "next/link";
import { MapPinned, Pencil, Plus, Trash2 } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { toast } from "@/components/ui/toaster";
import { count } from "@/components/workspace/count";
import { RowActions } from "@/components/workspace/row-actions";
import { EmptyState } from "@/components/workspace/empty-state";
import { PageHeader } from "@/components/workspace/page-header";
import { formatMoney } from "@/lib/platform/money";
import { deleteZoneAction } from "@/lib/shipping/admin-actions";
import { formatCutoff } from "@/lib/shipping/ist";
import type { AdminZoneRow } from "@/lib/shipping/queries";
import { useAdminAction } from "../../catalogue/_components/use-admin-action";
import { ZoneForm } from "./zone-form";
import { ConfirmFooter } from "@/components/workspace/confirm-footer";

type Task = { kind: "edit"; zone: AdminZoneRow | null } | { kind: "delete"; zone: AdminZoneRow };

const money = (paise: number) => formatMoney(paise, "INR", { compact: true });

/** The three speeds of a zone, one line each, as an admin reads them. */
function Speeds({ zone }: { zone: AdminZoneRow }) {
  const standard =
    zone.standardDays > 0
      ? `${count(zone.standardDays, "day")} · ${money(zone.standardFeePaise)}${zone.freeStandardAbovePaise === 0 ? " · always free" : ` · free from ${money(zone.freeStandardAbovePaise)}`}`
      : "not offered";
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
      <dt className="text-slate-600">Standard</dt>
      <dd className="text-slate-900">{standard}</dd>
      <dt className="text-slate-600">Next day</dt>
      <dd className="text-slate-900">{zone.nextDayAvailable ? `order by ${formatCutoff(zone.nextDayCutoffMinutes)} · ${money(zone.nextDayFeePaise)}` : "not offered"}</dd>
      <dt className="text-slate-600">Same day</dt>
      <dd className="text-slate-900">{zone.sameDayAvailable ? `order by ${formatCutoff(zone.sameDayCutoffMinutes)} · ${money(zone.sameDayFeePaise)}` : "not offered"}</dd>
    </dl>
  );
}

/** Delivery zones with add / edit / delete; each links to its PIN prefixes. */
export function ZoneManager({ zones, prefixTotal }: { zones: AdminZoneRow[]; prefixTotal: number }) {
  const [task, setTask] = useState<Task | null>(null);
  const remove = useAdminAction("zone-delete");
  const close = () => setTask(null);

  return (
    <>
      <PageHeader
        title="Delivery zones"
        description={zones.length ? `${count(zones.length, "zone")} · ${count(prefixTotal, "PIN prefix", "PIN prefixes")} · cut-offs in India time` : "Where QuickLocal delivers, how fast and for how much"}
        actions={
          <Button onClick={() => setTask({ kind: "edit", zone: null })}>
            <Plus aria-hidden="true" /> Add zone
          </Button>
        }
      />
      {zones.length ? (
        <Table>
          <caption className="sr-only">Delivery zones</caption>
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              <TableHead>Zone</TableHead>
              <TableHead className="hidden md:table-cell">Delivery speeds</TableHead>
              <TableHead className="hidden sm:table-cell">PIN prefixes</TableHead>
              <TableHead className="w-12">
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {zones.map((zone) => (
              <TableRow key={zone.id} data-testid="zone-row">
                <TableCell className="align-top">
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="font-semibold text-slate-900">{zone.name}</span>
                    {zone.active ? null : <Badge tone="warning">Off</Badge>}
                  </div>
                  <span className="font-mono text-xs text-slate-600">{zone.code}</span>
                  <div className="mt-2 md:hidden">
                    <Speeds zone={zone} />
                  </div>
                  <Link href={`/admin/shipping/pincodes?zone=${zone.id}`} className="mt-1 inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 hover:underline sm:hidden">
                    {count(zone.prefixCount, "PIN prefix", "PIN prefixes")}
                  </Link>
                </TableCell>
                <TableCell className="hidden align-top md:table-cell">
                  <Speeds zone={zone} />
                </TableCell>
                <TableCell className="hidden align-top sm:table-cell">
                  <Link href={`/admin/shipping/pincodes?zone=${zone.id}`} className="inline-flex min-h-11 items-center font-semibold text-brand-700 hover:underline">
                    {count(zone.prefixCount, "prefix", "prefixes")}
                  </Link>
                </TableCell>
                <TableCell className="py-1 align-top">
                  <RowActions
                    label={`Actions for ${zone.name}`}
                    actions={[
                      { label: "Edit", icon: Pencil, onSelect: () => setTask({ kind: "edit", zone }) },
                      { label: "Delete", icon: Trash2, onSelect: () => setTask({ kind: "delete", zone }), destructive: true },
                    ]}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <EmptyState
          icon={<MapPinned />}
          title="No delivery zones yet"
          description="Add a zone (say, Bengaluru metro with next-day and same-day delivery), then give it PIN prefixes such as 560. Until then no PIN code is serviceable."
        />
      )}

      <Dialog open={task !== null} onOpenChange={(open) => !open && !remove.pending && close()}>
        <DialogContent className={task?.kind === "edit" ? "max-w-xl" : undefined}>
          <DialogHeader>
            <DialogTitle>{task?.kind === "delete" ? `Delete ${task.zone.name}?` : task?.zone ? `Edit ${task.zone.name}` : "Add a delivery zone"}</DialogTitle>
            <DialogDescription>
              {task?.kind === "delete"
                ? "Only a zone with no PIN prefixes can be deleted. To pause deliveries, switch the zone off instead."
                : "Changes apply to delivery promises and checkout at once."}
            </DialogDescription>
          </DialogHeader>
          {task?.kind === "edit" ? <ZoneForm zone={task.zone} onDone={close} /> : null}
          {task?.kind === "delete" ? (
            <ConfirmFooter
              confirmLabel="Delete zone"
              pendingLabel="Deleting…"
              pending={remove.pending}
              onKeep={close}
              onConfirm={() =>
                remove.run(
                  () => deleteZoneAction(task.zone.id),
                  (zone) => {
                    toast.success(`${zone.name} deleted`, { id: "zone-delete" });
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
