import type { ProductEditorData } from "@/lib/catalog/product-queries";
import type { ProductEditorInput, ProductEditorValues } from "@/lib/catalog/product-schemas";

/** The editor's form: values as typed (money in rupees, counts as text); the schema turns them into ProductEditorValues. */
export type EditorValues = ProductEditorInput;
export type EditorOutput = ProductEditorValues;

/** What the editor shows about a saved product besides its form values. */
export type EditorProduct = Pick<ProductEditorData, "id" | "slug" | "status" | "type" | "pendingRevision" | "rejectionReason" | "licenceKeyCounts">;

export type { AttributeField, BrandOption, CategoryOption, SellerVariantOption } from "@/lib/catalog/editor-queries";
