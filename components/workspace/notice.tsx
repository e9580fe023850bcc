import { CircleAlert, Clock, Info } from "lucide-react";
import { cn } from "@/lib/ui/cn";

const TONES = {
  info: { frame: "border-sky-200 bg-sky-50 text-sky-950", icon: Info },
  warning: { frame: "border-amber-300 bg-amber-50 text-amber-950", icon: Clock },
  danger: { frame: "border-red-200 bg-red-50 text-red-950", icon: CircleAlert },
} as const;

/** A banner about the state of the account or page (e.g. "your store is awaiting approval"). */
export function Notice({ tone, title, children, className }: { tone: keyof typeof TONES; title: string; children: React.ReactNode; className?: string }) {
  const { frame, icon: Icon } = TONES[tone];
  return (
    <div role={tone === "danger" ? "alert" : "status"} className={cn("mb-5 flex gap-3 rounded-xl border p-4", frame, className)}>
      <Icon aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
      <div className="min-w-0 text-sm">
        <p className="font-semibold">{title}</p>
        <div className="mt-1 leading-relaxed">{children}</div>
      </div>
    </div>
  );
}
