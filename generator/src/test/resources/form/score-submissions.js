// Scores submissions with form-scoring.js, for FormScoringNodeTest.
// Usage: node score-submissions.js <form-scoring.js> <cases.json>
// cases.json: [{"key", "framework": <path of framework data>, "submission": <path>}]
// Prints {key: {"criteria": {id: {status, points}}, "total": …, "pendingCohort": n}}; cohort
// criteria are scored against the cases of the same framework data and period.
'use strict';
const fs = require('fs');
const S = require(process.argv[2]);
const cases = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const out = {};
const loaded = cases.map((c) => ({
  c: c,
  fw: JSON.parse(fs.readFileSync(c.framework, 'utf8')),
  sub: JSON.parse(fs.readFileSync(c.submission, 'utf8'))
}));

function answerOf(a) {
  return a === undefined ? null : {
    inputs: a.inputs || {},
    notApplicable: a.notApplicable ? a.notApplicable.reason : null
  };
}

// Cohort criteria, as the correction form scores them: every case of the same framework data and
// period gives its value x (CohortScoring.value); x_best and x_min are over all of them.
const cohorts = {};
for (const l of loaded) {
  for (const criterion of l.fw.criteria) {
    if (criterion.method.type !== 'cohort') {
      continue;
    }
    const key = l.c.framework + '|' + l.sub.period + '|' + criterion.id;
    cohorts[key] = cohorts[key] || [];
    const a = answerOf(l.sub.answers[criterion.id]);
    const x = a && a.notApplicable === null ? S.cohortValue(criterion, a.inputs) : null;
    if (x !== null) {
      cohorts[key].push(x);
    }
  }
}

for (const { c, fw, sub } of loaded) {
  const period = fw.periods.find((p) => p.id === sub.period) || null;
  const sector = fw.aggregation.prioritySectors.find((p) => p.id === sub.prioritySector);
  const ids = [];
  fw.pillars.forEach((p) => p.criteria.forEach((id) => ids.push(id)));
  if (sector) {
    sector.criteria.forEach((id) => ids.push(id));
  }
  const scores = {};
  for (const id of ids) {
    const criterion = fw.criteria.find((k) => k.id === id);
    const ctx = { period: period, arrival: null };
    if (criterion.method.type === 'cohort') {
      ctx.cohort = S.cohortStats(cohorts[c.framework + '|' + sub.period + '|' + id]);
    }
    scores[id] = S.scoreCriterion(criterion, answerOf(sub.answers[id]), ctx);
  }
  const total = S.aggregate(fw, scores, sub.prioritySector || null);
  out[c.key] = { criteria: scores, total: total.total, pendingCohort: total.pendingCohort };
}
process.stdout.write(JSON.stringify(out));
