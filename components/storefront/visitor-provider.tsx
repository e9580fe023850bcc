"use client";
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { usePathname } from "next/navigation";
import { DEFAULT_PINCODE } from "@/lib/shipping/pincode";
import { VISITOR_ENDPOINT, type VisitorDto } from "@/lib/storefront/visitor";

interface VisitorContextValue {
  /** Null until the first answer arrives (render a placeholder, not "signed out"). */
  visitor: VisitorDto | null;
  /** Updates the known bits at once (e.g. after saving a PIN code) without asking the server. */
  patch: (change: Partial<VisitorDto>) => void;
}

const VisitorContext = createContext<VisitorContextValue | null>(null);

/**
 * Storefront pages are cached and the same for everyone; this fetches the visitor's own bits (session,
 * PIN code, compare list) once the page is in the browser, and again after each navigation so signing
 * in or out elsewhere shows up.
 */
export function VisitorProvider({ children }: { children: React.ReactNode }) {
  const [visitor, setVisitor] = useState<VisitorDto | null>(null);
  const pathname = usePathname();

  useEffect(() => {
    const controller = new AbortController();
    fetch(VISITOR_ENDPOINT, { cache: "no-store", signal: controller.signal })
      .then((res) => (res.ok ? (res.json() as Promise<VisitorDto>) : null))
      .then((data) => {
        if (data) setVisitor(data);
      })
      .catch(() => {
        // Offline or aborted: keep what we know; pages still work for an anonymous visitor.
      });
    return () => controller.abort();
  }, [pathname]);

  const patch = useCallback((change: Partial<VisitorDto>) => {
    setVisitor((current) => ({ actor: null, pincode: DEFAULT_PINCODE, compare: [], ...current, ...change }));
  }, []);

  const value = useMemo(() => ({ visitor, patch }), [visitor, patch]);
  return <VisitorContext value={value}>{children}</VisitorContext>;
}

export function useVisitor(): VisitorContextValue {
  const value = useContext(VisitorContext);
  if (!value) throw new Error("useVisitor must be used inside <VisitorProvider>");
  return value;
}
