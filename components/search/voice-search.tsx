"use client";
import { Mic, MicOff, X } from "lucide-react";
import { cn } from "@/lib/ui/cn";
import { VOICE_LANGUAGES } from "./speech";
import { useVoiceSearch, useVoiceSupported } from "./use-voice-search";

/**
 * Mic button for voice search (Web Speech API). Renders nothing where the browser cannot recognise
 * speech. While active, a panel under the search box says what is happening — listening (animated),
 * the words heard so far, or what went wrong — and offers English or Hindi.
 */
export function VoiceSearch({ onResult, className }: { onResult: (text: string) => void; className?: string }) {
  const supported = useVoiceSupported();
  const { state, language, setLanguage, start, dismiss } = useVoiceSearch(onResult);
  if (!supported) return null;
  const active = state.kind !== "idle";
  const listening = state.kind === "listening";
  return (
    <>
      <button
        type="button"
        onClick={() => (listening ? dismiss() : start())}
        aria-pressed={listening}
        aria-label={listening ? "Stop listening" : "Search by voice"}
        title="Search by voice"
        className={cn(
          "inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center border-y border-slate-300 bg-slate-50 text-slate-700 hover:bg-slate-100 hover:text-brand-700 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-600",
          listening && "text-red-600",
          className,
        )}
      >
        <Mic className="size-5" aria-hidden="true" />
      </button>
      {active && (
        <div
          role="dialog"
          aria-label="Voice search"
          className="absolute inset-x-0 top-full z-50 mt-1 rounded-xl border border-slate-200 bg-white p-4 shadow-lg"
        >
          <div className="flex items-start gap-4">
            <span
              className={cn(
                "relative grid size-12 shrink-0 place-items-center rounded-full",
                state.kind === "error" ? "bg-red-50 text-red-700" : "bg-brand-600 text-white",
              )}
              aria-hidden="true"
            >
              {listening && <span className="absolute inset-0 animate-ping rounded-full bg-brand-400 opacity-60 motion-reduce:animate-none" />}
              {state.kind === "error" ? <MicOff className="relative size-6" /> : <Mic className="relative size-6" />}
            </span>
            <div className="min-w-0 flex-1" role="status" aria-live="polite">
              {state.kind === "listening" && (
                <>
                  <p className="font-semibold text-slate-900">Listening…</p>
                  <p className="text-sm text-slate-600">{state.heard ? `Heard “${state.heard}”` : "Say what you are looking for"}</p>
                </>
              )}
              {state.kind === "done" && (
                <>
                  <p className="font-semibold text-slate-900">Heard “{state.heard}”</p>
                  <p className="text-sm text-slate-600">Searching…</p>
                </>
              )}
              {state.kind === "error" && <p className="text-sm font-medium text-red-700">{state.message}</p>}
            </div>
            <button
              type="button"
              onClick={dismiss}
              aria-label="Close voice search"
              className="-m-2 inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg text-slate-600 hover:bg-slate-100"
            >
              <X className="size-5" aria-hidden="true" />
            </button>
          </div>
          <div className="mt-3 flex flex-wrap items-center gap-2">
            <span className="text-sm text-slate-600" id="voice-language-label">
              Language
            </span>
            <div role="group" aria-labelledby="voice-language-label" className="flex gap-1">
              {VOICE_LANGUAGES.map((l) => (
                <button
                  key={l.code}
                  type="button"
                  aria-pressed={language === l.code}
                  lang={l.code}
                  onClick={() => setLanguage(l.code)}
                  className={cn(
                    "min-h-11 rounded-full border px-3.5 text-sm",
                    language === l.code ? "border-brand-600 bg-brand-50 font-semibold text-brand-800" : "border-slate-300 text-slate-800 hover:bg-slate-50",
                  )}
                >
                  {l.label}
                </button>
              ))}
            </div>
            {state.kind === "error" && (
              <button type="button" onClick={() => start()} className="ml-auto min-h-11 rounded-lg bg-brand-600 px-4 text-sm font-semibold text-white hover:bg-brand-700">
                Try again
              </button>
            )}
          </div>
        </div>
      )}
    </>
  );
}
