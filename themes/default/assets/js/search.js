// The search page (layouts/search.scriban): results as you type, facets with counts, and the state in
// the URL so a search can be shared and Back and Forward work. Without this script the page keeps its
// plain form. Every word shown comes from the page's data-t-* attributes (i18n/en.yml); index text is
// only ever set as text, never parsed as HTML. The facets (the largest file of the index) load only when
// the filters are shown: open beside the results on a wide screen, folded away on a phone until opened,
// or when the URL chooses some.

const PAGE = 10;
const WIDE = "(min-width: 60rem)";

// The language switcher keeps what the reader searched for or ticked: words and filter values read the same in every
// edition, so the other language's page opens on the same results.
document.querySelector(".language-switcher")?.addEventListener("click", (event) => {
  const link = event.target.closest("a[hreflang]");
  if (link && location.search) link.search = location.search;
});

async function start(root) {
  const ui = {
    input: root.querySelector("input[type=search]"),
    submit: root.querySelector("[data-search-submit]"),
    fallback: root.querySelector("[data-search-fallback]"),
    layout: root.querySelector("[data-search-ui]"),
    panel: root.querySelector("[data-search-filters]"),
    groups: root.querySelector("[data-search-facets]"),
    clear: root.querySelector("[data-search-clear]"),
    status: root.querySelector("[data-search-status]"),
    results: root.querySelector("[data-search-results]"),
    more: root.querySelector("[data-search-more]"),
  };
  const text = new Texts(root);
  const filtered = [...new URLSearchParams(location.search).keys()].some((key) => key !== "q");
  let engine, facetKit, index;
  try {
    [engine, facetKit] = await Promise.all([import(root.dataset.engine), import(root.dataset.facets)]);
    // The stemmer of the index's language is one module per language, each under a content-hashed name.
    index = await engine.SearchIndex.open(root.dataset.index, loadJson, (name) => import(root.getAttribute(`data-stemmer-${name}`)));
  } catch {
    ui.fallback.textContent = text.get("error");
    return;
  }

  const all = facetKit.fullBits(index.size);
  let facets = null;
  let boxes = new Map();
  let facetsLoading = null;
  let counted = null; // the documents the facet counts are of: the last search's results, or all
  let generation = 0;
  let hits = [];
  let terms = [];

  /** Loads the facets and builds their checkboxes, once; a failure can be retried by opening the filters again. */
  function loadFacets() {
    facetsLoading ??= index.facets().then((json) => {
      facets = facetKit.Facets.fromIndex(json, index.size);
      ui.groups.replaceChildren();
      boxes = buildFacets(ui.groups, facets);
      // Counts for the results on screen; the results themselves stay, and so does the reader's focus.
      if (counted) showCounts(boxes, facets.counts(chosen(), counted), text);
    }, (error) => {
      facetsLoading = null;
      ui.groups.textContent = text.get("error");
      throw error;
    });
    return facetsLoading;
  }

  function chosen() {
    const selection = new Map();
    for (const [group, inputs] of boxes) {
      const values = new Set(inputs.filter((b) => b.input.checked).map((b) => b.input.value));
      if (values.size > 0) selection.set(group, values);
    }
    return selection;
  }

  function restore() {
    const params = new URLSearchParams(location.search);
    ui.input.value = params.get("q") || "";
    const selection = facets ? facetKit.readSelection(params, facets) : new Map();
    for (const [group, inputs] of boxes) for (const b of inputs) b.input.checked = selection.get(group)?.has(b.input.value) ?? false;
    if (!facetKit.isEmpty(selection)) ui.panel.open = true;
  }

  function remember(kind) {
    const url = location.pathname + facetKit.writeQuery(ui.input.value.trim(), chosen(), facets);
    if (url === location.pathname + location.search) return;
    if (kind === "typing" && history.state?.search === "typing") history.replaceState({ search: kind }, "", url);
    else history.pushState({ search: kind }, "", url);
  }

  async function run() {
    const mine = ++generation;
    const query = ui.input.value;
    const selection = chosen();
    let result;
    try {
      result = await index.search(query);
    } catch {
      if (mine === generation) ui.status.textContent = text.get("error");
      return;
    }
    if (mine !== generation) return;
    const searching = result.terms.length > 0;
    const base = searching ? facetKit.bitsOf(result.ids, index.size) : all;
    counted = base;
    if (facets) showCounts(boxes, facets.counts(selection, base), text);
    if (!searching && facetKit.isEmpty(selection)) {
      hits = [];
      ui.results.replaceChildren();
      ui.more.hidden = true;
      ui.status.textContent = text.get("prompt");
      shown(query, selection);
      return;
    }
    const matching = facets ? facets.matching(selection, base) : base;
    hits = searching ? result.ids.filter((d) => facetKit.has(matching, d)) : facetKit.idsOf(matching);
    terms = result.terms;
    let items;
    try {
      items = await renderHits(hits.slice(0, PAGE));
    } catch {
      if (mine === generation) ui.status.textContent = text.get("error");
      return;
    }
    if (mine !== generation) return;
    ui.results.replaceChildren(...items);
    ui.more.hidden = hits.length <= items.length;
    ui.status.replaceChildren(summary(searching, query, hits.length, text), ...corrections(result.terms, text).map((note) => el("span", { class: "search-note" }, note)));
    shown(query, selection);
  }

  // What the results on screen answer, as a query string ("?q=agua&country=uy"): lets tests and
  // tools wait for a keystroke's results without guessing at timings.
  function shown(query, selection) {
    ui.results.dataset.shown = facetKit.writeQuery(query.trim(), selection, facets);
  }

  async function renderHits(ids) {
    const docs = await Promise.all(ids.map((id) => index.document(id)));
    return docs.map((doc) => hitItem(doc, terms, index));
  }

  async function showMore() {
    const mine = generation;
    const from = ui.results.children.length;
    const items = await renderHits(hits.slice(from, from + PAGE));
    if (mine !== generation) return;
    ui.results.append(...items);
    ui.more.hidden = hits.length <= ui.results.children.length;
    items[0]?.querySelector("a")?.focus();
  }

  ui.input.addEventListener("input", () => {
    run();
    remember("typing");
  });
  ui.input.form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
    remember("submit");
  });
  ui.groups.addEventListener("change", () => {
    run();
    remember("facet");
  });
  ui.clear.addEventListener("click", () => {
    for (const inputs of boxes.values()) for (const b of inputs) b.input.checked = false;
    run();
    remember("facet");
  });
  ui.more.addEventListener("click", showMore);
  ui.panel.addEventListener("toggle", () => {
    if (ui.panel.open && !facets) loadFacets().catch(() => {});
  });
  window.addEventListener("popstate", () => {
    restore();
    run();
  });
  keyboard(ui);

  // A shared link with filters needs the facets before its first results.
  if (filtered) await loadFacets().catch(() => {});
  // Words typed while the index was still loading (a slow link) are kept, not replaced by the URL's.
  const typed = ui.input.value;
  history.replaceState({ search: "load" }, "");
  restore();
  const keepTyped = typed.trim() !== "" && !new URLSearchParams(location.search).has("q");
  if (keepTyped) ui.input.value = typed;
  if (matchMedia(WIDE).matches) ui.panel.open = true;
  ui.fallback.hidden = true;
  // Results follow each keystroke and Enter still submits, so the button only stood between the box and the results.
  ui.submit.hidden = true;
  ui.layout.hidden = false;
  await run();
  if (keepTyped) remember("typing");
}

