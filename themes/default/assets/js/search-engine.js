// Queries the static search index the generator writes under /search/<language>/ (generator/Search/).
// No DOM here: the page passes a function that loads JSON, so node runs the same code in the tests.
// fold() and words() must match generator/Search/SearchText.cs exactly; a test compares them.

const MAX_WORD = 40;
const MIN_PREFIX = 3; // shorter words match whole words only, so two letters never load half the index
const SCORE_LEVELS = 63;
const PREFETCH_SHARDS = 3;
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;
const SPELLED = { "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ł": "l", "ı": "i", "ħ": "h", "ŧ": "t", "ς": "σ" };
const SPELLED_LETTERS = /[ßæœøđðþłıħŧς]/gu;
const MARKS = /\p{M}/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const RAW_WORD = /[\p{L}\p{N}\p{M}]+/gu;
const ASCII = /^[\x00-\x7f]*$/;

/** Folds text for comparison: NFKD, lower case, no combining marks, a few letters spelled out. */
export function fold(text) {
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize("NFKD").toLowerCase().replace(MARKS, "").replace(SPELLED_LETTERS, (c) => SPELLED[c]);
}

/** The words of folded text, each cut at 40 UTF-16 units without splitting a surrogate pair. */
export function words(folded) {
  return (folded.match(WORD) || []).map(cut);
}

function cut(word) {
  if (word.length <= MAX_WORD) return word;
  const code = word.charCodeAt(MAX_WORD - 1);
  return word.slice(0, code >= 0xd800 && code <= 0xdbff ? MAX_WORD - 1 : MAX_WORD);
}

/**
 * The terms of a query: folded words long enough to search, without stop words. The last word may
 * still be being typed, so it is kept (as a prefix) even when it is a stop word of three letters or more.
 * Words of MIN_PREFIX letters or more also match longer words that start with them.
 */
export function queryTerms(query, stopWords, minLength) {
  const list = words(fold(query));
  const typing = /[\p{L}\p{N}\p{M}]$/u.test(query);
  const terms = [];
  list.forEach((word, i) => {
    if (word.length < minLength) return;
    const open = typing && i === list.length - 1;
    if (stopWords.has(word) && !(open && word.length >= MIN_PREFIX)) return;
    if (!terms.some((t) => t.text === word)) terms.push({ text: word, prefix: word.length >= MIN_PREFIX });
  });
  return terms;
}

/** Whether a folded word is what a query term asks for. */
export function wordMatches(word, term) {
  return word === term.text || (term.prefix && word.startsWith(term.text));
}

/** A prefix match counts less than the whole word, and less the more of the word was left untyped. */
function weight(term, word) {
  return word === term.text ? 1 : 0.3 + 0.5 * (term.text.length / word.length);
}

/** Decodes generator/Search/PostingCodec.cs: gaps between document ids in 5-bit digits, then a score digit. */
export function decodePostings(text) {
  // Every posting takes at least two characters, so half the length bounds the count.
  const docs = new Int32Array(text.length >> 1);
  const scores = new Uint8Array(text.length >> 1);
  let count = 0;
  let previous = 0;
  let i = 0;
  while (i < text.length) {
    let gap = 0;
    let shift = 0;
    let digit;
    do {
      digit = DIGIT[text.charCodeAt(i++)];
      gap += (digit & 31) * 2 ** shift;
      shift += 5;
    } while (digit & 32);
    previous += gap;
    docs[count] = previous;
    scores[count++] = DIGIT[text.charCodeAt(i++)];
  }
  return { docs: docs.subarray(0, count), scores: scores.subarray(0, count) };
}

function upperBound(sorted, value) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lowerBound(sorted, value) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One language's index: loads the manifest, then only the shards and documents a query needs. */
export class SearchIndex {
  static async open(manifestUrl, loadJson) {
    const manifest = await loadJson(manifestUrl);
    return new SearchIndex(manifest, manifestUrl.slice(0, manifestUrl.lastIndexOf("/") + 1) + manifest.files, loadJson);
  }

  constructor(manifest, base, loadJson) {
    this.manifest = manifest;
    this.size = manifest.documents;
    this.stopWords = new Set(manifest.stopWords);
    this.base = base;
    this.loadJson = loadJson;
    this.cache = new Map();
    this.postings = new Map();
  }

  load(path) {
    if (!this.cache.has(path)) {
      const promise = this.loadJson(this.base + path);
      promise.catch(() => this.cache.delete(path));
      this.cache.set(path, promise);
    }
    return this.cache.get(path);
  }

  facets() {
    return this.load("facets.json");
  }

  document(id) {
    return this.load(`d/${id}.json`);
  }

  terms(query) {
    return queryTerms(query, this.stopWords, this.manifest.minTermLength);
  }

  /** The shards that can hold a term: the one its place falls in and, for a prefix, those after it that start with it. */
  shardsFor(term) {
    const firsts = this.manifest.shards;
    if (firsts.length === 0) return [];
    const first = Math.max(0, upperBound(firsts, term.text) - 1);
    let last = first;
    while (term.prefix && last + 1 < firsts.length && firsts[last + 1].startsWith(term.text)) last++;
    const shards = [];
    for (let i = first; i <= last; i++) shards.push(i);
    return shards;
  }

  /**
   * While the reader types the second letter of a word, fetch the few shards its third letter will need,
   * so the first prefix search does not wait on the network. Never more than PREFETCH_SHARDS.
   */
  prefetch(terms) {
    const last = terms[terms.length - 1];
    if (!last || last.prefix || last.text.length !== MIN_PREFIX - 1) return;
    const shards = this.shardsFor({ text: last.text, prefix: true });
    if (shards.length <= PREFETCH_SHARDS) for (const i of shards) this.load(`t/${i}.json`).catch(() => {});
  }

