import type { Metadata } from "next";
import Link from "next/link";
import { UserRound } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { DISPLAY_TIME_ZONE } from "@/components/workspace/format-date";
import { requirePageRole } from "@/lib/auth/policies";
import { cn } from "@/lib/ui/cn";
import { NoTasksIllustration } from "./_components/no-tasks-illustration";
import { RefreshButton } from "./_components/refresh-button";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "My deliveries",
  description: "The deliveries assigned to you, with pickup and drop-off details.",
};

const timeFormat = new Intl.DateTimeFormat("en-IN", { timeZone: DISPLAY_TIME_ZONE, hour: "numeric", minute: "2-digit" });

const NEXT_STEPS = [
  { title: "A store assigns you an order", text: "It appears on this page with the shop's address and the customer's drop-off point." },
  { title: "Pick it up at the shop", text: "Check the package against the order and confirm the pickup." },
  { title: "Deliver and confirm", text: "Hand it over, collect cash for cash-on-delivery orders and mark it delivered." },
];

export default async function DeliveryTasksPage() {
  const actor = await requirePageRole("delivery", "/delivery");
  const checkedAt = new Date();
  const firstName = actor.name.split(/\s+/)[0] || actor.name;

  return (
    <div className="mx-auto flex max-w-xl flex-col">
      <div className="mb-4">
        <h1 className="text-2xl font-bold tracking-tight text-slate-950">Hello, {firstName}</h1>
        <p className="mt-1 text-base text-slate-700">Your deliveries for today</p>
      </div>

      <section aria-labelledby="tasks-heading" className="rounded-2xl border border-slate-300 bg-white px-5 py-8 text-center shadow-sm">
        <NoTasksIllustration />
        <h2 id="tasks-heading" className="mt-6 text-xl font-bold text-slate-950">
          No deliveries assigned yet
        </h2>
        <p className="mt-2 text-base leading-relaxed text-slate-800">
          You&apos;re all set. As soon as a store hands you an order, it shows up here — check back or tap the button below.
        </p>
        <p className="mt-3 text-sm text-slate-700">
          Last checked at{" "}
          <time dateTime={checkedAt.toISOString()} className="font-semibold text-slate-900">
            {timeFormat.format(checkedAt)}
          </time>
        </p>
      </section>

      {/* Actions: pinned to the bottom of the screen on phones, within reach of a thumb; under the card on wider screens. */}
      <div className="sticky bottom-0 order-last -mx-4 mt-6 flex flex-col gap-3 border-t border-slate-200 bg-slate-50/95 px-4 pb-[max(1rem,env(safe-area-inset-bottom))] pt-3 backdrop-blur sm:static sm:order-none sm:mx-0 sm:border-0 sm:bg-transparent sm:p-0">
        <RefreshButton />
        <Link href="/account" className={cn(buttonVariants({ variant: "outline", size: "lg" }), "min-h-14 w-full text-base")}>
          <UserRound aria-hidden="true" className="size-5!" />
          My account
        </Link>
      </div>
      <section aria-labelledby="next-heading" className="mt-6">
        <h2 id="next-heading" className="text-base font-bold text-slate-950">
          What happens next
        </h2>
        <ol className="mt-3 flex flex-col gap-3">
          {NEXT_STEPS.map((step, i) => (
            <li key={step.title} className="flex gap-3 rounded-xl border border-slate-200 bg-white p-4">
              <span aria-hidden="true" className="grid size-8 shrink-0 place-items-center rounded-full bg-brand-600 text-sm font-bold text-white">
                {i + 1}
              </span>
              <div>
                <p className="font-semibold text-slate-950">{step.title}</p>
                <p className="mt-0.5 text-sm text-slate-700">{step.text}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
