"use client";
import { Fragment } from "react";
import { MoreVertical, type LucideIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";

export interface RowAction {
  label: string;
  icon: LucideIcon;
  onSelect: () => void;
  /** Shown in red, after a separator (delete, remove). */
  destructive?: boolean;
}

/** The "⋮" menu at the end of an admin table row; `label` names the row for screen readers ("Actions for …"). */
export function RowActions({ label, actions }: { label: string; actions: RowAction[] }) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" aria-label={label}>
          <MoreVertical aria-hidden="true" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        {actions.map(({ label: text, icon: Icon, onSelect, destructive }, i) => (
          <Fragment key={text}>
            {destructive && i > 0 ? <DropdownMenuSeparator /> : null}
            <DropdownMenuItem onSelect={onSelect} className={destructive ? "text-red-700 [&_svg]:text-red-600" : undefined}>
              <Icon aria-hidden="true" /> {text}
            </DropdownMenuItem>
          </Fragment>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
