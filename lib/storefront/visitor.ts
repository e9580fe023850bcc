import type { Actor } from "@/lib/auth/actor";
import type { ImageDto } from "@/lib/catalog/types";

/** What the compare tray and toggles show of a product in the visitor's compare list. */
export interface CompareItem {
  id: string;
  slug: string;
  title: string;
  image: ImageDto | null;
}

/** The per-visitor bits of a storefront page, fetched by the browser from /api/visitor (pages themselves are cached for everyone). */
export interface VisitorDto {
  actor: Actor | null;
  pincode: string;
  compare: CompareItem[];
}

export const VISITOR_ENDPOINT = "/api/visitor";
