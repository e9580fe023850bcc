/**
 * Browser side of visual search: shrink the photo before sending it (phone photos are large, the
 * features need 64 px), POST it to /api/search/visual, and hand the results to the results page
 * through sessionStorage (the photo is never stored on the server).
 */
import type { VisualHit } from "@/lib/search/visual/types";

export const VISUAL_RESULTS_PATH = "/search/visual";
const STORAGE_KEY = "ql:visual-search";
/** Longest side of the photo sent and kept for the results page. */
const MAX_SIDE = 800;

export interface VisualSearchResult {
  /** The query photo as a data: URL (shrunk), shown on the results page and re-sent by "Retry". */
  photo: string;
  hits: VisualHit[];
  tookMs: number;
  at: number;
}

export type VisualSearchOutcome = { ok: true; result: VisualSearchResult } | { ok: false; message: string };

/** The photo shrunk to MAX_SIDE as a JPEG data: URL, or null when this browser cannot decode it (the original is sent then). */
export async function shrinkPhoto(file: Blob): Promise<string | null> {
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    const context = canvas.getContext("2d");
    if (!context) return null;
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    return canvas.toDataURL("image/jpeg", 0.9);
  } catch {
    return null;
  }
}

/** Decodes a base64 data: URL without fetch (the CSP's connect-src does not allow data: URLs). */
export function dataUrlToBlob(dataUrl: string): Blob {
  const comma = dataUrl.indexOf(",");
  const type = /^data:([^;,]+)/.exec(dataUrl)?.[1] ?? "application/octet-stream";
  const binary = atob(dataUrl.slice(comma + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("could not read the file"));
    reader.readAsDataURL(file);
  });
}

/** Sends the photo and returns the hits, or a message to show (network errors and refusals alike). */
export async function runVisualSearch(file: Blob, signal?: AbortSignal): Promise<VisualSearchOutcome> {
  const shrunk = await shrinkPhoto(file);
  const body = new FormData();
  body.set("image", shrunk ? dataUrlToBlob(shrunk) : file, "photo.jpg");
  let response: Response;
  try {
    response = await fetch("/api/search/visual", { method: "POST", body, signal });
  } catch (err) {
    if (signal?.aborted) throw err;
    return { ok: false, message: "We couldn't reach QuickLocal. Check your connection and try again." };
  }
  const json = (await response.json().catch(() => null)) as { hits?: VisualHit[]; took_ms?: number; error?: string } | null;
  if (!response.ok || !json?.hits) {
    return { ok: false, message: json?.error ?? "Photo search is unavailable right now. Please try again." };
  }
  const photo = shrunk ?? (await readAsDataUrl(file));
  return { ok: true, result: { photo, hits: json.hits, tookMs: json.took_ms ?? 0, at: Date.now() } };
}

export function saveVisualResult(result: VisualSearchResult): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(result));
  } catch {
    // Storage full or disabled: keep the photo only (small), the page searches again.
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ ...result, hits: [] }));
    } catch {
      /* nothing more we can do: the results page shows its empty state */
    }
  }
}

export function loadVisualResult(): VisualSearchResult | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as VisualSearchResult;
    return typeof parsed.photo === "string" && Array.isArray(parsed.hits) ? parsed : null;
  } catch {
    return null;
  }
}
