import Link from "next/link";
import { Compass } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import type { WorkspaceConfig } from "./nav-config";

/** A workspace's 404: says so plainly and offers the workspace's own pages. */
export function WorkspaceNotFound({ workspace }: { workspace: WorkspaceConfig }) {
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center py-12 text-center">
      <span aria-hidden="true" className="grid size-16 place-items-center rounded-full bg-brand-50 text-brand-700">
        <Compass className="size-8" />
      </span>
      <p className="mt-5 text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-1 text-xl font-bold text-slate-900">We couldn&apos;t find that page</h1>
      <p className="mt-2 text-sm text-slate-600">The link may be old or mistyped. These pages of {workspace.title} are available:</p>
      <ul className="mt-5 flex flex-wrap justify-center gap-2">
        {workspace.nav.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className={buttonVariants({ variant: item.href === workspace.homeHref ? "primary" : "outline" })}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
