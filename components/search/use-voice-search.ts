"use client";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import {
  DEFAULT_VOICE_LANGUAGE,
  isVoiceLanguage,
  speechRecognitionConstructor,
  transcriptOf,
  voiceErrorMessage,
  type SpeechRecognitionLike,
  type VoiceLanguage,
} from "./speech";

export type VoiceState =
  | { kind: "idle" }
  | { kind: "listening"; heard: string }
  | { kind: "done"; heard: string }
  | { kind: "error"; message: string };

const LANGUAGE_KEY = "ql:voice-language";
const noop = () => () => undefined;

/** True in a browser with SpeechRecognition; false on the server and before hydration. */
export function useVoiceSupported(): boolean {
  return useSyncExternalStore(noop, () => speechRecognitionConstructor() !== null, () => false);
}

function storedLanguage(): VoiceLanguage {
  try {
    const v = localStorage.getItem(LANGUAGE_KEY);
    return isVoiceLanguage(v) ? v : DEFAULT_VOICE_LANGUAGE;
  } catch {
    return DEFAULT_VOICE_LANGUAGE;
  }
}

/**
 * One voice query at a time: start() listens in the chosen language, interim words show as they are
 * heard, and the final transcript goes to `onFinal`. Errors become a message; stop() ends listening.
 */
export function useVoiceSearch(onFinal: (text: string) => void) {
  const [state, setState] = useState<VoiceState>({ kind: "idle" });
  const [language, setLanguageState] = useState<VoiceLanguage>(DEFAULT_VOICE_LANGUAGE);
  const recognition = useRef<SpeechRecognitionLike | null>(null);
  const finalRef = useRef(onFinal);
  useEffect(() => {
    finalRef.current = onFinal;
  }, [onFinal]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the stored choice is only readable in the browser
    setLanguageState(storedLanguage());
  }, []);

  const stop = useCallback(() => {
    const r = recognition.current;
    recognition.current = null;
    r?.abort();
  }, []);

  const start = useCallback(
    (lang: VoiceLanguage = language) => {
      const Recognition = speechRecognitionConstructor();
      if (!Recognition) return;
      stop();
      const r = new Recognition();
      recognition.current = r;
      r.lang = lang;
      r.interimResults = true;
      r.continuous = false;
      r.maxAlternatives = 1;
      let heard = "";
      let delivered = false;
      setState({ kind: "listening", heard: "" });
      r.onresult = (event) => {
        if (recognition.current !== r) return;
        const { text, final } = transcriptOf(event);
        heard = text;
        if (final && text && !delivered) {
          delivered = true;
          setState({ kind: "done", heard: text });
          finalRef.current(text);
        } else setState({ kind: "listening", heard: text });
      };
      r.onerror = (event) => {
        if (recognition.current !== r) return;
        const message = voiceErrorMessage(event.error);
        setState(message ? { kind: "error", message } : { kind: "idle" });
      };
      r.onend = () => {
        if (recognition.current !== r) return;
        recognition.current = null;
        if (delivered) return;
        if (heard) {
          delivered = true;
          setState({ kind: "done", heard });
          finalRef.current(heard);
        } else setState((s) => (s.kind === "listening" ? { kind: "error", message: voiceErrorMessage("no-speech") ?? "" } : s));
      };
      try {
        r.start();
      } catch {
        setState({ kind: "error", message: voiceErrorMessage("unknown") ?? "" });
      }
    },
    [language, stop],
  );

  const setLanguage = useCallback(
    (lang: VoiceLanguage) => {
      setLanguageState(lang);
      try {
        localStorage.setItem(LANGUAGE_KEY, lang);
      } catch {
        // Private mode: the choice lasts for this page only.
      }
      if (recognition.current) start(lang);
    },
    [start],
  );

  const dismiss = useCallback(() => {
    stop();
    setState({ kind: "idle" });
  }, [stop]);

  useEffect(() => stop, [stop]);

  return { state, language, setLanguage, start, dismiss };
}
