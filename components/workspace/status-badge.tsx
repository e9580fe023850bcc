import { Badge } from "@/components/ui/badge";
import type { ProductStatus, Role, SellerStatus } from "@/models";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { cn } from "@/lib/ui/cn";

type Tone = "neutral" | "success" | "warning" | "danger" | "info" | "brand";

/**
 * One palette for every status in the workspaces: green = live/good, amber = waiting on someone,
 * red = blocked, slate = inactive, sky = informational.
 */
export const PRODUCT_STATUS_META: Record<ProductStatus, { label: string; tone: Tone }> = {
  active: { label: "Active", tone: "success" },
  pending_review: { label: "Pending review", tone: "warning" },
  draft: { label: "Draft", tone: "neutral" },
  rejected: { label: "Rejected", tone: "danger" },
  archived: { label: "Archived", tone: "neutral" },
};

export const SELLER_STATUS_META: Record<SellerStatus, { label: string; tone: Tone }> = {
  active: { label: "Active", tone: "success" },
  pending: { label: "Pending approval", tone: "warning" },
  suspended: { label: "Suspended", tone: "danger" },
};

export const ROLE_META: Record<Role, { label: string; tone: Tone; className?: string }> = {
  customer: { label: ROLE_LABELS.customer, tone: "neutral" },
  seller: { label: ROLE_LABELS.seller, tone: "brand" },
  admin: { label: ROLE_LABELS.admin, tone: "neutral", className: "bg-violet-100 text-violet-900" },
  support: { label: ROLE_LABELS.support, tone: "info" },
  delivery: { label: ROLE_LABELS.delivery, tone: "warning" },
};

export function ProductStatusBadge({ status }: { status: ProductStatus }) {
  const meta = PRODUCT_STATUS_META[status];
  return (
    <Badge tone={meta.tone} className={cn(status === "archived" && "line-through decoration-slate-400")}>
      {meta.label}
    </Badge>
  );
}

export function SellerStatusBadge({ status }: { status: SellerStatus }) {
  const meta = SELLER_STATUS_META[status];
  return <Badge tone={meta.tone}>{meta.label}</Badge>;
}

export function RoleBadge({ role }: { role: Role }) {
  const meta = ROLE_META[role];
  return (
    <Badge tone={meta.tone} className={meta.className}>
      {meta.label}
    </Badge>
  );
}
