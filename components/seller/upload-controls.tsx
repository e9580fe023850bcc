"use client";

import { Upload } from "lucide-react";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/ui/cn";

/**
 * Where files are dropped, or picked with the button (the keyboard route). The hidden input resets
 * after each pick so the same file can be chosen again after an error.
 */
export function DropZone({
  id,
  accept,
  multiple = false,
  disabled = false,
  buttonLabel,
  hint,
  onFiles,
  buttonRef,
}: {
  id: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  buttonLabel: string;
  hint: React.ReactNode;
  onFiles: (files: File[]) => void;
  buttonRef?: React.Ref<HTMLButtonElement>;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  return (
    <div
      onDragOver={(e) => {
        if (disabled || !e.dataTransfer.types.includes("Files")) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = "copy";
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        setOver(false);
        if (disabled) return;
        e.preventDefault();
        const files = Array.from(e.dataTransfer.files);
        if (files.length) onFiles(multiple ? files : files.slice(0, 1));
      }}
      className={cn(
        "flex flex-col items-center gap-3 rounded-xl border-2 border-dashed px-4 py-6 text-center transition-colors",
        over ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-slate-50",
        disabled && "opacity-70",
      )}
    >
      <Upload className="size-6 text-slate-500" aria-hidden="true" />
      <p className="text-sm text-slate-700">
        <span className="hidden sm:inline">Drag files here, or </span>
        <Button ref={buttonRef} type="button" variant="outline" disabled={disabled} aria-describedby={`${id}-hint`} onClick={() => input.current?.click()}>
          {buttonLabel}
        </Button>
      </p>
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {hint}
      </p>
      <input
        ref={input}
        id={id}
        type="file"
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        tabIndex={-1}
        aria-hidden="true"
        className="sr-only"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = "";
          if (files.length) onFiles(files);
        }}
      />
    </div>
  );
}

/** A labelled determinate progress bar for one upload. */
export function UploadProgress({ fraction, label }: { fraction: number; label: string }) {
  const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="h-2 w-full overflow-hidden rounded-full bg-slate-200">
      <div className="h-full rounded-full bg-brand-600 transition-[width] duration-200" style={{ width: `${percent}%` }} />
    </div>
  );
}
