import { Download, FileDown, KeyRound } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { formatDate } from "@/components/workspace/format-date";
import type { DigitalGoodsDto } from "@/lib/orders/digital-queries";
import { DigitalKeyCopy } from "./digital-key-copy";

function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The buyer's digital goods of one order: download buttons (signed, limited links) and licence keys. */
export function DigitalDeliveries({ items, headingLevel = 2 }: { items: DigitalGoodsDto[]; headingLevel?: 2 | 3 }) {
  if (items.length === 0) return null;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="digital-goods-title" className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <Heading id="digital-goods-title" className="flex items-center gap-2 text-base font-semibold text-slate-900">
        <FileDown className="size-5 text-brand-700" aria-hidden="true" />
        Your downloads and licence keys
      </Heading>
      <ul className="grid gap-3">
        {items.map((item) => (
          <li key={item.orderLineId} className="grid gap-2 rounded-lg border border-slate-100 p-3">
            <p className="text-sm font-medium text-slate-900">
              {item.title}
              {item.variantTitle && item.variantTitle !== "Standard" ? <span className="text-slate-600"> · {item.variantTitle}</span> : null}
            </p>
            {item.pending ? <p className="text-sm text-slate-600">Available here as soon as your payment is confirmed.</p> : null}
            {item.download ? (
              <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
                {item.download.url ? (
                  <a href={item.download.url} className={buttonVariants({ variant: "primary" })} aria-label={`Download ${item.download.fileName}`}>
                    <Download aria-hidden="true" />
                    Download
                  </a>
                ) : (
                  <span className="rounded-lg bg-slate-100 px-3 py-2 text-sm font-medium text-slate-700">{item.download.unavailableReason}</span>
                )}
                <p className="text-sm text-slate-600">
                  {item.download.fileName} · {fileSize(item.download.sizeBytes)}
                  <br />
                  {item.download.maxDownloads - item.download.downloadsUsed} of {item.download.maxDownloads} downloads left · until {formatDate(item.download.expiresAt)}
                </p>
              </div>
            ) : null}
            {item.licenceKeys.length > 0 ? (
              <div className="grid gap-1.5">
                <p className="flex items-center gap-1.5 text-sm font-medium text-slate-800">
                  <KeyRound className="size-4" aria-hidden="true" />
                  {item.licenceKeys.length === 1 ? "Licence key" : `Licence keys (${item.licenceKeys.length})`}
                </p>
                {item.licenceKeys.map((key, i) => (
                  <DigitalKeyCopy key={key} value={key} label={`licence key ${i + 1} for ${item.title}`} />
                ))}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
