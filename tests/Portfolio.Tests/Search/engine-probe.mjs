// Runs the site's search client (themes/default/assets/js) under node for the C# tests.
// Reads one JSON request on stdin and writes one JSON answer on stdout:
//   { "mode": "fold", "texts": [...] }                      -> [{ "fold": "...", "words": [...] }]
//   { "mode": "forms", "manifest": "...", "words": [...] }  -> [{ "surface": "...", "term": "..." }], by the manifest's
//                                                             stemmer and spelling rules
//   { "mode": "stem", "algorithm": "english", "words": [...] } -> ["...", ...], the Snowball module alone
//   { "mode": "search", "manifest": "...", "queries": [{ "q": "...", "filters": { "country": ["ar"] } }] }
//                                                          -> [{ "terms": [...], "stems": [[...], ...], "corrections": [[...], ...],
//                                                                "hits": [{ "url", "title", "type", "score", "anchor", "marks" }], "counts": {...} }]
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [assets] = process.argv.slice(2);
const engine = await import(pathToFileURL(path.join(assets, "js", "search-engine.js")));
const facetKit = await import(pathToFileURL(path.join(assets, "js", "facets.js")));
const request = JSON.parse(fs.readFileSync(0, "utf8"));
const loadJson = async (file) => JSON.parse(fs.readFileSync(file, "utf8"));
const loadStemmer = (name) => import(pathToFileURL(path.join(assets, "js", "snowball", `${name}.js`)));
const open = (manifest) => engine.SearchIndex.open(manifest, loadJson, loadStemmer);

async function forms(request) {
  const index = await open(request.manifest);
  return request.words.map((word) => index.forms.of(word));
}

async function stem(request) {
  const stemmer = new (await loadStemmer(request.algorithm)).default();
  return request.words.map((word) => stemmer.stemWord(word));
}

async function search(request) {
  const index = await open(request.manifest);
  const facets = facetKit.Facets.fromIndex(await index.facets(), index.size);
  const answers = [];
  for (const { q, filters } of request.queries) {
    const result = await index.search(q);
    const selection = facetKit.readSelection(new URLSearchParams(Object.entries(filters || {}).flatMap(([k, vs]) => vs.map((v) => [k, v]))), facets);
    const searching = result.terms.length > 0;
    const base = searching ? facetKit.bitsOf(result.ids, index.size) : facetKit.fullBits(index.size);
    const matching = facets.matching(selection, base);
    const ids = searching ? result.ids.filter((d) => facetKit.has(matching, d)) : facetKit.idsOf(matching);
    const hits = [];
    for (const id of ids) {
      const doc = await index.document(id);
      const passage = index.snippet(doc, result.terms);
      hits.push({
        url: doc.url,
        title: doc.title,
        type: facets.valuesOf(id).get("type")?.[0]?.slug ?? "",
        score: result.scores?.[id] ?? 0,
        anchor: passage.anchor,
        marks: passage.parts.filter((p) => p.mark).map((p) => p.text),
      });
    }
    const counts = {};
    for (const [group, values] of facets.counts(selection, base)) {
      counts[group] = Object.fromEntries(facets.groups.find((g) => g.name === group).values.map((v, i) => [v.slug, values[i]]));
    }
    answers.push({
      terms: result.terms.map((t) => t.text),
      stems: result.terms.map((t) => [...t.stems].sort()),
      corrections: result.terms.map((t) => t.corrections),
      hits,
      counts,
    });
  }
  return answers;
}

const answer = request.mode === "fold"
  ? request.texts.map((text) => { const folded = engine.fold(text); return { fold: folded, words: engine.words(folded) }; })
  : request.mode === "forms" ? await forms(request)
  : request.mode === "stem" ? await stem(request)
  : await search(request);
process.stdout.write(JSON.stringify(answer));
