import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/platform/errors";

/** For pages: what `load` resolves to, or the route's not-found page when it fails with NotFoundError. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
}
