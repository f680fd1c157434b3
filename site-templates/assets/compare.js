/* Compare page (compare.html): pick a framework and period, then 2–4 of its units; their totals,
   ranks, pillars and criteria are shown side by side from the published open data
   (data/<framework>/<period>/scores.json). The page carries the names and maxima in its language
   (<script type="application/json" id="compare-data">, org.opendti.render.ComparePage). The
   choice is kept in the address (#framework/period/unit,unit) so a comparison can be shared.
   No inline script, no HTML from data: every text is set with textContent. */
(function () {
  'use strict';
  var dataEl = document.getElementById('compare-data');
  var cohortSel = document.getElementById('compare-cohort');
  if (!dataEl || !cohortSel) {
    return;
  }
  var lang = document.documentElement.lang;
  var meta = JSON.parse(dataEl.textContent);
  var t = meta.text;
  var fieldset = document.getElementById('compare-units');
  var unitSels = Array.prototype.slice.call(document.querySelectorAll('select.compare-unit'));
  var status = document.getElementById('compare-status');
  var result = document.getElementById('compare-result');
  var number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  var collator = new Intl.Collator(lang);
  var files = {};
  var loaded = null; // { key, cohort, byId }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) {
      e.textContent = text;
    }
    if (cls) {
      e.className = cls;
    }
    return e;
  }

  function format(n) {
    return typeof n === 'number' ? number.format(n) : t.compareNoScore;
  }

  function say(text) {
    status.textContent = text;
  }

  function load(key) {
    var cohort = meta.cohorts[key];
    if (!files[key]) {
      files[key] = fetch(cohort.src).then(function (r) {
        if (!r.ok) {
          throw new Error(r.status);
        }
        return r.json();
      });
    }
    return files[key].then(function (json) {
      if (lang === 'en') {
        json.units.forEach(function (u) {
          if (typeof u.nameEn === 'string' && u.nameEn !== '') {
            u.name = u.nameEn;
          }
        });
      }
      var byId = {};
      json.units.forEach(function (u) { byId[u.unit] = u; });
      return { key: key, cohort: cohort, units: json.units, byId: byId };
    });
  }

  // Real units first, sample units in their own group: never mixed in one list.
  function fillUnits(data, chosen) {
    var units = data.units.slice().sort(function (a, b) {
      return collator.compare(a.name, b.name) || (a.unit < b.unit ? -1 : 1);
    });
    unitSels.forEach(function (sel, i) {
      while (sel.options.length > 1) {
        sel.remove(1);
      }
      Array.prototype.slice.call(sel.querySelectorAll('optgroup')).forEach(function (g) { sel.removeChild(g); });
      [false, true].forEach(function (sample) {
        var list = units.filter(function (u) { return !!u.sample === sample; });
        if (list.length === 0) {
          return;
        }
        var parent = sel;
        if (sample) {
          parent = el('optgroup');
          parent.label = t.compareSample;
          sel.appendChild(parent);
        }
        list.forEach(function (u) {
          var o = el('option', u.name + (sample ? ' (' + t.compareSample + ')' : ''));
          o.value = u.unit;
          parent.appendChild(o);
        });
      });
      sel.value = chosen[i] && data.byId[chosen[i]] ? chosen[i] : '';
    });
  }

  function chosenUnits() {
    return unitSels.map(function (s) { return s.value; }).filter(function (v) { return v !== ''; });
  }

  function remember() {
    var key = cohortSel.value;
    var hash = key ? '#' + key + '/' + chosenUnits().join(',') : '';
    if (window.history && window.history.replaceState) {
      window.history.replaceState(null, '', hash || window.location.pathname);
    }
  }

  // A row's header for a pillar or criterion: its name, marked with its language where that is not
  // the page's (a framework without English names, on the English page), then the page's words.
  function named(item, after) {
    var th = el('th');
    var name = item.lang ? el('span', item.name) : document.createTextNode(item.name);
    if (item.lang) {
      name.lang = item.lang;
    }
    th.appendChild(name);
    th.appendChild(document.createTextNode(after));
    return th;
  }

  // One row: a header cell and a value per unit; the highest value (the best rank, which is the
  // lowest) is bold and said to be so, unless every unit has the same. label is the header's text,
  // or a header cell made by named().
  function row(body, label, values, lowerIsBetter, cls) {
    var tr = el('tr', null, cls);
    var th = typeof label === 'string' ? el('th', label) : label;
    th.scope = 'row';
    tr.appendChild(th);
    var nums = values.filter(function (v) { return typeof v === 'number'; });
    var best = nums.length === 0 ? null : (lowerIsBetter ? Math.min : Math.max).apply(null, nums);
    var allSame = nums.length === values.length && nums.every(function (v) { return v === best; });
    values.forEach(function (v) {
      var td = el('td', null, 'num');
      if (typeof v === 'number' && v === best && !allSame && values.length > 1) {
        td.appendChild(el('strong', format(v)));
        td.appendChild(el('span', ' (' + t.compareBest + ')', 'visually-hidden'));
        td.className += ' best';
      } else {
        td.textContent = format(v);
      }
      tr.appendChild(td);
    });
    body.appendChild(tr);
  }

  function render() {
    remember();
    result.textContent = '';
    var ids = chosenUnits();
    var distinct = ids.filter(function (v, i) { return ids.indexOf(v) === i; });
    if (distinct.length !== ids.length) {
      say(t.compareSameUnit);
      return;
    }
    if (!loaded || distinct.length < meta.min) {
      say(loaded ? t.comparePickMore : '');
      return;
    }
    var c = loaded.cohort;
    var units = distinct.map(function (id) { return loaded.byId[id]; });
    var names = units.map(function (u) { return u.name; });
    var caption = t.compareCaption.replace('{0}', number.format(units.length)).replace('{1}', names.join(', '));
    say(caption);
    var region = el('div', null, 'table-scroll');
    region.setAttribute('role', 'region');
    region.setAttribute('aria-labelledby', 'compare-caption');
    region.tabIndex = 0;
    var table = el('table', null, 'compare');
    var cap = el('caption', caption);
    cap.id = 'compare-caption';
    table.appendChild(cap);
    var head = el('thead');
    var htr = el('tr');
    var corner = el('th', t.criterion);
    corner.scope = 'col';
    htr.appendChild(corner);
    units.forEach(function (u) {
      var th = el('th');
      th.scope = 'col';
      var a = el('a', u.name);
      a.href = c.scorecard.replace('units/UNIT/', 'units/' + encodeURIComponent(u.unit) + '/');
      th.appendChild(a);
      if (u.sample) {
        th.appendChild(el('span', ' (' + t.compareSample + ')'));
      }
      htr.appendChild(th);
    });
    head.appendChild(htr);
    table.appendChild(head);
    var body = el('tbody');
    row(body, t.total + ' (' + t.maxAbbr + ' ' + c.totalMax + ')',
      units.map(function (u) { return u.total; }), false, 'total');
    Object.keys(c.groups).forEach(function (g) {
      if (units.some(function (u) { return u.ranks && typeof u.ranks[g] === 'number'; })) {
        row(body, t.rank + ' — ' + c.groups[g],
          units.map(function (u) { return u.ranks ? u.ranks[g] : null; }), true, 'rank');
      }
    });
    c.pillars.forEach(function (p) {
      row(body, named(p, ' (' + t.maxAbbr + ' ' + p.max + ')'),
        units.map(function (u) { return u.pillars ? u.pillars[p.id] : null; }), false, 'pillar');
      p.criteria.forEach(function (cr) {
        row(body, named(cr, ' (' + t.maxAbbr + ' ' + cr.max + ')'),
          units.map(function (u) { return u.criteria ? u.criteria[cr.id] : null; }), false, 'criterion');
      });
    });
    table.appendChild(body);
    region.appendChild(table);
    result.appendChild(region);
  }

  function choose(key, chosen) {
    result.textContent = '';
    loaded = null;
    if (!key || !meta.cohorts[key]) {
      fieldset.disabled = true;
      say('');
      remember();
      return Promise.resolve();
    }
    say(t.compareLoading);
    return load(key).then(function (data) {
      if (cohortSel.value !== key) {
        return;
      }
      loaded = data;
      fillUnits(data, chosen || []);
      fieldset.disabled = false;
      render();
    }, function () {
      say(t.compareLoadError.replace('{0}', meta.cohorts[key].src));
    });
  }

  cohortSel.addEventListener('change', function () { choose(cohortSel.value, chosenUnits()); });
  unitSels.forEach(function (s) { s.addEventListener('change', render); });

  // A shared address: #framework/period/unit,unit,…
  var hash = decodeURIComponent(window.location.hash.replace(/^#/, ''));
  var m = /^([^/]+\/[^/]+)\/(.*)$/.exec(hash);
  if (m && meta.cohorts[m[1]]) {
    cohortSel.value = m[1];
    choose(m[1], m[2].split(',').slice(0, meta.max));
  } else if (cohortSel.value) {
    choose(cohortSel.value, []);
  }
})();
