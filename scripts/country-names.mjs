#!/usr/bin/env node
// Prints the Spanish and Brazilian Portuguese names of the ISO 3166-1 alpha-2 codes the site
// knows, as a TSV (code, es, pt), one line per code sorted by code, after one comment line
// starting with '#' that says how the file was made. No dependencies; Node 20 or later.
//
//   node scripts/country-names.mjs > generator/Content/Schema/country-names.tsv
//
// The codes are read from the Assigned list in generator/Content/Schema/Countries.cs, so the
// two files cannot disagree. The names come from the ICU/CLDR data built into Node, through
// Intl.DisplayNames; the comment line records the versions, because CLDR names change now and
// then. The script fails, printing nothing, if the list is not the expected 249 distinct codes
// or if the ICU data has no name for a code.

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const sourcePath = "generator/Content/Schema/Countries.cs";
const source = readFileSync(join(root, sourcePath), "utf8");

const block = /\bAssigned\s*=\s*\[([\s\S]*?)\];/.exec(source);
if (!block) fail(`no 'Assigned = [ ... ];' list in ${sourcePath}`);
const codes = [...block[1].matchAll(/"([A-Z]{2})"/g)].map((m) => m[1]);
const expected = 249;
if (codes.length !== expected) fail(`${sourcePath} lists ${codes.length} codes, not ${expected}`);
if (new Set(codes).size !== codes.length) fail(`${sourcePath} lists a code twice`);
codes.sort();

const languages = [
  ["es", new Intl.DisplayNames(["es-419"], { type: "region", fallback: "none" })],
  ["pt", new Intl.DisplayNames(["pt-BR"], { type: "region", fallback: "none" })],
];

const lines = codes.map((code) => {
  const names = languages.map(([language, names]) => {
    const name = names.of(code);
    if (!name) fail(`the ICU data has no ${language} name for ${code}`);
    if (/[\t\r\n]/.test(name)) fail(`the ${language} name of ${code} holds a tab or line break`);
    return name;
  });
  return [code, ...names].join("\t");
});

const { node, icu, cldr } = process.versions;
const header =
  `# code<TAB>es<TAB>pt: names of the ${codes.length} ISO 3166-1 alpha-2 codes in ${sourcePath}, ` +
  `made by scripts/country-names.mjs with Intl.DisplayNames(['es-419']) (Latin American Spanish) and Intl.DisplayNames(['pt-BR']), type 'region' ` +
  `(Node ${node}, ICU ${icu}, CLDR ${cldr}); do not edit by hand, run the script again.`;

process.stdout.write([header, ...lines].join("\n") + "\n");

function fail(message) {
  process.stderr.write(`country-names: ${message}\n`);
  process.exit(1);
}
