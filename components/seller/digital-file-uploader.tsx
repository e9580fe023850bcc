"use client";

import { FileText, RotateCcw, Trash2, X } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ProductEditorInput } from "@/lib/catalog/product-schemas";
import { DIGITAL_ACCEPT, DIGITAL_FORMAT_LABEL, digitalFileProblem, formatBytes, MAX_DIGITAL_BYTES } from "@/lib/media/limits";
import { UploadProgress, DropZone } from "./upload-controls";
import { uploadFile, uploadUrl, type UploadHandle } from "./upload-request";

export type DigitalFileValue = NonNullable<ProductEditorInput["digitalFile"]>;

type State =
  | { kind: "idle" }
  | { kind: "uploading"; file: File; progress: number }
  | { kind: "error"; file: File; message: string; retryable: boolean };

/**
 * The file a digital product delivers: one upload (up to 100 MB) with progress and cancel, stored
 * privately. Picking another file replaces the current one once it has uploaded; until then the
 * saved file stays. `sellerId` is for an admin editing a seller's product.
 */
export function DigitalFileUploader({
  value,
  onChange,
  sellerId,
  disabled = false,
  onBusyChange,
}: {
  value: ProductEditorInput["digitalFile"];
  onChange: (file: DigitalFileValue | null) => void;
  sellerId?: string;
  disabled?: boolean;
  onBusyChange?: (busy: boolean) => void;
}) {
  const id = `digital-file-${useId().replace(/:/g, "")}`;
  const [state, setState] = useState<State>({ kind: "idle" });
  const [announcement, setAnnouncement] = useState("");
  const handle = useRef<UploadHandle<DigitalFileValue> | null>(null);

  const busy = state.kind === "uploading";
  useEffect(() => onBusyChange?.(busy), [busy, onBusyChange]);
  useEffect(() => () => handle.current?.abort(), []);

  function send(file: File) {
    const problem = digitalFileProblem(file);
    if (problem) {
      setState({ kind: "error", file, message: problem, retryable: false });
      setAnnouncement(`${file.name}: ${problem}`);
      return;
    }
    setState({ kind: "uploading", file, progress: 0 });
    const current = uploadFile<DigitalFileValue>(uploadUrl("digital", sellerId), file, (progress) => setState({ kind: "uploading", file, progress }));
    handle.current = current;
    void current.done.then((outcome) => {
      if (handle.current !== current) return;
      handle.current = null;
      if (outcome.ok) {
        onChange(outcome.data);
        setState({ kind: "idle" });
        setAnnouncement(`${outcome.data.fileName} uploaded.`);
      } else if (outcome.aborted) {
        setState({ kind: "idle" });
        setAnnouncement("Upload cancelled.");
      } else {
        setState({ kind: "error", file, message: outcome.message, retryable: outcome.retryable });
        setAnnouncement(`${file.name}: ${outcome.message}`);
      }
    });
  }

  return (
    <div className="space-y-3">
      {value ? (
        <div className="flex items-center gap-3 rounded-xl border border-slate-200 bg-white p-3">
          <FileText className="size-8 shrink-0 text-brand-700" aria-hidden="true" />
          <div className="min-w-0 flex-1">
            <p className="truncate text-sm font-medium text-slate-900" title={value.fileName}>
              {value.fileName}
            </p>
            <p className="text-xs text-slate-600">
              {formatBytes(value.sizeBytes)} · stored privately, sent to buyers by a download link
            </p>
          </div>
          <Button type="button" variant="ghost" size="icon" className="text-red-700 hover:bg-red-50" disabled={disabled || busy} aria-label={`Remove ${value.fileName}`} onClick={() => onChange(null)}>
            <Trash2 aria-hidden="true" />
          </Button>
        </div>
      ) : null}

      {state.kind === "uploading" ? (
        <div className="space-y-2 rounded-xl border border-slate-200 bg-white p-3">
          <div className="flex items-center justify-between gap-2">
            <p className="truncate text-sm font-medium text-slate-900">{state.file.name}</p>
            <Button type="button" variant="ghost" onClick={() => handle.current?.abort()}>
              <X aria-hidden="true" />
              Cancel
            </Button>
          </div>
          <UploadProgress fraction={state.progress} label={`Uploading ${state.file.name}`} />
          <p className="text-xs text-slate-600">
            {state.progress >= 1 ? "Checking the file…" : `${formatBytes(Math.round(state.progress * state.file.size))} of ${formatBytes(state.file.size)}`}
          </p>
        </div>
      ) : null}

      {state.kind === "error" ? (
        <div role="alert" className="space-y-2 rounded-xl border border-red-300 bg-red-50 p-3">
          <p className="text-sm text-red-800">
            <span className="font-medium">{state.file.name}:</span> {state.message}
          </p>
          <div className="flex gap-1">
            {state.retryable ? (
              <Button type="button" variant="outline" onClick={() => send(state.file)}>
                <RotateCcw aria-hidden="true" />
                Retry
              </Button>
            ) : null}
            <Button type="button" variant="ghost" onClick={() => setState({ kind: "idle" })}>
              Dismiss
            </Button>
          </div>
        </div>
      ) : null}

      {state.kind !== "uploading" ? (
        <DropZone
          id={`${id}-input`}
          accept={DIGITAL_ACCEPT}
          disabled={disabled}
          buttonLabel={value ? "Replace file" : "Choose file"}
          hint={`${DIGITAL_FORMAT_LABEL}, up to ${formatBytes(MAX_DIGITAL_BYTES)}`}
          onFiles={([file]) => send(file)}
        />
      ) : null}
      <p className="sr-only" aria-live="polite" role="status">
        {announcement}
      </p>
    </div>
  );
}
