import { Badge } from "@/components/ui/badge";
import { IMPORT_KIND_LABELS } from "@/lib/catalog/import/formats";
import type { ImportKind, ImportStatus } from "@/models/catalog";

const STATUS_META: Record<ImportStatus, { label: string; tone: "neutral" | "info" | "success" | "danger" }> = {
  queued: { label: "Waiting to start", tone: "neutral" },
  running: { label: "Importing", tone: "info" },
  completed: { label: "Finished", tone: "success" },
  failed: { label: "Stopped", tone: "danger" },
};

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  const meta = STATUS_META[status];
  return <Badge tone={meta.tone}>{meta.label}</Badge>;
}

export function importKindLabel(kind: ImportKind): string {
  return IMPORT_KIND_LABELS[kind];
}

export function isImportDone(status: ImportStatus): boolean {
  return status === "completed" || status === "failed";
}
