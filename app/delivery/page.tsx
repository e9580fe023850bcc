import type { Metadata } from "next";
import Link from "next/link";
import { MapPin, Phone, Store, UserRound } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { DISPLAY_TIME_ZONE, formatDate } from "@/components/workspace/format-date";
import { DeliverySync } from "@/components/orders/delivery-sync";
import { DeliveryTaskActions } from "@/components/orders/delivery-task-actions";
import { PartStatusBadge } from "@/components/orders/seller-status-badge";
import { requirePageRole } from "@/lib/auth/policies";
import { listDeliveryParts } from "@/lib/orders/admin-queries";
import { nextActions } from "@/lib/orders/rules";
import { formatMoney } from "@/lib/platform/money";
import { cn } from "@/lib/ui/cn";
import { NoTasksIllustration } from "./_components/no-tasks-illustration";
import { RefreshButton } from "./_components/refresh-button";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "My deliveries",
  description: "Parcels handed to you: drop-off address, cash to collect, out for delivery and delivered.",
};

const items = (n: number) => `${n} ${n === 1 ? "item" : "items"}`;

const timeFormat = new Intl.DateTimeFormat("en-IN", { timeZone: DISPLAY_TIME_ZONE, hour: "numeric", minute: "2-digit" });

export default async function DeliveryTasksPage() {
  const actor = await requirePageRole("delivery", "/delivery");
  const { active, deliveredToday } = await listDeliveryParts(actor);
  const checkedAt = new Date();
  const firstName = actor.name.split(/\s+/)[0] || actor.name;
  const steps = (status: (typeof active)[number]["status"]) =>
    nextActions(status, "delivery", { requiresShipping: true })
      .map((a) => a.to)
      .filter((to): to is "out_for_delivery" | "delivered" => to === "out_for_delivery" || to === "delivered");

  return (
    <div className="mx-auto flex max-w-xl flex-col">
      <div className="mb-4">
        <h1 className="text-2xl font-bold tracking-tight text-slate-950">Hello, {firstName}</h1>
        <p className="mt-1 text-base text-slate-700">
          {active.length > 0 ? `${active.length} ${active.length === 1 ? "parcel" : "parcels"} to deliver` : "Your deliveries for today"}
          {deliveredToday > 0 ? ` · ${deliveredToday} delivered today` : ""} · checked at{" "}
          <time dateTime={checkedAt.toISOString()} className="font-semibold text-slate-900">
            {timeFormat.format(checkedAt)}
          </time>
        </p>
      </div>
      <DeliverySync />

      {active.length > 0 ? (
        <ul aria-label="Parcels to deliver" className="grid gap-4">
          {active.map((task) => {
            const a = task.order.address;
            const cod = task.order.paymentMethod === "cod" ? task.totalPaise : null;
            return (
              <li key={task.id} className="rounded-2xl border border-slate-300 bg-white p-4 shadow-sm">
                <div className="flex items-start justify-between gap-2">
                  <p className="font-mono text-lg font-bold text-slate-950">{task.number}</p>
                  <PartStatusBadge status={task.status} />
                </div>
                {cod !== null ? (
                  <p className="mt-2 rounded-lg bg-amber-100 px-3 py-2 text-base font-bold text-amber-950">Collect {formatMoney(cod)} cash</p>
                ) : (
                  <p className="mt-2 rounded-lg bg-green-100 px-3 py-2 text-base font-semibold text-green-900">Prepaid — nothing to collect</p>
                )}
                <div className="mt-3 grid gap-3 text-base text-slate-900">
                  <p className="flex gap-2">
                    <MapPin aria-hidden="true" className="mt-1 size-5 shrink-0 text-brand-700" />
                    <span>
                      <span className="sr-only">Drop-off: </span>
                      <span className="font-semibold">{a?.fullName ?? task.order.customerName}</span>
                      {a ? (
                        <>
                          <br />
                          {a.line1}
                          {a.line2 ? `, ${a.line2}` : ""}
                          <br />
                          {a.landmark ? (
                            <>
                              Landmark: {a.landmark}
                              <br />
                            </>
                          ) : null}
                          {a.city} {a.pincode}
                        </>
                      ) : null}
                    </span>
                  </p>
                  {a ? (
                    <a href={`tel:+91${a.phone}`} className={cn(buttonVariants({ variant: "outline", size: "lg" }), "min-h-12 justify-start")}>
                      <Phone aria-hidden="true" className="size-5!" />
                      Call {a.phone}
                    </a>
                  ) : null}
                  <p className="flex gap-2 text-sm text-slate-700">
                    <Store aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
                    From {task.sellerName}, {task.sellerCity} · {items(task.lines.reduce((s, l) => s + l.quantity, 0))}
                    {task.promisedBy ? ` · due ${formatDate(task.promisedBy)}` : ""}
                  </p>
                </div>
                <div className="mt-4">
                  <DeliveryTaskActions part={{ id: task.id, number: task.number }} steps={steps(task.status)} codPaise={cod} />
                </div>
              </li>
            );
          })}
        </ul>
      ) : (
        <section aria-labelledby="tasks-heading" className="rounded-2xl border border-slate-300 bg-white px-5 py-8 text-center shadow-sm">
          <NoTasksIllustration />
          <h2 id="tasks-heading" className="mt-6 text-xl font-bold text-slate-950">
            No parcels to deliver right now
          </h2>
          <p className="mt-2 text-base leading-relaxed text-slate-800">
            When a store hands a parcel over for delivery, it shows up here with the drop-off address and any cash to collect.
          </p>
        </section>
      )}

      {/* With no parcels the buttons are pinned within reach of a thumb; with parcels they follow the list, leaving it the screen. */}
      <div
        className={cn(
          "mt-6 flex flex-col gap-3",
          active.length === 0 &&
            "sticky bottom-0 order-last -mx-4 border-t border-slate-200 bg-slate-50/95 px-4 pb-[max(1rem,env(safe-area-inset-bottom))] pt-3 backdrop-blur sm:static sm:order-none sm:mx-0 sm:border-0 sm:bg-transparent sm:p-0",
        )}
      >
        <RefreshButton />
        <Link href="/account" className={cn(buttonVariants({ variant: "outline", size: "lg" }), "min-h-14 w-full text-base")}>
          <UserRound aria-hidden="true" className="size-5!" />
          My account
        </Link>
      </div>
    </div>
  );
}
