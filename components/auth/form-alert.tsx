import { CircleAlert, CircleCheck, Info } from "lucide-react";
import { cn } from "@/lib/ui/cn";

const TONES = {
  error: { box: "border-red-200 bg-red-50 text-red-800", Icon: CircleAlert },
  success: { box: "border-green-200 bg-green-50 text-green-800", Icon: CircleCheck },
  info: { box: "border-sky-200 bg-sky-50 text-sky-900", Icon: Info },
} as const;

/** A message above a form. Errors are announced (role="alert"), others politely (role="status"). */
export function FormAlert({ tone, children, className }: { tone: keyof typeof TONES; children: React.ReactNode; className?: string }) {
  const { box, Icon } = TONES[tone];
  return (
    <div role={tone === "error" ? "alert" : "status"} className={cn("flex items-start gap-2 rounded-lg border px-3 py-2.5 text-sm", box, className)}>
      <Icon className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
      <div className="min-w-0">{children}</div>
    </div>
  );
}
