// Runs queries against a split search index with search.js, for SearchIndexTest.
// Usage: node search-split.js <search.js> <folder holding search/> <queries.json>
// Prints, per query, null (not selective) or the keys of the matching entries, closest first.
'use strict';
const fs = require('fs');
const path = require('path');
const search = require(process.argv[2]);
const dir = process.argv[3];
const queries = JSON.parse(fs.readFileSync(process.argv[4], 'utf8'));
const read = (f) => JSON.parse(fs.readFileSync(path.join(dir, 'search', f), 'utf8'));
const manifest = read('index.json');
process.stdout.write(JSON.stringify(queries.map((text) => {
  const q = search.words(text);
  const n = search.shardFor(manifest, q);
  if (n === -2) {
    return null;
  }
  if (n === -1) {
    return [];
  }
  return search.order(q, read(n + '.json').filter((e) => search.matches(q, e.k))).map((e) => e.k);
})));
