"use client";
import { useEffect, useRef } from "react";

/** A horizontally scrolling row that brings its current item (aria-current) into view on phones. */
export function ChipScroller({ label, children }: { label: string; children: React.ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const container = ref.current;
    const current = container?.querySelector<HTMLElement>("[aria-current='page']");
    if (!container || !current) return;
    const box = container.getBoundingClientRect();
    const chip = current.getBoundingClientRect();
    if (chip.right > box.right || chip.left < box.left) container.scrollLeft += chip.left - box.left - 16;
  });
  return (
    <nav ref={ref} aria-label={label} className="-mx-4 overflow-x-auto px-4 pb-1 sm:mx-0 sm:px-0">
      {children}
    </nav>
  );
}
