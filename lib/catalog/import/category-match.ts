/**
 * Matching an import file's category text to our categories. Names compare case-, accent- and
 * spacing-insensitively, "&"/"and" and punctuation ignored ("Kitchen, Garden & Pets" =
 * "kitchen garden and pets" = "kitchen-garden-pets"). A path "A > B > C" (or levels in separate
 * columns) resolves to the deepest prefix of it that names exactly one category, where a category is
 * named by its own name or by any tail of its path ("Hobbies > Model Trains" finds
 * "Toys & Games > Hobbies > Model Trains"). Client-safe: the mapping preview resolves the same way.
 */

export interface CategoryNode {
  id: string;
  name: string;
  parentId: string | null;
}

export interface CategoryIndex {
  /** Normalised path tail → category id, or null when several categories share it. */
  byTail: Map<string, string | null>;
  /** Category id → "Beauty & Hygiene › Hair Care". */
  labels: Map<string, string>;
}

export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/\band\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Splits "A > B › C" into its levels; blank levels dropped. */
export function splitPath(text: string): string[] {
  return text
    .split(/[>›»]/)
    .map((level) => level.trim())
    .filter(Boolean);
}

export function buildCategoryIndex(nodes: readonly CategoryNode[]): CategoryIndex {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const chains = new Map<string, string[]>();
  const chainOf = (node: CategoryNode): string[] => {
    const known = chains.get(node.id);
    if (known) return known;
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    // A parent cycle cannot happen in the tree, but an index built from a bad snapshot must still end.
    chains.set(node.id, [node.name]);
    const chain = parent ? [...chainOf(parent), node.name] : [node.name];
    chains.set(node.id, chain);
    return chain;
  };
  const byTail = new Map<string, string | null>();
  const labels = new Map<string, string>();
  for (const node of nodes) {
    const chain = chainOf(node);
    labels.set(node.id, chain.join(" › "));
    const normalized = chain.map(normalizeName);
    for (let start = 0; start < normalized.length; start++) {
      const key = normalized.slice(start).join(">");
      const seen = byTail.get(key);
      byTail.set(key, seen === undefined || seen === node.id ? node.id : null);
    }
  }
  return { byTail, labels };
}

/** The category for these levels (outermost first), or null when none of their prefixes names exactly one category. */
export function resolveCategory(index: CategoryIndex, levels: readonly string[]): string | null {
  const normalized = levels.map(normalizeName).filter(Boolean);
  for (let depth = normalized.length; depth > 0; depth--) {
    const id = index.byTail.get(normalized.slice(0, depth).join(">"));
    if (id) return id;
  }
  return null;
}
