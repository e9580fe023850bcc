import { splitHighlight } from "./highlight";

/** Text with the engine's matched words in <mark>. */
export function HighlightedText({ marked }: { marked: string }) {
  return (
    <>
      {splitHighlight(marked).map((part, i) =>
        part.match ? (
          <mark key={i} className="rounded-sm bg-amber-100 font-semibold text-inherit">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
