/**
 * The slice of the Web Speech API that voice search uses (not in TypeScript's DOM library), the
 * languages offered and what each recognition error means to a shopper. Pure apart from the lookup.
 */

export interface SpeechAlternative {
  transcript: string;
}
export interface SpeechResult {
  readonly isFinal: boolean;
  readonly length: number;
  [index: number]: SpeechAlternative;
}
export interface SpeechResultEvent {
  readonly resultIndex: number;
  readonly results: { readonly length: number; [index: number]: SpeechResult };
}
export interface SpeechErrorEvent {
  readonly error: string;
}
export interface SpeechRecognitionLike {
  lang: string;
  interimResults: boolean;
  continuous: boolean;
  maxAlternatives: number;
  onresult: ((event: SpeechResultEvent) => void) | null;
  onerror: ((event: SpeechErrorEvent) => void) | null;
  onend: (() => void) | null;
  onstart: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}
export type SpeechRecognitionConstructor = new () => SpeechRecognitionLike;

export function speechRecognitionConstructor(): SpeechRecognitionConstructor | null {
  if (typeof window === "undefined") return null;
  const w = window as unknown as { SpeechRecognition?: SpeechRecognitionConstructor; webkitSpeechRecognition?: SpeechRecognitionConstructor };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

export const VOICE_LANGUAGES = [
  { code: "en-IN", label: "English", short: "EN" },
  { code: "hi-IN", label: "Hindi · हिन्दी", short: "हि" },
] as const;
export type VoiceLanguage = (typeof VOICE_LANGUAGES)[number]["code"];
export const DEFAULT_VOICE_LANGUAGE: VoiceLanguage = "en-IN";

export const isVoiceLanguage = (v: unknown): v is VoiceLanguage => VOICE_LANGUAGES.some((l) => l.code === v);

/** The transcript so far: final parts plus the current guess, in order. */
export function transcriptOf(event: SpeechResultEvent): { text: string; final: boolean } {
  let text = "";
  let final = true;
  for (let i = 0; i < event.results.length; i++) {
    const result = event.results[i];
    text += result[0]?.transcript ?? "";
    if (!result.isFinal) final = false;
  }
  return { text: text.replace(/\s+/g, " ").trim(), final };
}

/** A shopper-facing message for a SpeechRecognition error code; null when there is nothing to say (aborted on purpose). */
export function voiceErrorMessage(code: string): string | null {
  switch (code) {
    case "aborted":
      return null;
    case "not-allowed":
    case "service-not-allowed":
      return "Microphone access is blocked. Allow it in your browser's site settings to search by voice.";
    case "no-speech":
      return "We didn't hear anything. Tap the mic and try again.";
    case "audio-capture":
      return "No microphone was found on this device.";
    case "network":
      return "Voice search needs an internet connection. Check it and try again.";
    case "language-not-supported":
      return "This language isn't available for voice search here. Try the other one.";
    default:
      return "Voice search didn't work. Try again, or type your search.";
  }
}