async function loadJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

/** The page's words, from its data-t-* attributes, with {0} and {1} filled in and counts in the page's language. */
class Texts {
  constructor(root) {
    this.root = root;
    this.language = document.documentElement.lang || "en";
    this.plurals = new Intl.PluralRules(this.language);
    this.numbers = new Intl.NumberFormat(this.language);
  }

  get(key, ...values) {
    const template = this.root.getAttribute(`data-t-${key}`) || "";
    return template.replace(/\{(\d)\}/g, (_, i) => values[Number(i)] ?? "");
  }

  count(key, n, ...values) {
    const form = this.plurals.select(n) === "one" ? "one" : "other";
    return this.get(`${key}-${form}`, this.numbers.format(n), ...values);
  }

  number(n) {
    return this.numbers.format(n);
  }

  /** Words as alternatives in the page's language: "blood or flood". */
  either(words) {
    return new Intl.ListFormat(this.language, { type: "disjunction" }).format(words);
  }
}

function summary(searching, query, count, text) {
  if (!searching) return count === 0 ? text.get("no-matches") : text.count("results", count);
  return count === 0 ? text.get("no-results", query.trim()) : text.count("results-for", count, query.trim());
}

/** For each mistyped word, the words it was also searched as: "Also searched for water, close to “watr”." */
function corrections(terms, text) {
  return terms.filter((t) => t.corrections?.length > 0).map((t) => text.get("close-words", t.word, text.either(t.corrections)));
}

