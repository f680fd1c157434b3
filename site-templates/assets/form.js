/* The submission form (forms/<framework>.html): checks values as the user types, shows the
   points each criterion will get and the total, and writes the submission JSON (docs/formats.md).
   Scoring and checks live in form-scoring.js (window.DtiScoring), shared with the Node test that
   compares them with the Java scorer. No inline script, no eval, no innerHTML: CSP script-src
   'self', and every text from data goes through textContent. */
(function () {
  'use strict';
  var S = window.DtiScoring;
  var dataEl = document.getElementById('framework-data');
  var form = document.getElementById('dti-form');
  if (!S || !dataEl || !form) {
    return;
  }
  var fw = JSON.parse(dataEl.textContent);
  var t = fw.t;
  var lang = document.documentElement.lang;
  var EVIDENCE_KINDS = ['decision', 'plan', 'report', 'document', 'link', 'photo', 'other'];
  var UNIT = /^[a-z0-9][a-z0-9-]*$/;
  var EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
  var criteria = {};
  fw.criteria.forEach(function (c) {
    criteria[c.id] = c;
  });
  var touched = {};
  var showAll = false;
  var rowCounter = 0;

  function fmt(key) {
    var args = Array.prototype.slice.call(arguments, 1);
    return (t[key] || key).replace(/\{(\d+)\}/g, function (m, i) {
      return String(args[+i]);
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

  function msgOf(el) {
    var field = el.closest('.form-field, .evidence, .ev-row');
    return field ? field.querySelector('.field-msg') : null;
  }

  /** Shows (or clears) the message next to a control and marks it invalid; counts errors. */
  function report(controls, key, errors, force) {
    var list = Array.isArray(controls) ? controls : [controls];
    var shown = key && (force || showAll || list.some(function (c) {
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
    if (msg) {
      msg.textContent = shown ? fmt(key) : '';
    }
    if (key) {
      errors.push(key);
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
    report(el, key, errors, false);
    return v;
  }

  /** The value of one input control: true/false for yes-no radios, else the trimmed text. */
  function controlValue(field) {
    var radios = field.querySelectorAll('input[type=radio]');
    if (radios.length > 0) {
      var checked = field.querySelector('input[type=radio]:checked');
      return checked ? checked.value === 'true' : '';
    }
    var el = field.querySelector('[data-input]');
    return el ? el.value.trim() : '';
  }

  function badInput(controls) {
    return controls.some(function (el) {
      return el.validity && el.validity.badInput;
    });
  }

  function controlsOf(field) {
    return Array.prototype.slice.call(field.querySelectorAll('[data-input]'));
  }

  function readEvidence(box, c, errors) {
    var rows = box.querySelectorAll('.ev-row');
    var out = [];
    Array.prototype.forEach.call(rows, function (row) {
      var e = {};
      row.querySelectorAll('[data-ev]').forEach(function (el) {
        e[el.getAttribute('data-ev')] = el.value.trim();
      });
      var kindEl = row.querySelector('[data-ev=kind]');
      var accepted = c.evidence.kinds.length === 0 || c.evidence.kinds.indexOf(e.kind) >= 0;
      report(kindEl, accepted ? null : 'errEvidenceKind', errors, true);
      var urlEl = row.querySelector('[data-ev=url]');
      var badUrl = e.url !== '' && !/^https?:\/\/[^\s/]+/i.test(e.url);
      var urlMsg = row.querySelector('.ev-url-msg');
      if (badUrl) {
        urlEl.setAttribute('aria-invalid', 'true');
        errors.push('errUrl');
      } else {
        urlEl.removeAttribute('aria-invalid');
      }
      urlMsg.textContent = badUrl ? fmt('errUrl') : '';
      out.push(e);
    });
    return out;
  }

  /** One criterion's answer, or null when nothing is filled in; checks every field. */
  function readCriterion(box, errors) {
    var c = criteria[box.getAttribute('data-criterion')];
    var naBox = box.querySelector('[data-na]');
    var na = naBox && naBox.checked;
    var inputs = {};
    var any = false;
    box.querySelectorAll('.form-field[data-field]').forEach(function (field) {
      var v = controlValue(field);
      inputs[field.getAttribute('data-field')] = v;
      if (v !== '') {
        any = true;
      }
    });
    var evidenceBox = box.querySelector('[data-evidence]');
    var evidence = readEvidence(evidenceBox, c, errors);
    var notes = box.querySelector('[data-notes]').value;
    var self = box.querySelector('[data-self]');
    box.querySelectorAll('.form-field[data-field]').forEach(function (field) {
      var controls = controlsOf(field);
      controls.forEach(function (el) {
        el.disabled = !!na;
      });
      var def = c.inputs.filter(function (i) {
        return i.id === field.getAttribute('data-field');
      })[0];
      var v = inputs[def.id];
      var options = c.method.type === 'choice' ? c.method.options.map(function (o) {
        return o.id;
      }) : null;
      var key = na ? null : S.checkValue(def.kind, v, c.maxPoints, options);
      if (!na && !key && badInput(controls)) {
        // type=number hides what cannot be parsed (e.g. "75,7" in some browsers) as ""
        key = 'errNumber';
      }
      if (!na && !key && any && v === '') {
        key = 'errRequired';
      }
      report(controls, key, errors, key !== null && key !== 'errRequired');
    });
    if (!na && any) {
      var ratioKey = S.checkRatio(c, inputs);
      var first = box.querySelector('.form-field[data-field]');
      if (ratioKey && first) {
        report(controlsOf(first), ratioKey, errors, true);
      }
    }
    var selfKey = null;
    var selfValue = self.value.trim();
    if (selfValue !== '') {
      var sv = S.parse(selfValue);
      if (sv === null || S.checkValue('points', selfValue, c.maxPoints, null)) {
        selfKey = 'errSelf';
      }
    }
    report(self, selfKey, errors, true);
    self.disabled = !!na;
    if (naBox) {
      var reason = box.querySelector('[data-na-reason]');
      report(reason, na && reason.value.trim() === '' ? 'errNaReason' : null, errors, true);
    }
    var hasEvidence = evidence.some(function (e) {
      return e.kind !== '';
    });
    var evMsg = evidenceBox.querySelector(':scope > .field-msg');
    var needEvidence = c.evidence.required && !na && any && !hasEvidence;
    evMsg.textContent = needEvidence && (showAll || touched[box.id]) ? fmt('errEvidence') : '';
    if (needEvidence) {
      errors.push('errEvidence');
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
      selfScore: selfValue,
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
    } else if (result.status === 'cohort') {
      out.textContent = fmt('statusCohort');
    } else if (result.status === 'notApplicable') {
      out.textContent = fmt('statusNotApplicable');
    } else {
      out.textContent = fmt('statusMissing');
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
        out[f] = text(id, required.indexOf(f) >= 0, errors, f === 'email' ? EMAIL : null,
          'errEmail');
      }
    });
    return out;
  }

  /** Reads the whole form, checks it, shows points; returns {state, errors}. */
  function update() {
    var errors = [];
    var sectorEl = byId('f-sector');
    var state = {
      unit: text('f-unit', true, errors, UNIT, 'errUnit'),
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
      var v = controlValue(field);
      state.profile[id] = v;
      var key = S.checkValue(def.kind, v, null, null);
      if (!key && def.required && v === '') {
        key = 'errRequired';
      }
      report(controlsOf(field), key, errors, key !== null && key !== 'errRequired');
    });
    var period = fw.periods.filter(function (p) {
      return p.id === state.period;
    })[0];
    var ctx = { period: period || null, arrival: today() };
    var scores = {};
    document.querySelectorAll('fieldset[data-criterion]').forEach(function (box) {
      var section = box.closest('[data-sector]');
      var inSector = section !== null;
      if (inSector) {
        var active = section.getAttribute('data-sector') === state.prioritySector;
        section.hidden = !active;
        if (!active) {
          return;
        }
      }
      var id = box.getAttribute('data-criterion');
      var answer = readCriterion(box, errors);
      if (answer) {
        state.answers[id] = answer;
      }
      var c = criteria[id];
      var result = S.scoreCriterion(c, answer, ctx);
      scores[id] = result;
      showPoints(box, result, c.method.type === 'lateness' && !c.method.input);
    });
    var total = S.aggregate(fw, scores, state.prioritySector);
    byId('f-total').textContent = points(total.total);
    byId('f-total-note').textContent = total.pendingCohort > 0
      ? fmt('totalPending', total.pendingCohort) : '';
    const summary = byId('f-errors');
    summary.textContent = errors.length > 0
      ? fmt('errorsCount', errors.length) : fmt('noErrors');
    // A clean form is good news: not in the error colour.
    summary.classList.toggle('ok', errors.length === 0);
    var json = S.buildSubmission(fw, state);
    byId('f-preview').textContent = json;
    var github = byId('f-github');
    if (github && fw.newFileUrl) {
      var file = 'submissions/' + fw.id + '/' + (state.period || 'period') + '/' +
        (state.unit || 'unit') + '.json';
      github.href = fw.newFileUrl + '?filename=' + encodeURIComponent(file) +
        '&value=' + encodeURIComponent(json);
    }
    return { state: state, json: json, errors: errors };
  }

  // ---- evidence rows -------------------------------------------------------------------

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

  function addEvidenceRow(box) {
    var c = criteria[box.closest('[data-criterion]').getAttribute('data-criterion')];
    var rows = box.querySelector('.evidence-rows');
    var row = document.createElement('div');
    row.className = 'ev-row';
    row.setAttribute('role', 'group');
    var kind = document.createElement('select');
    kind.setAttribute('data-ev', 'kind');
    var kinds = c.evidence.kinds.length > 0 ? c.evidence.kinds : EVIDENCE_KINDS;
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
    kind.focus();
  }

  // The buttons are in the page (form.ftlh), so nothing moves when this script runs.
  document.querySelectorAll('[data-evidence]').forEach(function (box) {
    box.querySelector('.ev-add').addEventListener('click', function () {
      addEvidenceRow(box);
      update();
    });
  });

  // ---- events --------------------------------------------------------------------------

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

  form.addEventListener('input', function (e) {
    touch(e);
    update();
  });
  form.addEventListener('change', function (e) {
    touch(e);
    update();
  });
  form.addEventListener('focusout', function (e) {
    touch(e);
    update();
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
  });

  byId('f-download').addEventListener('click', function () {
    showAll = true;
    var r = update();
    var blob = new Blob([r.json], { type: 'application/json' });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = (r.state.unit || 'unit') + '.json';
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
    setTimeout(function () {
      URL.revokeObjectURL(a.href);
    }, 1000);
  });
  var github = byId('f-github');
  if (github) {
    github.addEventListener('click', function () {
      showAll = true;
      update();
    });
  }

  // No check of the whole form at load: an empty form has nothing to report, the page shows
  // "—" for every result until the first input, change or focus leaves a field (the listeners
  // above), and a phone is not kept busy while it draws the page. Sector sections start hidden
  // in the page (noscript.css shows them without JavaScript); update() shows the chosen one.
})();
