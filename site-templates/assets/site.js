/* Progressive enhancement for tables: the sort buttons of sortable headers, a filter box (ranking
   tables), the labels of a scorecard's what-if cards on a phone. The tables are complete without
   this script. No inline script: CSP script-src 'self'. */
(function () {
  'use strict';
  var lang = document.documentElement.lang;

  function number(text) {
    // Vietnamese pages write 1.000,5; English pages 1,000.5.
    var t = text.replace(/[^0-9,.\u2212+-]/g, '').replace('\u2212', '-');
    t = lang === 'vi' ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
    var n = parseFloat(t);
    return isNaN(n) ? -Infinity : n;
  }

  function cellValue(cell, kind) {
    var raw = cell.hasAttribute('data-value') ? cell.getAttribute('data-value') : cell.textContent.trim();
    if (kind === 'number') {
      return cell.hasAttribute('data-value') ? parseFloat(raw) : number(raw);
    }
    return raw;
  }

  // Each sortable header holds a button (layout.ftlh's sortHeader: a real control, Tab reaches it,
  // Enter and Space press it), in the page from the first paint but disabled, so that without this
  // script it is plain text and no tab stop. Enabling it changes no layout; the header's aria-sort
  // says how the table is sorted and site.css draws the arrows.
  function sortable(table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    var collator = null;
    Array.prototype.forEach.call(headers, function (th, col) {
      var kind = th.getAttribute('data-sort');
      var button = th.querySelector('button.sort');
      if (!kind || !button) { return; }
      button.disabled = false;
      button.addEventListener('click', function () {
        var asc = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        // Made on the first sort: a collator with Vietnamese rules is slow to create, and most
        // readers never sort. Numbers in names in numeric order ("Phường 2" before "Phường 10"),
        // as the site lists them (NameOrder).
        collator = collator || new Intl.Collator(lang, { numeric: true });
        rows.sort(function (a, b) {
          var x = cellValue(a.cells[col], kind), y = cellValue(b.cells[col], kind);
          var c = kind === 'number' ? x - y : collator.compare(x, y);
          return asc ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }

  // Filters by the unit's name and, where the table has one, its parent's, folded by search.js's
  // DtiFold (the page loads it) as the unit search folds them: "nga nam" finds "Ngã Năm".
  function filterable(table) {
    // The boxes are in the page (ranking.ftlh, reviewers.ftlh), just above the table's scroll
    // region, from the first paint (nothing moves when this script runs); noscript.css hides them
    // without JavaScript. A search box filters by unit name (the second column) and parent; a
    // select with data-filter="state" keeps the rows of that data-state (or, for "objection",
    // those with an open objection).
    var input = document.querySelector('input[aria-controls="' + table.id + '"]');
    var state = document.querySelector('select[data-filter="state"][aria-controls="' + table.id + '"]');
    var fold = window.DtiFold;
    if (!fold || (!input && !state)) { return; }
    var count = document.getElementById(table.id.replace(/-table$/, '') + '-count');
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var parent = Array.prototype.map.call(table.tHead.rows[0].cells, function (c) {
      return c.classList.contains('parent');
    }).indexOf(true);
    // Folded on the first filtering, not when the page loads: most readers never filter.
    var keys = null;
    function filter() {
      keys = keys || rows.map(function (row) {
        return fold(row.cells[1].textContent + (parent >= 0 ? ' ' + row.cells[parent].textContent : ''));
      });
      var words = input ? fold(input.value).split(/\s+/).filter(function (w) { return w !== ''; }) : [];
      var want = state ? state.value : '';
      var shown = 0;
      rows.forEach(function (row, i) {
        var match = words.every(function (w) { return keys[i].indexOf(w) >= 0; });
        if (want === 'objection') {
          match = match && row.hasAttribute('data-objection');
        } else if (want !== '') {
          match = match && row.getAttribute('data-state') === want;
        }
        row.hidden = !match;
        if (match) { shown++; }
      });
      if (count) {
        count.textContent = count.getAttribute('data-template')
          .replace('{0}', shown.toLocaleString(lang)).replace('{1}', rows.length.toLocaleString(lang));
      }
    }
    if (input) { input.addEventListener('input', filter); }
    if (state) { state.addEventListener('change', filter); }
    if ((input && input.value !== '') || (state && state.value !== '')) { filter(); }
  }

  // A table's scroll region (layout.ftlh) is a tab stop only while it has something to scroll:
  // a scorecard has dozens, and on a wide screen none of them scrolls. A region is measured when
  // it comes near the screen (IntersectionObserver), so that a section the browser has not laid
  // out yet (site.css: content-visibility) is not laid out just to be measured; until then it
  // keeps the tab stop the page gives it. All reads, then all writes: one layout for them all.
  function measure(regions) {
    var scrolls = regions.map(function (r) { return r.scrollWidth > r.clientWidth; });
    regions.forEach(function (r, i) {
      if (scrolls[i]) {
        r.tabIndex = 0;
      } else if (r === document.activeElement) {
        // Measured because the keyboard brought it on screen: the focus stays, and with it the
        // ring that shows where it is, until it moves on.
        r.addEventListener('blur', function () {
          if (r.scrollWidth <= r.clientWidth) {
            r.removeAttribute('tabindex');
          }
        }, { once: true });
      } else {
        r.removeAttribute('tabindex');
      }
    });
  }

  function scrollRegions() {
    var regions = Array.prototype.slice.call(document.querySelectorAll('.table-scroll'));
    var seen = [];
    var pending = false;
    window.addEventListener('resize', function () {
      if (!pending) {
        pending = true;
        window.requestAnimationFrame(function () { pending = false; measure(seen); });
      }
    });
    if (!('IntersectionObserver' in window)) {
      seen = regions;
      window.requestAnimationFrame(function () { window.setTimeout(function () { measure(seen); }, 0); });
      return;
    }
    var observer = new IntersectionObserver(function (entries) {
      var near = entries.filter(function (e) { return e.isIntersecting; }).map(function (e) {
        observer.unobserve(e.target);
        seen.push(e.target);
        return e.target;
      });
      measure(near);
    }, { rootMargin: '50% 0px' });
    regions.forEach(function (r) { observer.observe(r); });
  }

  // A scorecard's what-if tables are cards on a phone (site.css), each value labelled with its
  // column's header. The rank columns are named after the framework's ranking groups, words of the
  // data that CSS cannot hold, so the labels are copied here from the header row; without this
  // script the tables keep their columns and scroll sideways. Every cell but the criterion's.
  function labelled(table) {
    var heads = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(table.tBodies, function (body) {
      Array.prototype.forEach.call(body.rows, function (row) {
        Array.prototype.forEach.call(row.cells, function (cell, col) {
          if (col > 0 && heads[col]) {
            cell.setAttribute('data-label', heads[col].textContent.trim());
          }
        });
      });
    });
    table.classList.add('labelled');
  }

  // The page in the other language shows what this one shows: the query (the unit and period of a
  // correction form) and the fragment (the units compared, a criterion) go along. Read when the
  // link is followed, since those pages keep their address up to date.
  function sameQueryInOtherLanguage() {
    var other = document.querySelector('.site-header a[hreflang]');
    if (!other) {
      return;
    }
    var follow = function () {
      other.search = window.location.search;
      other.hash = window.location.hash;
    };
    follow();
    other.addEventListener('click', follow);
    other.addEventListener('focus', follow);
  }

  document.addEventListener('DOMContentLoaded', function () {
    sameQueryInOtherLanguage();
    Array.prototype.forEach.call(document.querySelectorAll('table.improvements'), labelled);
    Array.prototype.forEach.call(document.querySelectorAll('table[data-sortable]'), sortable);
    Array.prototype.forEach.call(document.querySelectorAll('table[data-filterable]'), filterable);
    scrollRegions();
  });
})();
