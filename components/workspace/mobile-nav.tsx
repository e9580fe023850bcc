"use client";
import { useState } from "react";
import Link from "next/link";
import { ArrowLeft, Menu } from "lucide-react";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import { BrandMark } from "./brand-mark";
import { NavLinks } from "./nav-links";
import type { WorkspaceConfig } from "./nav-config";

/** The navigation drawer for small screens: a sheet sliding in from the left. */
export function MobileNav({ workspace }: { workspace: WorkspaceConfig }) {
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger
        className="inline-flex size-11 shrink-0 items-center justify-center rounded-lg text-slate-800 hover:bg-slate-100 lg:hidden"
        aria-label="Open navigation menu"
      >
        <Menu aria-hidden="true" className="size-6" />
      </SheetTrigger>
      <SheetContent side="left" closeLabel="Close navigation menu" className="lg:hidden">
        <SheetHeader className="flex-row items-center gap-2">
          <BrandMark className="size-8" />
          <div className="min-w-0">
            <SheetTitle>QuickLocal {workspace.title}</SheetTitle>
            <SheetDescription className="sr-only">Pages of the {workspace.title} workspace</SheetDescription>
          </div>
        </SheetHeader>
        <nav aria-label={`${workspace.title} pages`} className="flex-1 overflow-y-auto p-3">
          <NavLinks items={workspace.nav} onNavigate={close} />
        </nav>
        <div className="border-t border-slate-200 p-3">
          <Link
            href="/"
            onClick={close}
            className="flex min-h-11 items-center gap-3 rounded-lg px-3 text-sm font-medium text-slate-700 hover:bg-slate-100"
          >
            <ArrowLeft aria-hidden="true" className="size-5 text-slate-500" />
            Back to the store
          </Link>
        </div>
      </SheetContent>
    </Sheet>
  );
}
