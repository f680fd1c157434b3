/* Unit search (search.html): filters the full list as the user types. Matching folds both sides
   the same way as org.opendti.render.SearchPage.fold: NFD, combining marks stripped, đ → d, lower
   case, so "dong" finds "Đông". The list is complete without this script. */
(function () {
  'use strict';

  function fold(text) {
    return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
      .toLowerCase().normalize('NFC');
  }

  // Under Node (SearchPageTest) only the folding is used; the submission form's unit picker
  // (form.js) and Excel import (form-excel.js) use it as window.DtiFold.
  if (typeof module === 'object' && module.exports) {
    module.exports = { fold: fold };
    return;
  }
  window.DtiFold = fold;
  var input = document.getElementById('unit-search');
  var table = document.getElementById('unit-list');
  var count = document.getElementById('unit-search-count');
  if (!input || !table) {
    return;
  }

  var rows = Array.prototype.slice.call(table.tBodies[0].rows);

  function filter() {
    var words = fold(input.value).split(/\s+/).filter(function (w) {
      return w !== '';
    });
    var shown = 0;
    rows.forEach(function (row) {
      var key = row.getAttribute('data-key') || '';
      var match = words.every(function (w) {
        return key.indexOf(w) >= 0;
      });
      row.hidden = !match;
      if (match) {
        shown++;
      }
    });
    var template = count.getAttribute('data-template') || '{0} / {1}';
    count.textContent = template.replace('{0}', shown).replace('{1}', rows.length);
  }

  input.addEventListener('input', filter);
  // The page comes with every unit shown and counted (search.ftlh): only a box the browser
  // filled in again (going back to the page) needs filtering now.
  if (input.value !== '') {
    filter();
  }
})();