  /** The index words a term matches, with their postings and the weight of the match. */
  async matches(term) {
    const shards = await Promise.all(this.shardsFor(term).map((i) => this.load(`t/${i}.json`)));
    const found = [];
    for (const shard of shards) {
      for (let i = lowerBound(shard.terms, term.text); i < shard.terms.length; i++) {
        const word = shard.terms[i];
        if (!wordMatches(word, term)) break;
        if (!this.postings.has(word)) this.postings.set(word, decodePostings(shard.postings[i]));
        found.push({ word, weight: weight(term, word), postings: this.postings.get(word) });
      }
    }
    return found;
  }

  /**
   * Every document holding all the query's terms, best first: per term, the best of its matches
   * (stored BM25F score × rarity × match weight), summed over terms; ties keep document order.
   */
  async search(query) {
    const terms = this.terms(query);
    this.prefetch(terms);
    if (terms.length === 0) return { terms, ids: [] };
    const matches = await Promise.all(terms.map((t) => this.matches(t)));
    let total = null;
    for (const found of matches) {
      const best = new Float64Array(this.size);
      for (const { weight: w, postings } of found) {
        const n = postings.docs.length;
        const idf = Math.log(1 + (this.size - n + 0.5) / (n + 0.5));
        const factor = (w * idf) / SCORE_LEVELS;
        for (let j = 0; j < n; j++) {
          const value = factor * postings.scores[j];
          const doc = postings.docs[j];
          if (value > best[doc]) best[doc] = value;
        }
      }
      if (total === null) total = best;
      else for (let d = 0; d < this.size; d++) total[d] = total[d] > 0 && best[d] > 0 ? total[d] + best[d] : 0;
    }
    const ids = [];
    for (let d = 0; d < this.size; d++) if (total[d] > 0) ids.push(d);
    ids.sort((a, b) => total[b] - total[a] || a - b);
    return { terms, ids, scores: total };
  }
}

/** Splits text into runs, marking the words the terms match: [{ text, mark }]. */
export function highlight(text, terms) {
  return marked(text, scan(text), terms);
}

function marked(text, tokens, terms) {
  const parts = [];
  let at = 0;
  for (const hit of wordHits(tokens, terms)) {
    if (hit.start > at) parts.push({ text: text.slice(at, hit.start), mark: false });
    parts.push({ text: text.slice(hit.start, hit.end), mark: true });
    at = hit.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}

/** The words of a text as written (accents and all), where they are, and their folded forms. */
function scan(text) {
  const tokens = [];
  for (const m of text.matchAll(RAW_WORD)) tokens.push({ start: m.index, end: m.index + m[0].length, words: words(fold(m[0])) });
  return tokens;
}

// Documents stay cached while the reader types, so their words are scanned once, not at every keystroke.
const scanned = new WeakMap();

function scanSections(doc) {
  if (!scanned.has(doc)) scanned.set(doc, doc.sections.map(([, heading, text]) => ({ heading: scan(heading), text: scan(text) })));
  return scanned.get(doc);
}

function wordHits(tokens, terms, all = false) {
  const hits = [];
  for (const token of tokens) {
    const term = terms.findIndex((t) => token.words.some((w) => wordMatches(w, t)));
    if (term >= 0 || all) hits.push({ start: token.start, end: token.end, term });
  }
  return hits;
}

/**
 * The passage of a document that best shows why it matched: the section whose heading and text hold
 * the most query terms, cut to a window of about `size` words around its densest run of matches.
 * Falls back to the summary when only the title or summary matched.
 */
export function snippet(doc, terms, size = 28) {
  let best = null;
  const sections = scanSections(doc);
  doc.sections.forEach(([anchor, heading, text], i) => {
    const hits = wordHits(sections[i].text, terms).concat(wordHits(sections[i].heading, terms));
    const distinct = new Set(hits.map((h) => h.term)).size;
    const score = distinct * 1000 + hits.length;
    if (hits.length > 0 && (best === null || score > best.score)) best = { anchor, heading, text, tokens: sections[i].text, score };
  });
  if (best === null) return { anchor: "", heading: "", parts: highlight(doc.summary, terms) };
  return { anchor: best.anchor, heading: best.heading, parts: window(best.text, best.tokens, terms, size) };
}

function window(text, tokens, terms, size) {
  const all = wordHits(tokens, terms, true);
  if (all.length <= size) return marked(text, tokens, terms);
  let start = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < all.length; i++) {
    if (all[i].term >= 0) count++;
    if (i >= size && all[i - size].term >= 0) count--;
    if (i >= size - 1 && count > bestCount) {
      bestCount = count;
      start = i - size + 1;
    }
  }
  // Open the window a few words before the first match so the passage reads as a sentence.
  const firstHit = all.findIndex((h, i) => i >= start && h.term >= 0);
  start = Math.max(0, Math.min(firstHit - 4, all.length - size));
  const end = Math.min(all.length, start + size);
  const from = all[start].start;
  const to = all[end - 1].end;
  const inside = tokens.filter((t) => t.start >= from && t.end <= to).map((t) => ({ ...t, start: t.start - from, end: t.end - from }));
  const parts = marked(text.slice(from, to), inside, terms);
  if (start > 0) parts.unshift({ text: "… ", mark: false });
  if (end < all.length) parts.push({ text: " …", mark: false });
  return parts;
}
