// Reads each [typed, kind, lang] with form-scoring.js's readNumber, for FormNumbersNodeTest.
// Usage: node read-numbers.js <form-scoring.js> <cases.json>
'use strict';
const fs = require('fs');
const S = require(process.argv[2]);
const cases = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
process.stdout.write(JSON.stringify(cases.map(([typed, kind, lang]) => {
  const r = S.readNumber(typed, kind, lang);
  const shown = r.value === undefined || r.value === '' ? null : S.localNumber(r.value, lang);
  // What the form shows must read back as the same number.
  const again = shown === null ? null : S.readNumber(shown, kind, lang).value;
  return { value: r.value === undefined ? null : r.value, error: r.error || null, shown, again };
})));
