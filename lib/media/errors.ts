import { AppError } from "@/lib/platform/errors";

/** Why an upload was refused: the uploader shows the message, and may branch on the reason. */
export type MediaRejection = "too_large" | "not_an_image" | "unsupported_type" | "too_many_pixels" | "too_small" | "empty" | "malformed";

const STATUS: Record<MediaRejection, number> = {
  too_large: 413,
  not_an_image: 415,
  unsupported_type: 415,
  too_many_pixels: 422,
  too_small: 422,
  empty: 422,
  malformed: 400,
};

/** An upload refused before anything was stored; the message is safe to show the seller. */
export class MediaRejectedError extends AppError {
  readonly code = "validation";
  readonly status: number;
  constructor(
    readonly reason: MediaRejection,
    message: string,
  ) {
    super(message);
    this.name = "MediaRejectedError";
    this.status = STATUS[reason];
  }
}
