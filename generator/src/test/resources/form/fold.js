// Folds each line of a JSON array with search.js, for SearchPageTest.
// Usage: node fold.js <search.js> <strings.json>
'use strict';
const fs = require('fs');
const search = require(process.argv[2]);
const strings = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
process.stdout.write(JSON.stringify(strings.map(search.fold)));
