/*
  The inspection team's correction form (corrections/<framework>.html, CorrectionPage): the reviewer
  picks a unit and period (the scorecard's link chooses them: ?unit=…&period=…), ticks the criteria
  to correct, enters corrected inputs or points with a reason, sees the new points, total and rank,
  and gets submissions/<framework>/<period>/<unit>.review.json (docs/formats.md, Review).

  The scorer is the officials' form's (form-scoring.js, window.DtiScoring). Criteria left alone keep
  their published points; a corrected one is scored from the unit's accepted inputs overridden by
  the corrected ones, as CriterionScorer does, or takes the corrected points. Each correction
  records "was": the unit's answer when it was reviewed, so a later change of it is caught.

  The unit's objections (docs/formats.md, Objections): those the review on main records are listed
  to decide or correct; new ones are added from the page's template; each is checked as
  ReviewCheck checks it, and the file writes them all.
*/
(function () {
  'use strict';

  var S = window.DtiScoring;
  var storage = S.storage;
  var clock = S.clock;
  var fw = JSON.parse(document.getElementById('framework-data').textContent);
  var R = JSON.parse(document.getElementById('review-data').textContent);
  var lang = fw.lang;
  var criteria = {};
  fw.criteria.forEach(function (c) {
    criteria[c.id] = c;
  });
  fw.units = S.units(fw);
  var units = Object.create(null);
  fw.units.forEach(function (u) {
    units[u.id] = u;
  });
  /**
   * The unit's accepted submission ({answers}), its published points ({sector, criteria: id →
   * [status, points, computed]}), its review on main, the carried-over parts. The points and the
   * review come from data/<framework>/<period>/reviewing/<unit>.json (CorrectionPage.dataFiles).
   */
  // evidence: criterion id → the evidence its correction on main already gives (kept as it is).
  var current = { sub: null, published: null, review: null, carry: [], evidence: {} };
  /** period → every unit's published points (reviewing.json), 'loading', or 'failed'. */
  var cohortScores = {};
  var last = null;
  /** Whether the reviewer's name field was left or the file asked for (its error shows then). */
  var nameTouched = false;
  /** The unit and period the form holds, and whether it holds work not yet downloaded or sent. */
  var shown = { unit: '', period: '' };
  var unsaved = false;
  /** Entered since the unit was loaded: what the draft keeps (downloaded or not). */
  var edited = false;
  var draftTimer = null;
  /** A draft offered but not opened (the review on main changed since it was saved), or null. */
  var offered = null;

  function byId(id) {
    return document.getElementById(id);
  }

  function fmt(key, args) {
    var s = R.t[key] || key;
    (args || []).forEach(function (a, i) {
      s = s.split('{' + i + '}').join(a);
    });
    return s;
  }

  function local(points) {
    return S.localNumber(points, lang);
  }

  function period() {
    return byId('c-period').value;
  }

  function unit() {
    return byId('c-unit').value;
  }

  function data() {
    return R.periods[period()] || { ranking: [], cohort: {} };
  }

  function today() {
    var d = new Date();
    var pad = function (n) {
      return (n < 10 ? '0' : '') + n;
    };
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }

  // ---- unit and period --------------------------------------------------------------------

  function fillUnits(wanted) {
    var select = byId('c-unit');
    select.textContent = '';
    fw.units.forEach(function (u) {
      if (u.accepted && u.accepted[period()]) {
        var o = document.createElement('option');
        o.value = u.id;
        o.textContent = u.name + (u.parent ? ' — ' + u.parent : '');
        select.appendChild(o);
      }
    });
    if (wanted && units[wanted] && units[wanted].accepted[period()]) {
      select.value = wanted;
    }
  }

  /** JSON with every number kept as its exact literal (S.inputValue makes it a raw number). */
  function parseExact(text) {
    return JSON.parse(text, function (k, v, ctx) {
      return typeof v === 'number' ? S.inputValue('number', ctx && ctx.source ? ctx.source : String(v)) : v;
    });
  }

  /** A published file's text; rejects when it cannot be read (offline, not found). */
  function fetchText(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) {
        throw new Error(url + ': ' + r.status);
      }
      return r.text();
    });
  }

  function load() {
    var u = units[unit()];
    current = { sub: null, published: null, review: null, carry: [], evidence: {}, base: null };
    shown = { unit: unit(), period: period() };
    unsaved = false;
    edited = false;
    draftStatus('', false, null);
    // The address names the unit shown: a reload, a bookmark or the other language opens it.
    var q = new URLSearchParams({ unit: unit(), period: period() });
    window.history.replaceState(null, '', window.location.pathname + '?' + q.toString() +
      window.location.hash);
    clear();
    showScorecardLink(u);
    if (!u) {
      byId('c-current').textContent = fmt('noUnit');
      update();
      return;
    }
    var wantedUnit = unit();
    var wantedPeriod = period();
    Promise.all([
      fetchText(u.accepted[period()]),
      fetchText(R.data + encodeURIComponent(period()) + '/reviewing/' + encodeURIComponent(unit()) + '.json')
    ]).then(function (texts) {
      if (unit() !== wantedUnit || period() !== wantedPeriod) {
        return;
      }
      current.sub = parseExact(texts[0]);
      var mine = parseExact(texts[1]);
      current.published = { sector: mine.sector, criteria: mine.criteria || {} };
      current.review = mine.review || null;
      current.base = JSON.stringify(mine.review || null);
      prefill(current.review, null);
      update();
      offerDraft();
    }).catch(function () {
      if (unit() === wantedUnit && period() === wantedPeriod) {
        byId('c-current').textContent = fmt('loadFailed');
      }
    });
  }

  /** The unit's scorecard for the period, where the period has pages, so the team can check it. */
  function showScorecardLink(u) {
    var line = byId('c-scorecard-line');
    line.hidden = !u || !data().pages;
    if (!line.hidden) {
      byId('c-scorecard').href = R.scorecards + encodeURIComponent(unit()) + '/' +
        encodeURIComponent(fw.id) + '-' + encodeURIComponent(period()) + '.html';
    }
  }

  /**
   * A criterion's fields, built at the first need (ticked, or filled from the review on main):
   * they come in a <template> (correction.ftlh), so the page does not style and lay out every
   * criterion's fields before a reviewer ticks any.
   */
  function fields(box) {
    var tpl = box.querySelector('template[data-fields]');
    if (tpl) {
      tpl.parentNode.replaceChild(tpl.content, tpl);
    }
    return box;
  }

  function clear() {
    document.querySelectorAll('fieldset[data-criterion]').forEach(function (box) {
      box.querySelector('[data-correct]').checked = false;
      box.querySelectorAll('input[type=text], textarea').forEach(function (el) {
        el.value = '';
      });
      box.querySelectorAll('input[type=radio]').forEach(function (el) {
        el.checked = false;
      });
      box.querySelectorAll('select').forEach(function (el) {
        el.value = '';
      });
      box.querySelector('[data-body]').hidden = true;
      box.querySelector('[data-was]').textContent = '';
    });
    byId('c-objection-list').textContent = '';
    showObjectionCount();
  }

  /**
   * A review into the form: the one on main (its reviewer's fields only where empty, every
   * objection on main) or a draft (everything it holds; onMain: the references on main), its
   * corrections ready to change or drop.
   */
  function prefill(rv, draft) {
    if (!rv) {
      return;
    }
    var who = rv.reviewer || {};
    ['name', 'office', 'title', 'phone', 'email'].forEach(function (f) {
      if (draft || (who[f] && byId('c-reviewer-' + f).value === '')) {
        byId('c-reviewer-' + f).value = who[f] || '';
      }
    });
    if (draft && rv.date) {
      byId('c-date').value = rv.date;
    }
    (rv.objections || []).forEach(function (o) {
      addObjection(o, !draft || draft.onMain.indexOf(o.reference) >= 0);
    });
    (rv.corrections || []).forEach(function (c) {
      var box = criterionBox(c.criterion);
      // The criterion's fields are built (from their template) before they are filled in.
      var naEl = box ? fields(box).querySelector('[data-cna]') : null;
      if (!box || (c.notApplicable !== undefined && !naEl)) {
        current.carry.push(c);
        return;
      }
      if (c.notApplicable !== undefined) {
        naEl.value = String(c.notApplicable);
      }
      box.querySelector('[data-correct]').checked = true;
      box.querySelector('[data-body]').hidden = false;
      box.querySelector('[data-reason]').value = c.reason || '';
      current.evidence[c.criterion] = c.evidence || [];
      if (c.points !== undefined) {
        box.querySelector('[data-cpoints]').value = local(literal(c.points));
      }
      Object.keys(c.inputs || {}).forEach(function (id) {
        setInput(box.querySelector('.form-field[data-field="' + CSS.escape(id) + '"]'), c.inputs[id]);
      });
    });
  }

  function literal(v) {
    return v && v.literal !== undefined ? v.literal : String(v);
  }

  function setInput(field, v) {
    if (!field) {
      return;
    }
    var radio = field.querySelector('input[type=radio][value="' + String(v) + '"]');
    if (radio) {
      radio.checked = true;
      return;
    }
    var el = field.querySelector('[data-input]');
    var kind = field.getAttribute('data-kind');
    el.value = ['count', 'number', 'percent', 'money', 'points'].indexOf(kind) >= 0
      ? local(literal(v)) : literal(v);
  }

  // ---- objections ------------------------------------------------------------------------

  /** How many objection fieldsets were built, for their fields' unique ids. */
  var objectionsBuilt = 0;

  /**
   * One objection's fieldset, from the page's template: o its fields (from the review on main, or
   * {} for a new one); onMain: recorded on main, so it cannot be removed here, only decided or
   * corrected.
   */
  function addObjection(o, onMain) {
    var box = byId('c-objection-tpl').content.firstElementChild.cloneNode(true);
    var n = ++objectionsBuilt;
    box.querySelectorAll('[data-o]').forEach(function (el) {
      var f = el.getAttribute('data-o');
      el.id = 'c-o' + n + '-' + f;
      box.querySelector('label[data-for="' + f + '"]').htmlFor = el.id;
      var described = [];
      ['hint', 'msg'].forEach(function (kind) {
        var part = box.querySelector('[data-' + kind + '="' + f + '"]');
        if (part) {
          part.id = el.id + '-' + kind;
          described.push(part.id);
        }
      });
      if (described.length > 0) {
        el.setAttribute('aria-describedby', described.join(' '));
      }
    });
    var field = objectionField.bind(null, box);
    field('ref').value = o.reference || '';
    // A criterion the framework no longer has stays as recorded (the validator names it).
    if (o.criterion && !box.querySelector('option[value="' + CSS.escape(o.criterion) + '"]')) {
      var kept = document.createElement('option');
      kept.value = o.criterion;
      kept.textContent = o.criterion;
      field('criterion').appendChild(kept);
    }
    field('criterion').value = o.criterion || '';
    field('received').value = o.received || '';
    field('decision').value = o.decision || '';
    field('reason').value = o.reason || '';
    field('decided').value = o.decided || '';
    box.querySelector('[data-on-main]').hidden = !onMain;
    if (onMain) {
      box.querySelector('[data-remove-row]').remove();
    } else {
      box.querySelector('[data-remove]').addEventListener('click', function () {
        entered();
        box.remove();
        showObjectionCount();
        update();
        byId('c-objection-add').focus();
      });
    }
    byId('c-objection-list').appendChild(box);
    showObjectionCount();
    return box;
  }

  /** The field f (ref, criterion, received, decision, reason, decided) of an objection's fieldset. */
  function objectionField(box, f) {
    return box.querySelector('[data-o="' + f + '"]');
  }

  /** Each objection's legend says its place; "none yet" shows while there is none. */
  function showObjectionCount() {
    var boxes = document.querySelectorAll('#c-objection-list fieldset');
    boxes.forEach(function (box, i) {
      box.querySelector('[data-legend]').textContent = fmt('objectionLegend', [String(i + 1)]);
    });
    byId('c-objections-none').hidden = boxes.length > 0;
  }

  /**
   * The objections as the review file writes them (docs/formats.md: reference, criterion when not
   * the whole result, received; decision, reason and decided together, decided not before
   * received; each reference once), checked as ReviewCheck checks them.
   */
  function readObjections(errors) {
    var out = [];
    var seen = Object.create(null);
    document.querySelectorAll('#c-objection-list fieldset').forEach(function (box) {
      var field = objectionField.bind(null, box);
      var check = function (el, wrong, message) {
        say(el, wrong ? message : '');
        if (wrong) {
          errors.push(el);
        }
      };
      var ref = field('ref').value.trim();
      check(field('ref'), ref === '' || seen[ref], ref === '' ? fmt('errObjRef') : fmt('errObjRefTwice'));
      seen[ref] = true;
      var o = { reference: ref };
      if (field('criterion').value !== '') {
        o.criterion = field('criterion').value;
      }
      var received = field('received').value;
      check(field('received'), received === '', fmt('errObjReceived'));
      o.received = received;
      var decision = field('decision').value;
      box.querySelector('[data-decided]').hidden = decision === '';
      if (decision !== '') {
        o.decision = decision;
        o.reason = field('reason').value.trim();
        check(field('reason'), o.reason === '', fmt('errObjReason'));
        if (field('decided').value === '') {
          field('decided').value = today();
        }
        o.decided = field('decided').value;
        check(field('decided'), received !== '' && o.decided < received,
          fmt('errObjDecided', [dmy(received)]));
      }
      // Upheld about a criterion left as it is: the decision alone changes no points.
      var target = o.criterion ? criterionBox(o.criterion) : null;
      var uncorrected = target !== null && (decision === 'upheld' || decision === 'partly-upheld')
        && !target.querySelector('[data-correct]').checked;
      box.querySelector('[data-upheld]').hidden = !uncorrected;
      if (uncorrected) {
        box.querySelector('[data-upheld-text]').textContent = fmt('objUpheld', [o.criterion]);
      }
      out.push(o);
    });
    return out;
  }

  function criterionBox(id) {
    return document.querySelector('fieldset[data-criterion="' + CSS.escape(id) + '"]');
  }

  /** "Correct this criterion": ticks the objected criterion and takes the reviewer to its fields. */
  byId('c-objection-list').addEventListener('click', function (e) {
    var button = e.target.closest('[data-correct-now]');
    if (!button) {
      return;
    }
    var box = criterionBox(objectionField(button.closest('fieldset'), 'criterion').value);
    if (!box) {
      return;
    }
    box.querySelector('[data-correct]').checked = true;
    fields(box);
    update();
    box.scrollIntoView({ block: 'start' });
    (box.querySelector('[data-input], [data-cpoints]') || box.querySelector('[data-correct]')).focus();
  });

  byId('c-objection-add').addEventListener('click', function () {
    entered();
    var box = addObjection({}, false);
    update();
    box.querySelector('[data-o="ref"]').focus();
  });

  // ---- reading and scoring ----------------------------------------------------------------

  function controlValue(field) {
    var radios = field.querySelectorAll('input[type=radio]');
    if (radios.length > 0) {
      var checked = field.querySelector('input[type=radio]:checked');
      return checked ? checked.value === 'true' : '';
    }
    return field.querySelector('[data-input]').value.trim();
  }

  function answerOf(id) {
    var a = current.sub && current.sub.answers ? current.sub.answers[id] : null;
    return a || null;
  }

  function say(el, text) {
    var msg = byId(el.id + '-msg');
    if (msg) {
      msg.textContent = text || '';
    }
    el.setAttribute('aria-invalid', text ? 'true' : 'false');
  }

  /**
   * The review's date: not before its period began (ReviewCheck refuses it: a year typed wrong),
   * and asked about when it is after today.
   */
  function checkDate(date, errors) {
    var p = fw.periods.filter(function (x) {
      return x.id === period();
    })[0];
    var early = p && date.value !== '' && date.value < p.start;
    say(date, early ? fmt('errDateEarly', [dmy(p.start)]) : '');
    if (early) {
      errors.push(date);
      return;
    }
    var later = date.value > today();
    var msg = byId('c-date-msg');
    msg.classList.toggle('warn', later);
    if (later) {
      msg.textContent = fmt('warnDateLater', [dmy(today())]);
    }
  }

  /** "2024-01-10" → "10/01/2024". */
  function dmy(iso) {
    return iso.split('-').reverse().join('/');
  }

  /** Where a problem is, for the list: "1.2 — Lý do điều chỉnh", or the field's label. */
  function placeOf(el) {
    var label = el.id ? document.querySelector('label[for="' + el.id + '"]') : null;
    var text = label ? label.textContent.replace('*', '').trim() : '';
    var box = el.closest('fieldset[data-criterion]');
    if (box) {
      return box.getAttribute('data-criterion') + (text ? ' — ' + text : '');
    }
    var objection = el.closest('#c-objection-list fieldset');
    var legend = objection ? objection.querySelector('[data-legend]') : null;
    return (legend ? legend.textContent + ' — ' : '') + text;
  }

  /**
   * Every problem counted in the summary as a link to its field, with the message its field shows
   * (or will show: the reviewer's name is said there only once the field was left).
   */
  function listProblems(errors) {
    var list = byId('c-error-list');
    var items = [];
    errors.forEach(function (el) {
      if (!el) {
        return;
      }
      var msg = el.id ? byId(el.id + '-msg') : null;
      var text = msg && msg.textContent ? msg.textContent : el.dtiProblem || '';
      items.push({ el: el, label: placeOf(el) + (text ? ': ' + text : '') });
    });
    // Unchanged, the list stays: leaving a field re-checks the form between the press and the
    // release of a click on one of these links.
    var signature = JSON.stringify(items.map(function (i) {
      return i.label;
    }));
    if (list.getAttribute('data-signature') === signature) {
      return;
    }
    list.setAttribute('data-signature', signature);
    list.textContent = '';
    items.forEach(function (i) {
      list.appendChild(S.problemLink(i.el, i.label));
    });
  }

  /**
   * What the reviewer wrote as the basis, as one evidence entry of the review file: an http(s)
   * address with a host is a link; anything else is a document's title (shown as text, never as a
   * link). Null when nothing was written.
   */
  function evidenceOf(text) {
    var t = text.trim();
    if (t === '') {
      return null;
    }
    if (/^https?:\/\/\S+$/i.test(t)) {
      try {
        var u = new URL(t);
        if ((u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '') {
          return { kind: 'link', url: t };
        }
      } catch (e) {
        // Not an address after all: kept as a title below.
      }
    }
    return { kind: 'document', title: t };
  }

  /** An answer's inputs as plain texts (exact numbers), for the scorer. */
  function plainInputs(answer) {
    var out = {};
    if (answer && !answer.notApplicable) {
      Object.keys(answer.inputs || {}).forEach(function (k) {
        out[k] = literal(answer.inputs[k]);
      });
    }
    return out;
  }

  /** The answer as the scorer takes it: {inputs, notApplicable: reason or null}; null if none. */
  function scorable(answer) {
    return answer ? { inputs: plainInputs(answer), notApplicable: answer.notApplicable ? 'na' : null } : null;
  }

  /** The unit's own value x of a cohort criterion (its answer, no correction), or null. */
  function ownX(c) {
    var a = answerOf(c.id);
    return c.method.type === 'cohort' && a && !a.notApplicable ? S.cohortValue(c, plainInputs(a)) : null;
  }

  /** The cohort's values of criterion id but this unit's: [[unit, x, points follow x]]. */
  function others(id) {
    var published = (data().cohort || {})[id] || {};
    return Object.keys(published).filter(function (u) {
      return u !== unit();
    }).map(function (u) {
      return [u, published[u][0], published[u][1]];
    });
  }

  /** x_best and x_min of criterion id with this unit's value x (null: none), as CohortStats. */
  function statsWith(id, x) {
    var values = others(id).map(function (v) {
      return v[1];
    });
    if (x !== null) {
      values.push(x);
    }
    return S.cohortStats(values);
  }

  function scoringContext(c, x) {
    var ctx = { period: fw.periods.filter(function (p) {
      return p.id === period();
    })[0], arrival: today() };
    if (c.method.type === 'cohort') {
      ctx.cohort = statsWith(c.id, x);
    }
    return ctx;
  }

  /**
   * One ticked criterion: {criterion, inputs|points|notApplicable, reason, evidence, was}, its new
   * points, and for a cohort criterion the unit's value x that then counts (null: none), or errors.
   */
  function readCorrection(box, errors) {
    var id = box.getAttribute('data-criterion');
    var c = criteria[id];
    var out = { criterion: id };
    var naEl = box.querySelector('[data-cna]');
    var na = naEl ? naEl.value : '';
    var inputs = {};
    var any = false;
    box.querySelectorAll('.form-field[data-field]').forEach(function (field) {
      var raw = controlValue(field);
      if (raw === '') {
        return;
      }
      var kind = field.getAttribute('data-kind');
      var v = raw;
      if (typeof raw === 'string' && ['count', 'number', 'percent', 'money', 'points'].indexOf(kind) >= 0) {
        var n = S.readNumber(raw, kind, lang);
        if (n.error) {
          errors.push(field);
          return;
        }
        v = n.value;
      }
      inputs[field.getAttribute('data-field')] = { kind: kind, value: v };
      any = true;
    });
    var pointsEl = box.querySelector('[data-cpoints]');
    var points = null;
    if (na !== '') {
      // A ruling on "not applicable" is the whole correction (docs/formats.md: exactly one of).
      var both = any || pointsEl.value.trim() !== '';
      say(naEl, both ? fmt('errNaOnly') : '');
      say(pointsEl, '');
      if (both) {
        errors.push(naEl);
      }
    } else if (pointsEl.value.trim() !== '') {
      var p = S.readNumber(pointsEl.value, 'points', lang);
      if (p.error || p.value === '' || Number(p.value) < 0 || Number(p.value) > Number(c.maxPoints)) {
        say(pointsEl, fmt('errPoints', [local(c.maxPoints)]));
        errors.push(pointsEl);
      } else {
        say(pointsEl, '');
        points = p.value;
      }
    } else {
      say(pointsEl, !any ? fmt('errValue') : '');
      if (!any) {
        errors.push(pointsEl);
      }
    }
    if (naEl && na === '') {
      say(naEl, '');
    }
    var reasonEl = box.querySelector('[data-reason]');
    var reason = reasonEl.value.trim();
    say(reasonEl, reason === '' ? fmt('errReason') : '');
    if (reason === '') {
      errors.push(reasonEl);
    }
    var evidence = (current.evidence[id] || []).slice();
    var evidenceEl = box.querySelector('[data-cevidence]');
    var entered = evidenceOf(evidenceEl.value);
    // An address written short ("www.…", "htps://…", "gialai.gov.vn/…") is kept as a document's
    // title, which no reader can open: said, not refused (a title may look like that).
    var evidenceMsg = byId(evidenceEl.id + '-msg');
    var shortLink = entered && entered.kind !== 'link' &&
      /^(www\.|h?t?t?ps?:?\/\/|[a-z0-9-]+(\.[a-z0-9-]+)*\.(vn|com|org|net|gov)(\/|$))/i.test(entered.title);
    if (evidenceMsg) {
      evidenceMsg.textContent = shortLink ? fmt('warnShortLink') : '';
      evidenceMsg.classList.toggle('warn', !!shortLink);
    }
    if (entered && !evidence.some(function (e) {
      return JSON.stringify(e) === JSON.stringify(entered);
    })) {
      evidence.push(entered);
    }
    var answer = answerOf(id);
    var scored = null;
    // As Scorer.effectiveInputs: corrected inputs count for x_best and x_min; a confirmed "not
    // applicable" leaves the unit out; otherwise the unit's own answer counts.
    var x = ownX(c);
    if (na === 'true') {
      out.notApplicable = true;
      x = null;
      scored = { status: 'notApplicable', points: '0.00' };
    } else if (na === 'false') {
      // The claim is rejected: a claimed criterion scores 0 until answered; otherwise the answer counts.
      out.notApplicable = false;
      scored = answer && !answer.notApplicable
        ? S.scoreCriterion(c, scorable(answer), scoringContext(c, x))
        : { status: 'missing', points: '0.00' };
    } else if (any) {
      var corrected = {};
      var merged = plainInputs(answer);
      Object.keys(inputs).forEach(function (k) {
        merged[k] = inputs[k].value;
        corrected[k] = S.inputValue(inputs[k].kind, inputs[k].value);
      });
      out.inputs = corrected;
      x = c.method.type === 'cohort' ? S.cohortValue(c, merged) : null;
      scored = S.scoreCriterion(c, { inputs: merged }, scoringContext(c, x));
    } else if (points !== null) {
      out.points = S.inputValue('points', points);
      scored = { status: 'scored', points: S.str(S.round2(S.parse(points))) };
    }
    out.reason = reason;
    if (evidence.length > 0) {
      out.evidence = evidence;
    }
    // docs/formats.md: the claim alone when the unit claimed "not applicable".
    var was = answer && answer.notApplicable ? { notApplicable: true } : { inputs: {} };
    if (answer && !answer.notApplicable) {
      Object.keys(answer.inputs || {}).forEach(function (k) {
        was.inputs[k] = answer.inputs[k];
      });
    }
    out.was = was;
    return { correction: out, score: scored, x: x };
  }

  function wasText(id) {
    var a = answerOf(id);
    var s = (current.published || { criteria: {} }).criteria[id];
    var said;
    if (!a) {
      said = fmt('wasNone');
    } else if (a.notApplicable) {
      said = fmt('wasNa');
    } else {
      var c = criteria[id];
      var keys = Object.keys(a.inputs || {});
      said = keys.map(function (k) {
        var def = c.inputs.filter(function (i) {
          return i.id === k;
        })[0];
        var shown = shownValue(c, def || {}, a.inputs[k]);
        return keys.length === 1 || !def ? shown : def.label + ': ' + shown;
      }).join('; ') || fmt('wasNone');
    }
    return fmt('was', [said, s ? local(s[1]) : '—']);
  }

  /**
   * An answer's value as the scorecard writes it: yes/no, the option's name, a local number with
   * its unit of measure ("100%", "382 máy"), a date as dd/mm/yyyy (Lang.date), not 2023-10-17.
   * def: the input's definition ({} when the framework has none of that id).
   */
  function shownValue(c, def, v) {
    if (typeof v === 'boolean') {
      return fmt(v ? 'yes' : 'no');
    }
    var option = c.method.type === 'choice' && c.method.options ? c.method.options.filter(function (o) {
      return o.id === v;
    })[0] : null;
    if (option) {
      return lang === 'en' && option.labelEn ? option.labelEn : option.label;
    }
    if (typeof v === 'string') {
      var day = def.kind === 'date' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
      return day ? day[3] + '/' + day[2] + '/' + day[1] : v;
    }
    var n = local(literal(v));
    if (def.kind === 'percent') {
      return n + '%';
    }
    return def.unit ? n + ' ' + def.unit : n;
  }

  /** The rank of a total among the ranking, the others' totals changed as given (unit → total). */
  function rankOf(total, changed) {
    var ranking = data().ranking;
    if (!ranking.some(function (e) {
      return e[0] === unit();
    })) {
      return fmt('noRank');
    }
    // Totals have two decimals: as doubles they still compare exactly. Ties share a rank.
    var ahead = ranking.filter(function (e) {
      var theirs = changed && changed[e[0]] !== undefined ? changed[e[0]] : e[1];
      return e[0] !== unit() && Number(theirs) > Number(total);
    }).length;
    return fmt('rankOf', [String(ahead + 1), String(ranking.length)]);
  }

  function update() {
    var errors = [];
    var corrections = [];
    var published = current.published || { criteria: {}, sector: null };
    var reviewed = {};
    ((current.review || {}).corrections || []).forEach(function (c) {
      reviewed[c.criterion] = true;
    });
    var scores = {};
    Object.keys(published.criteria).forEach(function (id) {
      var s = published.criteria[id];
      scores[id] = { status: s[0], points: s[1] };
    });
    current.carry.forEach(function (c) {
      reviewed[c.criterion] = false;
    });
    // Cohort criteria whose value x for this unit changes: criterion id → the new x (null: none).
    var moved = {};
    document.querySelectorAll('fieldset[data-criterion]').forEach(function (box) {
      var id = box.getAttribute('data-criterion');
      var c = criteria[id];
      var wasEl = box.querySelector('[data-was]');
      var was = current.sub ? wasText(id) : '';
      // Unchanged text stays as it is: a rewrite would lay the criterion out again on each key.
      if (wasEl.textContent !== was) {
        wasEl.textContent = was;
      }
      var on = box.querySelector('[data-correct]').checked;
      box.querySelector('[data-body]').hidden = !on;
      var s = published.criteria[id];
      if (!on) {
        if (reviewed[id] && s) {
          // A correction on main that the reviewer drops: the unit's own answer counts again.
          var answer = answerOf(id);
          if (c.method.type === 'cohort') {
            moved[id] = ownX(c);
            scores[id] = S.scoreCriterion(c, scorable(answer), scoringContext(c, moved[id]));
          } else {
            scores[id] = { status: answer && answer.notApplicable ? 'notApplicable' : 'scored', points: s[2] };
          }
        }
        return;
      }
      var read = readCorrection(fields(box), errors);
      corrections.push(read.correction);
      if (c.method.type === 'cohort') {
        moved[id] = read.x;
      }
      var shown = read.score && read.score.status !== 'cohort' ? read.score.points : null;
      box.querySelector('[data-new]').textContent = shown === null ? '—' : local(shown);
      if (shown !== null) {
        scores[id] = { status: read.score.status === 'notApplicable' ? 'notApplicable' : 'scored', points: shown };
      }
    });
    var changed = othersAfter(moved);
    corrections = corrections.concat(current.carry);
    corrections.sort(function (a, b) {
      return fw.criteria.findIndex(function (c) {
        return c.id === a.criterion;
      }) - fw.criteria.findIndex(function (c) {
        return c.id === b.criterion;
      });
    });
    var name = byId('c-reviewer-name');
    // Said next to the field once the reviewer has been in it or asked for the file, not on
    // opening the page; the list of problems says it from the start.
    say(name, name.value.trim() === '' && nameTouched ? fmt('errReviewer') : '');
    if (name.value.trim() === '') {
      name.dtiProblem = fmt('errReviewer');
      errors.push(name);
    }
    var date = byId('c-date');
    if (date.value === '') {
      date.value = (current.review && current.review.date) || today();
    }
    checkDate(date, errors);
    var objections = readObjections(errors);
    var nothing = corrections.length === 0 && objections.length === 0;
    if (nothing) {
      errors.push(null);
    }
    var before = published.criteria && Object.keys(published.criteria).length > 0
      ? S.aggregate(fw, toScores(published.criteria), published.sector).total : null;
    var after = S.aggregate(fw, scores, published.sector).total;
    if (current.sub && before !== null) {
      byId('c-current').textContent = fmt('current', [local(before), rankOf(before)]);
      byId('c-change').textContent = fmt('change', [local(after), local(before), rankOf(after, changed.totals),
        rankOf(before)]);
      byId('c-total').textContent = local(after);
      byId('c-rank').textContent = rankOf(after, changed.totals);
      byId('c-others').textContent = changed.waiting ? fmt(changed.waiting === 'failed' ? 'othersFailed' : 'othersLoading')
        : changed.units.length === 0 ? ''
        : fmt('othersChange', [changed.units.map(function (u) {
          return (units[u] ? units[u].name : u) + ' (' + local(changed.totals[u]) + ')';
        }).join('; ')]);
    }
    byId('c-errors').textContent = nothing ? fmt('errNone')
      : errors.length > 0 ? fmt('errors', [String(errors.length)]) : fmt('ok');
    byId('c-errors').classList.toggle('ok', errors.length === 0);
    listProblems(errors);
    var note = byId('c-save-note');
    note.textContent = errors.length > 0 ? fmt('saveNoteErrors') : fmt('saveNoteOk');
    note.classList.toggle('ok', errors.length === 0);
    var review = {
      $schema: '../../../schemas/review.schema.json',
      unit: unit(),
      framework: fw.id,
      period: period(),
      reviewer: reviewer(),
      date: date.value,
      corrections: corrections
    };
    if (objections.length > 0) {
      review.objections = objections;
    }
    var json = S.serialize(review, 0) + '\n';
    byId('c-preview').textContent = json;
    var path = 'submissions/' + fw.id + '/' + period() + '/' + unit() + '.review.json';
    byId('c-path').textContent = path;
    last = { json: json, path: path, errors: errors };
    updateSend();
    if (edited) {
      scheduleDraft();
    }
  }

  /**
   * The other units after this unit's cohort values move (moved: criterion id → new x or null):
   * when x_best or x_min changes, every unit whose points follow its value is rescored against the
   * new ones, as the scorer will when the review is published. Their points come from
   * reviewing.json, fetched the first time it is needed (update runs again when it arrives).
   * Returns {units: the units whose points change, sorted; totals: unit → their new total;
   * waiting: 'loading' or 'failed' while their points are not there}.
   */
  function othersAfter(moved) {
    var points = {};
    var movedIds = Object.keys(moved).filter(function (id) {
      var before = statsWith(id, ((data().cohort || {})[id] || {})[unit()] ? data().cohort[id][unit()][0] : null);
      var after = statsWith(id, moved[id]);
      return before.best !== after.best || before.min !== after.min;
    });
    var published = cohortScores[period()];
    if (movedIds.length > 0 && (published === undefined || typeof published === 'string')) {
      if (published === undefined) {
        var wanted = period();
        cohortScores[wanted] = 'loading';
        fetchText(R.data + encodeURIComponent(wanted) + '/reviewing.json').then(function (text) {
          cohortScores[wanted] = parseExact(text);
        }, function () {
          cohortScores[wanted] = 'failed';
        }).then(update);
      }
      return { units: [], totals: {}, waiting: cohortScores[period()] };
    }
    movedIds.forEach(function (id) {
      var c = criteria[id];
      var after = statsWith(id, moved[id]);
      others(id).forEach(function (v) {
        var theirs = published[v[0]] && published[v[0]].criteria[id];
        if (!v[2] || !theirs) {
          return;
        }
        var p = S.cohortPoints(c, v[1], after);
        if (Number(p) !== Number(theirs[1])) {
          points[v[0]] = points[v[0]] || {};
          points[v[0]][id] = p;
        }
      });
    });
    var totals = {};
    var changedUnits = Object.keys(points).sort();
    changedUnits.forEach(function (u) {
      var scores = toScores(published[u].criteria);
      Object.keys(points[u]).forEach(function (id) {
        scores[id] = { status: 'scored', points: points[u][id] };
      });
      totals[u] = S.aggregate(fw, scores, published[u].sector).total;
    });
    return { units: changedUnits, totals: totals };
  }

  function toScores(criteriaScores) {
    var out = {};
    Object.keys(criteriaScores).forEach(function (id) {
      out[id] = { status: criteriaScores[id][0], points: criteriaScores[id][1] };
    });
    return out;
  }

  function reviewer() {
    var out = {};
    ['name', 'office', 'title', 'phone', 'email'].forEach(function (f) {
      var v = byId('c-reviewer-' + f).value.trim();
      if (v !== '' || f === 'name') {
        out[f] = v;
      }
    });
    return out;
  }

  // ---- the draft in this browser, one per unit and period ---------------------------------

  /** The draft's key: the unit and period the form shows, not those just picked. */
  function draftKey() {
    return 'dti-correction:' + fw.id + ':' + shown.period + ':' + shown.unit;
  }

  function readDraft() {
    var store = storage();
    try {
      var d = store ? JSON.parse(store.getItem(draftKey())) : null;
      return d && d.v === 1 && typeof d.review === 'string' ? d : null;
    } catch (e) {
      return null;
    }
  }

  function removeDraft() {
    clearTimeout(draftTimer);
    var store = storage();
    if (store) {
      store.removeItem(draftKey());
    }
  }

  function scheduleDraft() {
    clearTimeout(draftTimer);
    draftTimer = setTimeout(saveDraft, 400);
  }

  /**
   * Keeps what the form would write, with the review on main it started from: true when the work
   * is now kept on this device.
   */
  function saveDraft() {
    clearTimeout(draftTimer);
    if (!edited || !current.sub || !last) {
      return false;
    }
    var onMain = ((current.review || {}).objections || []).map(function (o) {
      return o.reference;
    });
    var d = { v: 1, savedAt: new Date().toISOString(), base: current.base, review: last.json,
      onMain: onMain };
    try {
      storage().setItem(draftKey(), JSON.stringify(d));
      draftStatus(fmt('draftSaved', [clock(d.savedAt)]), true, null);
      return true;
    } catch (e) {
      draftStatus(fmt('draftUnavailable'), false, null);
      return false;
    }
  }

  /**
   * After the unit is loaded: a draft of it comes back by itself when the review on main is still
   * the one it started from; otherwise it is offered, with that said. A draft the same as what is
   * on main is dropped.
   */
  function offerDraft() {
    var d = readDraft();
    if (!d) {
      return;
    }
    if (d.review === last.json) {
      removeDraft();
    } else if (d.base === current.base) {
      applyDraft(d);
    } else {
      draftStatus(fmt('draftOlder', [clock(d.savedAt)]), false, d);
    }
  }

  function applyDraft(d) {
    clear();
    current.carry = [];
    current.evidence = {};
    prefill(parseExact(d.review), d);
    unsaved = true;
    edited = true;
    update();
    // Nothing changed since it was saved: kept as it is, and said so until the next change.
    clearTimeout(draftTimer);
    draftStatus(fmt('draftRestored', [clock(d.savedAt)]), true, null);
  }

  /** The status line under the unit; open: a draft to offer, or null. */
  function draftStatus(text, saved, open) {
    var status = byId('c-draft-status');
    status.textContent = text;
    status.classList.toggle('ok', saved);
    byId('c-draft-clear').hidden = !saved && !open;
    byId('c-draft-open').hidden = !open;
    offered = open;
  }

  byId('c-draft-open').addEventListener('click', function () {
    if (offered) {
      applyDraft(offered);
    }
  });

  /** Drops the draft and shows the unit as main has it again. */
  byId('c-draft-clear').addEventListener('click', function () {
    removeDraft();
    load();
    draftStatus(fmt('draftCleared'), false, null);
  });

  // ---- sending ----------------------------------------------------------------------------

  /** The send step (DtiScoring.sendPlan): the review's file is on main when there is a review. */
  function sendPlan() {
    return S.sendPlan(fw, last.path, last.json, !!current.review);
  }

  function updateSend() {
    var link = byId('c-send');
    if (!link || !fw.newFileUrl) {
      return;
    }
    var plan = sendPlan();
    byId('c-send-text').textContent = fmt(plan.text);
    link.textContent = fmt(plan.label);
    link.href = plan.href;
  }

  if (byId('c-send')) {
    byId('c-send').addEventListener('click', function () {
      update();
      var plan = sendPlan();
      unsaved = false;
      byId('c-send').href = plan.href;
      byId('c-send-msg').textContent = '';
      if (plan.copy) {
        S.copy(last.json).then(function (ok) {
          byId('c-send-msg').textContent = fmt(ok ? 'sendCopied' : 'sendCopyFailed');
        });
      }
    });
  }

  byId('c-download').addEventListener('click', function () {
    nameTouched = true;
    unsaved = false;
    update();
    var blob = new Blob([last.json], { type: 'application/json' });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = unit() + '.review.json';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () {
      URL.revokeObjectURL(a.href);
    }, 1000);
  });

  /**
   * Whether the form may leave the unit it shows: yes when nothing was entered since it was loaded,
   * downloaded or sent, or when the reviewer says so; otherwise the choice goes back.
   */
  function mayLeave() {
    var u = units[shown.unit];
    if (!unsaved) {
      return true;
    }
    if (saveDraft()) {
      kept = u ? u.name : shown.unit;
      return true;
    }
    if (window.confirm(fmt('leaveUnsaved', [u ? u.name : shown.unit]))) {
      return true;
    }
    byId('c-period').value = shown.period;
    fillUnits(shown.unit);
    return false;
  }

  /** The unit whose work mayLeave just kept as a draft, said once the next unit is shown. */
  var kept = null;

  function leaveTo(pickUnit) {
    kept = null;
    if (!mayLeave()) {
      return;
    }
    if (pickUnit) {
      fillUnits(unit());
    }
    load();
    if (kept) {
      // Said, not offered: the draft is the other unit's, so nothing here to drop.
      draftStatus(fmt('draftKept', [kept]), false, null);
    }
  }

  byId('c-period').addEventListener('change', function () {
    leaveTo(true);
  });
  byId('c-unit').addEventListener('change', function () {
    leaveTo(false);
  });
  // Closing or reloading the page, or following a link away, with work not yet downloaded or sent:
  // kept as a draft; the browser asks first only when this device cannot keep one.
  window.addEventListener('beforeunload', function (e) {
    if (unsaved && !saveDraft()) {
      e.preventDefault();
      e.returnValue = '';
    }
  });
  byId('c-reviewer-name').addEventListener('blur', function () {
    nameTouched = true;
    update();
  });
  /** Something was entered: not yet downloaded or sent, and kept as a draft. */
  function entered() {
    unsaved = true;
    edited = true;
  }

  byId('c-form').addEventListener('input', function (e) {
    if (e.target.id !== 'c-unit' && e.target.id !== 'c-period') {
      entered();
      update();
    }
  });
  byId('c-form').addEventListener('change', function (e) {
    if (e.target.id !== 'c-unit' && e.target.id !== 'c-period') {
      entered();
      update();
    }
  });

  var query = new URLSearchParams(window.location.search);
  if (query.get('period') && R.periods[query.get('period')]) {
    byId('c-period').value = query.get('period');
  }
  fillUnits(query.get('unit'));
  load();
})();
