// Facet filtering over bit sets (bit d = document or card d), shared by the search page and the case
// index. Values of one facet combine with "or", facets with "and"; each value's count is what the
// reader would get by ticking it, so counts take the other facets' choices into account.

const POPCOUNT = Uint8Array.from({ length: 256 }, (_, b) => {
  let n = 0;
  for (let x = b; x; x >>= 1) n += x & 1;
  return n;
});

export function emptyBits(size) {
  return new Uint8Array((size + 7) >> 3);
}

export function fullBits(size) {
  const bits = emptyBits(size);
  for (let d = 0; d < size; d++) bits[d >> 3] |= 1 << (d & 7);
  return bits;
}

export function bitsOf(ids, size) {
  const bits = emptyBits(size);
  for (const d of ids) bits[d >> 3] |= 1 << (d & 7);
  return bits;
}

export function has(bits, d) {
  return (bits[d >> 3] & (1 << (d & 7))) !== 0;
}

export function count(bits) {
  let n = 0;
  for (const b of bits) n += POPCOUNT[b];
  return n;
}

export function idsOf(bits) {
  const ids = [];
  for (let i = 0; i < bits.length; i++) {
    for (let b = bits[i], j = 0; b; b >>= 1, j++) if (b & 1) ids.push(i * 8 + j);
  }
  return ids;
}

function and(a, b) {
  const out = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] & b[i];
  return out;
}

function decodeBase64(text, size) {
  const binary = atob(text);
  const bits = emptyBits(size);
  for (let i = 0; i < bits.length && i < binary.length; i++) bits[i] = binary.charCodeAt(i);
  return bits;
}

/** Facet groups [{ name, label, values: [{ slug, name, bits }] }] over `size` documents. */
export class Facets {
  /** From the index's facets.json, whose bit sets are base-64. */
  static fromIndex(json, size) {
    return new Facets(size, json.groups.map((g) => ({
      name: g.name,
      label: g.label,
      values: g.values.map((v) => ({ slug: v.slug, name: v.name, bits: decodeBase64(v.docs, size) })),
    })));
  }

  /** From items ([{ group: [slugs] }], e.g. read from cards) and the groups and values to offer. */
  static fromItems(items, groups) {
    return new Facets(items.length, groups.map((g) => ({
      name: g.name,
      label: g.label,
      values: g.values.map((v) => {
        const bits = emptyBits(items.length);
        items.forEach((item, d) => {
          if ((item[g.name] || []).includes(v.slug)) bits[d >> 3] |= 1 << (d & 7);
        });
        return { ...v, bits };
      }),
    })));
  }

  constructor(size, groups) {
    this.size = size;
    this.groups = groups;
  }

  /** The documents of `base` that pass one facet's choice: any of its chosen values, or all when none is chosen. */
  passing(group, chosen, base) {
    if (!chosen || chosen.size === 0) return base;
    const union = emptyBits(this.size);
    for (const value of group.values) {
      if (!chosen.has(value.slug)) continue;
      for (let i = 0; i < union.length; i++) union[i] |= value.bits[i];
    }
    return and(base, union);
  }

  /** The documents of `base` that pass every facet; `selection` maps a facet name to a set of slugs. */
  matching(selection, base) {
    let bits = base;
    for (const group of this.groups) bits = this.passing(group, selection.get(group.name), bits);
    return bits;
  }

  /** For each facet, each value's count among the documents that pass the other facets: Map name → number[]. */
  counts(selection, base) {
    const counts = new Map();
    for (const group of this.groups) {
      let others = base;
      for (const other of this.groups) if (other !== group) others = this.passing(other, selection.get(other.name), others);
      counts.set(group.name, group.values.map((v) => count(and(others, v.bits))));
    }
    return counts;
  }

  /** The values a document has: Map facet name → values. */
  valuesOf(d) {
    const values = new Map();
    for (const group of this.groups) values.set(group.name, group.values.filter((v) => has(v.bits, d)));
    return values;
  }
}

/** The choice in a URL's parameters, keeping known values only: Map facet name → Set of slugs. */
export function readSelection(params, facets) {
  const selection = new Map();
  for (const group of facets.groups) {
    const known = new Set(group.values.map((v) => v.slug));
    const chosen = new Set(params.getAll(group.name).filter((slug) => known.has(slug)));
    if (chosen.size > 0) selection.set(group.name, chosen);
  }
  return selection;
}

/** The query string for a search and a choice, in a stable order: "?q=agua&country=uy&country=py". Facets may be null while not loaded. */
export function writeQuery(query, selection, facets) {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  for (const group of facets?.groups ?? []) {
    const chosen = selection.get(group.name);
    for (const value of group.values) if (chosen && chosen.has(value.slug)) params.append(group.name, value.slug);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function isEmpty(selection) {
  for (const chosen of selection.values()) if (chosen.size > 0) return false;
  return true;
}
