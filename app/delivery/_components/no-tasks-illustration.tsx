import { MapPin, Package, Truck } from "lucide-react";

/** A small scene — a van on its way to a pin — drawn from icons, for the empty task list. */
export function NoTasksIllustration() {
  return (
    <div aria-hidden="true" className="relative mx-auto grid size-40 place-items-center">
      <span className="absolute inset-0 rounded-full bg-brand-50" />
      <span className="absolute inset-5 rounded-full border-2 border-dashed border-brand-200" />
      <span className="relative grid size-20 place-items-center rounded-2xl bg-brand-600 text-white shadow-lg shadow-brand-600/30">
        <Truck className="size-10" strokeWidth={1.75} />
      </span>
      <span className="absolute right-3 top-5 grid size-10 place-items-center rounded-full bg-white text-accent-600 shadow-md ring-1 ring-slate-200">
        <MapPin className="size-5" />
      </span>
      <span className="absolute bottom-5 left-3 grid size-10 place-items-center rounded-full bg-white text-brand-700 shadow-md ring-1 ring-slate-200">
        <Package className="size-5" />
      </span>
    </div>
  );
}
