import type { Path } from "react-hook-form";
import type { EditorValues } from "./types";

const VARIANT_FIELDS = ["sku", "price", "mrp", "stock", "lowStockThreshold", "weightGrams", "lengthMm", "widthMm", "heightMm"] as const;

/** Every field a server error can name, in screen order (server errors land on them; the first gets focus). */
export function fieldPaths(values: EditorValues): Path<EditorValues>[] {
  const paths: string[] = ["type", "title", "description", "categoryId", "brandId", "attributes"];
  paths.push(...Object.keys(values.attributes ?? {}).map((key) => `attributes.${key}`), "images", "options");
  (values.options ?? []).forEach((_, i) => paths.push(`options.${i}.name`, `options.${i}.values`));
  paths.push("variants");
  values.variants.forEach((_, i) => paths.push(...VARIANT_FIELDS.map((f) => `variants.${i}.${f}`)));
  paths.push("bundleItems");
  (values.bundleItems ?? []).forEach((_, i) => paths.push(`bundleItems.${i}.variantId`, `bundleItems.${i}.quantity`));
  paths.push("digitalFile", "licenceKeys", "seoTitle", "seoDescription");
  return paths as Path<EditorValues>[];
}

/** Moves focus to the first invalid field on screen (after React has shown the errors). */
export function focusFirstError(root: HTMLElement | null) {
  requestAnimationFrame(() => {
    const target = root?.querySelector<HTMLElement>('[aria-invalid="true"], [data-error-anchor]');
    if (!target) return;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: "center" });
  });
}
