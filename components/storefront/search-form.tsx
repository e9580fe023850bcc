"use client";
import { useId, useMemo, useRef, useState } from "react";
import Form from "next/form";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Search } from "lucide-react";
import { searchHref, flatOptions, groupSuggestions, moveActive, recentGroup, type ComboOption } from "@/components/search/suggest-rules";
import { SuggestionList } from "@/components/search/suggestion-list";
import { useRecentSearches, useSuggestions } from "@/components/search/use-suggestions";
import { VisualSearchButton } from "@/components/search/visual-search-button";
import { VoiceSearch } from "@/components/search/voice-search";
import { cn } from "@/lib/ui/cn";
import { useVisitor } from "./visitor-provider";

/**
 * The header search: a GET form to /search?q=… (works without script) that is also a WAI-ARIA
 * combobox — suggestions from the first character (searches, categories, brands, products), recent
 * searches for a signed-in shopper when the box is empty, ↑/↓ to move, Enter to pick, Escape to close —
 * with voice search and photo search next to it.
 */
export function SearchForm({ className, id = "site-search" }: { className?: string; id?: string }) {
  const pathname = usePathname();
  const params = useSearchParams();
  const current = pathname === "/search" ? (params.get("q") ?? "") : "";
  return <SearchCombobox key={current} initial={current} className={className} id={id} />;
}

function SearchCombobox({ initial, className, id }: { initial: string; className?: string; id: string }) {
  const router = useRouter();
  const listId = `${useId()}-suggestions`;
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(initial);
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [active, setActive] = useState(-1);
  const signedIn = Boolean(useVisitor().visitor?.actor);

  const typed = text.trim();
  const suggestions = useSuggestions(text, focused);
  const recent = useRecentSearches(focused && !typed && signedIn, initial);
  const groups = useMemo(
    () => (typed ? groupSuggestions(suggestions.suggestions, listId) : recentGroup(recent.recent, listId)),
    [typed, suggestions.suggestions, recent.recent, listId],
  );
  const options = flatOptions(groups);
  const open = focused && !dismissed && options.length > 0;
  const activeOption = open && active >= 0 ? options[active] : null;

  function pick(option: ComboOption) {
    if (option.kind === "query" || option.kind === "recent") setText(option.label);
    setDismissed(true);
    setActive(-1);
    input.current?.blur();
    router.push(option.href);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) {
        setDismissed(false);
        return;
      }
      setActive((a) => moveActive(a, event.key === "ArrowDown" ? 1 : -1, options.length));
    } else if (event.key === "Enter" && activeOption) {
      event.preventDefault();
      pick(activeOption);
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault();
        setDismissed(true);
        setActive(-1);
      } else if (text) {
        event.preventDefault();
        setText("");
      }
    }
  }

  function voiceResult(heard: string) {
    setText(heard);
    setDismissed(true);
    router.push(searchHref(heard, "voice"));
  }

  return (
    <Form action="/search" role="search" className={cn("relative flex w-full items-stretch", className)} onSubmit={() => setDismissed(true)}>
      <label htmlFor={id} className="sr-only">
        Search products
      </label>
      <input
        ref={input}
        id={id}
        name="q"
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeOption?.id}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setDismissed(false);
          setActive(-1);
        }}
        onFocus={() => {
          setFocused(true);
          setDismissed(false);
        }}
        onBlur={() => {
          setFocused(false);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        placeholder="Search groceries, fashion, toys…"
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="search"
        maxLength={100}
        className="min-h-11 w-full min-w-0 rounded-l-lg border border-r-0 border-slate-300 bg-slate-50 px-3 text-base text-slate-900 placeholder:text-slate-500 focus-visible:border-brand-600 focus-visible:bg-white focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600 sm:text-sm [&::-webkit-search-cancel-button]:cursor-pointer"
      />
      <VoiceSearch onResult={voiceResult} />
      <VisualSearchButton />
      <button
        type="submit"
        className="inline-flex min-h-11 min-w-12 shrink-0 items-center justify-center rounded-r-lg bg-brand-600 px-3 text-white hover:bg-brand-700"
      >
        <Search className="size-5" aria-hidden="true" />
        <span className="sr-only">Search</span>
      </button>
      <div className={cn("absolute inset-x-0 top-full z-50 mt-1 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-lg", !open && "hidden")}>
        {!typed && open && (
          <div className="flex items-center justify-between border-b border-slate-100 px-3 py-1">
            <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">Recent searches</p>
            <button
              type="button"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => recent.clear()}
              className="min-h-11 rounded-lg px-2 text-sm font-semibold text-brand-700 hover:bg-brand-50"
            >
              Clear
            </button>
          </div>
        )}
        <SuggestionList id={listId} groups={open ? groups : []} active={activeOption?.id ?? null} typed={typed} onPick={pick} onHover={(o) => setActive(options.indexOf(o))} />
      </div>
    </Form>
  );
}
