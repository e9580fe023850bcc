const URL_PATTERN = /(https?:\/\/[^\s<>"']+)/g;

/** Plain-text mail with its http(s) links made clickable (the text is never parsed as HTML). */
export function LinkedText({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <div className="whitespace-pre-wrap break-words font-sans text-sm leading-relaxed text-slate-800">
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} className="break-all font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800">
            {part}
          </a>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </div>
  );
}
