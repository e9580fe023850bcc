"use client";

import { ArrowLeft, ArrowRight, ImageOff, RotateCcw, Trash2, X } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { imageUrl } from "@/lib/catalog/image-url";
import { formatBytes } from "@/lib/media/limits";
import { cn } from "@/lib/ui/cn";
import { UploadProgress } from "./upload-controls";

/** One file of the image uploader that is not (yet) a product photo: waiting, uploading, or refused. */
export interface PendingUpload {
  id: string;
  file: File;
  /** Object URL for the local preview; null when the file was refused before upload. */
  preview: string | null;
  status: "queued" | "uploading" | "error";
  progress: number;
  error?: string;
  retryable?: boolean;
  /** Selection order, so photos land in the order they were picked whatever order uploads finish in. */
  seq: number;
}

/** An uploaded photo: thumbnail, position, alt text, move earlier/later, remove. Buttons are 44 px touch targets. */
export function ImageTile({
  image,
  index,
  count,
  inputId,
  disabled,
  onAlt,
  onMove,
  onRemove,
}: {
  image: { storageKey: string; alt: string };
  index: number;
  count: number;
  inputId: string;
  disabled: boolean;
  onAlt: (alt: string) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  return (
    <li data-key={image.storageKey} className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-2">
      <div className="relative aspect-square overflow-hidden rounded-lg bg-slate-50">
        {/* eslint-disable-next-line @next/next/no-img-element -- stored renditions from /media, already sized */}
        <img src={imageUrl(image.storageKey, 320)} alt={image.alt} className="size-full object-contain" />
        <span className={cn("absolute left-1.5 top-1.5 rounded-md px-1.5 py-0.5 text-xs font-semibold", index === 0 ? "bg-brand-600 text-white" : "bg-white/90 text-slate-700")}>
          {index === 0 ? (
            <>
              Main<span className="hidden sm:inline"> photo</span>
            </>
          ) : (
            index + 1
          )}
        </span>
        <Button
          type="button"
          variant="outline"
          size="icon"
          className="absolute right-1 top-1 border-slate-200 bg-white/95 text-red-700 hover:bg-red-50"
          disabled={disabled}
          aria-label={`Remove photo ${index + 1}`}
          onClick={onRemove}
        >
          <Trash2 aria-hidden="true" />
        </Button>
      </div>
      <label htmlFor={inputId} className="text-xs font-medium text-slate-700">
        Alt text<span className="sr-only"> for photo {index + 1}</span>
      </label>
      <Input id={inputId} value={image.alt} maxLength={200} placeholder="Describe it" disabled={disabled} className="px-2 text-sm" onChange={(e) => onAlt(e.target.value)} />
      <div className="flex items-center justify-between">
        <Button type="button" variant="ghost" size="icon" data-move="earlier" disabled={disabled || index === 0} aria-label={`Move photo ${index + 1} earlier`} onClick={() => onMove(-1)}>
          <ArrowLeft aria-hidden="true" />
        </Button>
        <Button type="button" variant="ghost" size="icon" data-move="later" disabled={disabled || index === count - 1} aria-label={`Move photo ${index + 1} later`} onClick={() => onMove(1)}>
          <ArrowRight aria-hidden="true" />
        </Button>
      </div>
    </li>
  );
}

function uploadStage(entry: PendingUpload): string {
  if (entry.status === "queued") return "Waiting…";
  return entry.progress >= 1 ? "Processing…" : `${Math.round(entry.progress * 100)}% of ${formatBytes(entry.file.size)}`;
}

/** A file on its way (progress, cancel) or refused (the reason, retry when it may help, dismiss). */
export function PendingTile({ entry, onCancel, onRetry, onDismiss }: { entry: PendingUpload; onCancel: () => void; onRetry: () => void; onDismiss: () => void }) {
  const [broken, setBroken] = useState(false);
  const failed = entry.status === "error";
  return (
    <li className={cn("flex flex-col gap-2 rounded-xl border p-2", failed ? "border-red-300 bg-red-50" : "border-slate-200 bg-white")}>
      <div className="relative flex aspect-square items-center justify-center overflow-hidden rounded-lg bg-slate-100">
        {entry.preview && !broken ? (
          // eslint-disable-next-line @next/next/no-img-element -- local preview (object URL) of the file being uploaded
          <img src={entry.preview} alt="" onError={() => setBroken(true)} className={cn("size-full object-contain", !failed && "opacity-60")} />
        ) : (
          <ImageOff className="size-8 text-slate-400" aria-hidden="true" />
        )}
      </div>
      <p className="truncate text-xs font-medium text-slate-800" title={entry.file.name}>
        {entry.file.name}
      </p>
      {failed ? (
        <>
          <p className="text-xs text-red-700">{entry.error}</p>
          <div className="flex flex-wrap gap-1">
            {entry.retryable ? (
              <Button type="button" variant="outline" onClick={onRetry}>
                <RotateCcw aria-hidden="true" />
                Retry
              </Button>
            ) : null}
            <Button type="button" variant="ghost" onClick={onDismiss} aria-label={`Dismiss ${entry.file.name}`}>
              <X aria-hidden="true" />
              Dismiss
            </Button>
          </div>
        </>
      ) : (
        <div className="flex items-center gap-1">
          <div className="min-w-0 flex-1 space-y-1">
            <UploadProgress fraction={entry.progress} label={`Uploading ${entry.file.name}`} />
            <p className="text-xs text-slate-600">{uploadStage(entry)}</p>
          </div>
          <Button type="button" variant="ghost" size="icon" className="shrink-0" aria-label={`Cancel uploading ${entry.file.name}`} onClick={onCancel} disabled={entry.status === "queued"}>
            <X aria-hidden="true" />
          </Button>
        </div>
      )}
    </li>
  );
}
