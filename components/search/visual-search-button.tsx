"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Camera } from "lucide-react";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { cn } from "@/lib/ui/cn";
import { saveVisualResult, VISUAL_RESULTS_PATH } from "./visual-search-client";
import { VisualSearchPicker } from "./visual-search-picker";

/**
 * Camera button for the header search: opens a dialog to take or upload a photo, searches for
 * products that look like it, and opens the results page (/search/visual).
 */
export function VisualSearchButton({ className }: { className?: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <button
          type="button"
          aria-label="Search with a photo"
          title="Search with a photo"
          className={cn(
            "inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center border-y border-slate-300 bg-slate-50 text-slate-700 hover:bg-slate-100 hover:text-brand-700 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-600",
            className,
          )}
        >
          <Camera className="size-5" aria-hidden="true" />
        </button>
      </DialogTrigger>
      <DialogContent closeLabel="Close photo search">
        <DialogHeader>
          <DialogTitle>Search with a photo</DialogTitle>
          <DialogDescription>Take or upload a photo of a product and we’ll find similar ones on QuickLocal.</DialogDescription>
        </DialogHeader>
        <VisualSearchPicker
          onResult={(result) => {
            saveVisualResult(result);
            setOpen(false);
            router.push(`${VISUAL_RESULTS_PATH}?t=${result.at}`);
          }}
        />
      </DialogContent>
    </Dialog>
  );
}
