"use client";
import { useEffect, useRef, useState } from "react";
import { usePathname } from "next/navigation";
import type { MiniCartDto } from "@/lib/cart/types";
import { CART_CHANGED_EVENT, CART_ENDPOINT } from "./cart-events";

/**
 * The visitor's mini-cart: fetched once the (shared, cached) page is in the browser and after each
 * navigation, and replaced at once when a cart write announces new counts. Only the newest answer
 * counts: a slow fetch that started before a write must not bring back the older count. Null until known.
 */
export function useMiniCart(): MiniCartDto | null {
  const [cart, setCart] = useState<MiniCartDto | null>(null);
  const latest = useRef(0);
  const pathname = usePathname();

  useEffect(() => {
    const controller = new AbortController();
    const load = () => {
      const ticket = ++latest.current;
      fetch(CART_ENDPOINT, { cache: "no-store", signal: controller.signal })
        .then((res) => (res.ok ? (res.json() as Promise<MiniCartDto>) : null))
        .then((data) => {
          if (data && ticket === latest.current) setCart(data);
        })
        .catch(() => {
          // Offline or aborted: keep the last counts.
        });
    };
    const onChange = (event: Event) => {
      const detail = (event as CustomEvent<MiniCartDto | null>).detail;
      if (!detail) return load();
      latest.current += 1;
      setCart(detail);
    };
    load();
    window.addEventListener(CART_CHANGED_EVENT, onChange);
    return () => {
      controller.abort();
      window.removeEventListener(CART_CHANGED_EVENT, onChange);
    };
  }, [pathname]);

  return cart;
}
