// The Excel round trip of form-excel.js, for FormExcelNodeTest.
// Usage: node excel.js <assets dir> <command> <framework data> [file]
//   read <file>            → the submission and problems of an .xlsx
//   write <data.json> <out> → writes the layout filled with data.json to <out>
'use strict';
const fs = require('fs');
const path = require('path');
const X = require(path.join(process.argv[2], 'form-excel.js'));
const fw = JSON.parse(fs.readFileSync(process.argv[4], 'utf8'));
// The units as form.js reads them from the page's compact rows.
fw.units = require(path.join(process.argv[2], 'form-scoring.js')).units(fw);
const command = process.argv[3];
if (command === 'read') {
  let out;
  try {
    const book = X.read(fs.readFileSync(process.argv[5]));
    out = X.toSubmission(book, fw);
    out.keys = book.rows.map((r) => (r.cells[0] ? r.cells[0].text : ''));
  } catch (e) {
    out = { failed: e.message, excel: !!e.excel };
  }
  process.stdout.write(JSON.stringify(out));
} else if (command === 'write') {
  const data = JSON.parse(fs.readFileSync(process.argv[5], 'utf8'));
  fs.writeFileSync(process.argv[6], X.write(fw.sheet, data));
  process.stdout.write('{}');
}
