"use client";
// Rendered once in the root layout, so this also configures zod for every client bundle.
import "@/lib/ui/zod-jitless";
import { Toaster as Sonner } from "sonner";

export { toast } from "sonner";

export function Toaster() {
  return <Sonner position="top-center" richColors closeButton />;
}
