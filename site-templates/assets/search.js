/* Search of units and criteria (search.html) in the split index written by
   org.opendti.render.SearchIndex: search/index.json (the manifest: stop words and the shard of each
   prefix) and search/<n>.json (entries). A query loads the manifest once and then only the shard of
   its most selective word, so it reads at most about 0.5 MB at any number of units.
   Folding and words are the same as in Java: NFD, combining marks stripped, đ → d, lower case;
   words split at anything but letters, digits and inner dots. A query matches an entry when every
   query word begins a word of the entry's key; the matches are shown closest first (rank: the
   query as a phrase of the key, then every query word whole, then prefixes only), in the index's
   order within a rank, as SearchIndex.rank in Java. Results are built with textContent only. */
(function () {
  'use strict';

  var LIMIT = 50;

  function fold(text) {
    return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
      .toLowerCase().normalize('NFC');
  }

  function words(text) {
    return fold(text).split(/[^\p{L}\p{N}.]+/u).map(function (w) {
      return w.replace(/^\.+|\.+$/g, '');
    }).filter(function (w) {
      return w !== '';
    });
  }

  function matches(query, key) {
    var ws = words(key);
    return query.every(function (q) {
      return ws.some(function (w) {
        return w.lastIndexOf(q, 0) === 0;
      });
    });
  }

  /* How closely a matching key matches: 0 the query's words, whole, as consecutive words of the key;
     1 the same with the last word only begun; 2 every query word a whole word of the key; 3 every
     query word only begins one. As SearchIndex.rank in Java. */
  function rank(query, key) {
    var ws = words(key);
    var n = query.length;
    var best = 3;
    for (var i = 0; i + n <= ws.length && best > 0; i++) {
      var k = 0;
      while (k < n - 1 && ws[i + k] === query[k]) {
        k++;
      }
      var last = ws[i + n - 1];
      if (k === n - 1 && last.lastIndexOf(query[n - 1], 0) === 0) {
        best = Math.min(best, last.length === query[n - 1].length ? 0 : 1);
      }
    }
    if (best < 3) {
      return best;
    }
    return query.every(function (q) {
      return ws.indexOf(q) >= 0;
    }) ? 2 : 3;
  }

  /* Matching entries closest first, the index's order within a rank. */
  function order(query, entries) {
    return entries.map(function (e, i) {
      return { e: e, r: rank(query, e.k), i: i };
    }).sort(function (a, b) {
      return a.r - b.r || a.i - b.i;
    }).map(function (x) {
      return x.e;
    });
  }

  /* The leaf [file, bytes] holding every word that begins with w; [-1, 0] when no indexed word
     begins with it; null when w is not selective (a stop word begins with it, or the index splits
     right at w). As SearchIndex.leaf in Java. */
  function leaf(manifest, w) {
    for (var i = 0; i < manifest.stop.length; i++) {
      if (manifest.stop[i].lastIndexOf(w, 0) === 0) {
        return null;
      }
    }
    for (var end = w.length; end >= 0; end--) {
      var p = w.substring(0, end);
      if (Object.prototype.hasOwnProperty.call(manifest.leaves, p)) {
        return manifest.leaves[p];
      }
      if (manifest.split.indexOf(p) >= 0) {
        return end === w.length ? null : [-1, 0];
      }
    }
    return [-1, 0];
  }

  /* The shard number to load for a query; -1 when nothing can match; -2 when no word is
     selective. */
  function shardFor(manifest, query) {
    var best = -2;
    var bytes = Infinity;
    query.forEach(function (w) {
      var l = leaf(manifest, w);
      if (l && l[1] < bytes) {
        best = l[0];
        bytes = l[1];
      }
    });
    return best;
  }

  var api = { fold: fold, words: words, matches: matches, order: order, shardFor: shardFor };
  // Under Node (SearchPageTest, SearchIndexTest) only these functions are used; the submission
  // form's unit picker (form.js) and its Excel import (form-excel.js) use the folding as
  // window.DtiFold.
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
    return;
  }
  window.DtiFold = fold;
  var input = document.getElementById('unit-search');
  var status = document.getElementById('unit-search-count');
  if (!input || !status || !input.getAttribute('data-index')) {
    return;
  }
  var lang = input.getAttribute('data-lang') === 'en' ? 1 : 0;
  var root = input.getAttribute('data-root') || '';
  var prefix = input.getAttribute('data-prefix') || '';
  var indexUrl = new URL(input.getAttribute('data-index'), document.baseURI);
  var unitSection = document.getElementById('unit-results');
  var unitList = document.getElementById('unit-list');
  var critSection = document.getElementById('criterion-results');
  var critList = document.getElementById('criterion-list');
  var number = new Intl.NumberFormat(lang ? 'en' : 'vi');
  var manifest = null;
  var shards = {};
  var serial = 0;

  function fetchJson(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) {
        throw new Error(String(r.status));
      }
      return r.json();
    });
  }

  function getManifest() {
    if (!manifest) {
      manifest = fetchJson(indexUrl).catch(function (e) {
        manifest = null;
        throw e;
      });
    }
    return manifest;
  }

  function getShard(n) {
    if (!shards[n]) {
      shards[n] = fetchJson(new URL(n + '.json', indexUrl)).catch(function (e) {
        delete shards[n];
        throw e;
      });
    }
    return shards[n];
  }

  function el(name, text) {
    var e = document.createElement(name);
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  function link(text, href) {
    var a = el('a', text);
    a.href = href;
    return a;
  }

  /* One unit: its name, level and parent, what became of it, its latest total and every
     scorecard. A list item, not a table row, so that a phone shows it all without scrolling. */
  function unitItem(u) {
    var li = el('li');
    var name = el('h3', u.n[lang]);
    name.className = 'unit-name';
    if (u.x) {
      name.appendChild(document.createTextNode(' '));
      var badge = el('span', status.getAttribute('data-sample'));
      badge.className = 'tag';
      name.appendChild(badge);
    }
    li.appendChild(name);
    var where = [u.l[lang], u.p[lang] ? status.getAttribute('data-parent') + ' ' + u.p[lang] : '']
      .filter(function (part) {
        return part;
      });
    if (where.length) {
      var line = el('p', where.join(' · '));
      line.className = 'unit-where';
      li.appendChild(line);
    }
    // What became of the unit: [kind, [[name vi, name en, path or ""], ...]], as
    // org.opendti.render.SearchPage writes it; the kind's words from the page (data-change-*).
    (u.c || []).forEach(function (c) {
      var note = el('p');
      note.className = 'unit-change';
      var words = status.getAttribute('data-change-' + String(c[0]).toLowerCase());
      note.appendChild(document.createTextNode((words || '→') + ' '));
      c[1].forEach(function (into, i) {
        if (i > 0) {
          note.appendChild(document.createTextNode(', '));
        }
        note.appendChild(into[2] ? link(into[lang], root + prefix + into[2]) : el('span', into[lang]));
      });
      li.appendChild(note);
    });
    if (!u.s.length) {
      var none = el('p', status.getAttribute('data-none'));
      none.className = 'unit-latest';
      li.appendChild(none);
      // Where it can submit one: [framework vi, framework en, path].
      linkList(li, 'data-forms', u.f, function (f) {
        return link(f[lang], root + prefix + f[2]);
      });
      territory(li, u);
      return li;
    }
    // Each scorecard: [framework vi, framework en, period, total vi, total en, path].
    // Scored in one framework, the latest total says it all. Scored in several, one "latest total"
    // would be one framework's, on its own scale, unsaid: each period's link gives its own.
    var one = u.s.every(function (s) {
      return s[0] === u.s[0][0];
    });
    if (one) {
      var last = u.s[u.s.length - 1];
      var latest = el('p', status.getAttribute('data-latest') + ': ');
      latest.className = 'unit-latest';
      latest.appendChild(link(last[3 + lang] + ' (' + last[2] + ')', root + prefix + last[5]));
      li.appendChild(latest);
    }
    li.appendChild(el('p', status.getAttribute('data-scorecards') + ':'));
    var cards = el('ul');
    cards.className = 'unit-cards';
    // One line per framework, its title said once, then its periods: "Bộ chỉ số …: 2023, 2024".
    var byFramework = {};
    u.s.forEach(function (s) {
      var item = byFramework[s[lang]];
      if (!item) {
        item = byFramework[s[lang]] = el('li', s[lang] + ': ');
        cards.appendChild(item);
      } else {
        item.appendChild(document.createTextNode(', '));
      }
      item.appendChild(link(one ? s[2] : s[2] + ': ' + s[3 + lang], root + prefix + s[5]));
    });
    li.appendChild(cards);
    territory(li, u);
    return li;
  }

  /**
   * The ranking tables of the unit's territory (a province's, a district's own part of a table):
   * [group vi, group en, framework vi, framework en, period, path], "Toàn tỉnh — Bộ chỉ số … (2024)".
   */
  function territory(li, u) {
    linkList(li, 'data-tables', u.r, function (r) {
      var item = document.createDocumentFragment();
      item.appendChild(link(r[lang], root + prefix + r[5]));
      item.appendChild(document.createTextNode(' — ' + r[2 + lang] + ' (' + r[4] + ')'));
      return item;
    });
  }

  /** A labelled list under the unit, one item per entry, or nothing when there is none. */
  function linkList(li, words, entries, item) {
    if (!entries || !entries.length) {
      return;
    }
    li.appendChild(el('p', status.getAttribute(words) + ':'));
    var list = el('ul');
    list.className = 'unit-cards unit-links';
    list.setAttribute('data-list', words.substring('data-'.length));
    entries.forEach(function (e) {
      var entry = el('li');
      entry.appendChild(item(e));
      list.appendChild(entry);
    });
    li.appendChild(list);
  }

  function criterionItem(c) {
    var li = el('li');
    var href = root + prefix + c.h + '#c-' + encodeURIComponent(c.c);
    li.appendChild(link(c.c + '. ' + c.n[lang], href));
    li.appendChild(document.createTextNode(' — ' + c.g[lang]));
    return li;
  }

  function show(units, criteria) {
    unitList.replaceChildren.apply(unitList, units.slice(0, LIMIT).map(unitItem));
    critList.replaceChildren.apply(critList, criteria.slice(0, LIMIT).map(criterionItem));
    unitSection.hidden = units.length === 0;
    critSection.hidden = criteria.length === 0;
    var text = status.getAttribute('data-template')
      .replace('{0}', number.format(units.length)).replace('{1}', number.format(criteria.length));
    if (units.length > LIMIT || criteria.length > LIMIT) {
      text += ' ' + status.getAttribute('data-first').replace('{0}', number.format(LIMIT));
    }
    status.textContent = text;
  }

  function clear(message) {
    show([], []);
    status.textContent = message;
  }

  function search() {
    var mine = ++serial;
    var query = words(input.value);
    if (!query.length) {
      clear('');
      return;
    }
    getManifest().then(function (m) {
      var n = shardFor(m, query);
      if (n === -2) {
        return null;
      }
      return n === -1 ? [] : getShard(n);
    }).then(function (entries) {
      if (mine !== serial) {
        return;
      }
      if (entries === null) {
        clear(status.getAttribute('data-more'));
        return;
      }
      var units = [];
      var criteria = [];
      entries.forEach(function (e) {
        if (matches(query, e.k)) {
          (e.u !== undefined ? units : criteria).push(e);
        }
      });
      show(order(query, units), order(query, criteria));
    }).catch(function () {
      if (mine === serial) {
        clear(status.getAttribute('data-failed'));
      }
    });
  }

  input.addEventListener('input', search);
  // Nothing is loaded until the user types; a box the browser filled in again (going back to the
  // page) searches now.
  if (input.value !== '') {
    search();
  }
})();
