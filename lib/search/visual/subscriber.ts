/**
 * Keeps product_image_features in step with the catalogue: on "product.changed" the images of those
 * products that have no features of the current version (new or replaced images) are featurised.
 * Idempotent, so repeated or late deliveries are harmless. Imported by lib/platform/jobs/handlers.ts.
 */
import { subscribe } from "@/lib/platform/events";
import { computeFeaturesForProducts } from "./backfill";

subscribe("product.changed", "search.visual", async (events) => {
  await computeFeaturesForProducts([...new Set(events.map((e) => e.aggregateId))]);
});
