/* Compare page (compare.html): pick a framework and period, then 2–4 of its units; their totals,
   ranks, pillars and criteria are shown side by side from the published data
   (data/<framework>/<period>/compare/, org.opendti.render.CompareData): units.json lists the
   cohort's units in id order, [id, name, English name, sample, parent's place in parents], and
   the points of the unit at position i are in the shard floor(i / shardUnits).json beside it, so
   a comparison reads the list and one shard per unit, never the whole cohort. The page carries
   the names and maxima in its language
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
  var inputs = Array.prototype.slice.call(document.querySelectorAll('input.compare-unit'));
  var status = document.getElementById('compare-status');
  var result = document.getElementById('compare-result');
  var number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  var collator = new Intl.Collator(lang, { numeric: true });
  if (!window.DtiCombobox) {
    return;
  }
  // Each box picks one unit of the loaded cohort (combobox.js); a pick or an edit redraws.
  var pickers = inputs.map(function (input) {
    return window.DtiCombobox(input, document.getElementById(input.getAttribute('aria-controls')), {
      none: t.compareNoMatch,
      onPick: function () { render(); },
      onDrop: function () { render(); }
    });
  });
  var lists = {};
  var shards = {};
  var loaded = null; // { key, cohort, url, units, byId }
  var serial = 0;

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

  function fetchJson(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) {
        throw new Error(r.status);
      }
      return r.json();
    });
  }

  // A failed load is asked for again the next time, not remembered.
  function once(cache, key, url) {
    if (!cache[key]) {
      cache[key] = fetchJson(url);
      cache[key].catch(function () { delete cache[key]; });
    }
    return cache[key];
  }

  function load(key) {
    var cohort = meta.cohorts[key];
    var url = new URL(cohort.src, document.baseURI);
    return once(lists, key, url).then(function (json) {
      // Looked up with ids from the address: no prototype, so "constructor" is no unit.
      var byId = Object.create(null);
      function name(vi, en) {
        return lang === 'en' && typeof en === 'string' && en !== '' ? en : vi;
      }
      var units = json.units.map(function (a, i) {
        var parent = typeof a[4] === 'number' ? json.parents[a[4]] : null;
        var u = {
          unit: a[0],
          name: name(a[1], a[2]),
          parent: parent ? name(parent[0], parent[1]) : '',
          sample: a[3] === 1,
          shard: Math.floor(i / json.shardUnits)
        };
        byId[u.unit] = u;
        return u;
      });
      return { key: key, cohort: cohort, url: url, units: units, byId: byId };
    });
  }

  // The chosen units with their points, each from its shard (loaded once per page).
  function withPoints(data, ids) {
    return Promise.all(ids.map(function (id) {
      var u = data.byId[id];
      var url = new URL(u.shard + '.json', data.url).href;
      return once(shards, url, url).then(function (json) {
        var p = json.units.filter(function (x) { return x.unit === id; })[0];
        if (!p) {
          throw new Error(url);
        }
        return {
          unit: u.unit, name: u.name, sample: u.sample,
          total: p.total, ranks: p.ranks, pillars: p.pillars, criteria: p.criteria
        };
      }, function () {
        throw new Error(url);
      });
    }));
  }

  // Real units first, sample units after them and marked: never mixed in one list.
  function fillUnits(data, chosen) {
    var units = data.units.slice().sort(function (a, b) {
      return (a.sample ? 1 : 0) - (b.sample ? 1 : 0) || collator.compare(a.name, b.name)
        || collator.compare(a.parent, b.parent) || (a.unit < b.unit ? -1 : 1);
    }).map(function (u) {
      return { id: u.unit, name: u.name, parent: u.parent, badge: u.sample ? t.compareSample : '' };
    });
    pickers.forEach(function (p, i) {
      p.setUnits(units);
      p.choose(chosen[i] && data.byId[chosen[i]] ? chosen[i] : null);
    });
  }

  function chosenUnits() {
    return pickers.map(function (p) { return p.chosen(); }).filter(function (v) { return v !== ''; });
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
    var mine = ++serial;
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
    var data = loaded;
    say(t.compareLoading);
    withPoints(data, distinct).then(function (units) {
      if (mine === serial) {
        show(data.cohort, units);
      }
    }, function (e) {
      if (mine === serial) {
        say(t.compareLoadError.replace('{0}', e.message));
      }
    });
  }

  function show(c, units) {
    var names = units.map(function (u) { return u.name; });
    var caption = t.compareCaption.replace('{0}', number.format(units.length)).replace('{1}', names.join(', '));
    say(caption);
    var region = el('div', null, 'table-scroll compare-scroll');
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
      say(t.compareLoadError.replace('{0}', new URL(meta.cohorts[key].src, document.baseURI).href));
    });
  }

  cohortSel.addEventListener('change', function () { choose(cohortSel.value, chosenUnits()); });

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
