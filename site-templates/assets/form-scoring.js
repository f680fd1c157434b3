/* Scoring core of the submission form: the same rules as the Java scorer
   (org.opendti.score.*Scoring, CriterionScorer, UnitAggregator), with exact decimal arithmetic.
   Loaded in the browser as window.DtiScoring, and under Node as a CommonJS module for the
   JS-versus-Java agreement test. No DOM here. It is also what the officials' form and the
   correction form share besides scoring: the units a page lists, the file's exact numbers, and
   how the file is sent to the host (sendPlan, copy).

   Numbers are decimals {u: BigInt, s: scale} (value = u / 10^s), like java.math.BigDecimal:
   divisions keep 16 significant digits rounded half-even (MathContext.DECIMAL64), points are
   rounded to 2 decimals half-up (docs/formats.md, Aggregation). */
(function (root) {
  'use strict';

  // ---- decimals -------------------------------------------------------------------------

  var TEN = BigInt(10);
  var ZERO_N = BigInt(0);

  function pow10(n) {
    return TEN ** BigInt(n);
  }

  function dec(u, s) {
    if (s < 0) {
      return { u: u * pow10(-s), s: 0 };
    }
    return { u: u, s: s };
  }

  var ZERO = dec(ZERO_N, 0);
  var ONE = dec(BigInt(1), 0);
  var HUNDRED = dec(BigInt(100), 0);

  /** A decimal from a string or number ("9.98", "75,7", 1e-7); null when it is not a number. */
  function parse(value) {
    if (value === null || value === undefined || typeof value === 'boolean') {
      return null;
    }
    var str = String(value).trim().replace(',', '.');
    var m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(str);
    if (!m || (m[2] === '' && (m[3] === undefined || m[3] === ''))) {
      return null;
    }
    var frac = m[3] || '';
    var u = BigInt((m[2] || '0') + frac);
    if (m[1] === '-') {
      u = -u;
    }
    var s = frac.length - (m[4] ? parseInt(m[4], 10) : 0);
    return dec(u, s);
  }

  function align(a, b) {
    var s = Math.max(a.s, b.s);
    return [a.u * pow10(s - a.s), b.u * pow10(s - b.s), s];
  }

  function add(a, b) {
    var x = align(a, b);
    return dec(x[0] + x[1], x[2]);
  }

  function sub(a, b) {
    var x = align(a, b);
    return dec(x[0] - x[1], x[2]);
  }

  function mul(a, b) {
    return dec(a.u * b.u, a.s + b.s);
  }

  function cmp(a, b) {
    var x = align(a, b);
    return x[0] < x[1] ? -1 : x[0] > x[1] ? 1 : 0;
  }

  function signum(a) {
    return a.u < ZERO_N ? -1 : a.u > ZERO_N ? 1 : 0;
  }

  function abs(n) {
    return n < ZERO_N ? -n : n;
  }

  function digits(n) {
    return abs(n).toString().length;
  }

  /** a / b to 16 significant digits, half-even, as BigDecimal.divide(b, DECIMAL64). */
  function div(a, b) {
    if (signum(b) === 0) {
      throw new Error('division by zero');
    }
    var n = a.u * pow10(b.s);
    var d = b.u * pow10(a.s);
    if (n === ZERO_N) {
      return ZERO;
    }
    var negative = n < ZERO_N !== d < ZERO_N;
    n = abs(n);
    d = abs(d);
    var k = 16 - (digits(n) - digits(d));
    var q;
    var r;
    var dd;
    for (;;) {
      var nn = k >= 0 ? n * pow10(k) : n;
      dd = k >= 0 ? d : d * pow10(-k);
      q = nn / dd;
      r = nn % dd;
      if (digits(q) > 16) {
        k--;
      } else if (digits(q) < 16 && r !== ZERO_N) {
        k++;
      } else {
        break;
      }
    }
    var twice = r * BigInt(2);
    if (twice > dd || (twice === dd && q % BigInt(2) === BigInt(1))) {
      q = q + BigInt(1);
    }
    return dec(negative ? -q : q, k);
  }

  /** Rounded to 2 decimals, half-up (away from zero at .5), as setScale(2, HALF_UP). */
  function round2(a) {
    if (a.s <= 2) {
      return dec(a.u * pow10(2 - a.s), 2);
    }
    var p = pow10(a.s - 2);
    var q = abs(a.u) / p;
    var r = abs(a.u) % p;
    if (r * BigInt(2) >= p) {
      q = q + BigInt(1);
    }
    return dec(a.u < ZERO_N ? -q : q, 2);
  }

  function min(a, b) {
    return cmp(a, b) <= 0 ? a : b;
  }

  function clamp(v, max) {
    if (signum(v) < 0) {
      return ZERO;
    }
    return cmp(v, max) > 0 ? max : v;
  }

  /** Plain text without exponent, trailing zeros kept (round2 values print "9.98", "10.00"). */
  function str(a) {
    var neg = a.u < ZERO_N;
    var t = abs(a.u).toString();
    if (a.s > 0) {
      while (t.length <= a.s) {
        t = '0' + t;
      }
      t = t.slice(0, t.length - a.s) + '.' + t.slice(t.length - a.s);
    }
    return (neg ? '-' : '') + t;
  }

  /** A JSON number literal of the decimal: no trailing zeros, no exponent. */
  function json(a) {
    var t = str(a);
    if (t.indexOf('.') >= 0) {
      t = t.replace(/0+$/, '').replace(/\.$/, '');
    }
    return t === '-0' ? '0' : t;
  }

  // ---- methods (org.opendti.score.*Scoring) ------------------------------------------------

  /** Outcome.of: the raw value rounded, capped to [0, max], rounded. */
  function of(raw, max) {
    return round2(clamp(round2(raw), max));
  }

  /** Outcome.fixed: points decided by a rule, capped and rounded. */
  function fixed(points, max) {
    return round2(clamp(points, max));
  }

  function num(inputs, id) {
    var v = inputs[id];
    if (v === undefined || v === null || v === '' || typeof v === 'boolean') {
      return null;
    }
    return parse(v);
  }

  function nums(inputs, ids) {
    var out = [];
    for (var i = 0; i < ids.length; i++) {
      var v = num(inputs, ids[i]);
      if (v === null) {
        return null;
      }
      out.push(v);
    }
    return out;
  }

  function sum(values) {
    return values.reduce(add, ZERO);
  }

  function inputKind(criterion, id) {
    var def = (criterion.inputs || []).filter(function (i) {
      return i.id === id;
    })[0];
    return def ? def.kind : null;
  }

  /** RatioValue.read: {value (null on a zero denominator)} or null when an input is missing. */
  function ratioValue(numIds, denIds, criterion, inputs, singleIsPercent) {
    var n = nums(inputs, numIds);
    var d = nums(inputs, denIds);
    if (n === null || d === null || numIds.length === 0) {
      return null;
    }
    var top = sum(n);
    if (denIds.length === 0) {
      var percent =
        singleIsPercent ||
        numIds.every(function (id) {
          return inputKind(criterion, id) === 'percent';
        });
      return { value: percent ? div(top, HUNDRED) : top };
    }
    var bottom = sum(d);
    return { value: signum(bottom) === 0 ? null : div(top, bottom) };
  }

  function ratio(m, max, inputs, criterion) {
    var r = ratioValue(m.numerator, m.denominator, criterion, inputs, true);
    if (r === null) {
      return null;
    }
    if (r.value === null) {
      return fixed(m.onZeroDenominator === 'max' ? max : ZERO, max);
    }
    var target = m.target === null || m.target === undefined ? null : parse(m.target);
    if (target !== null && signum(target) > 0) {
      return of(mul(min(div(r.value, target), ONE), max), max);
    }
    if (m.floor !== null && m.floor !== undefined) {
      var floor = parse(m.floor);
      if (cmp(r.value, ONE) >= 0) {
        return fixed(max, max);
      }
      if (cmp(r.value, floor) < 0) {
        return fixed(ZERO, max);
      }
      return of(mul(r.value, max), max);
    }
    if (cmp(r.value, ONE) > 0) {
      return of(max, max);
    }
    return of(mul(r.value, max), max);
  }

  function bands(m, max, inputs) {
    var x = num(inputs, m.input);
    if (x === null) {
      return null;
    }
    for (var i = 0; i < m.bands.length; i++) {
      var b = m.bands[i];
      var aboveMin = b.min === null || b.min === undefined || cmp(x, parse(b.min)) >= 0;
      var belowTop = b.below === null || b.below === undefined || cmp(x, parse(b.below)) < 0;
      if (aboveMin && belowTop) {
        if (b.fraction !== null && b.fraction !== undefined) {
          return of(mul(parse(b.fraction), max), max);
        }
        return fixed(b.points === null || b.points === undefined ? ZERO : parse(b.points), max);
      }
    }
    return fixed(ZERO, max);
  }

  function choice(m, max, inputs) {
    var id = inputs[m.input];
    if (typeof id !== 'string' || id === '') {
      return null;
    }
    var o = m.options.filter(function (x) {
      return x.id === id;
    })[0];
    if (!o) {
      return fixed(ZERO, max);
    }
    if (o.fraction !== null && o.fraction !== undefined) {
      return of(mul(parse(o.fraction), max), max);
    }
    return fixed(o.points === null || o.points === undefined ? ZERO : parse(o.points), max);
  }

  function externalScore(m, max, inputs) {
    var x = num(inputs, m.input);
    if (x === null) {
      return null;
    }
    var scale = m.scale === null || m.scale === undefined ? null : parse(m.scale);
    if (scale === null || signum(scale) <= 0) {
      return fixed(ZERO, max);
    }
    return of(div(mul(x, max), scale), max);
  }

  /**
   * CohortScoring.value: the unit's value x of a cohort criterion (a ratio, a percentage / 100 only
   * for a percent input, or a plain number) as a decimal; null when an input is missing; the
   * string 'zero' when the denominator is zero.
   */
  function cohortX(criterion, inputs) {
    var m = criterion.method;
    var r = ratioValue(m.numerator, m.denominator, criterion, inputs, false);
    if (r === null) {
      return null;
    }
    return r.value === null ? 'zero' : r.value;
  }

  /** The value x as text (exact), or null when the unit has none (CohortScoring.value). */
  function cohortValue(criterion, inputs) {
    var x = cohortX(criterion, inputs || {});
    return x === null || x === 'zero' ? null : str(x);
  }

  /** CohortStats: {best, min} as text over the given values (texts), null fields when none. */
  function cohortStats(values) {
    var best = null;
    var low = null;
    values.forEach(function (v) {
      var x = parse(v);
      best = best === null || cmp(x, best) > 0 ? x : best;
      low = low === null || cmp(x, low) < 0 ? x : low;
    });
    return { best: best === null ? null : str(best), min: low === null ? null : str(low) };
  }

  /**
   * CohortScoring.score: relativeToBest x / x_best × max, minMax (x − x_min) / (x_best − x_min) ×
   * max; x_best ≤ 0 → 0; minMax with x_best = x_min → max. The unit's own x is part of the stats.
   */
  function cohortScore(m, max, x, stats) {
    if (x === 'zero') {
      return fixed(ZERO, max);
    }
    var best = stats.best === null ? null : parse(stats.best);
    var low = stats.min === null ? null : parse(stats.min);
    best = best === null || cmp(x, best) > 0 ? x : best;
    low = low === null || cmp(x, low) < 0 ? x : low;
    if (signum(best) <= 0) {
      return fixed(ZERO, max);
    }
    if (m.variant === 'minMax') {
      if (cmp(best, low) === 0) {
        return fixed(max, max);
      }
      return of(mul(div(sub(x, low), sub(best, low)), max), max);
    }
    return of(mul(div(x, best), max), max);
  }

  /** The points of a cohort criterion for a value x (text) against the stats, as "9.98". */
  function cohortPoints(criterion, x, stats) {
    return str(cohortScore(criterion.method, parse(criterion.maxPoints), parse(x), stats));
  }

  function isoDate(text) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || '');
    if (!m) {
      return null;
    }
    var d = { y: +m[1], m: +m[2], d: +m[3] };
    return d.m >= 1 && d.m <= 12 && d.d >= 1 && d.d <= monthLength(d.y, d.m) ? d : null;
  }

  function monthLength(y, m) {
    return [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31,
      31, 30, 31, 30, 31][m - 1];
  }

  function dateCmp(a, b) {
    return a.y !== b.y ? a.y - b.y : a.m !== b.m ? a.m - b.m : a.d - b.d;
  }

  /** LatenessScoring.startedMonths: ChronoUnit.MONTHS.between, plus one if days remain. */
  function startedMonths(due, date) {
    var whole = (date.y * 12 + date.m) - (due.y * 12 + due.m);
    if (whole > 0 && date.d < due.d) {
      whole--;
    }
    // due.plusMonths(whole), clamped to the month's last day
    var total = due.y * 12 + (due.m - 1) + whole;
    var y = Math.floor(total / 12);
    var mo = (total % 12) + 1;
    var plus = { y: y, m: mo, d: Math.min(due.d, monthLength(y, mo)) };
    return dateCmp(plus, date) < 0 ? whole + 1 : whole;
  }

  function lateness(m, max, inputs, ctx) {
    var date;
    if (m.input) {
      date = isoDate(inputs[m.input]);
      if (date === null) {
        return null;
      }
    } else {
      date = ctx && ctx.arrival ? isoDate(ctx.arrival) : null;
      if (date === null) {
        // LatenessScoring: without a known arrival nobody can say it was late.
        return fixed(max, max);
      }
    }
    var dueText = m.due || (ctx && ctx.period ? ctx.period.deadline : null);
    var due = dueText ? isoDate(dueText) : null;
    if (due === null || dateCmp(date, due) <= 0) {
      return fixed(max, max);
    }
    var rate = m.pointsPerMonth === null || m.pointsPerMonth === undefined
      ? ZERO : parse(m.pointsPerMonth);
    var months = dec(BigInt(startedMonths(due, date)), 0);
    return of(sub(max, mul(rate, months)), max);
  }

  function eventDeduction(m, max, inputs) {
    var share = ONE;
    for (var i = 0; i < m.events.length; i++) {
      var count = num(inputs, m.events[i].input);
      if (count === null) {
        return null;
      }
      share = sub(share, mul(count, parse(m.events[i].fraction)));
    }
    return of(mul(max, share), max);
  }

  function assessed(m, max, inputs) {
    var given = num(inputs, m.input);
    return given === null ? null : round2(clamp(given, max));
  }

  /**
   * The points a method gives, as a decimal; null when an input it reads is missing;
   * the string 'cohort' for cohort methods (scored against every unit after publication) unless
   * ctx.cohort gives the cohort's {best, min} (cohortStats), as the correction form does.
   */
  function methodPoints(criterion, inputs, ctx) {
    var m = criterion.method;
    var max = parse(criterion.maxPoints);
    switch (m.type) {
      case 'yesNo':
        var v = inputs[m.input];
        if (typeof v !== 'boolean') {
          return null;
        }
        return fixed(v ? max : ZERO, max);
      case 'ratio':
        return ratio(m, max, inputs, criterion);
      case 'bands':
        return bands(m, max, inputs);
      case 'choice':
        return choice(m, max, inputs);
      case 'externalScore':
        return externalScore(m, max, inputs);
      case 'cohort':
        if (!ctx || !ctx.cohort) {
          return 'cohort';
        }
        var x = cohortX(criterion, inputs);
        return x === null ? null : cohortScore(m, max, x, ctx.cohort);
      case 'lateness':
        return lateness(m, max, inputs, ctx);
      case 'eventDeduction':
        return eventDeduction(m, max, inputs);
      case 'assessed':
        return assessed(m, max, inputs);
      default:
        return null;
    }
  }

  /**
   * CriterionScorer without a review: {status: 'scored' | 'missing' | 'notApplicable' | 'cohort',
   * points: "9.98" (0 for missing, not-applicable and cohort)}.
   *
   * @param answer null, or {inputs: {id: value}, notApplicable: reason or null}
   * @param ctx {period: {deadline}, arrival: "yyyy-MM-dd" or null, cohort: {best, min} or absent}
   */
  function scoreCriterion(criterion, answer, ctx) {
    var zero = '0.00';
    if (!answer) {
      return { status: 'missing', points: zero };
    }
    if (answer.notApplicable !== null && answer.notApplicable !== undefined) {
      return { status: 'notApplicable', points: zero };
    }
    var p = methodPoints(criterion, answer.inputs || {}, ctx);
    if (p === 'cohort') {
      return { status: 'cohort', points: zero };
    }
    if (p === null) {
      return { status: 'missing', points: zero };
    }
    return { status: 'scored', points: str(p) };
  }

  /**
   * UnitAggregator: A, C, D = A × B / C when not-applicable criteria were left out, X = (D + E) ×
   * B / (B + F) for a priority sector, bonus per policy, classification.
   *
   * @param scores criterion id → result of scoreCriterion
   * @param sectorId the priority sector the unit names, or null
   */
  function aggregate(fw, scores, sectorId) {
    var a = ZERO;
    var c = ZERO;
    var bonusSum = ZERO;
    var leftOut = false;
    var pending = 0;
    var byId = {};
    fw.criteria.forEach(function (k) {
      byId[k.id] = k;
    });
    fw.pillars.forEach(function (pillar) {
      pillar.criteria.forEach(function (id) {
        var k = byId[id];
        var s = scores[id];
        var p = s ? parse(s.points) : ZERO;
        if (s && s.status === 'cohort') {
          pending++;
        }
        if (k.bonus) {
          bonusSum = add(bonusSum, p);
        } else {
          a = add(a, p);
          if (s && s.status === 'notApplicable') {
            leftOut = true;
          } else {
            c = add(c, parse(k.maxPoints));
          }
        }
      });
    });
    var agg = fw.aggregation;
    var b = parse(fw.totalPoints);
    var d;
    if (!agg.rescaleNotApplicable || !leftOut || cmp(c, b) === 0) {
      d = round2(a);
    } else if (signum(c) === 0) {
      d = round2(ZERO);
    } else {
      d = round2(div(mul(a, b), c));
    }
    var x = d;
    var sector = agg.prioritySectors.filter(function (p) {
      return p.id === sectorId;
    })[0];
    if (sector) {
      var e = ZERO;
      var f = ZERO;
      sector.criteria.forEach(function (id) {
        var s = scores[id];
        if (s) {
          e = add(e, parse(s.points));
          if (s.status === 'cohort') {
            pending++;
          }
        }
        if (!byId[id].bonus) {
          f = add(f, parse(byId[id].maxPoints));
        }
      });
      if (sector.points !== null && sector.points !== undefined) {
        f = parse(sector.points);
      }
      var scale = add(b, f);
      x = signum(scale) === 0 ? d : round2(div(mul(add(d, e), b), scale));
    }
    var bonus;
    if (agg.bonus === 'ignore') {
      bonus = round2(ZERO);
    } else if (agg.bonus === 'addCapped') {
      var room = sub(b, x);
      bonus = round2(min(bonusSum, signum(room) < 0 ? ZERO : room));
    } else {
      bonus = round2(bonusSum);
    }
    var total = round2(add(x, bonus));
    var classification = null;
    if (signum(b) > 0) {
      var share = div(total, b);
      agg.classification
        .slice()
        .sort(function (p, q) {
          return cmp(parse(q.minShare), parse(p.minShare));
        })
        .some(function (k) {
          if (cmp(share, parse(k.minShare)) >= 0) {
            classification = k.id;
            return true;
          }
          return false;
        });
    }
    return {
      a: str(round2(a)),
      c: str(round2(c)),
      d: str(d),
      x: str(x),
      bonus: str(bonus),
      total: str(total),
      classification: classification,
      pendingCohort: pending
    };
  }

  // ---- checks (org.opendti.validate.InputDomain, InputCheck, AnswerCheck) -----------------

  /**
   * The message key of a value outside its kind's domain, or null when it is fine. Empty values
   * are not checked here (a missing input is reported by missingInputs).
   */
  function checkValue(kind, raw, max, options) {
    if (raw === null || raw === undefined || raw === '') {
      return null;
    }
    if (kind === 'boolean') {
      return typeof raw === 'boolean' ? null : 'errBoolean';
    }
    if (kind === 'date') {
      return isoDate(raw) ? null : 'errDate';
    }
    if (kind === 'choice') {
      return options && options.indexOf(raw) < 0 ? 'errChoice' : null;
    }
    var v = parse(raw);
    if (v === null) {
      return 'errNumber';
    }
    if (kind === 'count' && v.s > 0 && v.u % pow10(v.s) !== ZERO_N) {
      return 'errWhole';
    }
    if (signum(v) < 0) {
      return 'errNegative';
    }
    if (kind === 'percent' && cmp(v, HUNDRED) > 0) {
      return 'errPercent';
    }
    if (kind === 'points' && max !== null && max !== undefined && cmp(v, parse(max)) > 0) {
      return 'errPoints';
    }
    return null;
  }

  /** InputCheck.ratio: 'errZeroDenominator', 'errRatioAboveOne' or null. */
  function checkRatio(criterion, inputs) {
    var m = criterion.method;
    if ((m.type !== 'ratio' && m.type !== 'cohort') || m.denominator.length === 0) {
      return null;
    }
    var n = nums(inputs, m.numerator);
    var d = nums(inputs, m.denominator);
    if (n === null || d === null) {
      return null;
    }
    var top = sum(n);
    var bottom = sum(d);
    var cohort = m.type === 'cohort';
    if (signum(bottom) === 0) {
      var zeroOk = !cohort && (m.onZeroDenominator === 'max' || m.onZeroDenominator === 'zero');
      return zeroOk ? null : 'errZeroDenominator';
    }
    return !cohort && cmp(top, bottom) > 0 ? 'errRatioAboveOne' : null;
  }

  // ---- numbers as officials write them (docs/formats.md, "Numbers in the form") ----------

  var GROUP_SPACE = /[ \u00a0\u202f]/;

  /**
   * The digits of an integer part written with grouping marks ({@code mark}, or spaces): the first
   * group of 1–3 digits, every later group of exactly 3; null when the grouping is wrong.
   */
  function ungroup(text, mark) {
    var parts = text.split(mark === null ? GROUP_SPACE : new RegExp('[' + (mark === '.' ? '.' : ',') +
      ' \u00a0\u202f]'));
    if (parts.length === 1) {
      return /^[0-9]+$/.test(parts[0]) ? parts[0] : null;
    }
    for (var i = 0; i < parts.length; i++) {
      var ok = i === 0 ? /^[0-9]{1,3}$/.test(parts[i]) : /^[0-9]{3}$/.test(parts[i]);
      if (!ok) {
        return null;
      }
    }
    return parts.join('');
  }

  function count(text, ch) {
    return text.split(ch).length - 1;
  }

  /**
   * A number as an official types it: "1.234,5", "1 234,5", "99,5 %", "99.5", "1,234.5". Returns
   * {value: canonical JSON literal ("" when empty)} or {error: message key, args}.
   *
   * <p>The rules never change a number silently: a comma or a dot is a decimal mark unless it is
   * followed by exactly three digits after one to three digits ("1.234", "12,500"), which reads
   * both as a thousands separator and as a decimal mark: that is asked back (errAmbiguous) unless
   * something confirms the grouping: the other mark after it ("1.234,5"), another group
   * ("1.234.567") or spaces as separators ("1 234,5"). "%" may end a percentage only.
   *
   * @param kind the input's kind (count, number, percent, money, points)
   * @param lang "vi" or "en": only for writing the two readings in the message
   */
  function readNumber(raw, kind, lang) {
    var typed = raw === null || raw === undefined ? '' : String(raw).normalize('NFC').trim();
    var t = typed;
    if (t === '') {
      return { value: '' };
    }
    var bad = { error: 'errNumberFormat', args: [typed] };
    if (/%$/.test(t)) {
      if (kind !== 'percent') {
        return { error: 'errPercentSign', args: [typed] };
      }
      t = t.replace(/\s*%$/, '');
    }
    var sign = '';
    if (/^[-+\u2212]/.test(t)) {
      sign = t[0] === '+' ? '' : '-';
      t = t.slice(1).trim();
    }
    if (!/^[0-9]([0-9., \u00a0\u202f]*[0-9])?$/.test(t)) {
      return bad;
    }
    var spaced = GROUP_SPACE.test(t);
    var dots = count(t, '.');
    var commas = count(t, ',');
    var whole;
    var frac = '';
    if (dots > 0 && commas > 0) {
      var decimal = t.lastIndexOf('.') > t.lastIndexOf(',') ? '.' : ',';
      if (count(t, decimal) !== 1) {
        return bad;
      }
      var at = t.lastIndexOf(decimal);
      frac = t.slice(at + 1);
      whole = /^[0-9]+$/.test(frac) ? ungroup(t.slice(0, at), decimal === '.' ? ',' : '.') : null;
    } else if (dots + commas === 0) {
      whole = ungroup(t, null);
    } else {
      var mark = dots > 0 ? '.' : ',';
      if (dots + commas > 1) {
        whole = ungroup(t, mark);
      } else {
        var i = t.indexOf(mark);
        var before = t.slice(0, i);
        frac = t.slice(i + 1);
        if (!/^[0-9]+$/.test(frac)) {
          return bad;
        }
        if (!spaced && frac.length === 3 && /^[1-9][0-9]{0,2}$/.test(before)) {
          var asDecimal = json(parse(sign + before + '.' + frac));
          var shown = lang === 'en' ? asDecimal : asDecimal.replace('.', ',');
          return {
            error: 'errAmbiguous',
            args: [typed, sign + before + frac, shown, localNumber(asDecimal, lang)]
          };
        }
        whole = ungroup(before, null);
      }
    }
    if (whole === null) {
      return bad;
    }
    return { value: json(parse(sign + whole + (frac === '' ? '' : '.' + frac))) };
  }

  /**
   * A canonical number ("1234.5") as the form shows it: decimal comma in Vietnamese, no grouping;
   * three decimals after one to three digits get a trailing zero ("1,2340") so that readNumber
   * never takes them for a thousands group.
   */
  function localNumber(canonical, lang) {
    var d = parse(canonical);
    if (d === null) {
      return canonical === null || canonical === undefined ? '' : String(canonical);
    }
    var text = json(d);
    var m = /^(-?)([0-9]+)\.([0-9]+)$/.exec(text);
    if (m && m[3].length === 3 && /^[1-9][0-9]{0,2}$/.test(m[2])) {
      text += '0';
    }
    return lang === 'en' ? text : text.replace('.', ',');
  }

  /** A JSON number literal of any number text Excel or JSON holds ("1E-3" → "0.001"), or null. */
  function plain(text) {
    var d = parse(text);
    return d === null ? null : json(d);
  }

  /** A fraction as a percentage ("0.995" → "99.5"), exactly; null when not a number. */
  function times100(text) {
    var d = parse(text);
    return d === null ? null : json(dec(d.u, d.s - 2));
  }

  // ---- the submission file (docs/formats.md, Submission) ----------------------------------

  function text(v) {
    return v === null || v === undefined ? '' : String(v).normalize('NFC').trim();
  }

  /** A JSON value for an input: numbers as decimals (exact), booleans, strings. */
  function inputValue(kind, raw) {
    if (kind === 'boolean') {
      return raw;
    }
    if (kind === 'choice' || kind === 'date') {
      return text(raw);
    }
    var d = parse(raw);
    return d === null ? text(raw) : new RawNumber(json(d));
  }

  /** A number kept as its exact literal, written by serialize. */
  function RawNumber(literal) {
    this.literal = literal;
  }

  function serialize(value, indent) {
    var pad = '  '.repeat(indent);
    var inner = '  '.repeat(indent + 1);
    if (value instanceof RawNumber) {
      return value.literal;
    }
    if (Array.isArray(value)) {
      if (value.length === 0) {
        return '[]';
      }
      return '[\n' + value.map(function (v) {
        return inner + serialize(v, indent + 1);
      }).join(',\n') + '\n' + pad + ']';
    }
    if (value instanceof Map) {
      if (value.size === 0) {
        return '{}';
      }
      var entries = [];
      value.forEach(function (v, k) {
        entries.push(inner + JSON.stringify(k) + ': ' + serialize(v, indent + 1));
      });
      return '{\n' + entries.join(',\n') + '\n' + pad + '}';
    }
    if (value !== null && typeof value === 'object') {
      var keys = Object.keys(value);
      if (keys.length === 0) {
        return '{}';
      }
      return '{\n' + keys.map(function (k) {
        return inner + JSON.stringify(k) + ': ' + serialize(value[k], indent + 1);
      }).join(',\n') + '\n' + pad + '}';
    }
    return JSON.stringify(value);
  }

  function contact(c, fields, required) {
    var out = {};
    fields.forEach(function (f) {
      var v = text(c && c[f]);
      if (v !== '' || required.indexOf(f) >= 0) {
        out[f] = v;
      }
    });
    return out;
  }

  /**
   * The submission JSON text, keys in the order of docs/formats.md, 2-space indent, final newline.
   *
   * @param fw the framework data embedded in the form page
   * @param state {unit, period, preparer, approver, profile: {id: raw}, prioritySector,
   *     answers: {criterionId: {inputs: {id: raw}, selfScore, evidence: [{kind, number, date,
   *     issuer, title, url}], notes, notApplicable: reason or null}}}
   */
  function buildSubmission(fw, state) {
    var out = {};
    out.$schema = '../../../schemas/submission.schema.json';
    out.unit = text(state.unit);
    out.framework = fw.id;
    out.period = text(state.period);
    out.preparer = contact(state.preparer, ['name', 'office', 'title', 'phone', 'email'],
      ['name', 'office', 'title', 'phone', 'email']);
    out.approver = contact(state.approver, ['name', 'office', 'title', 'phone', 'email'],
      ['name', 'title']);
    // Maps keep insertion order even for numeric-looking keys such as criterion "8".
    var profile = new Map();
    fw.profileFields.forEach(function (f) {
      var raw = state.profile ? state.profile[f.id] : null;
      if (raw !== null && raw !== undefined && raw !== '') {
        profile.set(f.id, inputValue(f.kind, raw));
      }
    });
    out.profile = profile;
    out.prioritySector = state.prioritySector ? text(state.prioritySector) : null;
    var answers = new Map();
    fw.criteria.forEach(function (c) {
      var a = state.answers ? state.answers[c.id] : null;
      if (!a) {
        return;
      }
      var na = a.notApplicable;
      var answer = {};
      if (na !== null && na !== undefined && na !== false) {
        answer.notApplicable = { reason: text(na) };
      } else {
        var inputs = new Map();
        c.inputs.forEach(function (def) {
          var raw = a.inputs ? a.inputs[def.id] : null;
          if (raw !== null && raw !== undefined && raw !== '') {
            inputs.set(def.id, inputValue(def.kind, raw));
          }
        });
        if (inputs.size === 0) {
          return;
        }
        answer.inputs = inputs;
        var self = parse(a.selfScore);
        if (self !== null) {
          answer.selfScore = new RawNumber(json(self));
        }
      }
      var evidence = (a.evidence || []).map(function (e) {
        var item = {};
        ['kind', 'number', 'date', 'issuer', 'title', 'url'].forEach(function (f) {
          var v = text(e[f]);
          if (v !== '') {
            item[f] = v;
          }
        });
        return item;
      }).filter(function (item) {
        return Object.keys(item).length > 0;
      });
      if (evidence.length > 0) {
        answer.evidence = evidence;
      }
      if (text(a.notes) !== '') {
        answer.notes = text(a.notes);
      }
      answers.set(c.id, answer);
    });
    out.answers = answers;
    return serialize(out, 0) + '\n';
  }

  // ---- the units a page lists (org.opendti.render.FormData.units) -------------------------

  /**
   * The framework's units as objects, from the compact rows the page carries: [id, name, other
   * name, parent#, validFrom, validTo, [period# on main], [period# accepted]]. Each becomes
   * {id, name, parent, validFrom, validTo, onMain: [period id], accepted: {period id: file}} and,
   * with fold (window.DtiFold), key: the folded text the picker matches (name, other name, parent,
   * id).
   */
  function units(fw, fold) {
    var parents = fw.unitParents || [];
    var periods = fw.periods.map(function (p) {
      return p.id;
    });
    return (fw.units || []).map(function (r) {
      var u = {
        id: r[0],
        name: r[1],
        parent: r[3] >= 0 ? parents[r[3]] : '',
        validFrom: r[4],
        validTo: r[5],
        onMain: r[6].map(function (i) {
          return periods[i];
        }),
        // Ids come from files the official opens too: maps without a prototype.
        accepted: Object.create(null)
      };
      r[7].forEach(function (i) {
        u.accepted[periods[i]] = fw.unitData + periods[i] + '/submissions/' + r[0] + '.json';
      });
      if (fold) {
        u.key = fold([r[1], r[2], u.parent, r[0].replace(/-/g, ' ')].join(' '));
      }
      return u;
    });
  }

  // ---- sending the file to the host (both forms) ------------------------------------------

  /** The longest address the new-file link may be, its content included (GitHub refuses longer). */
  var MAX_URL = 8000;

  /**
   * How a file is sent: a new one opens the host's new-file page with name and content when the
   * link fits MAX_URL, else with the name only, the content copied to paste; a file already on
   * main copies the content and opens its edit page. urls: {newFileUrl, editUrl}; onMain: whether
   * the file exists on main. Returns {text, label, href, copy}: text and label name the page's
   * messages (send…), copy whether the content goes to the clipboard first.
   */
  function sendPlan(urls, path, json, onMain) {
    if (onMain && urls.editUrl) {
      return { text: 'sendUpdate', label: 'sendOpenCopyEdit', href: urls.editUrl + path, copy: true };
    }
    var base = urls.newFileUrl + '?filename=' + encodeURIComponent(path);
    var full = base + '&value=' + encodeURIComponent(json);
    if (full.length <= MAX_URL) {
      return { text: 'sendNew', label: 'sendOpenNew', href: full, copy: false };
    }
    return { text: 'sendNewCopy', label: 'sendOpenCopyNew', href: base, copy: true };
  }

  /** Puts text on the clipboard; resolves true when it is there, false when the browser refused. */
  function copy(text) {
    if (typeof navigator === 'undefined' || !navigator.clipboard || !navigator.clipboard.writeText) {
      return Promise.resolve(false);
    }
    return navigator.clipboard.writeText(text).then(function () {
      return true;
    }, function () {
      return false;
    });
  }

  var problemCount = 0;

  /**
   * One problem of a form's list of problems: a link to its field that opens what hides it and
   * puts the focus there (the field gets an id when it has none).
   */
  function problemLink(el, label) {
    var li = document.createElement('li');
    var a = document.createElement('a');
    if (!el.id) {
      el.id = 'problem-el-' + (++problemCount);
    }
    a.href = '#' + el.id;
    a.textContent = label;
    a.addEventListener('click', function (e) {
      e.preventDefault();
      var box = el.closest('details');
      if (box) {
        box.open = true;
      }
      el.scrollIntoView({ block: 'center' });
      el.focus();
    });
    li.appendChild(a);
    return li;
  }

  /** This browser's local storage for drafts, or null where it is refused (some private modes). */
  function storage() {
    try {
      return window.localStorage;
    } catch (e) {
      return null;
    }
  }

  /** When a draft was saved, as the forms say it: "14:05 06/12/2026", local time. */
  function clock(iso) {
    var d = new Date(iso);
    var pad = function (n) {
      return (n < 10 ? '0' : '') + n;
    };
    return pad(d.getHours()) + ':' + pad(d.getMinutes()) + ' ' + pad(d.getDate()) + '/' +
      pad(d.getMonth() + 1) + '/' + d.getFullYear();
  }

  var api = {
    parse: parse,
    round2: round2,
    div: div,
    str: str,
    cohortValue: cohortValue,
    cohortStats: cohortStats,
    cohortPoints: cohortPoints,
    startedMonths: startedMonths,
    scoreCriterion: scoreCriterion,
    aggregate: aggregate,
    checkValue: checkValue,
    checkRatio: checkRatio,
    readNumber: readNumber,
    localNumber: localNumber,
    plain: plain,
    times100: times100,
    buildSubmission: buildSubmission,
    // For the correction form (correction.js): exact numbers in the review file.
    inputValue: inputValue,
    serialize: serialize,
    // For both forms: the units the page lists, and how the file is sent.
    units: units,
    sendPlan: sendPlan,
    copy: copy,
    problemLink: problemLink,
    storage: storage,
    clock: clock
  };
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  } else {
    root.DtiScoring = api;
  }
})(this);
