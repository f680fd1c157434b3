/* A unit picker: a text box with a list of the units whose name (or parent's name) has every word
   typed, in any case, with or without diacritics (window.DtiFold, search.js), at most LIMIT of them,
   each with its parent to tell apart units of the same name. The WAI-ARIA 1.2 combobox pattern
   with a listbox popup: the box has role=combobox, aria-controls the list, aria-expanded, and
   aria-activedescendant for the option the arrow keys are on; Enter or a tap picks it, Escape
   closes the list. Used by the submission form (form.js) and the compare page (compare.js); a
   native select of 10,000 units cannot be searched on a phone (issue #17). Every text is set with
   textContent.

   DtiCombobox(input, list, options) with options:
     none:   the text of the list when nothing matches;
     filter: optional, called once a search: function () → a function (unit) that is false for a
             unit not to offer now (the form: a unit that did not exist in the chosen period);
     onPick: function (unit), when the reader picks a unit;
     onDrop: function (), when the reader edits the text away from the unit picked;
   returns { setUnits(units), choose(id), chosen() }. A unit is
   { id, name, parent (text or ''), badge (text or ''), key (optional: the folded text it is found
   by; its name and parent's otherwise) }; setUnits keeps their order (the caller sorts), and
   choose(id) picks one, or none, without calling onPick. */
(function () {
  'use strict';

  var LIMIT = 50;

  function DtiCombobox(input, list, options) {
    var fold = window.DtiFold || function (s) { return s.toLowerCase(); };
    var units = [];
    var keys = null;
    // Ids may come from an address or a file the reader opened: a map without a prototype, so
    // that "constructor" or "__proto__" is no unit.
    var byId = Object.create(null);
    var shown = [];
    var active = -1;
    var chosen = null;

    function text(u) {
      return u.name + (u.parent ? ' — ' + u.parent : '');
    }

    function matches(query) {
      // Folded on the first search, not when the units arrive: a reader may never type.
      keys = keys || units.map(function (u) { return u.key || fold(u.name + ' ' + u.parent); });
      var words = fold(query).replace(/[-–—]/g, ' ').split(/\s+/).filter(function (w) {
        return w !== '';
      });
      var offered = options.filter ? options.filter() : null;
      var out = [];
      for (var i = 0; i < units.length && out.length < LIMIT; i++) {
        var key = keys[i];
        if (words.every(function (w) { return key.indexOf(w) >= 0; })
          && (!offered || offered(units[i]))) {
          out.push(units[i]);
        }
      }
      return out;
    }

    function setActive(i) {
      var items = list.querySelectorAll('[role=option]');
      active = i;
      Array.prototype.forEach.call(items, function (li, k) {
        li.setAttribute('aria-selected', k === i ? 'true' : 'false');
      });
      if (i >= 0 && items[i]) {
        input.setAttribute('aria-activedescendant', items[i].id);
        items[i].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      setActive(-1);
    }

    function option(id, label) {
      var li = document.createElement('li');
      li.setAttribute('role', 'option');
      li.id = list.id + '-' + id;
      li.textContent = label;
      return li;
    }

    function open() {
      shown = matches(input.value);
      list.textContent = '';
      if (shown.length === 0) {
        var none = option('none', options.none);
        none.className = 'none';
        none.setAttribute('aria-disabled', 'true');
        list.appendChild(none);
      }
      shown.forEach(function (u, i) {
        var li = option(i, u.name);
        li.setAttribute('data-unit', u.id);
        if (u.badge) {
          li.appendChild(document.createTextNode(' (' + u.badge + ')'));
        }
        if (u.parent) {
          var parent = document.createElement('span');
          parent.className = 'parent';
          parent.textContent = u.parent;
          li.appendChild(parent);
        }
        // Keep the focus in the box: a tap picks, it does not blur first.
        li.addEventListener('mousedown', function (e) { e.preventDefault(); });
        li.addEventListener('click', function () {
          pick(u);
          input.focus();
        });
        list.appendChild(li);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      setActive(shown.length === 1 ? 0 : -1);
    }

    function pick(u) {
      chosen = u;
      input.value = text(u);
      close();
      options.onPick(u);
    }

    input.addEventListener('input', function () {
      if (chosen && input.value !== text(chosen)) {
        chosen = null;
        options.onDrop();
      }
      if (input.value.trim() === '') {
        close();
      } else {
        open();
      }
    });
    input.addEventListener('keydown', function (e) {
      var n = shown.length;
      if (e.key === 'ArrowDown') {
        if (list.hidden) {
          open();
          n = shown.length;
        }
        setActive(n === 0 ? -1 : (active + 1) % n);
        e.preventDefault();
      } else if (e.key === 'ArrowUp') {
        setActive(n === 0 ? -1 : (active - 1 + n) % n);
        e.preventDefault();
      } else if (e.key === 'Enter') {
        // Never submits the form the box is in: Enter picks, or does nothing.
        if (!list.hidden && active >= 0 && shown[active]) {
          pick(shown[active]);
        }
        e.preventDefault();
      } else if (e.key === 'Escape') {
        close();
      }
    });
    input.addEventListener('focus', function () {
      if (!chosen && input.value.trim() !== '') {
        open();
      }
    });
    input.addEventListener('blur', close);

    return {
      setUnits: function (all) {
        units = all;
        keys = null;
        byId = Object.create(null);
        units.forEach(function (u) { byId[u.id] = u; });
        close();
      },
      choose: function (id) {
        chosen = id && byId[id] ? byId[id] : null;
        input.value = chosen ? text(chosen) : '';
        close();
      },
      chosen: function () {
        return chosen ? chosen.id : '';
      }
    };
  }

  window.DtiCombobox = DtiCombobox;
})();
