// Queries the static search index the generator writes under /search/<language>/ (generator/Search/).
// No DOM here: the page passes functions that load JSON and the stemmer, so node runs the same code in the tests.
// fold(), words() and WordForms must match generator/Search/ (SearchText.cs, WordForms.cs) exactly; tests compare them.

const FORMAT = 2;
const MAX_WORD = 40;
const MIN_PREFIX = 3; // shorter words match whole words only, so two letters never load half the index
const SCORE_LEVELS = 63;
const PREFETCH_SHARDS = 3;
const TYPO_WEIGHT = 0.25; // a word one edit away counts less than any prefix match (at least 0.3)
const MAX_CANDIDATES = 12; // words one edit away, or typed past their stem, looked up for one query word
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
 * What a folded word becomes in one language's index (generator/Search/WordForms.cs): its surface form, one
 * spelling of it (British and American spellings meet; Portuguese endings get back the accents the stemmer
 * reads), folded; and its term, the surface form stemmed by the language's Snowball stemmer, folded.
 */
export class WordForms {
  /** `spellings` as the manifest publishes them; `Stemmer` a class of assets/js/snowball/, or null. */
  constructor(spellings, Stemmer) {
    this.words = new Map(spellings?.words ?? []);
    this.beginnings = spellings?.beginnings ?? [];
    this.endings = spellings?.endings ?? [];
    this.minimumStem = spellings?.minimumStem ?? 0;
    this.stemmer = Stemmer ? new Stemmer() : null;
    this.known = new Map();
  }

  /** The word in its one spelling: a whole-word rule, else the longest beginning rule, then the longest ending rule. */
  spell(word) {
    const whole = this.words.get(word);
    if (whole !== undefined) return whole;
    for (const [from, to] of this.beginnings) {
      if (word.startsWith(from)) {
        word = to + word.slice(from.length);
        break;
      }
    }
    for (const [from, to] of this.endings) {
      if (word.length - from.length >= this.minimumStem && word.endsWith(from)) return word.slice(0, word.length - from.length) + to;
    }
    return word;
  }

  /** { surface, term } of a folded word; remembered, since pages repeat their words. */
  of(word) {
    let form = this.known.get(word);
    if (form === undefined) {
      const spelled = this.spell(word);
      form = { surface: fold(spelled), term: fold(this.stemmer ? this.stemmer.stemWord(spelled) : spelled) };
      this.known.set(word, form);
    }
    return form;
  }

  term(word) {
    return this.of(word).term;
  }
}

/** Whether a surface form can be corrected: letters only, at least `minLength` of them (WordNeighbourhood.Eligible). */
export function correctable(word, minLength) {
  return word.length >= minLength && /^\p{L}+$/u.test(word) && !/[\ud800-\udfff]/.test(word);
}

/**
 * The terms of a query: folded words long enough to search, without stop words, each with its surface form
 * (`word`) and index term (`text`). The last word may still be being typed, so it is kept (as a prefix) even
 * when it is a stop word of three letters or more. Words of MIN_PREFIX letters or more also match longer terms
 * that start with theirs while they are being typed, or when the stemmer left them whole ("flo", "data");
 * a finished word the stemmer shortened ("organizations" to "organ") matches its own stem only.
 */
export function queryTerms(query, stopWords, minLength, forms, minWordLength = Infinity) {
  const list = words(fold(query));
  const typing = /[\p{L}\p{N}\p{M}]$/u.test(query);
  const terms = [];
  list.forEach((word, i) => {
    if (word.length < minLength) return;
    const open = typing && i === list.length - 1;
    if (stopWords.has(word) && !(open && word.length >= MIN_PREFIX)) return;
    const { surface, term } = forms.of(word);
    if (terms.some((t) => t.text === term)) return;
    terms.push({ text: term, word: surface, prefix: word.length >= MIN_PREFIX && (open || term === surface), typo: correctable(surface, minWordLength) });
  });
  return terms;
}

