"use client";

import { useEffect, useId, useRef, useState } from "react";
import { MAX_IMAGES, type ProductEditorInput } from "@/lib/catalog/product-schemas";
import { formatBytes, IMAGE_ACCEPT, IMAGE_FORMAT_LABEL, imageFileProblem, MAX_IMAGE_BYTES } from "@/lib/media/limits";
import { ImageTile, PendingTile, type PendingUpload } from "./image-uploader-tiles";
import { DropZone } from "./upload-controls";
import { uploadFile, uploadUrl, type UploadHandle } from "./upload-request";

export type ImageUploaderValue = NonNullable<ProductEditorInput["images"]>;
type UploadedImage = { storageKey: string; width: number; height: number };

/** Uploads running at once: the server resizes each with sharp, so a seller's batch goes two by two. */
const PARALLEL = 2;

/**
 * The product editor's photos: pick or drop up to 10 images, each uploaded with its own progress
 * bar, then ordered (the first is the main photo), described (alt text) and removed. The value is
 * the editor's `images` field; only finished uploads are in it. `sellerId` is for an admin editing
 * a seller's product; `onBusyChange` tells the form while uploads are still running.
 */
export function ImageUploader({
  name,
  value,
  onChange,
  sellerId,
  disabled = false,
  onBusyChange,
}: {
  name: string;
  value: ImageUploaderValue | undefined;
  onChange: (images: ImageUploaderValue) => void;
  sellerId?: string;
  disabled?: boolean;
  onBusyChange?: (busy: boolean) => void;
}) {
  const id = `${name}-${useId().replace(/:/g, "")}`;
  const images = value ?? [];
  const [pending, setPending] = useState<PendingUpload[]>([]);
  const [announcement, setAnnouncement] = useState("");
  const latest = useRef(images);
  const onChangeRef = useRef(onChange);
  const queue = useRef<PendingUpload[]>([]);
  const handles = useRef(new Map<string, UploadHandle<UploadedImage>>());
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAfter = useRef<{ key: string; move: "earlier" | "later" } | null>(null);
  const picked = useRef({ next: 0, seqOf: new Map<string, number>() });

  useEffect(() => {
    latest.current = value ?? [];
    onChangeRef.current = onChange;
  });

  function commit(next: ImageUploaderValue) {
    latest.current = next;
    onChangeRef.current(next);
  }

  /** Applies a change to the upload queue, then starts queued uploads while fewer than PARALLEL run. */
  function update(change: (all: PendingUpload[]) => PendingUpload[]) {
    let next = change(queue.current);
    const running = next.filter((p) => p.status === "uploading").length;
    const starting = next.filter((p) => p.status === "queued").slice(0, Math.max(0, PARALLEL - running));
    if (starting.length) next = next.map((p) => (starting.includes(p) ? { ...p, status: "uploading", progress: 0 } : p));
    queue.current = next;
    setPending(next);
    starting.forEach(start);
  }

  function patch(entryId: string, changes: Partial<PendingUpload>) {
    update((all) => all.map((p) => (p.id === entryId ? { ...p, ...changes } : p)));
  }

  function drop(entryId: string) {
    const entry = queue.current.find((p) => p.id === entryId);
    if (entry?.preview) URL.revokeObjectURL(entry.preview);
    update((all) => all.filter((p) => p.id !== entryId));
  }

  function start(entry: PendingUpload) {
    const handle = uploadFile<UploadedImage>(uploadUrl("images", sellerId), entry.file, (progress) => patch(entry.id, { progress }));
    handles.current.set(entry.id, handle);
    void handle.done.then((outcome) => {
      handles.current.delete(entry.id);
      if (outcome.ok) {
        // In the order the files were picked: before the first photo that was picked after this one.
        const image = { storageKey: outcome.data.storageKey, width: outcome.data.width, height: outcome.data.height, alt: "" };
        const before = latest.current.findIndex((img) => (picked.current.seqOf.get(img.storageKey) ?? -1) > entry.seq);
        picked.current.seqOf.set(image.storageKey, entry.seq);
        commit(before < 0 ? [...latest.current, image] : [...latest.current.slice(0, before), image, ...latest.current.slice(before)]);
        drop(entry.id);
        setAnnouncement(`${entry.file.name} uploaded.`);
      } else if (outcome.aborted) {
        drop(entry.id);
        setAnnouncement(`Upload of ${entry.file.name} cancelled.`);
      } else {
        patch(entry.id, { status: "error", error: outcome.message, retryable: outcome.retryable });
        setAnnouncement(`${entry.file.name}: ${outcome.message}`);
      }
    });
  }

  const busy = pending.some((p) => p.status !== "error");
  useEffect(() => onBusyChange?.(busy), [busy, onBusyChange]);

  // Abort what is still running when the editor goes away.
  useEffect(() => {
    const running = handles.current;
    return () => running.forEach((h) => h.abort());
  }, []);

  // After a move, keep the keyboard on the moved photo's button.
  useEffect(() => {
    const target = focusAfter.current;
    if (!target || !list.current) return;
    focusAfter.current = null;
    const buttons = [...list.current.querySelectorAll<HTMLButtonElement>(`[data-key="${CSS.escape(target.key)}"] button[data-move]`)];
    (buttons.find((b) => b.dataset.move === target.move && !b.disabled) ?? buttons.find((b) => !b.disabled))?.focus();
  }, [value]);

  function addFiles(files: File[]) {
    let room = MAX_IMAGES - images.length - pending.filter((p) => p.status !== "error").length;
    const added = files.map((file): PendingUpload => {
      const entryId = crypto.randomUUID();
      const seq = (picked.current.next += 1);
      const problem = imageFileProblem(file) ?? (room <= 0 ? `A product can have at most ${MAX_IMAGES} photos: remove one to add this.` : null);
      if (problem) return { id: entryId, seq, file, preview: null, status: "error", progress: 0, error: problem, retryable: false };
      room -= 1;
      return { id: entryId, seq, file, preview: URL.createObjectURL(file), status: "queued", progress: 0 };
    });
    update((all) => [...all, ...added]);
    const refused = added.filter((a) => a.status === "error").length;
    setAnnouncement(`${added.length - refused} ${added.length - refused === 1 ? "photo" : "photos"} uploading${refused ? `, ${refused} not accepted` : ""}.`);
  }

  function move(index: number, by: -1 | 1) {
    const next = [...images];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item);
    focusAfter.current = { key: item.storageKey, move: by < 0 ? "earlier" : "later" };
    commit(next);
    setAnnouncement(`Photo moved to position ${index + by + 1} of ${next.length}${index + by === 0 ? ", now the main photo" : ""}.`);
  }

  function remove(index: number) {
    commit(images.filter((_, i) => i !== index));
    setAnnouncement(`Photo ${index + 1} removed.`);
    addButton.current?.focus();
  }

  const full = images.length + pending.filter((p) => p.status !== "error").length >= MAX_IMAGES;

  return (
    <div className="space-y-3">
      {images.length + pending.length > 0 ? (
        <ol ref={list} aria-label="Product photos" className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
          {images.map((image, index) => (
            <ImageTile
              key={image.storageKey}
              image={image}
              index={index}
              count={images.length}
              inputId={`${id}-alt-${index}`}
              disabled={disabled}
              onAlt={(alt) => commit(images.map((img, i) => (i === index ? { ...img, alt } : img)))}
              onMove={(by) => move(index, by)}
              onRemove={() => remove(index)}
            />
          ))}
          {pending.map((entry) => (
            <PendingTile
              key={entry.id}
              entry={entry}
              onCancel={() => handles.current.get(entry.id)?.abort()}
              onRetry={() => patch(entry.id, { status: "queued", progress: 0, error: undefined })}
              onDismiss={() => drop(entry.id)}
            />
          ))}
        </ol>
      ) : null}

      <DropZone
        id={`${id}-input`}
        accept={IMAGE_ACCEPT}
        multiple
        disabled={disabled || full}
        buttonRef={addButton}
        buttonLabel={images.length ? "Add more photos" : "Choose photos"}
        hint={full ? `${MAX_IMAGES} of ${MAX_IMAGES} photos: remove one to add another.` : `${IMAGE_FORMAT_LABEL}, up to ${formatBytes(MAX_IMAGE_BYTES)} each · ${images.length} of ${MAX_IMAGES} photos`}
        onFiles={addFiles}
      />
      <p className="sr-only" aria-live="polite" role="status">
        {announcement}
      </p>
    </div>
  );
}
