"use client";
import { useEffect, useId, useRef, useState } from "react";
import { Camera, ImageOff, ImageUp, Loader2, RotateCcw, Search, TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
import { imageFileProblem } from "@/lib/media/limits";
import { cn } from "@/lib/ui/cn";
import { runVisualSearch, type VisualSearchResult } from "./visual-search-client";

/**
 * Choose a photo for visual search: take one (the phone's rear camera), pick one, or drop one on the
 * box (desktop). Shows a preview, searches with a spinner, and says clearly what went wrong.
 * `onResult` receives the hits; nothing is uploaded until "Find similar products".
 */
export function VisualSearchPicker({ onResult, autoFocus = false }: { onResult: (result: VisualSearchResult) => void; autoFocus?: boolean }) {
  const hintId = useId();
  const errorId = useId();
  const cameraInput = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const abort = useRef<AbortController | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [previewFailed, setPreviewFailed] = useState(false);

  const previewUrl = useRef<string | null>(null);

  useEffect(
    () => () => {
      abort.current?.abort();
      if (previewUrl.current) URL.revokeObjectURL(previewUrl.current);
    },
    [],
  );

  function showPreview(picked: File | null) {
    if (previewUrl.current) URL.revokeObjectURL(previewUrl.current);
    previewUrl.current = picked ? URL.createObjectURL(picked) : null;
    setPreview(previewUrl.current);
    setPreviewFailed(false);
  }

  function choose(picked: File | null | undefined) {
    if (!picked) return;
    const problem = imageFileProblem(picked);
    setError(problem);
    setFile(problem ? null : picked);
    showPreview(problem ? null : picked);
  }

  async function search() {
    if (!file || busy) return;
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setBusy(true);
    setError(null);
    try {
      const outcome = await runVisualSearch(file, controller.signal);
      if (outcome.ok) onResult(outcome.result);
      else setError(outcome.message);
    } catch {
      if (!controller.signal.aborted) setError("Something went wrong. Please try again.");
    } finally {
      if (!controller.signal.aborted) setBusy(false);
    }
  }

  return (
    <div className="grid gap-4">
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          choose(e.dataTransfer.files[0]);
        }}
        className={cn(
          "relative grid min-h-48 place-items-center overflow-hidden rounded-xl border-2 border-dashed bg-slate-50 p-3 text-center transition-colors",
          dragging ? "border-brand-600 bg-brand-50" : "border-slate-300",
        )}
        data-testid="visual-dropzone"
      >
        {preview && previewFailed ? (
          <div className="grid justify-items-center gap-2 text-slate-600">
            <ImageOff className="size-10 text-slate-500" aria-hidden="true" />
            <p className="text-sm">This browser can’t preview {file?.name ?? "this file"}. You can still search with it.</p>
          </div>
        ) : preview ? (
          // A local object URL: next/image cannot optimise it, and it is never stored.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={preview} alt="The photo you chose" onError={() => setPreviewFailed(true)} className="max-h-56 w-auto rounded-lg object-contain" />
        ) : (
          <div className="grid justify-items-center gap-2 text-slate-600">
            <ImageUp className="size-10 text-brand-700" aria-hidden="true" />
            <p id={hintId} className="text-sm">
              <span className="hidden sm:inline">Drop a photo here, or choose one below. </span>A clear photo of one product works best.
            </p>
          </div>
        )}
        {busy && (
          <div className="absolute inset-0 grid place-items-center bg-white/75" role="status" aria-live="polite">
            <span className="flex items-center gap-2 font-semibold text-slate-900">
              <Loader2 className="size-5 animate-spin motion-reduce:animate-none" aria-hidden="true" />
              Looking for similar products…
            </span>
          </div>
        )}
      </div>

      {error && (
        <p id={errorId} role="alert" className="flex items-start gap-2 rounded-lg bg-red-50 p-3 text-sm font-medium text-red-800">
          <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
          {error}
        </p>
      )}

      <input
        ref={cameraInput}
        type="file"
        accept="image/*"
        capture="environment"
        className="sr-only"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          choose(e.target.files?.[0]);
          e.target.value = "";
        }}
      />
      <input
        ref={fileInput}
        type="file"
        accept="image/*"
        className="sr-only"
        tabIndex={-1}
        aria-label="Choose a photo"
        data-testid="visual-file-input"
        onChange={(e) => {
          choose(e.target.files?.[0]);
          e.target.value = "";
        }}
      />
      <div className="grid grid-cols-2 gap-2">
        <Button type="button" variant="outline" onClick={() => cameraInput.current?.click()} disabled={busy} aria-describedby={hintId}>
          <Camera aria-hidden="true" /> Take a photo
        </Button>
        <Button type="button" variant="outline" onClick={() => fileInput.current?.click()} disabled={busy} autoFocus={autoFocus} aria-describedby={hintId}>
          {file ? <RotateCcw aria-hidden="true" /> : <ImageUp aria-hidden="true" />} {file ? "Choose another" : "Upload a photo"}
        </Button>
      </div>
      <Button type="button" onClick={search} disabled={!file || busy} aria-describedby={error ? errorId : undefined}>
        {busy ? <Loader2 className="animate-spin motion-reduce:animate-none" aria-hidden="true" /> : <Search aria-hidden="true" />}
        {busy ? "Searching…" : "Find similar products"}
      </Button>
    </div>
  );
}
