import { ChevronRight } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { ProductContentView } from "@/lib/catalog/product-queries";
import { CONTENT_FIELD_LABELS, type ContentField } from "@/lib/catalog/product-rules";
import { attributeRows, imageChanges, sideSegments, textDiff, type ImageChange, type TextSegment } from "@/lib/catalog/review-diff";
import { cn } from "@/lib/ui/cn";

type Side = "live" | "proposed";

const SIDE_LABEL: Record<Side, string> = { live: "Live now", proposed: "Proposed" };

function Empty() {
  return <span className="italic text-slate-500">None</span>;
}

/** Text with the words that go struck through in red (live side) or the words that come in green (proposed side). */
function DiffText({ segments, multiline = false }: { segments: TextSegment[]; multiline?: boolean }) {
  if (segments.every((s) => !s.text.trim())) return <Empty />;
  return (
    <p className={cn("text-sm leading-relaxed text-slate-800", multiline && "whitespace-pre-line")}>
      {segments.map((s, i) =>
        s.kind === "added" ? (
          <ins key={i} className="rounded-sm bg-green-100 text-green-900 no-underline decoration-green-700">
            <span className="sr-only">[added: </span>
            {s.text}
            <span className="sr-only">]</span>
          </ins>
        ) : s.kind === "removed" ? (
          <del key={i} className="rounded-sm bg-red-100 text-red-900 decoration-red-700">
            <span className="sr-only">[removed: </span>
            {s.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </p>
  );
}

const IMAGE_BADGE: Record<ImageChange["kind"], { label: string; tone: "success" | "danger" | "warning" } | null> = {
  same: null,
  added: { label: "New", tone: "success" },
  removed: { label: "Removed", tone: "danger" },
  moved: { label: "Moved", tone: "warning" },
};

function Images({ images, changes }: { images: ProductContentView["images"]; changes?: ImageChange[] }) {
  if (!images.length) return <Empty />;
  return (
    <ol className="grid grid-cols-3 gap-2 sm:grid-cols-4">
      {images.map((image, i) => {
        const change = changes?.[i];
        const badge = change ? IMAGE_BADGE[change.kind] : null;
        return (
          <li key={`${image.storageKey}-${i}`} className={cn("relative rounded-lg border bg-white p-1", badge ? (change?.kind === "removed" ? "border-red-400 opacity-70" : "border-green-500") : "border-slate-200")}>
            {/* eslint-disable-next-line @next/next/no-img-element -- the /media route serves pre-sized copies */}
            <img src={image.url} srcSet={image.srcSet} sizes="160px" alt={image.alt || `Image ${i + 1}`} width={image.width} height={image.height} className="aspect-square w-full object-contain" loading="lazy" />
            <span className="absolute left-1 top-1 rounded bg-white/90 px-1 text-xs font-semibold tabular-nums text-slate-700">{i + 1}</span>
            {badge ? (
              <Badge tone={badge.tone} className="absolute bottom-1 left-1">
                {badge.label}
                {change?.kind === "moved" ? ` from ${change.from}` : ""}
              </Badge>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

function textOf(view: ProductContentView, field: TextField): string {
  switch (field) {
    case "categoryId":
      return view.categoryPath.length ? view.categoryPath.join(" › ") : "(deleted category)";
    case "brandId":
      return view.brandName ?? "";
    default:
      return view[field] ?? "";
  }
}

type TextField = Exclude<ContentField, "attributes" | "images">;

/** One side of a text field; with `other`, the words that differ from it are highlighted. */
function TextValue({ field, view, other, side }: { field: TextField; view: ProductContentView; other: ProductContentView | null; side: Side }) {
  const text = textOf(view, field);
  const multiline = field === "description";
  if (!other) return text ? <DiffText segments={[{ kind: "same", text }]} multiline={multiline} /> : <Empty />;
  const segments = side === "live" ? textDiff(text, textOf(other, field)) : textDiff(textOf(other, field), text);
  return <DiffText segments={sideSegments(segments, side)} multiline={multiline} />;
}

function SideBySide({ render }: { render: (side: Side) => React.ReactNode }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {(["live", "proposed"] as const).map((side) => (
        <div key={side} className="min-w-0">
          <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{SIDE_LABEL[side]}</p>
          {render(side)}
        </div>
      ))}
    </div>
  );
}

const CHANGE_CELL = { same: "", added: "bg-green-50", removed: "bg-red-50", changed: "bg-amber-50" } as const;
const CHANGE_LABEL = { same: "", added: "Added", removed: "Removed", changed: "Changed" } as const;

function AttributeTable({ live, proposed }: { live: ProductContentView | null; proposed: ProductContentView }) {
  const rows = attributeRows(live?.attributes ?? [], proposed.attributes);
  if (!rows.length) return <Empty />;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200">
      <table className="w-full text-sm">
        <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              Attribute
            </th>
            {live ? (
              <th scope="col" className="px-3 py-2 font-semibold">
                {SIDE_LABEL.live}
              </th>
            ) : null}
            <th scope="col" className="px-3 py-2 font-semibold">
              {live ? SIDE_LABEL.proposed : "Value"}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.key} className={live ? CHANGE_CELL[row.change] : undefined}>
              <th scope="row" className="px-3 py-2 text-left font-medium text-slate-800">
                {row.label}
                {live && row.change !== "same" ? <span className="ml-2 text-xs font-semibold text-slate-600">{CHANGE_LABEL[row.change]}</span> : null}
              </th>
              {live ? <td className="px-3 py-2 text-slate-700">{row.live ?? <Empty />}</td> : null}
              <td className="px-3 py-2 text-slate-900">{row.proposed ?? <Empty />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A new product's content in one card: each field as a labelled row, images as a grid. */
function ProposedContent({ proposed }: { proposed: ProductContentView }) {
  return (
    <dl className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
      {FIELDS.map((field) => (
        <div key={field} className="grid gap-1 px-4 py-3 sm:grid-cols-[9rem_minmax(0,1fr)] sm:gap-4">
          <dt className="text-sm font-semibold text-slate-900">{CONTENT_FIELD_LABELS[field]}</dt>
          <dd className="min-w-0">
            {field === "attributes" ? (
              <AttributeTable live={null} proposed={proposed} />
            ) : field === "images" ? (
              <Images images={proposed.images} />
            ) : (
              <TextValue field={field} view={proposed} other={null} side="proposed" />
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

const FIELDS: ContentField[] = ["title", "description", "categoryId", "brandId", "attributes", "images", "seoTitle", "seoDescription"];

function FieldBlock({ field, live, proposed, changed }: { field: ContentField; live: ProductContentView | null; proposed: ProductContentView; changed: boolean }) {
  return (
    <section aria-label={CONTENT_FIELD_LABELS[field]} className={cn("rounded-xl border bg-white p-4", changed ? "border-amber-300 ring-1 ring-amber-200" : "border-slate-200")}>
      <div className="mb-3 flex items-center gap-2">
        <h3 className="text-sm font-semibold text-slate-900">{CONTENT_FIELD_LABELS[field]}</h3>
        {changed ? <Badge tone="warning">Changed</Badge> : null}
      </div>
      {field === "attributes" ? (
        <AttributeTable live={changed ? live : null} proposed={proposed} />
      ) : field === "images" ? (
        live && changed ? (
          <SideBySide
            render={(side) => {
              const changes = imageChanges(live.images.map((i) => i.storageKey), proposed.images.map((i) => i.storageKey));
              return <Images images={side === "live" ? live.images : proposed.images} changes={changes[side]} />;
            }}
          />
        ) : (
          <Images images={proposed.images} />
        )
      ) : live && changed ? (
        <SideBySide render={(side) => <TextValue field={field} view={side === "live" ? live : proposed} other={side === "live" ? proposed : live} side={side} />} />
      ) : (
        <TextValue field={field} view={proposed} other={null} side="proposed" />
      )}
    </section>
  );
}

/**
 * The reviewed content: for a change, each changed field with the live version next to the proposed
 * one (words, attributes and images that differ highlighted) and the unchanged fields folded away;
 * for a new product, everything it proposes.
 */
export function ContentDiff({ live, proposed, changes }: { live: ProductContentView | null; proposed: ProductContentView; changes: ContentField[] }) {
  if (!live) return <ProposedContent proposed={proposed} />;
  const changed = FIELDS.filter((f) => changes.includes(f));
  const same = FIELDS.filter((f) => !changes.includes(f));
  return (
    <div className="grid gap-3">
      {changed.map((field) => (
        <FieldBlock key={field} field={field} live={live} proposed={proposed} changed />
      ))}
      {same.length ? (
        <details className="group rounded-xl border border-slate-200 bg-white">
          <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 px-4 py-2 text-sm font-semibold text-slate-800 [&::-webkit-details-marker]:hidden">
            <ChevronRight aria-hidden="true" className="size-4 shrink-0 text-slate-500 transition-transform group-open:rotate-90" />
            {same.length} unchanged {same.length === 1 ? "field" : "fields"}: {same.map((f) => CONTENT_FIELD_LABELS[f]).join(", ")}
          </summary>
          <div className="grid gap-3 border-t border-slate-200 p-3">
            {same.map((field) => (
              <FieldBlock key={field} field={field} live={live} proposed={proposed} changed={false} />
            ))}
          </div>
        </details>
      ) : null}
    </div>
  );
}
