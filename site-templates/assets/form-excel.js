/* The submission form's Excel round trip (docs/formats.md, "Excel template"): reads an .xlsx an
   official opens and writes the form's content as an .xlsx of the same layout as the template the
   site builds (org.opendti.render.FormTemplate). Zip by fflate (assets/vendor, MIT); the XML is
   read by a small scanner of our own, so the same code runs in the browser and under Node
   (FormExcelNodeTest).

   An .xlsx from outside is hostile: its size and the sizes it declares are bounded, only the parts
   needed are inflated (into buffers of the declared size, so a lying header truncates rather than
   explodes), a DOCTYPE or entity declaration is refused, a formula is never evaluated (its cell is
   reported, its cached value ignored), and every cell is text for the form to check as if typed.
   What this file writes has inline-string cells only: never a formula. No DOM, no eval. */
(function (root) {
  'use strict';

  var LIMITS = {
    file: 5 * 1024 * 1024,
    part: 20 * 1024 * 1024,
    total: 40 * 1024 * 1024,
    rows: 5000,
    columns: 26
  };

  function fail(message) {
    var e = new Error(message);
    e.excel = true;
    throw e;
  }

  // ---- XML ------------------------------------------------------------------------------

  var TOKEN = /<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  var ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

  function decode(text) {
    return text.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#[0-9]+);/g, function (m, e) {
      switch (e) {
        case 'lt': return '<';
        case 'gt': return '>';
        case 'amp': return '&';
        case 'quot': return '"';
        case 'apos': return '\'';
        default: {
          var code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
          return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
        }
      }
    });
  }

  function localName(name) {
    var i = name.indexOf(':');
    return i >= 0 ? name.slice(i + 1) : name;
  }

  /** A tree of {name, attrs, children, text}: enough of XML for SpreadsheetML, nothing more. */
  function parseXml(text) {
    if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
      fail('DOCTYPE');
    }
    var top = { name: '#root', attrs: {}, children: [], text: '' };
    var stack = [top];
    var m;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(text)) !== null) {
      var cur = stack[stack.length - 1];
      if (m[1] !== undefined) {
        cur.text += m[1];
      } else if (m[3] !== undefined) {
        if (m[2] === '/') {
          if (stack.length < 2 || localName(cur.name) !== localName(m[3])) {
            fail('XML');
          }
          stack.pop();
        } else {
          var el = { name: localName(m[3]), attrs: {}, children: [], text: '' };
          var a;
          ATTR.lastIndex = 0;
          while ((a = ATTR.exec(m[4] || '')) !== null) {
            el.attrs[localName(a[1])] = decode(a[2] !== undefined ? a[2] : a[3]);
          }
          cur.children.push(el);
          if (m[5] !== '/') {
            stack.push(el);
          }
        }
      } else if (m[6] !== undefined) {
        cur.text += decode(m[6]);
      } else if (m[7] !== undefined) {
        fail('XML');
      }
    }
    if (stack.length !== 1) {
      fail('XML');
    }
    return top;
  }

  function kids(el, name) {
    return el ? el.children.filter(function (c) { return c.name === name; }) : [];
  }

  function kid(el, name) {
    return kids(el, name)[0] || null;
  }

  /** The text of a string item: <t> or rich-text runs <r><t>; phonetic runs left out. */
  function stringItem(el) {
    if (!el) {
      return '';
    }
    var t = kid(el, 't');
    if (t) {
      return t.text;
    }
    return kids(el, 'r').map(function (r) {
      var rt = kid(r, 't');
      return rt ? rt.text : '';
    }).join('');
  }

  // ---- reading ---------------------------------------------------------------------------

  function fflateOf() {
    if (root.fflate) {
      return root.fflate;
    }
    if (typeof require === 'function') {
      return require('./vendor/fflate-0.8.3.js');
    }
    return fail('fflate');
  }

  function utf8(bytes) {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  }

  /** "B12" → {col: 1, row: 12}. */
  function cellRef(ref) {
    var m = /^([A-Z]{1,3})([0-9]{1,7})$/.exec(ref || '');
    if (!m) {
      return null;
    }
    var col = 0;
    for (var i = 0; i < m[1].length; i++) {
      col = col * 26 + (m[1].charCodeAt(i) - 64);
    }
    return { col: col - 1, row: parseInt(m[2], 10) };
  }

  function columnName(col) {
    var s = '';
    var n = col + 1;
    while (n > 0) {
      var r = (n - 1) % 26;
      s = String.fromCharCode(65 + r) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  }

  /** Style index → 'percent', 'date' or null, from styles.xml's number formats. */
  function styleKinds(stylesXml) {
    if (!stylesXml) {
      return [];
    }
    var doc = parseXml(stylesXml);
    var sheet = kid(doc, 'styleSheet');
    var custom = {};
    kids(kid(sheet, 'numFmts'), 'numFmt').forEach(function (f) {
      custom[f.attrs.numFmtId] = f.attrs.formatCode || '';
    });
    return kids(kid(sheet, 'cellXfs'), 'xf').map(function (xf) {
      var id = parseInt(xf.attrs.numFmtId || '0', 10);
      if (id === 9 || id === 10) {
        return 'percent';
      }
      if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47)) {
        return 'date';
      }
      var code = (custom[xf.attrs.numFmtId] || '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
      if (code.indexOf('%') >= 0) {
        return 'percent';
      }
      return /[dmy]/i.test(code) ? 'date' : null;
    });
  }

  /** An Excel serial day (1900 system) as yyyy-MM-dd, or null. */
  function serialDate(n) {
    if (!(n >= 1 && n < 2958466) || Math.floor(n) !== n) {
      return null;
    }
    var ms = Math.round((n - 25569) * 86400000);
    return new Date(ms).toISOString().slice(0, 10);
  }

  function scoring() {
    return root.DtiScoring || require('./form-scoring.js');
  }

  /**
   * The first sheet of a workbook as rows of cells: {sheet, rows: [{row, cells: {col: {ref, text,
   * formula, numeric}}}]}. Throws an Error with .excel set when the file cannot be read.
   */
  function read(bytes) {
    if (!bytes || bytes.length > LIMITS.file) {
      fail('size');
    }
    var total = 0;
    var wanted = /^(xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/[^/]+\.xml)$/;
    var files;
    try {
      files = fflateOf().unzipSync(bytes, {
        filter: function (f) {
          if (!wanted.test(f.name)) {
            return false;
          }
          if (f.originalSize > LIMITS.part) {
            fail('size');
          }
          total += f.originalSize;
          if (total > LIMITS.total) {
            fail('size');
          }
          return true;
        }
      });
    } catch (e) {
      if (e.excel) {
        throw e;
      }
      fail('zip');
    }
    var text = function (name) {
      return files[name] ? utf8(files[name]) : null;
    };
    var workbookXml = text('xl/workbook.xml');
    if (!workbookXml) {
      fail('workbook');
    }
    var workbook = kid(parseXml(workbookXml), 'workbook');
    var first = kid(kid(workbook, 'sheets'), 'sheet');
    if (!first) {
      fail('workbook');
    }
    var target = 'xl/worksheets/sheet1.xml';
    var rels = text('xl/_rels/workbook.xml.rels');
    if (rels) {
      kids(kid(parseXml(rels), 'Relationships'), 'Relationship').forEach(function (r) {
        if (r.attrs.Id === first.attrs.id) {
          var tgt = r.attrs.Target.replace(/^\/?xl\//, '').replace(/^\//, '');
          target = 'xl/' + tgt;
        }
      });
    }
    var sheetXml = text(target);
    if (!sheetXml) {
      fail('workbook');
    }
    var shared = [];
    var sst = text('xl/sharedStrings.xml');
    if (sst) {
      shared = kids(kid(parseXml(sst), 'sst'), 'si').map(stringItem);
    }
    var kinds = styleKinds(text('xl/styles.xml'));
    var data = kid(kid(parseXml(sheetXml), 'worksheet'), 'sheetData');
    var rows = [];
    kids(data, 'row').forEach(function (r) {
      var rowNumber = parseInt(r.attrs.r, 10);
      if (rows.length >= LIMITS.rows) {
        fail('rows');
      }
      var cells = {};
      kids(r, 'c').forEach(function (c) {
        var ref = cellRef(c.attrs.r);
        if (!ref || ref.col >= LIMITS.columns) {
          return;
        }
        var cell = { ref: c.attrs.r, text: '', formula: kid(c, 'f') !== null, numeric: false };
        var type = c.attrs.t || 'n';
        var v = kid(c, 'v');
        if (type === 'inlineStr') {
          cell.text = stringItem(kid(c, 'is'));
        } else if (type === 's') {
          cell.text = v ? shared[parseInt(v.text, 10)] || '' : '';
        } else if (type === 'str') {
          cell.text = v ? v.text : '';
        } else if (type === 'b') {
          cell.text = v && v.text === '1' ? 'TRUE' : 'FALSE';
        } else if (type === 'e') {
          cell.text = v ? v.text : '';
        } else if (v) {
          // A number Excel stored: exact, whatever the official's locale showed.
          cell.numeric = true;
          cell.raw = v.text;
          cell.style = kinds[parseInt(c.attrs.s || '0', 10)] || null;
          cell.text = cell.style === 'date' ? serialDate(Number(v.text)) || v.text
            : scoring().plain(v.text) || v.text;
        }
        cells[ref.col] = cell;
        rowNumber = ref.row;
      });
      rows.push({ row: rowNumber, cells: cells });
    });
    return { sheet: first.attrs.name || '', rows: rows };
  }

  // ---- the form's layout -----------------------------------------------------------------

  var COLUMNS = ['key', 'item', 'what', 'allowed', 'value', 'self', 'na', 'evKind', 'evNumber',
    'evDate', 'evIssuer', 'evTitle', 'evUrl', 'notes', 'method'];
  var EVIDENCE_KINDS = ['decision', 'plan', 'report', 'document', 'link', 'photo', 'other'];
  var EV_FIELDS = ['kind', 'number', 'date', 'issuer', 'title', 'url'];

  function col(name) {
    return COLUMNS.indexOf(name);
  }

  function folder() {
    if (root.DtiFold) {
      return root.DtiFold;
    }
    return require('./search.js').fold;
  }

  /**
   * "17/10/2023", "17.10.2023" or "2023-10-17" → "2023-10-17", when it is a day of the calendar;
   * anything else (31/02/2023, 2023/12/20, "hôm qua") → null.
   */
  function isoDate(text) {
    var t = text.trim();
    var m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
    var iso = m ? m[3] + '-' + (m[2].length < 2 ? '0' : '') + m[2] + '-' +
      (m[1].length < 2 ? '0' : '') + m[1] : t;
    var p = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!p) {
      return null;
    }
    var d = new Date(Date.UTC(+p[1], +p[2] - 1, +p[3]));
    return d.getUTCFullYear() === +p[1] && d.getUTCMonth() === +p[2] - 1 &&
      d.getUTCDate() === +p[3] ? iso : null;
  }

  /** The name a list entry gives without its id: "Thị xã Ngã Năm (nga-nam)" → "Thị xã Ngã Năm". */
  function withoutId(entry) {
    return String(entry).replace(/\s*\([a-z0-9][a-z0-9.-]*\)\s*$/, '');
  }

  /**
   * The rows of the form's sheet as a submission the form fills in: {submission: {unit, period,
   * prioritySector, preparer, approver, profile, answers}, problems: [{key, args}]}. Values stay
   * text ("99,5 %"), checked afterwards exactly as if typed; choices and yes/no are mapped from
   * their labels (or ids) here.
   *
   * @param fw the framework data of the form page (with its units, sheet layout and text)
   */
  function toSubmission(book, fw) {
    var fold = folder();
    var t = fw.t;
    var problems = [];
    var rows = book.rows;
    var head = rows.length > 0 ? rows[0].cells[0] : null;
    var marker = fw.sheet.marker;
    if (!head || head.text.trim() !== marker) {
      if (head && /^opendti:/.test(head.text.trim())) {
        problems.push({ key: 'fileOtherFramework', args: [head.text.trim().slice(8), fw.id] });
      } else {
        problems.push({ key: 'xlsxNotTemplate', args: [marker] });
      }
      return { submission: null, problems: problems };
    }
    // Keys come from the file: maps without a prototype, so "__proto__" is just an unknown key.
    var byId = Object.create(null);
    fw.criteria.forEach(function (c) { byId[c.id] = c; });

    function isDateRow(key) {
      var bar = key.lastIndexOf('|');
      var c = bar > 0 ? byId[key.slice(0, bar)] : null;
      var def = c ? c.inputs.filter(function (d) { return d.id === key.slice(bar + 1); })[0] : null;
      return !!def && def.kind === 'date';
    }
    var lists = fw.sheet.lists;
    var sub = { unit: '', period: '', prioritySector: null, preparer: {}, approver: {},
      profile: Object.create(null), answers: Object.create(null) };
    var known = Object.create(null);
    fw.sheet.rows.forEach(function (r) { known[r.key] = r; });

    /**
     * A cell as text the form reads as if typed. A number Excel stored is written the page's way
     * (S.localNumber: never ambiguous), a percent-formatted one as the percentage shown, a date
     * one (or any number in a date column) as yyyy-MM-dd.
     */
    function cell(r, name, dateColumn) {
      var c = r.cells[col(name)];
      if (!c) {
        return '';
      }
      if (c.formula) {
        problems.push({ key: 'xlsxFormula', args: [c.ref] });
        return '';
      }
      if (c.numeric && c.style !== 'date') {
        var S = scoring();
        if (dateColumn) {
          return serialDate(Number(c.raw)) || c.raw;
        }
        return c.style === 'percent' ? S.localNumber(S.times100(c.raw), fw.lang) + '%'
          : S.localNumber(c.text, fw.lang);
      }
      return c.text.normalize('NFC').trim();
    }

    function fromList(listName, text, ref) {
      if (text === '') {
        return '';
      }
      var values = lists[listName] || [];
      var f = fold(text);
      for (var i = 0; i < values.length; i++) {
        if (fold(values[i]) === f) {
          return i;
        }
      }
      var id = /\(([a-z0-9][a-z0-9.-]*)\)\s*$/.exec(text);
      if (id) {
        return id[1];
      }
      // Typed by hand, the name without the id the list adds: taken when it names one entry.
      var named = [];
      for (var j = 0; j < values.length; j++) {
        if (fold(withoutId(values[j])) === f) {
          named.push(j);
        }
      }
      if (named.length === 1) {
        return named[0];
      }
      problems.push({ key: 'xlsxCell', args: [ref, named.length > 1
        ? fmt(t.xlsxManyInList, text, named.map(function (n) { return values[n]; }).join('; '))
        : fmt(t.xlsxNotInList, text)] });
      return null;
    }

    /** A date cell as yyyy-MM-dd, or '' with a problem naming the cell when it is no date. */
    function dateCell(text, ref) {
      if (text === '') {
        return '';
      }
      var iso = isoDate(text);
      if (iso === null) {
        problems.push({ key: 'xlsxCell', args: [ref, fmt(t.xlsxBadDate, text)] });
        return '';
      }
      return iso;
    }

    function answer(id) {
      if (!sub.answers[id]) {
        sub.answers[id] = { inputs: {}, selfScore: '', evidence: [], notes: '', notApplicable: null };
      }
      return sub.answers[id];
    }

    for (var i = 1; i < rows.length; i++) {
      var r = rows[i];
      var key = r.cells[0] ? r.cells[0].text.trim() : '';
      if (key === '' || r.row <= 3 && !known[key]) {
        continue;
      }
      var spec = known[key];
      var refOf = function (name) { return columnName(col(name)) + r.row; };
      if (!spec && !/^[^|]+\|\+$/.test(key)) {
        problems.push({ key: 'xlsxUnknownRow', args: [r.row, key] });
        continue;
      }
      var value = cell(r, 'value', isDateRow(key));
      if (key === 'unit') {
        var u = fromList('units', value, refOf('value'));
        sub.unit = typeof u === 'number' ? fw.units[u].id : (u || '');
      } else if (key === 'period') {
        sub.period = value;
      } else if (key === 'sector') {
        var s = fromList('sectors', value, refOf('value'));
        sub.prioritySector = typeof s === 'number' ? fw.aggregation.prioritySectors[s].id : (s || null);
      } else if (/^(preparer|approver)\.(name|office|title|phone|email)$/.test(key)) {
        var parts = key.split('.');
        sub[parts[0]][parts[1]] = value;
      } else if (/^profile\./.test(key)) {
        sub.profile[key.slice(8)] = value;
      } else {
        var bar = key.lastIndexOf('|');
        var cid = key.slice(0, bar);
        var input = key.slice(bar + 1);
        var c = byId[cid];
        if (!c || input === '-') {
          continue;
        }
        var a = answer(cid);
        if (input !== '+') {
          var def = c.inputs.filter(function (d) { return d.id === input; })[0];
          if (def.kind === 'boolean') {
            var b = fromList('yesNo', value, refOf('value'));
            a.inputs[input] = b === 0 ? true : b === 1 ? false
              : /^(true|yes|co|x)$/i.test(fold(value)) ? true
              : /^(false|no|khong)$/i.test(fold(value)) ? false : '';
          } else if (def.kind === 'choice') {
            var ids = c.method.options.map(function (x) { return x.id; });
            var o = ids.indexOf(value) >= 0 ? value : fromList('c:' + cid, value, refOf('value'));
            a.inputs[input] = typeof o === 'number' ? c.method.options[o].id : (o || '');
          } else if (def.kind === 'date') {
            a.inputs[input] = dateCell(value, refOf('value'));
          } else {
            a.inputs[input] = value;
          }
        }
        [['self', 'selfScore'], ['notes', 'notes']].forEach(function (p) {
          var v = cell(r, p[0]);
          if (v !== '') {
            if (a[p[1]] !== '') {
              problems.push({ key: 'xlsxCell', args: [refOf(p[0]), t.xlsxTwice] });
            } else {
              a[p[1]] = v;
            }
          }
        });
        var na = cell(r, 'na');
        if (na !== '') {
          if (!c.notApplicableAllowed) {
            problems.push({ key: 'xlsxCell', args: [refOf('na'), t.xlsxNaNotAllowed] });
          } else {
            a.notApplicable = na;
          }
        }
        var ev = {};
        var any = false;
        EV_FIELDS.forEach(function (f) {
          var v = cell(r, 'ev' + f[0].toUpperCase() + f.slice(1), f === 'date');
          if (v !== '') {
            any = true;
          }
          ev[f] = v;
        });
        if (any) {
          if (ev.kind !== '') {
            var k = fromList('evidence', ev.kind, refOf('evKind'));
            ev.kind = typeof k === 'number' ? EVIDENCE_KINDS[k]
              : EVIDENCE_KINDS.indexOf(k) >= 0 ? k : '';
          }
          ev.date = dateCell(ev.date, refOf('evDate'));
          a.evidence.push(ev);
        }
      }
    }
    return { submission: sub, problems: problems };
  }

  function fmt(template) {
    var args = Array.prototype.slice.call(arguments, 1);
    return String(template).replace(/\{(\d)\}/g, function (m, i) {
      return i < args.length ? String(args[i]) : m;
    });
  }

  // ---- writing ---------------------------------------------------------------------------

  function esc(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // Characters XML 1.0 cannot hold.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
  }

  function inline(ref, text, style) {
    return '<c r="' + ref + '"' + (style ? ' s="' + style + '"' : '') + ' t="inlineStr"><is><t xml:space="preserve">' +
      esc(text) + '</t></is></c>';
  }

  var STYLES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>' +
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
    '<fills count="4"><fill><patternFill patternType="none"/></fill>' +
    '<fill><patternFill patternType="gray125"/></fill>' +
    '<fill><patternFill patternType="solid"><fgColor rgb="FFDCE6F1"/></patternFill></fill>' +
    '<fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/></patternFill></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" ' +
    'applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
    '<xf numFmtId="0" fontId="0" fillId="3" borderId="0" xfId="0" applyFill="1" applyAlignment="1">' +
    '<alignment vertical="top" wrapText="1"/></xf>' +
    '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" ' +
    'applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>';

  /**
   * The form's content as an .xlsx in the template's layout.
   *
   * @param layout fw.sheet, as FormTemplate lays it out
   * @param data {info: {key: text}, criteria: {id: {inputs: {id: text}, self, na, notes,
   *     evidence: [{kind, number, date, issuer, title, url}]}}}, every value text
   */
  function write(layout, data) {
    var rows = [];
    var validations = [];
    var listRefs = {};
    var listCols = Object.keys(layout.lists);
    var listsXml = [];
    listCols.forEach(function (name, i) {
      var values = layout.lists[name];
      var c = columnName(i);
      values.forEach(function (v, r) {
        listsXml[r] = (listsXml[r] || '') + inline(c + (r + 1), v);
      });
      if (values.length > 0) {
        listRefs[name] = '\'' + esc(layout.listsSheet) + '\'!$' + c + '$1:$' + c + '$' + values.length;
      }
    });
    rows.push([inline('A1', layout.marker), inline('B1', layout.title, 1)]);
    rows.push([inline('B2', layout.help, 2)]);
    rows.push(layout.headers.map(function (h, i) { return inline(columnName(i) + '3', h, 1); }));
    var evidenceLeft = {};
    var r = 4;
    function emit(spec, cells) {
      var out = [];
      COLUMNS.forEach(function (name, i) {
        var ref = columnName(i) + r;
        var text = name === 'key' ? spec.key : name === 'item' ? spec.item : name === 'what'
          ? spec.what : name === 'allowed' ? spec.allowed : name === 'method' ? spec.method
          : cells[name] || '';
        var style = i < 4 || name === 'method' ? 2 : /\|-$/.test(spec.key) ? 0 : 3;
        if (text !== '' || style !== 0) {
          out.push(inline(ref, text, style));
        }
      });
      if (spec.list && listRefs[spec.list]) {
        validations.push('<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="E' + r +
          '"><formula1>' + listRefs[spec.list] + '</formula1></dataValidation>');
      }
      if (/\|/.test(spec.key) && !/\|-$/.test(spec.key)) {
        validations.push('<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="H' + r +
          '"><formula1>' + listRefs.evidence + '</formula1></dataValidation>');
      }
      rows.push(out);
      r++;
    }
    layout.rows.forEach(function (spec) {
      var key = spec.key;
      var bar = key.indexOf('|') >= 0 ? key.lastIndexOf('|') : -1;
      if (bar < 0) {
        emit(spec, { value: data.info[key] || '' });
        return;
      }
      var cid = key.slice(0, bar);
      var input = key.slice(bar + 1);
      var a = data.criteria[cid] || null;
      if (!a || input === '-') {
        emit(spec, {});
        return;
      }
      if (!evidenceLeft[cid]) {
        evidenceLeft[cid] = (a.evidence || []).slice();
      }
      var cells = {};
      if (input !== '+') {
        cells.value = (a.inputs || {})[input] || '';
      }
      if (spec.first) {
        cells.self = a.self || '';
        cells.na = a.na || '';
        cells.notes = a.notes || '';
      }
      var next = function () {
        var ev = evidenceLeft[cid].shift();
        if (ev) {
          EV_FIELDS.forEach(function (f) {
            cells['ev' + f[0].toUpperCase() + f.slice(1)] = ev[f] || '';
          });
        }
      };
      next();
      emit(spec, cells);
      // More evidence than rows: more "more evidence" rows, right below the criterion's.
      while (input === '+' && evidenceLeft[cid].length > 0) {
        cells = {};
        next();
        emit(spec, cells);
      }
    });
    var widths = [12, 40, 40, 24, 24, 10, 20, 16, 14, 12, 20, 30, 24, 24, 50];
    var sheet = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<sheetViews><sheetView workbookViewId="0"><pane xSplit="2" ySplit="3" topLeftCell="C4" ' +
      'activePane="bottomRight" state="frozen"/></sheetView></sheetViews>' +
      '<cols>' + widths.map(function (w, i) {
        return '<col min="' + (i + 1) + '" max="' + (i + 1) + '" width="' + w + '" customWidth="1"/>';
      }).join('') + '</cols><sheetData>' +
      rows.map(function (cells, i) {
        return '<row r="' + (i + 1) + '"' + (i === 1 ? ' ht="90" customHeight="1"' : '') + '>' +
          cells.join('') + '</row>';
      }).join('') + '</sheetData><mergeCells count="1"><mergeCell ref="B2:N2"/></mergeCells>' +
      (validations.length > 0 ? '<dataValidations count="' + validations.length + '">' +
        validations.join('') + '</dataValidations>' : '') + '</worksheet>';
    var lists = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      listsXml.map(function (cells, i) {
        return '<row r="' + (i + 1) + '">' + cells + '</row>';
      }).join('') + '</sheetData></worksheet>';
    var ns = 'http://schemas.openxmlformats.org/';
    var files = {
      '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="' + ns + 'package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '</Types>',
      '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="' + ns + 'package/2006/relationships">' +
        '<Relationship Id="rId1" Type="' + ns + 'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
        '</Relationships>',
      'xl/workbook.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<workbook xmlns="' + ns + 'spreadsheetml/2006/main" xmlns:r="' + ns + 'officeDocument/2006/relationships">' +
        '<sheets><sheet name="' + esc(layout.sheet) + '" sheetId="1" r:id="rId1"/>' +
        '<sheet name="' + esc(layout.listsSheet) + '" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="' + ns + 'package/2006/relationships">' +
        '<Relationship Id="rId1" Type="' + ns + 'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        '<Relationship Id="rId2" Type="' + ns + 'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>' +
        '<Relationship Id="rId3" Type="' + ns + 'officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
        '</Relationships>',
      'xl/styles.xml': STYLES,
      'xl/worksheets/sheet1.xml': sheet,
      'xl/worksheets/sheet2.xml': lists
    };
    var ff = fflateOf();
    var zipped = {};
    Object.keys(files).forEach(function (name) {
      zipped[name] = [ff.strToU8(files[name]), { mtime: new Date(1980, 0, 1) }];
    });
    return ff.zipSync(zipped, { level: 6 });
  }

  var api = {
    LIMITS: LIMITS,
    COLUMNS: COLUMNS,
    read: read,
    toSubmission: toSubmission,
    write: write,
    parseXml: parseXml
  };
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  } else {
    root.DtiExcel = api;
  }
})(this);