/** Whether two words are at most one edit apart: a letter missing, extra or different, or two neighbours swapped. */
export function withinOneEdit(a, b) {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length > b.length) return a.slice(i + 1) === b.slice(i);
  if (a.length < b.length) return a.slice(i) === b.slice(i + 1);
  return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
}

/** A word and every string one deletion away from it: its keys in the index's WordNeighbourhood. */
function neighbourhoodKeys(word) {
  const keys = new Set([word]);
  for (let i = 0; i < word.length; i++) keys.add(word.slice(0, i) + word.slice(i + 1));
  return [...keys];
}

/** The words a neighbourhood key lists: "=" is the key itself, else a position digit and the letter that goes there. */
function decodeWords(key, value) {
  return value.split(" ").map((entry) => {
    if (entry === "=") return key;
    const at = DIGIT[entry.charCodeAt(0)];
    return key.slice(0, at) + entry.slice(1) + key.slice(at);
  });
}

/** A prefix match counts less than the whole word, and less the more of the word was left untyped. */
function weight(typed, word) {
  return word === typed ? 1 : 0.3 + 0.5 * (typed.length / word.length);
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

/** The shards (by their first keys) that can hold a key: the one its place falls in and, for a prefix, those after it that start with it. */
function shardRange(firsts, key, prefix) {
  if (!firsts || firsts.length === 0) return [];
  const first = Math.max(0, upperBound(firsts, key) - 1);
  let last = first;
  while (prefix && last + 1 < firsts.length && firsts[last + 1].startsWith(key)) last++;
  const shards = [];
  for (let i = first; i <= last; i++) shards.push(i);
  return shards;
}

/** One language's index: loads the manifest and the stemmer, then only the shards and documents a query needs. */
export class SearchIndex {
  /** `loadStemmer(name)` resolves to the module assets/js/snowball/<name>.js; the manifest says which one, if any. */
  static async open(manifestUrl, loadJson, loadStemmer) {
    const manifest = await loadJson(manifestUrl);
    if (manifest.format !== FORMAT) throw new Error(`${manifestUrl}: index format ${manifest.format}, this client reads ${FORMAT}`);
    const index = new SearchIndex(manifest, manifestUrl.slice(0, manifestUrl.lastIndexOf("/") + 1) + manifest.files, loadJson);
    const Stemmer = manifest.stemmer ? (await loadStemmer(manifest.stemmer)).default : null;
    index.forms = new WordForms(manifest.spellings, Stemmer);
    return index;
  }

  constructor(manifest, base, loadJson) {
    this.manifest = manifest;
    this.size = manifest.documents;
    this.stopWords = new Set(manifest.stopWords);
    this.base = base;
    this.loadJson = loadJson;
    this.forms = new WordForms(null, null);
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
    return queryTerms(query, this.stopWords, this.manifest.minTermLength, this.forms, this.manifest.minWordLength);
  }

  /** The term shards that can hold a term (and, for a prefix, the terms that start with it). */
  shardsFor(term) {
    return shardRange(this.manifest.shards, term.text, term.prefix);
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

  decoded(term, encoded) {
    if (!this.postings.has(term)) this.postings.set(term, decodePostings(encoded));
    return this.postings.get(term);
  }

  /** The index terms a query term matches by its stem, whole or as a prefix, with their postings and the weight of the match. */
  async stemMatches(term) {
    const shards = await Promise.all(this.shardsFor(term).map((i) => this.load(`t/${i}.json`)));
    const found = [];
    for (const shard of shards) {
      for (let i = lowerBound(shard.terms, term.text); i < shard.terms.length; i++) {
        const stem = shard.terms[i];
        if (stem !== term.text && !(term.prefix && stem.startsWith(term.text))) break;
        found.push({ stem, weight: weight(term.text, stem), postings: this.decoded(stem, shard.postings[i]) });
      }
    }
    return found;
  }

  /** Index terms exactly, each with its weight: [{ stem, weight }] → [{ stem, weight, postings }] for those the index has. */
  async exactStems(wanted) {
    const found = await Promise.all(wanted.map(async ({ stem, weight: w }) => {
      const [i] = shardRange(this.manifest.shards, stem, false);
      if (i === undefined) return null;
      const shard = await this.load(`t/${i}.json`);
      const at = lowerBound(shard.terms, stem);
      return shard.terms[at] === stem ? { stem, weight: w, postings: this.decoded(stem, shard.postings[at]) } : null;
    }));
    return found.filter(Boolean);
  }

  /** The words filed under one key of the neighbourhood (generator/Search/WordNeighbourhood.cs). */
  async neighbours(key) {
    const [i] = shardRange(this.manifest.wordShards, key, false);
    if (i === undefined) return [];
    const shard = await this.load(`w/${i}.json`);
    const at = lowerBound(shard.keys, key);
    return shard.keys[at] === key ? decodeWords(key, shard.words[at]) : [];
  }

  /** The index's words that start with a prefix, from the neighbourhood's keys that do. */
  async wordsStartingWith(prefix) {
    const shards = await Promise.all(shardRange(this.manifest.wordShards, prefix, true).map((i) => this.load(`w/${i}.json`)));
    const found = new Set();
    for (const shard of shards) {
      for (let i = lowerBound(shard.keys, prefix); i < shard.keys.length && shard.keys[i].startsWith(prefix); i++) {
        for (const word of decodeWords(shard.keys[i], shard.words[i])) if (word.startsWith(prefix)) found.add(word);
      }
    }
    return [...found];
  }

  /** Stems of words, each with the best weight any of its words got, best first, at most MAX_CANDIDATES. */
  stemsOf(words, weightOf) {
    const best = new Map();
    for (const word of words) {
      const stem = this.forms.term(word);
      best.set(stem, Math.max(best.get(stem) ?? 0, weightOf(word)));
    }
    return [...best].map(([stem, w]) => ({ stem, weight: w }))
      .sort((a, b) => b.weight - a.weight || (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0))
      .slice(0, MAX_CANDIDATES);
  }

  /**
   * A word typed past its stem ("procurem" of "procurement", whose stem is "procur") matches no stem by prefix:
   * the words of the index that start with it lead to theirs.
   */
  async wordPrefixMatches(term) {
    const found = await this.wordsStartingWith(term.word);
    return this.exactStems(this.stemsOf(found, (word) => weight(term.word, word)));
  }

  /** The index's words one edit away from the query word ("watr": "water"), at TYPO_WEIGHT. */
  async typoMatches(term) {
    const lists = await Promise.all(neighbourhoodKeys(term.word).map((key) => this.neighbours(key)));
    const candidates = new Set();
    for (const list of lists) for (const word of list) if (word !== term.word && withinOneEdit(term.word, word)) candidates.add(word);
    const found = await this.exactStems(this.stemsOf(candidates, () => TYPO_WEIGHT));
    return found.map((match) => ({ ...match, typo: true, words: [...candidates].filter((word) => this.forms.term(word) === match.stem).sort() }));
  }

  /**
   * The index terms a query term matches, with their postings and weights: its stem, whole or as a prefix;
   * failing that, for a word being typed, the words that start with it; failing that, words one edit away.
   */
  async matches(term) {
    let found = await this.stemMatches(term);
    if (found.length === 0 && term.prefix && term.word.length >= this.manifest.minWordLength) found = await this.wordPrefixMatches(term);
    if (found.length === 0 && term.typo) found = await this.typoMatches(term);
    return found;
  }

  /**
   * Every document holding all the query's terms, best first: per term, the best of its matches
   * (stored BM25F score × rarity × match weight), summed over terms; ties keep document order.
   * When every word matches some documents but no document holds them all, a word that is in the index
   * may still be a typo of another ("date protection"): the words one edit away from each are tried too.
   */
  async search(query) {
    const terms = this.terms(query);
    this.prefetch(terms);
    if (terms.length === 0) return { terms, ids: [] };
    let matches = await Promise.all(terms.map((t) => this.matches(t)));
    let ranked = this.rank(matches);
    if (ranked.ids.length === 0 && terms.length > 1 && matches.every((found) => found.length > 0)) {
      matches = await Promise.all(terms.map(async (t, i) => (t.typo && !matches[i].some((m) => m.typo) ? matches[i].concat(await this.typoMatches(t)) : matches[i])));
      ranked = this.rank(matches);
    }
    terms.forEach((t, i) => {
      t.stems = new Set(matches[i].map((m) => m.stem));
      // The index's words a mistyped word was read as, for the page to say so.
      t.corrections = [...new Set(matches[i].filter((m) => m.typo).flatMap((m) => m.words))].sort();
    });
    terms.initials = initials(terms);
    return { terms, ...ranked };
  }

  rank(matches) {
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
    return { ids, scores: total };
  }

  /** Text split into runs, the words this search matched marked: [{ text, mark }]. */
  highlight(text, terms) {
    return highlight(text, terms, this.forms);
  }

  /** The passage of a document that best shows why it matched (see snippet()). */
  snippet(doc, terms, size = 28) {
    return snippet(doc, terms, this.forms, size);
  }
}

/**
 * Whether a folded word of a page is one a query term matched: its term is among those the search found
 * for it (`term.stems`), or, before a search, is the term's own.
 */
export function wordMatches(word, term, forms) {
  return matchesTerm(forms.term(word), term);
}

function matchesTerm(stem, term) {
  return term.stems ? term.stems.has(stem) : stem === term.text;
}

/** Splits text into runs, marking the words the terms match: [{ text, mark }]. */
export function highlight(text, terms, forms) {
  return marked(text, scan(text), terms, forms);
}

function marked(text, tokens, terms, forms) {
  const parts = [];
  let at = 0;
  for (const hit of wordHits(tokens, terms, forms)) {
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

/** The first letters of the terms a search matched: a word's term keeps its first letter, so others need no stemming. */
function initials(terms) {
  const letters = new Set();
  for (const t of terms) for (const stem of t.stems ?? [t.text]) letters.add(stem[0]);
  return letters;
}

function wordHits(tokens, terms, forms, all = false) {
  const hits = [];
  const letters = terms.initials ?? initials(terms);
  for (const token of tokens) {
    // Stemming is the costly part, so only words that could match are stemmed, once per document.
    const possible = token.words.some((w) => letters.has(w[0]));
    const term = possible ? terms.findIndex((t) => (token.stems ??= token.words.map((w) => forms.term(w))).some((stem) => matchesTerm(stem, t))) : -1;
    if (term >= 0 || all) hits.push({ start: token.start, end: token.end, term });
  }
  return hits;
}

/**
 * The passage of a document that best shows why it matched: the section whose heading and text hold
 * the most query terms, cut to a window of about `size` words around its densest run of matches.
 * Falls back to the summary when only the title or summary matched.
 */
export function snippet(doc, terms, forms, size = 28) {
  let best = null;
  const sections = scanSections(doc);
  doc.sections.forEach(([anchor, heading, text], i) => {
    const hits = wordHits(sections[i].text, terms, forms).concat(wordHits(sections[i].heading, terms, forms));
    const distinct = new Set(hits.map((h) => h.term)).size;
    const score = distinct * 1000 + hits.length;
    if (hits.length > 0 && (best === null || score > best.score)) best = { anchor, heading, text, tokens: sections[i].text, score };
  });
  if (best === null) return { anchor: "", heading: "", parts: highlight(doc.summary, terms, forms) };
  return { anchor: best.anchor, heading: best.heading, parts: window(best.text, best.tokens, terms, forms, size) };
}

function window(text, tokens, terms, forms, size) {
  const all = wordHits(tokens, terms, forms, true);
  if (all.length <= size) return marked(text, tokens, terms, forms);
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
  const parts = marked(text.slice(from, to), inside, terms, forms);
  if (start > 0) parts.unshift({ text: "… ", mark: false });
  if (end < all.length) parts.push({ text: " …", mark: false });
  return parts;
}
