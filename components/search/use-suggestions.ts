"use client";
import { useEffect, useState } from "react";
import type { Suggestion, SuggestResponse } from "@/lib/search/types";

export const SUGGEST_DEBOUNCE_MS = 120;

export interface SuggestionsState {
  /** The text these suggestions are for. */
  q: string;
  suggestions: Suggestion[];
  loading: boolean;
  failed: boolean;
}

/**
 * Suggestions for what is typed, from the first character: fetched ~120 ms after typing pauses, and a
 * request for older text is aborted when newer text comes, so a slow answer never replaces a newer one.
 */
export function useSuggestions(text: string, enabled: boolean): SuggestionsState {
  const q = text.trim();
  const [state, setState] = useState<SuggestionsState>({ q: "", suggestions: [], loading: false, failed: false });

  useEffect(() => {
    if (!enabled || !q) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setState((s) => ({ ...s, loading: true, failed: false }));
      fetch(`/api/search/suggest?q=${encodeURIComponent(q)}`, { signal: controller.signal, headers: { accept: "application/json" } })
        .then((res) => (res.ok ? (res.json() as Promise<SuggestResponse>) : Promise.reject(new Error(String(res.status)))))
        .then((data) => setState({ q, suggestions: data.suggestions, loading: false, failed: false }))
        .catch((err: unknown) => {
          if (controller.signal.aborted) return;
          void err;
          setState({ q, suggestions: [], loading: false, failed: true });
        });
    }, SUGGEST_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, enabled]);

  return q && enabled ? state : { q: "", suggestions: [], loading: false, failed: false };
}

export interface RecentSearches {
  recent: string[];
  clear: () => void;
}

/**
 * The signed-in shopper's recent searches, fetched when `load` turns true (the box is focused and
 * empty) and again after `freshness` changes (a new search was made).
 */
export function useRecentSearches(load: boolean, freshness: string): RecentSearches {
  const [loaded, setLoaded] = useState<{ key: string; recent: string[] } | null>(null);
  const current = loaded?.key === freshness ? loaded.recent : null;
  useEffect(() => {
    if (!load || current !== null) return;
    const controller = new AbortController();
    fetch("/api/search/recent", { signal: controller.signal, cache: "no-store" })
      .then((res) => (res.ok ? (res.json() as Promise<{ recent: string[] }>) : { recent: [] }))
      .then((data) => setLoaded({ key: freshness, recent: Array.isArray(data.recent) ? data.recent : [] }))
      .catch(() => undefined);
    return () => controller.abort();
  }, [load, current, freshness]);
  return {
    recent: current ?? [],
    clear: () => {
      setLoaded({ key: freshness, recent: [] });
      void fetch("/api/search/recent", { method: "DELETE" }).catch(() => undefined);
    },
  };
}
