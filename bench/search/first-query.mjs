// What a reader's first search downloads, measured with the site's own client (themes/default/assets/js).
//   node bench/search/first-query.mjs <built site folder>
// For each query, with an empty cache: the search page's modules (with the English stemmer) and the
// manifest it loads on opening, then, keystroke by keystroke as the page does, the shards each prefix
// needs (term shards, and word shards for words typed past their stem or mistyped) and the ten documents
// it shows. The facets load only when the filters are shown (at once on a wide screen, when opened on a
// phone), so they are a column of their own. Sizes are raw and gzipped (what a static host sends).
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { pathToFileURL } from "node:url";

const site = process.argv[2];
const queries = ["civico", "water", "anonymisation", "procurement data", "satellite imagery", "air quality",
  "anonymization", "watr", "procuremnt", "satelite imagery"];
const list = (dir) => (fs.existsSync(dir) ? fs.readdirSync(dir) : []).filter((f) => f.endsWith(".js")).map((f) => path.join(dir, f));
const assets = [...list(path.join(site, "assets", "js")), ...list(path.join(site, "assets", "js", "snowball"))];
const find = (name) => assets.find((f) => path.basename(f).startsWith(name + "."));
const engine = await import(pathToFileURL(find("search-engine")));
const loadStemmer = (name) => import(pathToFileURL(find(name)));
const manifest = path.join(site, "search", "en", "index.json");

function size(file) {
  const bytes = fs.readFileSync(file);
  return { raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
}

const kb = (n) => (n / 1024).toFixed(1);
// (An older build, without stemmers, can be measured too.)
const modules = ["search", "search-engine", "facets", "english"].map(find).filter(Boolean).map(size);
const scripts = modules.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip }), { raw: 0, gzip: 0 });
console.log(`scripts (search.js, search-engine.js, facets.js, snowball/english.js): ${kb(scripts.raw)} KB (${kb(scripts.gzip)} KB gzipped)`);
let facets = null;
console.log("| query | typed | files | of which shards | index KB | index KB gzipped | + scripts, gzipped (phone) | + facets, gzipped (wide screen) |");
console.log("|---|---|---|---|---|---|---|---|");

for (const query of queries) {
  for (const typed of [true, false]) {
    const loaded = new Map();
    const loadJson = async (file) => {
      loaded.set(file, size(file));
      return JSON.parse(fs.readFileSync(file, "utf8"));
    };
    const index = await engine.SearchIndex.open(manifest, loadJson, loadStemmer);
    facets ??= size(index.base + "facets.json");
    const steps = typed ? [...query].map((_, i) => query.slice(0, i + 1)) : [query];
    for (const step of steps) {
      const result = await index.search(step);
      await Promise.all(result.ids.slice(0, 10).map((id) => index.document(id)));
    }
    const total = [...loaded.values()].reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip }), { raw: 0, gzip: 0 });
    const shards = [...loaded.keys()].filter((f) => /\/[tw]\/\d+\.json$/.test(f)).length;
    const phone = total.gzip + scripts.gzip;
    console.log(`| ${query} | ${typed ? "key by key" : "at once"} | ${loaded.size} | ${shards} | ${kb(total.raw)} | ${kb(total.gzip)} | ${kb(phone)} | ${kb(phone + facets.gzip)} |`);
  }
}
console.log(`facets.json: ${kb(facets.raw)} KB (${kb(facets.gzip)} KB gzipped)`);
