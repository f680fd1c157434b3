/* Progressive enhancement for ranking tables: click a header to sort, type to filter.
   The tables are complete without this script. No inline script: CSP script-src 'self'. */
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

  function sortable(table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    var collator = null;
    Array.prototype.forEach.call(headers, function (th, col) {
      var kind = th.getAttribute('data-sort');
      if (!kind) { return; }
      th.tabIndex = 0;
      function sort() {
        var asc = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        // Made on the first sort: a collator with Vietnamese rules is slow to create, and most
        // readers never sort.
        collator = collator || new Intl.Collator(lang);
        rows.sort(function (a, b) {
          var x = cellValue(a.cells[col], kind), y = cellValue(b.cells[col], kind);
          var c = kind === 'number' ? x - y : collator.compare(x, y);
          return asc ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      }
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); }
      });
    });
  }

  function filterable(table) {
    // The boxes are in the page (ranking.ftlh, reviewers.ftlh), just above the table's scroll
    // region, from the first paint (nothing moves when this script runs); noscript.css hides them
    // without JavaScript. A search box filters by unit name (the second column); a select with
    // data-filter="state" keeps the rows of that data-state (or, for "objection", those with an
    // open objection).
    var region = table.parentNode.classList.contains('table-scroll') ? table.parentNode : table;
    var input = null, state = null;
    for (var label = region.previousElementSibling;
         label && label.classList.contains('filter');
         label = label.previousElementSibling) {
      input = input || label.querySelector('input');
      state = state || label.querySelector('select[data-filter="state"]');
    }
    if (!input && !state) { return; }
    function apply() {
      var q = input ? input.value.trim().toLocaleLowerCase(lang).normalize('NFC') : '';
      var want = state ? state.value : '';
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var name = row.cells[1].textContent.toLocaleLowerCase(lang).normalize('NFC');
        var shown = q === '' || name.indexOf(q) >= 0;
        if (want === 'objection') {
          shown = shown && row.hasAttribute('data-objection');
        } else if (want !== '') {
          shown = shown && row.getAttribute('data-state') === want;
        }
        row.hidden = !shown;
      });
    }
    if (input) { input.addEventListener('input', apply); }
    if (state) { state.addEventListener('change', apply); }
  }

  // A table's scroll region (layout.ftlh) is a tab stop only while it has something to scroll:
  // a scorecard has dozens, and on a wide screen none of them scrolls. All reads, then all
  // writes; run after the first paint, when the layout it reads is already done.
  function scrollRegions() {
    var regions = Array.prototype.slice.call(document.querySelectorAll('.table-scroll'));
    var scrolls = regions.map(function (r) { return r.scrollWidth > r.clientWidth; });
    regions.forEach(function (r, i) {
      if (scrolls[i]) {
        r.tabIndex = 0;
      } else {
        r.removeAttribute('tabindex');
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('table[data-sortable]'), sortable);
    Array.prototype.forEach.call(document.querySelectorAll('table[data-filterable]'), filterable);
    window.requestAnimationFrame(function () { window.setTimeout(scrollRegions, 0); });
    var pending = false;
    window.addEventListener('resize', function () {
      if (!pending) {
        pending = true;
        window.requestAnimationFrame(function () { pending = false; scrollRegions(); });
      }
    });
  });
})();
