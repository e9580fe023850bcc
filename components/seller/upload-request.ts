/** Client side of POST /api/uploads/*: one file, with upload progress (fetch has none), cancellable. */

export type UploadOutcome<T> = { ok: true; data: T } | { ok: false; message: string; retryable: boolean; aborted?: boolean };

export interface UploadHandle<T> {
  done: Promise<UploadOutcome<T>>;
  abort: () => void;
}

const STATUS_MESSAGES: Record<number, string> = {
  401: "Your session has ended. Sign in again, then retry.",
  403: "You can't upload files for this store.",
  413: "This file is too large.",
  415: "This file type isn't accepted.",
  429: "Too many uploads in a short time. Wait a few minutes, then retry.",
};

/** Sends `file` as multipart field `file`, reporting progress as a fraction from 0 to 1. */
export function uploadFile<T>(url: string, file: File, onProgress: (fraction: number) => void): UploadHandle<T> {
  const xhr = new XMLHttpRequest();
  const done = new Promise<UploadOutcome<T>>((resolve) => {
    xhr.upload.addEventListener("progress", (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    });
    xhr.addEventListener("load", () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status === 201 && body) return resolve({ ok: true, data: body as T });
      const serverMessage = body && typeof (body as { error?: unknown }).error === "string" ? (body as { error: string }).error : null;
      resolve({
        ok: false,
        message: serverMessage ?? STATUS_MESSAGES[xhr.status] ?? "The upload failed on our side. Please try again.",
        retryable: xhr.status >= 500 || xhr.status === 429 || xhr.status === 401,
      });
    });
    xhr.addEventListener("error", () => resolve({ ok: false, message: "The connection dropped. Check your network, then retry.", retryable: true }));
    xhr.addEventListener("timeout", () => resolve({ ok: false, message: "The upload took too long. Check your network, then retry.", retryable: true }));
    xhr.addEventListener("abort", () => resolve({ ok: false, message: "Upload cancelled.", retryable: true, aborted: true }));
  });
  const body = new FormData();
  body.set("file", file);
  xhr.open("POST", url);
  xhr.timeout = 10 * 60 * 1000;
  xhr.send(body);
  return { done, abort: () => xhr.abort() };
}

/** The upload endpoint, with the store named for an admin editing a seller's product. */
export function uploadUrl(kind: "images" | "digital", sellerId?: string): string {
  return `/api/uploads/${kind}${sellerId ? `?sellerId=${encodeURIComponent(sellerId)}` : ""}`;
}
