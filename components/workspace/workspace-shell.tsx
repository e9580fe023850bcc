import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { UserMenu } from "@/components/auth/user-menu";
import type { Actor } from "@/lib/auth/session";
import { BrandMark } from "./brand-mark";
import { MobileNav } from "./mobile-nav";
import { NavLinks } from "./nav-links";
import type { WorkspaceConfig } from "./nav-config";

function WorkspaceBrand({ workspace }: { workspace: WorkspaceConfig }) {
  return (
    <Link href={workspace.homeHref} className="flex min-h-11 min-w-0 items-center gap-2 rounded-lg">
      <BrandMark className="size-8 lg:size-9" />
      <span className="flex min-w-0 flex-col leading-tight">
        <span className="text-sm font-extrabold tracking-tight text-slate-900 lg:text-base">
          Quick<span className="text-brand-600">Local</span>
        </span>
        <span className="truncate text-xs font-semibold uppercase tracking-wide text-slate-600">{workspace.title}</span>
      </span>
    </Link>
  );
}

/**
 * The frame of the seller, admin and delivery workspaces: a sidebar on large screens, a top bar with a
 * drawer on small ones, the user menu, and the page content. One component, configured per workspace.
 */
export function WorkspaceShell({ workspace, actor, children }: { workspace: WorkspaceConfig; actor: Actor; children: React.ReactNode }) {
  return (
    <div className="min-h-dvh bg-slate-50 lg:pl-64">
      <a
        href="#workspace-main"
        className="sr-only z-50 rounded-lg bg-white px-4 py-3 font-semibold text-brand-800 shadow focus:not-sr-only focus:fixed focus:left-3 focus:top-3"
      >
        Skip to content
      </a>
      <aside className="hidden border-r border-slate-200 bg-white lg:fixed lg:inset-y-0 lg:left-0 lg:flex lg:w-64 lg:flex-col">
        <div className="flex h-16 items-center border-b border-slate-200 px-4">
          <WorkspaceBrand workspace={workspace} />
        </div>
        <nav aria-label={`${workspace.title} pages`} className="flex-1 overflow-y-auto p-3">
          <NavLinks items={workspace.nav} />
        </nav>
        <div className="border-t border-slate-200 p-3">
          <Link href="/" className="flex min-h-11 items-center gap-3 rounded-lg px-3 text-sm font-medium text-slate-700 hover:bg-slate-100">
            <ArrowLeft aria-hidden="true" className="size-5 text-slate-500" />
            Back to the store
          </Link>
        </div>
      </aside>
      <header className="sticky top-0 z-30 flex h-14 items-center gap-1 border-b border-slate-200 bg-white/95 px-2 backdrop-blur supports-[backdrop-filter]:bg-white/80 lg:h-16 lg:px-8">
        <MobileNav workspace={workspace} />
        <div className="min-w-0 lg:hidden">
          <WorkspaceBrand workspace={workspace} />
        </div>
        <p className="hidden text-sm text-slate-600 lg:block">
          Signed in as <span className="font-semibold text-slate-900">{actor.name}</span>
        </p>
        <div className="ml-auto flex items-center">
          <UserMenu actor={actor} />
        </div>
      </header>
      <main id="workspace-main" tabIndex={-1} className="mx-auto w-full max-w-7xl px-4 pb-12 pt-5 focus:outline-none sm:px-6 lg:px-8 lg:pt-8">
        {children}
      </main>
    </div>
  );
}
