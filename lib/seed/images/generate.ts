import type { Storage } from "@/lib/platform/storage";
import { renderPicture, type PictureInput } from "./picture";

export interface ImageJob {
  key: string;
  input: PictureInput;
}

export interface ImageRunResult {
  generated: number;
  existing: number;
}

/**
 * Renders and stores every picture that is not in storage yet, `concurrency` at a time (sharp renders on
 * libuv's thread pool, so a handful in flight keeps both cores busy while the database works).
 */
export async function generateImages(
  jobs: readonly ImageJob[],
  storage: Storage,
  { concurrency = 4, onProgress }: { concurrency?: number; onProgress?: (done: number) => void } = {},
): Promise<ImageRunResult> {
  const result: ImageRunResult = { generated: 0, existing: 0 };
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      if (await storage.exists(job.key)) result.existing++;
      else {
        await storage.put(job.key, await renderPicture(job.input), "image/webp");
        result.generated++;
      }
      onProgress?.(result.generated + result.existing);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, jobs.length)) }, worker));
  return result;
}
