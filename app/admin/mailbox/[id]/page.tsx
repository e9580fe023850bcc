import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { assertCan, requirePageRole } from "@/lib/auth/policies";
import { getDevMail } from "@/lib/platform/mailbox-queries";
import { LinkedText } from "../_components/linked-text";
import { MailTime } from "../_components/mail-time";

export const metadata: Metadata = { title: "Mail · Dev mailbox", robots: { index: false } };

export default async function MailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageRole("admin", `/admin/mailbox/${id}`);
  assertCan(actor, "mailbox:read");
  const mail = await getDevMail(id);
  if (!mail) notFound();

  return (
    <div className="space-y-4">
      <Link href="/admin/mailbox" className="inline-flex min-h-11 items-center gap-1.5 rounded-lg text-sm font-semibold text-brand-700 hover:underline">
        <ArrowLeft className="size-4" aria-hidden="true" /> Back to mailbox
      </Link>
      <Card>
        <CardHeader className="border-b border-slate-100">
          <h1 className="text-xl font-bold tracking-tight text-slate-900">{mail.subject}</h1>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
            <dt className="text-slate-600">To</dt>
            <dd className="break-all text-slate-900">{mail.to}</dd>
            <dt className="text-slate-600">Sent</dt>
            <dd className="text-slate-900">
              <MailTime date={mail.createdAt} />
            </dd>
          </dl>
        </CardHeader>
        <CardContent className="pt-4 sm:pt-5">
          <LinkedText text={mail.text} />
        </CardContent>
      </Card>
      {mail.html ? (
        <details className="rounded-xl border border-slate-200 bg-white">
          <summary className="flex min-h-11 cursor-pointer items-center px-4 text-sm font-semibold text-slate-800">HTML version</summary>
          <iframe
            title={`HTML version of “${mail.subject}”`}
            srcDoc={`<meta name="viewport" content="width=device-width, initial-scale=1"><base target="_blank">${mail.html}`}
            sandbox="allow-popups allow-popups-to-escape-sandbox"
            className="h-[28rem] w-full rounded-b-xl border-t border-slate-200 bg-white"
          />
        </details>
      ) : null}
    </div>
  );
}
