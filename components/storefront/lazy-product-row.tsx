"use client";
import { useEffect, useRef, useState } from "react";
import type { ProductCardDto } from "@/lib/catalog/types";
import { ProductRow } from "./product-row";
import { ProductRowSkeleton } from "./skeletons";

/**
 * A product strip fetched from `src` when it comes near the screen, so the page itself stays small
 * (it is served from the page cache); nothing is shown when there is nothing to show or it fails.
 */
export function LazyProductRow({ src, title, href, id }: { src: string; title: string; href?: string; id: string }) {
  const marker = useRef<HTMLDivElement>(null);
  const [items, setItems] = useState<ProductCardDto[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const node = marker.current;
    if (!node) return;
    const controller = new AbortController();
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        fetch(src, { signal: controller.signal })
          .then((res) => (res.ok ? (res.json() as Promise<{ items: ProductCardDto[] }>) : Promise.reject(new Error(String(res.status)))))
          .then((data) => setItems(data.items))
          .catch(() => setFailed(true));
      },
      { rootMargin: "600px 0px" },
    );
    observer.observe(node);
    return () => {
      observer.disconnect();
      controller.abort();
    };
  }, [src]);

  if (failed || (items && items.length === 0)) return null;
  if (!items) {
    return (
      <div ref={marker} aria-busy="true">
        <span className="sr-only">Loading {title.toLowerCase()}…</span>
        <ProductRowSkeleton />
      </div>
    );
  }
  return <ProductRow id={id} title={title} href={href} products={items} />;
}
