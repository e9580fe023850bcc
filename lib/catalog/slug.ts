/** URL slugs for catalogue entities: lowercase ASCII words joined by "-". */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .replace(/[®™©]/g, "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/&/g, " and ")
    .replace(/['’`]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastDash = cut.lastIndexOf("-");
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/g, "");
}

/** 32-bit FNV-1a hash: small, fast and stable across runs and platforms. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Six base-36 characters derived from `text`, e.g. for making slugs unique. */
export function shortHash(text: string, length = 6): string {
  const a = fnv1a(text).toString(36);
  const b = fnv1a(`${text}#`).toString(36);
  return (a + b).padStart(length, "0").slice(0, length);
}

/** A product slug: title words plus a short hash of a stable reference, so equal titles never collide. */
export function productSlug(title: string, stableRef: string): string {
  const base = slugify(title, 64) || "product";
  return `${base}-${shortHash(stableRef)}`;
}
