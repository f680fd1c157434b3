// Scores submissions with form-scoring.js, for FormScoringNodeTest.
// Usage: node score-submissions.js <form-scoring.js> <cases.json>
// cases.json: [{"key", "framework": <path of framework data>, "submission": <path>}]
// Prints {key: {"criteria": {id: {status, points}}, "total": …, "pendingCohort": n}}.
'use strict';
const fs = require('fs');
const S = require(process.argv[2]);
const cases = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const out = {};
for (const c of cases) {
  const fw = JSON.parse(fs.readFileSync(c.framework, 'utf8'));
  const sub = JSON.parse(fs.readFileSync(c.submission, 'utf8'));
  const period = fw.periods.find((p) => p.id === sub.period) || null;
  const ctx = { period: period, arrival: null };
  const sector = fw.aggregation.prioritySectors.find((p) => p.id === sub.prioritySector);
  const ids = [];
  fw.pillars.forEach((p) => p.criteria.forEach((id) => ids.push(id)));
  if (sector) {
    sector.criteria.forEach((id) => ids.push(id));
  }
  const scores = {};
  for (const id of ids) {
    const criterion = fw.criteria.find((k) => k.id === id);
    const a = sub.answers[id];
    const answer = a === undefined ? null : {
      inputs: a.inputs || {},
      notApplicable: a.notApplicable ? a.notApplicable.reason : null
    };
    scores[id] = S.scoreCriterion(criterion, answer, ctx);
  }
  const total = S.aggregate(fw, scores, sub.prioritySector || null);
  out[c.key] = { criteria: scores, total: total.total, pendingCohort: total.pendingCohort };
}
process.stdout.write(JSON.stringify(out));
