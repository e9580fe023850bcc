import type { Metadata } from "next";
import Link from "next/link";
import { ChevronLeft, ChevronRight, Inbox } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { assertCan, requirePageRole } from "@/lib/auth/policies";
import { listDevMail } from "@/lib/platform/mailbox-queries";
import { MailTime } from "./_components/mail-time";

export const metadata: Metadata = { title: "Dev mailbox", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function MailboxPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageRole("admin", "/admin/mailbox");
  assertCan(actor, "mailbox:read");
  const { page: rawPage } = await searchParams;
  const { mails, total, page, pageCount } = await listDevMail(Number(Array.isArray(rawPage) ? rawPage[0] : rawPage) || 1);
  const now = new Date();

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-bold tracking-tight text-slate-900">Dev mailbox</h1>
          <p className="text-sm text-slate-600">
            Mail the app sent while no SMTP server is configured (SMTP_URL unset). {total > 0 ? `${total.toLocaleString("en-IN")} in total.` : null}
          </p>
        </div>
      </div>

      {mails.length === 0 ? (
        <Card className="flex flex-col items-center gap-3 px-6 py-12 text-center">
          <span className="grid size-12 place-items-center rounded-full bg-slate-100 text-slate-600">
            <Inbox className="size-6" aria-hidden="true" />
          </span>
          <h2 className="text-base font-semibold text-slate-900">No mail yet</h2>
          <p className="max-w-sm text-sm text-slate-600">
            Password-reset links and other mail land here. Try &ldquo;Forgot password&rdquo; on the sign-in page to see one arrive.
          </p>
          <Button asChild variant="outline">
            <Link href="/forgot-password">Open forgot password</Link>
          </Button>
        </Card>
      ) : (
        <Card className="overflow-hidden">
          <ul className="divide-y divide-slate-100">
            {mails.map((mail) => (
              <li key={mail.id}>
                <Link href={`/admin/mailbox/${mail.id}`} className="block px-4 py-3 hover:bg-slate-50 focus-visible:bg-slate-50 sm:px-5">
                  <div className="flex items-baseline justify-between gap-3">
                    <span className="min-w-0 truncate text-sm font-semibold text-slate-900">{mail.subject}</span>
                    <span className="shrink-0 text-xs text-slate-600">
                      <MailTime date={mail.createdAt} now={now} />
                    </span>
                  </div>
                  <div className="truncate text-xs text-slate-700">To: {mail.to}</div>
                  <div className="truncate text-sm text-slate-600">{mail.preview}</div>
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      )}

      {pageCount > 1 ? (
        <nav aria-label="Mailbox pages" className="flex items-center justify-between gap-2">
          {page > 1 ? (
            <Button asChild variant="outline">
              <Link href={`/admin/mailbox?page=${page - 1}`}>
                <ChevronLeft aria-hidden="true" /> Newer
              </Link>
            </Button>
          ) : (
            <span />
          )}
          <span className="text-sm text-slate-600">
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? (
            <Button asChild variant="outline">
              <Link href={`/admin/mailbox?page=${page + 1}`}>
                Older <ChevronRight aria-hidden="true" />
              </Link>
            </Button>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}
