"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { FileSpreadsheet } from "lucide-react";
import { FormAlert } from "@/components/auth/form-alert";
import { Button } from "@/components/ui/button";
import { DropZone, UploadProgress } from "@/components/seller/upload-controls";
import { uploadFile, type UploadHandle } from "@/components/seller/upload-request";
import { formatForFileName, IMPORT_ACCEPT, IMPORT_FORMAT_LABEL, MAX_IMPORT_BYTES } from "@/lib/catalog/import/formats";
import { formatBytes } from "@/lib/media/limits";

type State = { phase: "idle" } | { phase: "uploading"; fileName: string; fraction: number } | { phase: "error"; message: string };

/**
 * Step 1 of an import: pick or drop a CSV / JSON Lines file. It is checked here first (type, 50 MB),
 * then sent with a progress bar; the server checks it again and answers with the upload's id, and
 * the page moves on to the mapping step.
 */
export function ImportUpload() {
  const router = useRouter();
  const [state, setState] = useState<State>({ phase: "idle" });
  const handle = useRef<UploadHandle<{ uploadId: string }> | null>(null);

  async function send(file: File) {
    if (!formatForFileName(file.name)) {
      setState({ phase: "error", message: `“${file.name}” is not a CSV or JSON Lines file. Export your sheet as CSV and upload that.` });
      return;
    }
    if (file.size > MAX_IMPORT_BYTES) {
      setState({ phase: "error", message: `This file is ${formatBytes(file.size)}: import files can be at most ${formatBytes(MAX_IMPORT_BYTES)}. Split it into smaller files.` });
      return;
    }
    if (file.size === 0) {
      setState({ phase: "error", message: "This file is empty." });
      return;
    }
    setState({ phase: "uploading", fileName: file.name, fraction: 0 });
    handle.current = uploadFile<{ uploadId: string }>("/api/uploads/imports", file, (fraction) => setState({ phase: "uploading", fileName: file.name, fraction }));
    const outcome = await handle.current.done;
    handle.current = null;
    if (outcome.ok) router.push(`/seller/products/import?upload=${outcome.data.uploadId}`);
    else setState(outcome.aborted ? { phase: "idle" } : { phase: "error", message: outcome.message });
  }

  return (
    <div className="grid gap-3">
      {state.phase === "error" ? <FormAlert tone="error">{state.message}</FormAlert> : null}
      {state.phase === "uploading" ? (
        <div className="grid gap-2 rounded-xl border border-slate-200 bg-white p-4" aria-live="polite">
          <p className="flex items-center gap-2 text-sm font-medium text-slate-900">
            <FileSpreadsheet className="size-4 text-brand-700" aria-hidden="true" />
            <span className="min-w-0 truncate">Uploading {state.fileName}…</span>
          </p>
          <UploadProgress fraction={state.fraction} label={`Uploading ${state.fileName}`} />
          <div>
            <Button type="button" variant="outline" size="sm" onClick={() => handle.current?.abort()}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <DropZone
          id="import-file"
          accept={IMPORT_ACCEPT}
          buttonLabel="Choose a file"
          hint={`${IMPORT_FORMAT_LABEL}, up to ${formatBytes(MAX_IMPORT_BYTES)}. The first line names the columns.`}
          onFiles={(files) => void send(files[0])}
        />
      )}
    </div>
  );
}
