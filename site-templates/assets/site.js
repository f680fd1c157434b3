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
    // The box is in the page (ranking.ftlh), just above the table's scroll region, from the first
    // paint (nothing moves when this script runs); noscript.css hides it without JavaScript.
    var region = table.parentNode.classList.contains('table-scroll') ? table.parentNode : table;
    var label = region.previousElementSibling;
    var input = label && label.classList.contains('filter') ? label.querySelector('input') : null;
    if (!input) { return; }
    input.addEventListener('input', function () {
      var q = input.value.trim().toLocaleLowerCase(lang).normalize('NFC');
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var name = row.cells[1].textContent.toLocaleLowerCase(lang).normalize('NFC');
        row.hidden = q !== '' && name.indexOf(q) < 0;
      });
    });
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
