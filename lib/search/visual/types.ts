import type { SearchHit } from "../types";

/** A product found by visual search: its card plus how similar its most similar image is to the photo. */
export interface VisualHit extends SearchHit {
  /** Cosine similarity of the query photo's features with the product's most similar image (≈ 0…1). */
  similarity: number;
}

/** Similarity as a percentage badge ("92% match"), clamped to 0–100. */
export function similarityPercent(similarity: number): number {
  return Math.max(0, Math.min(100, Math.round(similarity * 100)));
}
