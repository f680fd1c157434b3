/* The submission form (forms/<framework>.html): the official picks the period and the unit by
   name, starts from the unit's accepted submission, a saved JSON or Excel file or a blank form,
   and types figures the Vietnamese way; the form checks them as they are typed, lists every error
   with a link to its field, shows the points each criterion will get and the total, keeps a draft
   in this browser, writes the submission JSON (docs/formats.md) or an Excel file, and walks the
   official through sending it.
   Scoring, checks and number reading live in form-scoring.js (window.DtiScoring), the Excel round
   trip in form-excel.js (window.DtiExcel), the folding of names in search.js (window.DtiFold),
   the unit picker in combobox.js (window.DtiCombobox).
   The Excel side (fflate, form-excel.js and the sheet layout, forms/<framework>.sheet.json) is
   loaded only when the official opens or saves an Excel file, so a phone draws the form sooner.
   No inline script, no eval, no innerHTML: CSP script-src 'self', and every text from data goes
   through textContent. */
(function () {
  'use strict';
  var S = window.DtiScoring;
  var storage = S.storage;
  var clock = S.clock;
  var X = null;
  var fold = window.DtiFold;
  var dataEl = document.getElementById('framework-data');
  var form = document.getElementById('dti-form');
  if (!S || !fold || !window.DtiCombobox || !dataEl || !form) {
    return;
  }
  var fw = JSON.parse(dataEl.textContent);
  var t = fw.t;
  var lang = fw.lang;
  var EVIDENCE_KINDS = ['decision', 'plan', 'report', 'document', 'link', 'photo', 'other'];
  var EV_FIELDS = ['kind', 'number', 'date', 'issuer', 'title', 'url'];
  var EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
  // As SubmissionValidator.phone: 8 to 15 digits, grouped by spaces, dots, dashes or brackets.
  var PHONE = /^\+?(?:[ ().-]*[0-9]){8,15}[ ().-]*$/;
  // The latest draft (what the form reopens with), and a copy per unit, so that a browser that
  // fills the forms of several units (a district's staff helping its communes) keeps each one's.
  var DRAFT_KEY = 'opendti.form.' + fw.id;
  function unitDraftKey(id) {
    return DRAFT_KEY + '|unit:' + id;
  }
  var MAX_JSON_FILE = 2 * 1024 * 1024;
  var MAX_XLSX_FILE = 5 * 1024 * 1024;
  // The folder of this script (assets/), for the Excel scripts loaded on demand.
  var ASSETS = (document.currentScript && document.currentScript.src || '').replace(/[^/]*$/, '');
  // Ids come from files the official opens too: maps without a prototype.
  var criteria = Object.create(null);
  fw.criteria.forEach(function (c) {
    criteria[c.id] = c;
  });
  fw.units = S.units(fw, fold);
  var units = Object.create(null);
  fw.units.forEach(function (u) {
    units[u.id] = u;
  });
  var touched = {};
  var showAll = false;
  var rowCounter = 0;
  var chosenUnit = null;
  /** The unit last picked, kept while the name is being edited (chosenUnit is then null). */
  var lastPicked = null;
  var filling = false;
  var interacted = false;
  var saveTimer = null;
  var last = null;

  // ---- small helpers ---------------------------------------------------------------------

  function fmt(key, args) {
    var list = args || [];
    return (t[key] || key).replace(/\{(\d+)\}/g, function (m, i) {
      return String(list[+i]);
    });
  }

  /** "9.98" → "9,98" in Vietnamese, trailing zeros dropped like Lang.points. */
  function points(text) {
    var p = text.indexOf('.') >= 0 ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
    return lang === 'vi' ? p.replace('.', ',') : p;
  }

  function byId(id) {
    return document.getElementById(id);
  }

  function value(id) {
    var el = byId(id);
    return el ? el.value.trim() : '';
  }

  /** Unchanged text is left as it is: update() runs on every key, and a rewrite lays out again. */
  function setText(id, text) {
    var el = byId(id);
    if (el && el.textContent !== text) {
      el.textContent = text;
    }
  }

  function msgOf(el) {
    var field = el.closest('.form-field, .evidence, .ev-row');
    return field ? field.querySelector('.field-msg') : null;
  }

  function labelOf(el) {
    if (el.type === 'radio') {
      var legend = el.closest('fieldset').querySelector('legend');
      return legend ? legend.textContent.replace('*', '').trim() : '';
    }
    var label = el.id ? document.querySelector('label[for="' + el.id + '"]') : null;
    return label ? label.textContent.replace('*', '').trim() : '';
  }

  /** Where an error is, for the list: "Tiêu chí 8, Tỷ lệ …" or the field's label. */
  function placeOf(el) {
    var box = el.closest('fieldset[data-criterion]');
    var label = labelOf(el);
    if (box) {
      var c = criteria[box.getAttribute('data-criterion')];
      return fmt('criterion', [c.id]) + (label ? ' — ' + label : '');
    }
    var set = el.closest('fieldset');
    var legend = set ? set.querySelector('legend') : null;
    return (legend && !set.classList.contains('yes-no') ? legend.textContent + ', ' : '') + label;
  }

  /**
   * Shows (or clears) the message next to controls and marks them invalid; adds the error to the
   * list (shown there too once its field was touched, forced, or the file saved).
   */
  function report(controls, key, args, errors, force) {
    var list = Array.isArray(controls) ? controls : [controls];
    var shown = !!key && (force || showAll || list.some(function (c) {
      return touched[c.id || c.name];
    }));
    list.forEach(function (c) {
      if (shown) {
        c.setAttribute('aria-invalid', 'true');
      } else {
        c.removeAttribute('aria-invalid');
      }
    });
    var msg = msgOf(list[0]);
    var text = key ? fmt(key, args) : '';
    if (msg) {
      msg.textContent = shown ? text : '';
    }
    if (key) {
      errors.push({ el: list[0], text: text, shown: shown });
    }
  }

  function text(id, required, errors, pattern, patternKey) {
    var el = byId(id);
    if (!el) {
      return '';
    }
    var v = el.value.trim();
    var key = null;
    if (v === '' && required) {
      key = 'errRequired';
    } else if (v !== '' && pattern && !pattern.test(v)) {
      key = patternKey;
    }
    // A shape is said once the field is left, not at the first digit typed ("09…"); it counts.
    if (key === patternKey && document.activeElement === el) {
      report(el, null, [], errors, false);
      errors.push({ el: el, text: fmt(key), shown: false });
      return v;
    }
    report(el, key, [], errors, false);
    return v;
  }

  function controlsOf(field) {
    return Array.prototype.slice.call(field.querySelectorAll('[data-input]'));
  }

  /** A control's value: true/false for yes-no radios, else the trimmed text. */
  function controlValue(field) {
    var radios = field.querySelectorAll('input[type=radio]');
    if (radios.length > 0) {
      var checked = field.querySelector('input[type=radio]:checked');
      return checked ? checked.value === 'true' : '';
    }
    var el = field.querySelector('[data-input]');
    return el ? el.value.trim() : '';
  }

  var NUMERIC = ['count', 'number', 'percent', 'money', 'points'];

  /**
   * One input read and checked: {value: canonical (or true/false, an option id, a date), key,
   * args}. Numbers are read the Vietnamese way (S.readNumber), then checked against the kind.
   */
  function readInput(kind, raw, max, options) {
    if (NUMERIC.indexOf(kind) >= 0 && typeof raw === 'string') {
      var n = S.readNumber(raw, kind, lang);
      if (n.error) {
        return { value: '', key: n.error, args: n.args };
      }
      return readChecked(kind, n.value, max, options);
    }
    return readChecked(kind, raw, max, options);
  }

  /** A value read, with what the checks say of it (and the maximum, for "errPoints"). */
  function readChecked(kind, v, max, options) {
    var key = S.checkValue(kind, v, max, options);
    return { value: v, key: key, args: key === 'errPoints' && max ? [points(String(max))] : [] };
  }

  // ---- the unit picker (combobox.js) ------------------------------------------------------

  var unitInput = byId('f-unit');

  /**
   * The period's dates and deadline under the picker; a deadline already past is said there: the
   * submission arrives when it is merged, and criteria scored by the arrival count from then.
   */
  function showPeriodInfo() {
    var select = byId('f-period');
    var option = select.options[select.selectedIndex];
    setText('f-period-info', option ? option.textContent : '');
    var p = period();
    var past = !!(p && p.deadline && p.deadline < today());
    var msg = byId('f-period-msg');
    setText('f-period-msg', past ? fmt('periodPast', [p.deadline.split('-').reverse().join('/')]) : '');
    msg.classList.toggle('warn', past);
  }

  function period() {
    var id = value('f-period');
    return fw.periods.filter(function (p) {
      return p.id === id;
    })[0] || null;
  }

  /** Valid in the period: ISO dates compare as text. */
  function activeIn(u, p) {
    return !p || ((!u.validFrom || u.validFrom <= p.end) && (!u.validTo || u.validTo >= p.start));
  }

  // Found by name, English name, parent and id (form-scoring.js, units: u.key), among the units
  // that existed in the chosen period.
  var picker = window.DtiCombobox(unitInput, byId('f-unit-list'), {
    none: fmt('unitNone'),
    filter: function () {
      var p = period();
      return function (u) {
        return activeIn(u, p);
      };
    },
    onPick: function (u) {
      // Not chosenUnit: editing the name drops the choice before the next one is picked.
      var before = lastPicked;
      if (before && before !== u.id) {
        // The unit before keeps what was typed for it, in its own draft; the unit picked brings its
        // own draft back when it has one.
        keepDraftOf(before);
        var own = unitDraft(u.id);
        if (own) {
          applySnapshot(own);
          draftStatus(fmt('draftUnitRestored', [u.name, clock(own.savedAt),
            units[before] ? units[before].name : before]), true);
          update();
          saveDraft(true);
          return;
        }
      }
      lastPicked = u.id;
      var typed = !!last && Object.keys(last.state.answers).length > 0;
      chosenUnit = u.id;
      touched['f-unit'] = true;
      interacted = true;
      offerAccepted();
      update();
      // Another unit, the figures typed for the one before still in the fields: said, not done.
      if (before && before !== u.id && typed) {
        startMessage(fmt('unitSwitched', [units[before] ? units[before].name : before, u.name]));
      }
    },
    onDrop: function () {
      chosenUnit = null;
      offerAccepted();
    }
  });
  picker.setUnits(fw.units);

  /** Picks a unit from a file, a draft or the address (not the official's own pick). */
  function chooseUnit(id) {
    picker.choose(id);
    chosenUnit = picker.chosen() || null;
    lastPicked = chosenUnit;
    offerAccepted();
    update();
  }

  function checkUnit(errors) {
    var u = chosenUnit ? units[chosenUnit] : null;
    var key = null;
    if (!u) {
      key = 'errUnitPick';
    } else if (!activeIn(u, period())) {
      key = 'errUnitPeriod';
    }
    report(unitInput, key, [], errors, key === 'errUnitPeriod');
    if (u && !key && !unitInput.getAttribute('aria-invalid')) {
      var msg = byId('f-unit-msg');
      msg.textContent = fmt('unitChosen', [u.name, u.id]);
      msg.classList.add('ok');
    } else {
      byId('f-unit-msg').classList.remove('ok');
    }
    return chosenUnit || '';
  }

  // ---- building the criteria's fields -----------------------------------------------------

  // Each criterion's fields come in a <template> (form.ftlh): a form of a few hundred controls,
  // styled, laid out and scanned by the browser's autofill before the first screen is usable, kept
  // a phone's main thread busy for a second (docs/lighthouse.md). They are built when the official
  // starts (the first focus, press, key or scroll) or nears a criterion, a few at a time between
  // frames; anything that reads or fills the whole form builds the rest at once first.
  var unbuilt = Array.prototype.slice.call(form.querySelectorAll('template[data-fields]'));
  var building = false;
  var nearObserver = null;

  function buildOne(tpl) {
    if (tpl.parentNode) {
      tpl.parentNode.replaceChild(tpl.content, tpl);
    }
  }

  function built() {
    if (nearObserver) {
      nearObserver.disconnect();
      nearObserver = null;
    }
    form.setAttribute('data-fields-built', '');
    // Points, checks and the problem list of criteria built after the last check.
    if (last) {
      update();
    }
  }

  /** Builds every criterion's fields now (before reading or filling the whole form). */
  function buildAll() {
    if (unbuilt.length === 0) {
      return;
    }
    unbuilt.forEach(buildOne);
    unbuilt = [];
    built();
  }

  /** Builds the rest a few at a time, each slice short enough not to hold up a tap or a key. */
  function buildSoon() {
    if (building || unbuilt.length === 0) {
      return;
    }
    building = true;
    var slice = function () {
      var start = Date.now();
      while (unbuilt.length > 0 && Date.now() - start < 8) {
        buildOne(unbuilt.shift());
      }
      if (unbuilt.length > 0) {
        setTimeout(slice, 0);
      } else {
        building = false;
        built();
      }
    };
    setTimeout(slice, 0);
  }

  if (unbuilt.length > 0) {
    ['focusin', 'pointerdown', 'keydown', 'input'].forEach(function (type) {
      form.addEventListener(type, buildSoon, true);
    });
    window.addEventListener('scroll', buildSoon, { passive: true, once: true });
    // An official may print the blank form to fill in on paper: every field is on it.
    window.addEventListener('beforeprint', buildAll);
    if ('IntersectionObserver' in window) {
      nearObserver = new IntersectionObserver(function (entries) {
        if (entries.some(function (e) {
          return e.isIntersecting;
        })) {
          buildSoon();
        }
      }, { rootMargin: '50% 0px' });
      unbuilt.forEach(function (tpl) {
        nearObserver.observe(tpl.parentNode);
      });
    } else {
      buildSoon();
    }
  }

  // ---- reading the form ------------------------------------------------------------------

  function readEvidence(box, c, errors) {
    var out = [];
    box.querySelectorAll('.ev-row').forEach(function (row) {
      var e = {};
      row.querySelectorAll('[data-ev]').forEach(function (el) {
        e[el.getAttribute('data-ev')] = el.value.trim();
      });
      var kindEl = row.querySelector('[data-ev=kind]');
      var accepted = c.evidence.kinds.length === 0 || c.evidence.kinds.indexOf(e.kind) >= 0;
      report(kindEl, accepted ? null : 'errEvidenceKind', [c.evidence.kinds.map(function (k) {
        return t['ev.' + k] || k;
      }).join(', ')], errors, true);
      var urlEl = row.querySelector('[data-ev=url]');
      var badUrl = e.url !== '' && !/^https?:\/\/[^\s/]+/i.test(e.url);
      var urlMsg = row.querySelector('.ev-url-msg');
      if (badUrl) {
        urlEl.setAttribute('aria-invalid', 'true');
        errors.push({ el: urlEl, text: fmt('errUrl'), shown: true });
      } else {
        urlEl.removeAttribute('aria-invalid');
      }
      urlMsg.textContent = badUrl ? fmt('errUrl') : '';
      out.push(e);
    });
    return out;
  }

  /**
   * A percentage of 1 or less written without "%" (0,95) is most likely a share written as a
   * fraction (95 %): said next to the field, not refused (0,5 % can be meant).
   */
  function fractionForPercent(field, kind, v, warnings) {
    var control = field.querySelector('[data-input]');
    var msg = control ? msgOf(control) : null;
    if (!msg || kind !== 'percent') {
      return;
    }
    var raw = control.value.trim();
    var n = v === '' || v === null ? null : S.parse(String(v));
    var fraction = n !== null && raw.indexOf('%') < 0 && Number(S.str(n)) > 0 &&
      Number(S.str(n)) <= 1;
    msg.classList.toggle('warn', fraction);
    if (fraction) {
      var text = fmt('warnFraction', [raw, S.localNumber(S.times100(S.str(n)), lang)]);
      msg.textContent = text;
      warnings.push({ el: control, text: text, shown: true });
    }
  }

  /** One criterion's answer, or null when nothing is filled in; checks every field. */
  function readCriterion(box, errors, warnings) {
    var c = criteria[box.getAttribute('data-criterion')];
    var naBox = box.querySelector('[data-na]');
    var na = naBox && naBox.checked;
    var inputs = {};
    var any = false;
    var options = c.method.type === 'choice' ? c.method.options.map(function (o) {
      return o.id;
    }) : null;
    box.querySelectorAll('.form-field[data-field]').forEach(function (field) {
      var id = field.getAttribute('data-field');
      var def = c.inputs.filter(function (i) {
        return i.id === id;
      })[0];
      var raw = controlValue(field);
      if (raw !== '') {
        any = true;
      }
      var read = readInput(def.kind, raw, c.maxPoints, options);
      inputs[id] = read.value;
      read.kind = def.kind;
      field.readResult = read;
    });
    var evidenceBox = box.querySelector('[data-evidence]');
    var evidence = readEvidence(evidenceBox, c, errors);
    var notes = box.querySelector('[data-notes]').value;
    var invalid = false;
    var self = box.querySelector('[data-self]');
    box.querySelectorAll('.form-field[data-field]').forEach(function (field) {
      var controls = controlsOf(field);
      controls.forEach(function (el) {
        el.disabled = !!na;
      });
      var read = field.readResult;
      var key = na ? null : read.key;
      if (!na && !key && any && inputs[field.getAttribute('data-field')] === '') {
        key = 'errRequired';
      }
      report(controls, key, read.args, errors, key !== null && key !== 'errRequired');
      if (key !== null && key !== 'errRequired') {
        invalid = true;
      }
      fractionForPercent(field, read.kind, na || key !== null ? null : read.value, warnings);
    });
    if (!na && any) {
      var ratioKey = S.checkRatio(c, inputs);
      var first = box.querySelector('.form-field[data-field]');
      if (ratioKey && first) {
        report(controlsOf(first), ratioKey, [], errors, true);
        invalid = true;
      }
    }
    // A figure the checks refuse is kept (in the draft and the file) but never scored, as the
    // site's validator never scores a value it has not accepted.
    box.dtiInvalid = invalid;
    var selfRead = readInput('points', self.value.trim(), c.maxPoints, null);
    var selfKey = selfRead.key === 'errPoints' || selfRead.key === 'errNegative' ? 'errSelf'
      : selfRead.key;
    report(self, selfKey, selfKey === 'errSelf' ? [points(c.maxPoints)] : selfRead.args, errors,
      true);
    self.disabled = !!na;
    if (naBox) {
      var reason = box.querySelector('[data-na-reason]');
      report(reason, na && reason.value.trim() === '' ? 'errNaReason' : null, [], errors, true);
    }
    var hasEvidence = evidence.some(function (e) {
      return e.kind !== '';
    });
    var evMsg = evidenceBox.querySelector(':scope > .field-msg');
    var needEvidence = c.evidence.required && !na && any && !hasEvidence;
    var evShown = needEvidence && (showAll || touched[box.id]);
    evMsg.textContent = evShown ? fmt('errEvidence') : '';
    if (needEvidence) {
      errors.push({ el: box.querySelector('.ev-add'), text: fmt('errEvidence'), shown: evShown });
    }
    if (na) {
      return {
        notApplicable: box.querySelector('[data-na-reason]').value,
        evidence: evidence,
        notes: notes
      };
    }
    if (!any) {
      return null;
    }
    return {
      inputs: inputs,
      selfScore: selfKey ? '' : selfRead.value,
      evidence: evidence,
      notes: notes,
      notApplicable: null
    };
  }

  function showPoints(box, result, latenessNote) {
    var out = box.querySelector('[data-points]');
    var c = criteria[box.getAttribute('data-criterion')];
    if (result.status === 'scored') {
      out.textContent = points(result.points) + ' / ' + points(c.maxPoints) +
        (latenessNote ? ' (' + fmt('lateness') + ')' : '');
    } else if (result.status === 'invalid') {
      out.textContent = fmt('statusInvalid');
    } else if (result.status === 'cohort') {
      out.textContent = fmt('statusCohort');
    } else if (result.status === 'notApplicable') {
      out.textContent = fmt('statusNotApplicable');
    } else if (result.status === 'reviewers') {
      out.textContent = fmt('statusReviewers');
    } else {
      out.textContent = fmt('statusMissing');
    }
  }

  /** A self-score that differs from the method: a warning beside it with both numbers. */
  function checkSelf(box, answer, result, warnings) {
    var self = box.querySelector('[data-self]');
    var msg = byId(self.getAttribute('aria-describedby'));
    if (self.getAttribute('aria-invalid')) {
      return;
    }
    var differs = answer && answer.selfScore !== '' && result.status === 'scored' &&
      S.parse(answer.selfScore) !== null &&
      S.str(S.round2(S.parse(answer.selfScore))) !== result.points;
    msg.classList.toggle('warn', !!differs);
    if (differs) {
      var text = fmt('selfDiffers', [points(S.str(S.parse(answer.selfScore))), points(result.points)]);
      msg.textContent = text;
      warnings.push({ el: self, text: text, shown: true });
    } else {
      msg.textContent = '';
    }
  }

  function today() {
    var d = new Date();
    var pad = function (n) {
      return (n < 10 ? '0' : '') + n;
    };
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }

  function contact(prefix, required, errors) {
    var out = {};
    ['name', 'office', 'title', 'phone', 'email'].forEach(function (f) {
      var id = 'f-' + prefix + '-' + f;
      if (byId(id)) {
        out[f] = text(id, required.indexOf(f) >= 0, errors,
          f === 'email' ? EMAIL : f === 'phone' ? PHONE : null,
          f === 'email' ? 'errEmail' : 'errPhone');
      }
    });
    return out;
  }

  function filePath(state) {
    return 'submissions/' + fw.id + '/' + (state.period || '…') + '/' + (state.unit || '…') + '.json';
  }

  /** Reads the whole form, checks it, shows points and problems; returns what it read. */
  function update() {
    var errors = [];
    var warnings = [];
    showPeriodInfo();
    var sectorEl = byId('f-sector');
    var state = {
      unit: checkUnit(errors),
      period: value('f-period'),
      preparer: contact('preparer', ['name', 'office', 'title', 'phone', 'email'], errors),
      approver: contact('approver', ['name', 'title'], errors),
      profile: {},
      prioritySector: sectorEl && sectorEl.value ? sectorEl.value : null,
      answers: {}
    };
    document.querySelectorAll('.profile .form-field[data-field]').forEach(function (field) {
      var id = field.getAttribute('data-field');
      var def = fw.profileFields.filter(function (f) {
        return f.id === id;
      })[0];
      var read = readInput(def.kind, controlValue(field), null, null);
      state.profile[id] = read.value;
      var key = read.key;
      if (!key && def.required && controlValue(field) === '') {
        key = 'errRequired';
      }
      report(controlsOf(field), key, read.args, errors, key !== null && key !== 'errRequired');
    });
    var ctx = { period: period(), arrival: today() };
    var progress = {};
    var scores = {};
    var byReviewers = 0;
    document.querySelectorAll('fieldset[data-criterion]').forEach(function (box) {
      var section = box.closest('[data-sector]');
      if (section !== null) {
        var shown = section.getAttribute('data-sector') === state.prioritySector;
        section.hidden = !shown;
        if (!shown) {
          return;
        }
      }
      var id = box.getAttribute('data-criterion');
      var c = criteria[id];
      if (box.hasAttribute('data-reviewers')) {
        scores[id] = { status: 'missing', points: '0.00' };
        byReviewers++;
        return;
      }
      var tally = sectionTally(progress, box);
      tally.criteria++;
      if (box.querySelector('template[data-fields]')) {
        // Not built yet, so nothing filled in: scored as an empty criterion; built() checks again.
        scores[id] = S.scoreCriterion(c, null, ctx);
        return;
      }
      var answer = readCriterion(box, errors, warnings);
      if (answer) {
        state.answers[id] = answer;
        tally.filled++;
      }
      var result = box.dtiInvalid ? { status: 'invalid', points: '0.00' }
        : S.scoreCriterion(c, answer, ctx);
      scores[id] = result;
      showPoints(box, result, c.method.type === 'lateness' && !c.method.input);
      checkSelf(box, answer, result, warnings);
    });
    var total = S.aggregate(fw, scores, state.prioritySector);
    setText('f-total', points(total.total));
    var notes = [];
    if (total.pendingCohort > 0) {
      notes.push(fmt('totalPending', [total.pendingCohort]));
    }
    if (byReviewers > 0) {
      notes.push(fmt('totalReviewers', [byReviewers]));
    }
    setText('f-total-note', notes.join(' '));
    var summary = byId('f-errors');
    summary.textContent = (errors.length > 0 ? fmt('errorsCount', [errors.length])
      : fmt('noErrors')) + (warnings.length > 0 ? ' ' + fmt('warningsCount', [warnings.length]) : '');
    // A clean form is good news: not in the error colour.
    summary.classList.toggle('ok', errors.length === 0);
    listProblems('f-error-list', errors);
    listProblems('f-warning-list', warnings);
    showProgress(progress, errors, state.prioritySector);
    var note = byId('f-save-note');
    note.textContent = errors.length > 0 ? fmt('saveNoteErrors') : fmt('saveNoteOk');
    note.classList.toggle('ok', errors.length === 0);
    var json = S.buildSubmission(fw, state);
    setText('f-preview', json);
    setText('f-path', filePath(state));
    last = { state: state, json: json, errors: errors, warnings: warnings };
    updateSend();
    scheduleDraft();
    return last;
  }

  /** The counts of a criterion's section in the contents, keyed by the section's heading id. */
  function sectionTally(progress, box) {
    var key = box.closest('section.form-section').getAttribute('aria-labelledby');
    if (!progress[key]) {
      progress[key] = { criteria: 0, filled: 0, errors: 0 };
    }
    return progress[key];
  }

  /**
   * Each section's entry in the contents: how many of its criteria are filled in and how many of
   * the form's errors are in it; a priority sector's entry shows only with its section.
   */
  function showProgress(progress, errors, sector) {
    errors.forEach(function (p) {
      var section = p.el && p.el.closest('section.form-section');
      var key = section && section.getAttribute('aria-labelledby');
      if (key && progress[key]) {
        progress[key].errors++;
      }
    });
    document.querySelectorAll('[data-sector-entry]').forEach(function (entry) {
      entry.hidden = entry.getAttribute('data-sector-entry') !== sector;
    });
    document.querySelectorAll('[data-progress]').forEach(function (meta) {
      var tally = progress[meta.getAttribute('data-progress')];
      if (!tally || tally.criteria === 0) {
        return;
      }
      meta.textContent = fmt('sectionProgress', [tally.filled, tally.criteria]) +
        (tally.errors > 0 ? ' · ' + fmt('sectionErrors', [tally.errors]) : '');
      meta.classList.toggle('has-errors', tally.errors > 0);
    });
  }

  /** Every shown problem as a link that focuses its field; the rest counted in one last link. */
  function listProblems(id, problems) {
    var list = byId(id);
    var hidden = problems.filter(function (p) {
      return !p.shown;
    });
    var items = problems.filter(function (p) {
      return p.shown;
    }).map(function (p) {
      return { el: p.el, label: placeOf(p.el) + ': ' + p.text };
    });
    if (hidden.length > 0) {
      items.push({ el: hidden[0].el, label: fmt('errorsHidden', [hidden.length]) });
    }
    // Unchanged lists stay as they are: leaving a field (focusout) re-checks the form between
    // the press and the release of a click on one of these links.
    var signature = JSON.stringify(items.map(function (i) {
      return i.label;
    }));
    if (list.getAttribute('data-signature') === signature) {
      return;
    }
    list.setAttribute('data-signature', signature);
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    items.forEach(function (i) {
      list.appendChild(S.problemLink(i.el, i.label));
    });
  }

  // ---- evidence rows ---------------------------------------------------------------------

  function labelled(row, labelKey, control) {
    var id = 'ev-' + (++rowCounter);
    var wrap = document.createElement('div');
    wrap.className = 'ev-field';
    var label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = fmt(labelKey);
    control.id = id;
    wrap.appendChild(label);
    wrap.appendChild(control);
    row.appendChild(wrap);
    return control;
  }

  function addEvidenceRow(box, values, focus) {
    var c = criteria[box.closest('[data-criterion]').getAttribute('data-criterion')];
    var rows = box.querySelector('.evidence-rows');
    var row = document.createElement('div');
    row.className = 'ev-row';
    row.setAttribute('role', 'group');
    var kind = document.createElement('select');
    kind.setAttribute('data-ev', 'kind');
    var kinds = c.evidence.kinds.length > 0 ? c.evidence.kinds.slice() : EVIDENCE_KINDS.slice();
    if (values && values.kind && kinds.indexOf(values.kind) < 0) {
      // A kind the framework does not accept stays visible, flagged, instead of vanishing.
      kinds.push(values.kind);
    }
    kinds.forEach(function (k) {
      var o = document.createElement('option');
      o.value = k;
      o.textContent = t['ev.' + k] || k;
      kind.appendChild(o);
    });
    labelled(row, 'evidenceKind', kind);
    [['number', 'text', 'evidenceNumber'], ['date', 'date', 'evidenceDate'],
      ['issuer', 'text', 'evidenceIssuer'], ['title', 'text', 'evidenceTitle'],
      ['url', 'url', 'evidenceUrl']].forEach(function (f) {
      var input = document.createElement('input');
      input.type = f[1];
      input.setAttribute('data-ev', f[0]);
      labelled(row, f[2], input);
    });
    var urlMsg = document.createElement('span');
    urlMsg.className = 'field-msg ev-url-msg';
    urlMsg.id = 'ev-msg-' + (++rowCounter);
    urlMsg.setAttribute('aria-live', 'polite');
    row.querySelector('[data-ev=url]').setAttribute('aria-describedby', urlMsg.id);
    row.appendChild(urlMsg);
    var kindMsg = document.createElement('span');
    kindMsg.className = 'field-msg';
    kindMsg.id = 'ev-msg-' + (++rowCounter);
    kind.setAttribute('aria-describedby', kindMsg.id);
    row.insertBefore(kindMsg, row.firstChild);
    var remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'ev-remove';
    remove.textContent = fmt('evidenceRemove');
    remove.addEventListener('click', function () {
      var next = box.querySelector('.ev-add');
      row.parentNode.removeChild(row);
      next.focus();
      update();
    });
    row.appendChild(remove);
    rows.appendChild(row);
    if (values) {
      EV_FIELDS.forEach(function (f) {
        var el = row.querySelector('[data-ev=' + f + ']');
        if (values[f] !== undefined && values[f] !== null) {
          el.value = String(values[f]);
        }
      });
    }
    if (focus) {
      kind.focus();
    }
    return row;
  }

  // The buttons are in the criteria's fields (form.ftlh), so nothing moves when this script runs;
  // one listener on the form serves them all, built or still to be built.
  form.addEventListener('click', function (e) {
    var button = e.target.closest ? e.target.closest('.ev-add') : null;
    if (button) {
      addEvidenceRow(button.closest('[data-evidence]'), null, true);
      update();
    }
  });

  // ---- filling the form from a submission, a file or a draft ------------------------------

  /** Empties every field but the period and the unit. */
  function clearAnswers() {
    form.querySelectorAll('input, select, textarea').forEach(function (el) {
      if (el.id === 'f-period' || el.id === 'f-unit' || el.type === 'file') {
        return;
      }
      if (el.type === 'radio' || el.type === 'checkbox') {
        el.checked = false;
      } else if (el.tagName === 'SELECT') {
        el.selectedIndex = 0;
      } else {
        el.value = '';
      }
    });
    form.querySelectorAll('.ev-row').forEach(function (row) {
      row.parentNode.removeChild(row);
    });
  }

  /** A value from a file as the field shows it: JSON numbers the page's way, text as it is. */
  function shown(kind, v) {
    if (v === null || v === undefined) {
      return '';
    }
    if (typeof v === 'number') {
      return NUMERIC.indexOf(kind) >= 0 ? S.localNumber(S.plain(String(v)), lang) : String(v);
    }
    return String(v);
  }

  function setInput(field, kind, v) {
    var radios = field.querySelectorAll('input[type=radio]');
    if (radios.length > 0) {
      radios.forEach(function (r) {
        r.checked = v === true ? r.value === 'true' : v === false ? r.value === 'false' : false;
      });
      return;
    }
    field.querySelector('[data-input]').value = shown(kind, v);
  }

  /**
   * Fills the form from a submission object (a JSON file, or Excel rows with text values). The
   * period and unit are taken from it unless {@code keepPeriod}. Returns the problems found.
   */
  function fill(sub, keepPeriod) {
    var problems = [];
    buildAll();
    keepForUndo();
    filling = true;
    clearAnswers();
    if (!keepPeriod && sub.period && fw.periods.some(function (p) {
      return p.id === sub.period;
    })) {
      byId('f-period').value = sub.period;
    }
    if (!keepPeriod && sub.unit) {
      if (units[sub.unit]) {
        chooseUnit(sub.unit);
      } else {
        problems.push(fmt('fileUnknownUnit', [sub.unit]));
      }
    }
    ['preparer', 'approver'].forEach(function (who) {
      var c = sub[who] || {};
      ['name', 'office', 'title', 'phone', 'email'].forEach(function (f) {
        var el = byId('f-' + who + '-' + f);
        if (el && c[f] !== undefined && c[f] !== null) {
          el.value = String(c[f]);
        }
      });
    });
    var sectorEl = byId('f-sector');
    if (sectorEl && sub.prioritySector) {
      sectorEl.value = sub.prioritySector;
    }
    fw.profileFields.forEach(function (f) {
      var field = document.querySelector('.profile .form-field[data-field="' + f.id + '"]');
      if (field && sub.profile && sub.profile[f.id] !== undefined) {
        setInput(field, f.kind, sub.profile[f.id]);
      }
    });
    Object.keys(sub.answers || {}).forEach(function (id) {
      var a = sub.answers[id];
      var box = byId('c-' + id);
      if (!criteria[id] || !box) {
        problems.push(fmt('fileUnknownCriterion', [id]));
        return;
      }
      if (box.hasAttribute('data-reviewers')) {
        return;
      }
      var c = criteria[id];
      var na = a.notApplicable;
      var reason = na && typeof na === 'object' ? na.reason : na;
      if (reason !== null && reason !== undefined && reason !== '' && reason !== false) {
        var naBox = box.querySelector('[data-na]');
        if (naBox) {
          naBox.checked = true;
          box.querySelector('[data-na-reason]').value = String(reason);
        }
      }
      c.inputs.forEach(function (def) {
        var field = box.querySelector('.form-field[data-field="' + def.id + '"]');
        if (field && a.inputs && a.inputs[def.id] !== undefined) {
          setInput(field, def.kind, a.inputs[def.id]);
          refusedDate(field.querySelector('input[type=date]'), a.inputs[def.id], id, problems);
        }
      });
      if (a.selfScore !== undefined && a.selfScore !== null) {
        box.querySelector('[data-self]').value = shown('points', a.selfScore);
      }
      (a.evidence || []).forEach(function (e) {
        var row = addEvidenceRow(box.querySelector('[data-evidence]'), e, false);
        refusedDate(row.querySelector('[data-ev=date]'), e && e.date, id, problems);
      });
      if (a.notes) {
        box.querySelector('[data-notes]').value = String(a.notes);
      }
    });
    filling = false;
    interacted = true;
    offerAccepted();
    update();
    return problems;
  }

  /**
   * A date a date field would not take (the browser empties it without a word): said, so that a
   * date from a file is never lost unnoticed.
   */
  function refusedDate(el, given, criterionId, problems) {
    if (el && el.value === '' && given !== null && given !== undefined && String(given) !== '') {
      problems.push(fmt('fileBadDate', [criterionId, String(given)]));
    }
  }

  // ---- replacing the form's content, with a way back ----------------------------------------

  // The form as it was before a blank form, a submission on main or a file replaced it: offered
  // back by the message that says what replaced it, until the official types again.
  var pendingUndo = null;

  function keepForUndo() {
    var snap = snapshot();
    var typed = Object.keys(snap.values).some(function (id) {
      return id !== 'f-period' && id !== 'f-unit';
    }) || snap.checked.length > 0 || Object.keys(snap.evidence).length > 0;
    pendingUndo = typed ? snap : null;
  }

  function startMessage(text, problems) {
    var undo = pendingUndo;
    pendingUndo = null;
    var box = byId('f-start-msg');
    while (box.firstChild) {
      box.removeChild(box.firstChild);
    }
    box.appendChild(document.createTextNode(text));
    if (problems && problems.length > 0) {
      var ul = document.createElement('ul');
      problems.forEach(function (p) {
        var li = document.createElement('li');
        li.textContent = p;
        ul.appendChild(li);
      });
      box.appendChild(ul);
    }
    if (undo) {
      box.appendChild(document.createTextNode(' ' + fmt('startReplaced') + ' '));
      var back = document.createElement('button');
      back.type = 'button';
      back.setAttribute('data-undo', '');
      back.textContent = fmt('startUndo');
      back.addEventListener('click', function () {
        applySnapshot(undo);
        interacted = true;
        update();
        saveDraft();
        startMessage(fmt('startUndone'));
        unitInput.focus();
      });
      box.appendChild(back);
    }
  }

  // What the official types next is theirs: the way back to the form before would undo it too.
  form.addEventListener('input', function (e) {
    var back = byId('f-start-msg').querySelector('[data-undo]');
    if (back && e.target.type !== 'file') {
      back.parentNode.removeChild(back);
    }
  });

  /** The accepted submission of the unit this form can start from: this period's, or the last. */
  function acceptedFor() {
    var u = chosenUnit ? units[chosenUnit] : null;
    var p = period();
    if (!u || !p) {
      return null;
    }
    var periods = fw.periods.filter(function (x) {
      return u.accepted[x.id] && x.start <= p.start;
    });
    if (periods.length === 0) {
      return null;
    }
    var from = periods[periods.length - 1];
    return { period: from.id, url: u.accepted[from.id], same: from.id === p.id };
  }

  function offerAccepted() {
    var button = byId('f-start-accepted');
    var a = acceptedFor();
    button.hidden = !a;
    if (a) {
      button.textContent = fmt(a.same ? 'startUpdate' : 'startAccepted', [a.period]);
    }
  }

  byId('f-start-accepted').addEventListener('click', function () {
    var a = acceptedFor();
    if (!a) {
      return;
    }
    var target = period().id;
    fetch(a.url).then(function (r) {
      if (!r.ok) {
        throw new Error('HTTP ' + r.status);
      }
      return r.json();
    }).then(function (sub) {
      var problems = fill(sub, true);
      startMessage(fmt(a.same ? 'startLoadedSame' : 'startLoaded', [a.period, target]), problems);
    }).catch(function (e) {
      startMessage(fmt('startFailed', [e.message]));
    });
  });

  byId('f-start-blank').addEventListener('click', function () {
    keepForUndo();
    filling = true;
    clearAnswers();
    filling = false;
    showAll = false;
    touched = {};
    update();
    startMessage(fmt('startBlankDone'));
  });

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var el = document.createElement('script');
      el.src = ASSETS + src;
      el.onload = resolve;
      el.onerror = function () {
        reject(new Error(src));
      };
      document.head.appendChild(el);
    });
  }

  var excelLoading = null;

  /**
   * The Excel round trip, loaded at its first use: fflate, form-excel.js and the sheet layout
   * (fw.sheet). Resolves to window.DtiExcel; a failure (offline, say) can be retried.
   */
  function excel() {
    if (!excelLoading) {
      excelLoading = Promise.all([
        window.fflate ? null : loadScript('vendor/fflate-0.8.3.js'),
        fw.sheet || !fw.sheetUrl ? null : fetch(fw.sheetUrl).then(function (res) {
          if (!res.ok) {
            throw new Error(fw.sheetUrl + ' ' + res.status);
          }
          return res.json();
        }).then(function (sheet) {
          fw.sheet = sheet;
        })
      ]).then(function () {
        return window.DtiExcel ? null : loadScript('form-excel.js');
      }).then(function () {
        if (!window.DtiExcel || !fw.sheet) {
          throw new Error('form-excel.js');
        }
        X = window.DtiExcel;
        return X;
      });
      excelLoading.catch(function () {
        excelLoading = null;
      });
    }
    return excelLoading;
  }

  /** Opens a JSON submission or an Excel file of the form. */
  byId('f-open').addEventListener('change', function (e) {
    var file = e.target.files && e.target.files[0];
    if (!file) {
      return;
    }
    var isJson = /\.json$/i.test(file.name);
    var isXlsx = /\.xlsx$/i.test(file.name);
    if (!isJson && !isXlsx) {
      startMessage(fmt('fileUnknownType'));
      return;
    }
    var limit = isJson ? MAX_JSON_FILE : MAX_XLSX_FILE;
    if (file.size > limit) {
      startMessage(fmt('fileTooBig', [limit / 1024 / 1024]));
      return;
    }
    file.arrayBuffer().then(function (buffer) {
      var bytes = new Uint8Array(buffer);
      e.target.value = '';
      if (isJson) {
        openJson(file.name, bytes);
      } else {
        excel().then(function () {
          openXlsx(file.name, bytes);
        }, function (err) {
          startMessage(fmt('excelLoadFailed', [err.message]));
        });
      }
    });
  });

  // What could not be read is said in the page's language, never in the browser's words
  // ("Expected ',' or '}' after property value in JSON at position 21"): where it stopped, if the
  // browser tells (Chromium and Firefox name the line and column or the position; Safari neither).
  function jsonWhere(message, text) {
    var m = /line (\d+) column (\d+)/.exec(message);
    if (m) {
      return ' ' + fmt('fileWhere', [m[1], m[2]]);
    }
    m = /position (\d+)/.exec(message);
    if (m) {
      var lines = text.slice(0, +m[1]).split('\n');
      return ' ' + fmt('fileWhere', [lines.length, lines[lines.length - 1].length + 1]);
    }
    return '';
  }

  function openJson(name, bytes) {
    var text;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch (err) {
      startMessage(fmt('fileNotUtf8'));
      return;
    }
    var sub;
    try {
      sub = JSON.parse(text);
    } catch (err) {
      startMessage(fmt('fileBadJson', [jsonWhere(String(err && err.message), text)]));
      return;
    }
    if (!sub || typeof sub !== 'object' || Array.isArray(sub)) {
      startMessage(fmt('fileNotSubmission'));
      return;
    }
    if (sub.framework !== fw.id) {
      startMessage(fmt('fileOtherFramework', [String(sub.framework), fw.title]));
      return;
    }
    report2(name, fill(sub, false));
  }

  // form-excel.js fails with a code (err.excel); anything else is a fault of this page, said as
  // such with its own words for whoever looks into it.
  var XLSX_WHY = { zip: 'xlsxWhyZip', size: 'xlsxWhySize', workbook: 'xlsxWhyWorkbook',
    rows: 'xlsxWhyRows', XML: 'xlsxWhyXml', DOCTYPE: 'xlsxWhyXml' };

  function xlsxBad(err) {
    var why = err && err.excel && XLSX_WHY[err.message];
    return fmt('xlsxBad', [why ? fmt(why) : fmt('xlsxWhyOther', [String(err && err.message)])]);
  }

  function openXlsx(name, bytes) {
    var book;
    try {
      book = X.read(bytes);
    } catch (err) {
      startMessage(xlsxBad(err));
      return;
    }
    var r;
    try {
      r = X.toSubmission(book, fw);
    } catch (err) {
      startMessage(xlsxBad(err));
      return;
    }
    var problems = r.problems.map(function (p) {
      return fmt(p.key, p.args);
    });
    if (!r.submission) {
      startMessage(problems.join(' '));
      return;
    }
    report2(name, problems.concat(fill(r.submission, false)));
  }

  function report2(name, problems) {
    if (problems.length > 0) {
      startMessage(fmt('fileProblems', [name, problems.length]), problems);
    } else {
      startMessage(fmt('fileLoaded', [name]));
    }
  }

  // ---- the draft in this browser ---------------------------------------------------------

  function snapshot() {
    var values = {};
    var checked = [];
    form.querySelectorAll('input, select, textarea').forEach(function (el) {
      if (!el.id || el.type === 'file' || el.hasAttribute('data-ev')) {
        return;
      }
      if (el.type === 'radio' || el.type === 'checkbox') {
        if (el.checked) {
          checked.push(el.id);
        }
      } else if (el.value !== '') {
        values[el.id] = el.value;
      }
    });
    var evidence = {};
    form.querySelectorAll('fieldset[data-criterion]').forEach(function (box) {
      var rows = [];
      box.querySelectorAll('.ev-row').forEach(function (row) {
        var e = {};
        row.querySelectorAll('[data-ev]').forEach(function (el) {
          e[el.getAttribute('data-ev')] = el.value;
        });
        rows.push(e);
      });
      if (rows.length > 0) {
        evidence[box.getAttribute('data-criterion')] = rows;
      }
    });
    return { v: 1, savedAt: new Date().toISOString(), unit: chosenUnit || lastPicked,
      values: values, checked: checked, evidence: evidence };
  }

  /** The draft kept for unit {@code id} in this browser, or null. */
  function unitDraft(id) {
    var store = storage();
    var snap = null;
    try {
      snap = JSON.parse((store && store.getItem(unitDraftKey(id))) || 'null');
    } catch (e) {
      return null;
    }
    return snap && snap.v === 1 && snap.unit === id ? snap : null;
  }

  /** Saves now what the form holds as unit {@code id}'s draft, before another unit's replaces it. */
  function keepDraftOf(id) {
    clearTimeout(saveTimer);
    if (!interacted) {
      return;
    }
    var store = storage();
    var snap = snapshot();
    snap.unit = id;
    try {
      store.setItem(unitDraftKey(id), JSON.stringify(snap));
    } catch (e) {
      draftStatus(fmt('draftUnavailable'), false);
    }
  }

  function scheduleDraft() {
    if (filling || !interacted) {
      return;
    }
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveDraft, 400);
  }

  /** Saves the draft: the latest, and the unit's own; {@code quiet} keeps the status said. */
  function saveDraft(quiet) {
    var store = storage();
    var snap = snapshot();
    try {
      store.setItem(DRAFT_KEY, JSON.stringify(snap));
      if (snap.unit) {
        store.setItem(unitDraftKey(snap.unit), JSON.stringify(snap));
      }
      if (quiet !== true) {
        draftStatus(fmt('draftSaved', [clock(snap.savedAt)]), true);
      }
    } catch (e) {
      draftStatus(fmt('draftUnavailable'), false);
    }
  }

  function draftStatus(text, saved) {
    setText('f-draft-status', text);
    byId('f-draft-status').classList.toggle('ok', saved);
    byId('f-draft-clear').hidden = !saved;
  }

  function restoreDraft() {
    var store = storage();
    var raw = store ? store.getItem(DRAFT_KEY) : null;
    if (!raw) {
      return false;
    }
    var snap;
    try {
      snap = JSON.parse(raw);
    } catch (e) {
      return false;
    }
    if (!snap || snap.v !== 1) {
      return false;
    }
    applySnapshot(snap);
    draftStatus(fmt('draftRestored', [clock(snap.savedAt)]), true);
    return true;
  }

  /** Puts a snapshot (a draft, or the form before a replacement) back into the form. */
  function applySnapshot(snap) {
    buildAll();
    filling = true;
    clearAnswers();
    if (snap.values && snap.values['f-period']) {
      byId('f-period').value = snap.values['f-period'];
    }
    Object.keys(snap.values || {}).forEach(function (id) {
      var el = byId(id);
      if (el && form.contains(el) && id !== 'f-unit' && id !== 'f-period') {
        el.value = snap.values[id];
      }
    });
    (snap.checked || []).forEach(function (id) {
      var el = byId(id);
      if (el && form.contains(el)) {
        el.checked = true;
      }
    });
    Object.keys(snap.evidence || {}).forEach(function (cid) {
      var box = byId('c-' + cid);
      var ev = box ? box.querySelector('[data-evidence]') : null;
      if (ev) {
        snap.evidence[cid].forEach(function (e) {
          addEvidenceRow(ev, e, false);
        });
      }
    });
    if (snap.unit && units[snap.unit]) {
      chooseUnit(snap.unit);
    } else if (snap.values && snap.values['f-unit']) {
      unitInput.value = snap.values['f-unit'];
    }
    filling = false;
    interacted = true;
  }

  byId('f-draft-clear').addEventListener('click', function () {
    var store = storage();
    clearTimeout(saveTimer);
    if (store) {
      store.removeItem(DRAFT_KEY);
      if (chosenUnit || lastPicked) {
        store.removeItem(unitDraftKey(chosenUnit || lastPicked));
      }
    }
    interacted = false;
    draftStatus(fmt('draftCleared'), false);
  });

  // ---- saving and sending ----------------------------------------------------------------

  function download(name, bytes, type) {
    var blob = new Blob([bytes], { type: type });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
    setTimeout(function () {
      URL.revokeObjectURL(a.href);
    }, 1000);
  }

  byId('f-download').addEventListener('click', function () {
    buildAll();
    showAll = true;
    var r = update();
    download((r.state.unit || 'unit') + '.json', r.json, 'application/json');
  });

  /** What the form holds, as the text of Excel cells (numbers the page's way). */
  function excelData() {
    var data = { info: {}, criteria: {} };
    var u = chosenUnit ? units[chosenUnit] : null;
    data.info.unit = u ? fw.sheet.lists.units[fw.units.indexOf(u)] : '';
    data.info.period = value('f-period');
    var sectorEl = byId('f-sector');
    if (sectorEl && sectorEl.value) {
      var i = fw.aggregation.prioritySectors.map(function (s) {
        return s.id;
      }).indexOf(sectorEl.value);
      data.info.sector = fw.sheet.lists.sectors[i];
    }
    ['preparer', 'approver'].forEach(function (who) {
      ['name', 'office', 'title', 'phone', 'email'].forEach(function (f) {
        if (byId('f-' + who + '-' + f)) {
          data.info[who + '.' + f] = value('f-' + who + '-' + f);
        }
      });
    });
    document.querySelectorAll('.profile .form-field[data-field]').forEach(function (field) {
      data.info['profile.' + field.getAttribute('data-field')] = String(controlValue(field));
    });
    document.querySelectorAll('fieldset[data-criterion]').forEach(function (box) {
      if (box.hasAttribute('data-reviewers')) {
        return;
      }
      var c = criteria[box.getAttribute('data-criterion')];
      var a = { inputs: {}, evidence: [] };
      box.querySelectorAll('.form-field[data-field]').forEach(function (field) {
        var v = controlValue(field);
        var id = field.getAttribute('data-field');
        if (v === true || v === false) {
          v = fw.sheet.lists.yesNo[v ? 0 : 1];
        } else if (c.method.type === 'choice' && v !== '') {
          var k = c.method.options.map(function (o) {
            return o.id;
          }).indexOf(v);
          v = k >= 0 ? fw.sheet.lists['c:' + c.id][k] : v;
        }
        a.inputs[id] = v;
      });
      a.self = box.querySelector('[data-self]').value.trim();
      var na = box.querySelector('[data-na]');
      a.na = na && na.checked ? box.querySelector('[data-na-reason]').value.trim() : '';
      a.notes = box.querySelector('[data-notes]').value;
      box.querySelectorAll('.ev-row').forEach(function (row) {
        var e = {};
        row.querySelectorAll('[data-ev]').forEach(function (el) {
          e[el.getAttribute('data-ev')] = el.value.trim();
        });
        var k = EVIDENCE_KINDS.indexOf(e.kind);
        e.kind = k >= 0 ? fw.sheet.lists.evidence[k] : e.kind;
        a.evidence.push(e);
      });
      data.criteria[c.id] = a;
    });
    return data;
  }

  byId('f-export-xlsx').addEventListener('click', function () {
    setText('f-export-msg', '');
    excel().then(function () {
      buildAll();
      var r = update();
      var bytes = X.write(fw.sheet, excelData());
      download((r.state.unit || fw.id) + '.xlsx', bytes,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    }, function (err) {
      setText('f-export-msg', fmt('excelLoadFailed', [err.message]));
    });
  });

  /** The send step (DtiScoring.sendPlan); null until the period and unit are chosen. */
  function sendPlan() {
    var s = last.state;
    if (!fw.newFileUrl || !s.unit || !s.period) {
      return null;
    }
    var u = units[s.unit];
    return S.sendPlan(fw, filePath(s), last.json, !!(u && u.onMain.indexOf(s.period) >= 0));
  }

  function updateSend() {
    var link = byId('f-send');
    if (!link) {
      return;
    }
    var plan = sendPlan();
    if (!plan) {
      setText('f-send-text', fmt('sendPickFirst'));
      link.hidden = true;
      return;
    }
    link.hidden = false;
    setText('f-send-text', fmt(plan.text));
    link.textContent = fmt(plan.label);
    link.href = plan.href;
  }

  var send = byId('f-send');
  if (send) {
    send.addEventListener('click', function () {
      buildAll();
      showAll = true;
      update();
      var plan = sendPlan();
      if (!plan) {
        return;
      }
      send.href = plan.href;
      if (plan.copy) {
        S.copy(last.json).then(function (ok) {
          setText('f-send-msg', fmt(ok ? 'sendCopied' : 'sendCopyFailed'));
        });
      }
    });
  }

  // ---- events ----------------------------------------------------------------------------

  function touch(e) {
    var el = e.target;
    if (el && (el.id || el.name)) {
      touched[el.id || el.name] = true;
    }
    var box = el && el.closest ? el.closest('fieldset[data-criterion]') : null;
    if (box) {
      touched[box.id] = true;
    }
  }

  function changed(e) {
    if (e.target === unitInput || e.target.type === 'file') {
      return;
    }
    touch(e);
    interacted = true;
    if (e.target.id === 'f-period') {
      offerAccepted();
    }
    update();
  }

  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  form.addEventListener('focusout', function (e) {
    if (e.target === unitInput) {
      touched['f-unit'] = unitInput.value.trim() !== '' || touched['f-unit'];
    } else {
      touch(e);
    }
    update();
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
  });

  var restored = restoreDraft();
  var periodSelect = byId('f-period');
  showPeriodInfo();
  offerAccepted();
  // An empty form has nothing to check: the page shows "—" for every result until the first
  // input, change or focus leaves a field (the listeners above), so a phone is not kept busy
  // while it draws the page. A restored draft is checked at once.
  if (restored) {
    update();
    // What was just restored is what the browser holds: no need to save it again, and the
    // "restored" status stays until the official changes something.
    clearTimeout(saveTimer);
  }
})();
