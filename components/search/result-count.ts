/** "Showing 25–48 of 1,234 products" for a keyset page (pages are full until the last). Pure. */
const n = new Intl.NumberFormat("en-IN");

export function resultCountText({ total, page, pageSize, shown }: { total: number; page: number; pageSize: number; shown: number }): string {
  if (total === 0) return "No products found";
  const start = (page - 1) * pageSize + 1;
  const end = start + shown - 1;
  if (shown === 0 || (page === 1 && shown >= total)) return `${n.format(total)} ${total === 1 ? "product" : "products"}`;
  return `Showing ${n.format(start)}–${n.format(Math.min(end, total))} of ${n.format(total)} products`;
}