function el(name, attributes = {}, ...children) {
  const element = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  element.append(...children);
  return element;
}

function marked(parent, parts) {
  for (const part of parts) parent.append(part.mark ? el("mark", {}, part.text) : part.text);
  return parent;
}

/** Checkboxes for every facet value, grouped in fieldsets: Map facet name → [{ input, count }]. */
function buildFacets(container, facets) {
  const boxes = new Map();
  for (const group of facets.groups) {
    const fieldset = el("fieldset", { class: "facet", "data-facet": group.name }, el("legend", {}, group.label));
    const inputs = group.values.map((value) => {
      const input = el("input", { type: "checkbox", name: group.name, value: value.slug });
      const count = el("span", { class: "facet-count" });
      fieldset.append(el("label", { class: "facet-option" }, input, " ", el("span", { class: "facet-name" }, value.name), " ", count));
      return { input, count };
    });
    boxes.set(group.name, inputs);
    container.append(fieldset);
  }
  return boxes;
}

function showCounts(boxes, counts, text) {
  for (const [group, inputs] of boxes) {
    const values = counts.get(group);
    inputs.forEach((b, i) => {
      // A value that would leave no result is unavailable: shown with its 0, disabled (and announced so).
      const unavailable = values[i] === 0 && !b.input.checked;
      b.count.textContent = text.number(values[i]);
      b.input.closest("label").classList.toggle("is-empty", unavailable);
      b.input.disabled = unavailable && b.input !== document.activeElement;
    });
  }
}

/** A result: its title, its type and facet values (from the document itself), the section that matched and a snippet. */
function hitItem(doc, terms, index) {
  const title = el("h3", { class: "search-hit-title" }, marked(el("a", { href: doc.url }), index.highlight(doc.title, terms)));
  const meta = el("p", { class: "search-hit-meta" });
  if (doc.type) meta.append(el("span", { class: "search-hit-type" }, doc.type));
  if (doc.meta.length > 0) meta.append(" ", doc.meta.join(" · "));
  const item = el("li", { class: "search-hit" }, title, meta);
  const passage = index.snippet(doc, terms);
  if (passage.heading) {
    const href = passage.anchor ? `${doc.url}#${encodeURIComponent(passage.anchor)}` : doc.url;
    item.append(el("p", { class: "search-hit-section" }, el("a", { href }, passage.heading)));
  }
  item.append(marked(el("p", { class: "search-hit-snippet" }), passage.parts));
  return item;
}

/** Arrow keys move between the search field and the results' title links; Escape goes back to the field. */
function keyboard(ui) {
  const links = () => [...ui.results.querySelectorAll(".search-hit-title a")];
  ui.input.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown") return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  ui.results.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.preventDefault();
      ui.input.focus();
      return;
    }
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const list = links();
    const at = list.indexOf(document.activeElement);
    if (at < 0) return;
    event.preventDefault();
    const next = at + (event.key === "ArrowDown" ? 1 : -1);
    if (next < 0) ui.input.focus();
    else list[Math.min(next, list.length - 1)].focus();
  });
}

const root = document.querySelector("[data-search]");
if (root) start(root);
