// Fills the form's state from an existing submission and prints buildSubmission's JSON, for
// FormScoringNodeTest: what the form writes must load and validate like the original.
// Usage: node build-submission.js <form-scoring.js> <framework data> <submission.json>
'use strict';
const fs = require('fs');
const S = require(process.argv[2]);
const fw = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const sub = JSON.parse(fs.readFileSync(process.argv[4], 'utf8'));
// The form holds what the user typed: numbers as text, yes/no as booleans.
const typed = (v) => (typeof v === 'number' ? String(v) : v);
const state = {
  unit: sub.unit,
  period: sub.period,
  preparer: sub.preparer,
  approver: sub.approver,
  profile: Object.fromEntries(Object.entries(sub.profile || {}).map(([k, v]) => [k, typed(v)])),
  prioritySector: sub.prioritySector,
  answers: {}
};
for (const [id, a] of Object.entries(sub.answers)) {
  state.answers[id] = {
    inputs: Object.fromEntries(Object.entries(a.inputs || {}).map(([k, v]) => [k, typed(v)])),
    selfScore: a.selfScore === undefined ? '' : String(a.selfScore),
    evidence: a.evidence || [],
    notes: a.notes || '',
    notApplicable: a.notApplicable ? a.notApplicable.reason : null
  };
}
process.stdout.write(S.buildSubmission(fw, state));
