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
    var collator = new Intl.Collator(lang);
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
    var label = document.createElement('label');
    label.className = 'filter';
    label.textContent = lang === 'vi' ? 'Lọc theo tên đơn vị: ' : 'Filter by unit name: ';
    var input = document.createElement('input');
    input.type = 'search';
    label.appendChild(input);
    table.parentNode.insertBefore(label, table);
    input.addEventListener('input', function () {
      var q = input.value.trim().toLocaleLowerCase(lang).normalize('NFC');
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var name = row.cells[1].textContent.toLocaleLowerCase(lang).normalize('NFC');
        row.hidden = q !== '' && name.indexOf(q) < 0;
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('table[data-sortable]'), sortable);
    Array.prototype.forEach.call(document.querySelectorAll('table[data-filterable]'), filterable);
  });
})();
