import { CalendarDays, Mail, Phone } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/components/workspace/format-date";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { AccountProfile } from "@/lib/identity/queries";
import { formatIndianMobile, initials, memberSince } from "./format";

/** Who is signed in: name, email, role, mobile and how long they have been with us. */
export function ProfileSummary({ profile }: { profile: AccountProfile }) {
  return (
    <Card className="flex items-start gap-4 p-4 sm:items-center sm:p-5">
      <span aria-hidden="true" className="grid size-12 shrink-0 place-items-center rounded-full bg-brand-600 text-base sm:size-14 sm:text-lg font-bold text-white">
        {initials(profile.name)}
      </span>
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-2">
          <h2 className="truncate text-lg font-semibold text-slate-900">{profile.name}</h2>
          <Badge tone={profile.role === "customer" ? "neutral" : "brand"}>{ROLE_LABELS[profile.role]}</Badge>
        </div>
        <dl className="mt-2 grid gap-1.5 text-sm text-slate-700">
          <div className="flex min-w-0 items-center gap-2">
            <dt className="shrink-0">
              <Mail className="size-4 text-slate-500" aria-hidden="true" />
              <span className="sr-only">Email</span>
            </dt>
            <dd className="truncate">{profile.email}</dd>
          </div>
          <div className="flex items-center gap-2">
            <dt className="shrink-0">
              <Phone className="size-4 text-slate-500" aria-hidden="true" />
              <span className="sr-only">Mobile</span>
            </dt>
            <dd>{profile.phone ? formatIndianMobile(profile.phone) : <span className="text-slate-600">No mobile number added</span>}</dd>
          </div>
          <div className="flex items-center gap-2">
            <dt className="shrink-0">
              <CalendarDays className="size-4 text-slate-500" aria-hidden="true" />
              <span className="sr-only">Account created</span>
            </dt>
            <dd>
              <time dateTime={profile.createdAt.toISOString()} title={formatDateTime(profile.createdAt)}>
                {memberSince(profile.createdAt)}
              </time>
            </dd>
          </div>
        </dl>
      </div>
    </Card>
  );
}
