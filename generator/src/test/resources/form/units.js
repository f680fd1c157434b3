// The units of a form page as form.js reads them (DtiScoring.units, folded with search.js), for
// FormPageTest. Usage: node units.js <assets dir> <framework data.json>
'use strict';
const fs = require('fs');
const path = require('path');
const S = require(path.join(process.argv[2], 'form-scoring.js'));
const search = require(path.join(process.argv[2], 'search.js'));
const fw = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
process.stdout.write(JSON.stringify(S.units(fw, search.fold)));
