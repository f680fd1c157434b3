// The layout checks of ResponsiveTest, run in the page as it is shown at one viewport width.
// Returns one text per problem; none means the page reads well at this width.
() => {
  const problems = [];
  // site.css lets the browser lay out a scorecard's later sections only when the reader nears them
  // (content-visibility: auto), which also clips what would overflow them. The checks look at every
  // section laid out, as a reader who scrolls to it sees it, so an overflow is found, not hidden.
  for (const s of document.querySelectorAll('section.later')) {
    s.style.contentVisibility = 'visible';
  }
  const width = window.innerWidth;
  const describe = (e) => {
    const r = e.getBoundingClientRect();
    const cls = typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\s+/).join('.') : '';
    return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + cls + ' [' + Math.round(r.left) + '–' + Math.round(r.right) + ' px]';
  };

  // WCAG 1.4.10: no page-level horizontal scroll. Name the widest culprits outside scroll regions.
  const page = document.documentElement.scrollWidth;
  if (page > width) {
    const culprits = Array.from(document.body.querySelectorAll('*'))
      .filter((e) => !e.closest('.table-scroll') && e.getBoundingClientRect().right > width + 0.5)
      .sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right)
      .slice(0, 3)
      .map(describe);
    problems.push('the page scrolls sideways: ' + page + ' px wide in ' + width + ' px (' + culprits.join(', ') + ')');
  }

  // A table wider than its column scrolls inside a named, focusable region, first column in view.
  for (const table of document.querySelectorAll('table')) {
    const region = table.closest('.table-scroll');
    const box = region || table.parentElement;
    if (!region) {
      if (table.getBoundingClientRect().width > box.clientWidth + 0.5) {
        problems.push('a table wider than its column is not in a scroll region: ' + describe(table));
      }
      continue;
    }
    if (region.getAttribute('role') !== 'region') {
      problems.push('a scroll region without role=region: ' + describe(region));
    }
    const label = document.getElementById(region.getAttribute('aria-labelledby') || '');
    if (!label || !label.textContent.trim()) {
      problems.push('a scroll region without a name (aria-labelledby): ' + describe(region));
    }
    if (region.scrollWidth <= region.clientWidth) {
      continue;
    }
    if (region.getAttribute('tabindex') !== '0') {
      problems.push('a scrolling region the keyboard cannot reach (tabindex=0): ' + describe(region));
    }
    // The first row whose first cell is one column wide; a row spanning the table (a heading of a
    // row group, a scorecard's detail row) keeps its text in view by its first element instead.
    const rows = Array.from(table.tBodies).flatMap((b) => Array.from(b.rows));
    const row = rows.find((r) => r.cells.length && r.cells[0].colSpan === 1) || null;
    const spanning = rows.find((r) => r.cells.length && r.cells[0].colSpan > 1 && r.cells[0].firstElementChild);
    if (spanning) {
      const before = region.scrollLeft;
      region.scrollLeft = region.scrollWidth;
      const text = spanning.cells[0].firstElementChild.getBoundingClientRect();
      const frame = region.getBoundingClientRect();
      if (text.left < frame.left - 1 || text.right > frame.right + 1) {
        problems.push('a row spanning the table scrolls its text out of view: ' + describe(table) + ' '
          + spanning.cells[0].textContent.trim().slice(0, 40));
      }
      region.scrollLeft = before;
    }
    if (row) {
      const before = region.scrollLeft;
      region.scrollLeft = region.scrollWidth;
      const cell = row.cells[0].getBoundingClientRect();
      const frame = region.getBoundingClientRect();
      if (cell.left < frame.left - 1 || cell.right > frame.right + 1) {
        problems.push('the first column scrolls out of view: ' + describe(table) + ' ' + row.cells[0].textContent.trim().slice(0, 40));
      }
      region.scrollLeft = before;
    }
  }

  // Charts: text at least 12 px as drawn, and inside the chart (SVG text does not wrap).
  for (const svg of document.querySelectorAll('svg.chart')) {
    const scale = svg.getScreenCTM().a;
    const view = svg.viewBox.baseVal;
    for (const text of svg.querySelectorAll('text')) {
      const size = parseFloat(getComputedStyle(text).fontSize) * scale;
      if (size < 12) {
        problems.push('chart text drawn at ' + size.toFixed(1) + ' px: ' + text.textContent.trim());
      }
      const b = text.getBBox();
      if (b.x < view.x - 0.5 || b.x + b.width > view.x + view.width + 0.5) {
        problems.push('chart text outside the chart: ' + text.textContent.trim());
      }
    }
  }
  return problems;
}
