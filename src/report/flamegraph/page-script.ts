// The script and style of the interactive flame graph page, as text inlined into it (the page
// makes no network requests). The script reads the embedded JSON and builds the DOM with
// textContent only: no name from a profile is ever parsed as markup.

export const pageStyle = `
body{margin:0;font:13px/1.35 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#222;background:#fff}
header{padding:10px 14px 6px;border-bottom:1px solid #ddd}
h1{font-size:17px;margin:0 0 4px}
h2{font-size:14px;margin:12px 0 6px}
#legend div{color:#444}
#scale{display:flex;align-items:center;gap:6px;margin:6px 0}
#scale span.sw{display:inline-block;width:26px;height:12px}
.controls{display:flex;gap:12px;align-items:center;margin-top:6px}
#search{width:260px;padding:3px 6px}
#matches{color:#606}
main{display:flex;align-items:flex-start}
#chart{position:relative;flex:1 1 auto;min-width:0;margin:8px 10px;overflow:hidden}
aside{flex:0 0 400px;max-width:40vw;padding:0 12px 12px;border-left:1px solid #ddd;overflow:auto;max-height:calc(100vh - 120px)}
table{border-collapse:collapse;width:100%;font-size:12px}
th,td{text-align:left;padding:2px 4px;border-bottom:1px solid #eee;vertical-align:top}
td.fn{word-break:break-all;cursor:pointer;color:#124}
td.fn:hover{text-decoration:underline}
.frame{position:absolute;height:17px;box-sizing:border-box;border:0.5px solid #fff;border-radius:1px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;font:11px/16px Verdana,"DejaVu Sans",sans-serif;padding:0 3px;cursor:pointer}
.frame.light{color:#000}.frame.dark{color:#fff}
.frame.gone{opacity:.55;border:1px dashed #335;color:#000}
.frame.other{font-style:italic}
.frame.ancestor{opacity:.6}
.frame.narrow{color:transparent!important}
.frame.match{background:#d22ad8!important;color:#fff!important;outline:1px solid #606}
#tooltip{position:fixed;z-index:10;max-width:520px;background:#fffff0;border:1px solid #999;padding:5px 7px;white-space:pre-wrap;font-size:12px;pointer-events:none;box-shadow:0 2px 6px rgba(0,0,0,.2)}
.empty{color:#777}
`;

export const pageScript = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('flame-data').textContent);
  var frames = data.frames.map(function (r, i) {
    return { i: i, name: data.names[r[0]], label: data.names[r[1]], depth: r[2], x: r[3], w: r[4], kind: r[5], head: r[6],
      colour: { self: r[7], total: r[8] }, dark: { self: r[9] === 1, total: r[10] === 1 }, tip: r[11], parent: r[12], el: null };
  });
  var chart = document.getElementById('chart');
  var tooltip = document.getElementById('tooltip');
  var search = document.getElementById('search');
  var matches = document.getElementById('matches');
  var colourBy = document.getElementById('colour-by');
  var rowHeight = 18;
  var zoomed = frames[0];
  var maxDepth = frames.reduce(function (m, f) { return Math.max(m, f.depth); }, 0);
  chart.style.height = ((maxDepth + 1) * rowHeight + 4) + 'px';

  function text(tag, content, cls) {
    var el = document.createElement(tag);
    if (content !== undefined) el.textContent = content;
    if (cls) el.className = cls;
    return el;
  }

  document.getElementById('title').textContent = data.title;
  document.title = data.title;

  function renderLegend() {
    var legend = document.getElementById('legend');
    legend.replaceChildren();
    data.legend[colourBy.value].forEach(function (line) { legend.appendChild(text('div', line)); });
    var scale = text('div', undefined);
    scale.id = 'scale';
    scale.appendChild(text('span', 'shrank'));
    data.scale[colourBy.value].forEach(function (stop) {
      var sw = text('span', undefined, 'sw');
      sw.style.background = stop.colour;
      sw.title = stop.label;
      scale.appendChild(sw);
    });
    scale.appendChild(text('span', 'grew (' + data.scaleLabel[colourBy.value] + ')'));
    legend.appendChild(scale);
  }

  frames.forEach(function (f) {
    var el = text('div', f.label, 'frame ' + f.kind);
    el.dataset.index = String(f.i);
    el.style.top = (f.depth * rowHeight) + 'px';
    f.el = el;
    chart.appendChild(el);
  });

  function paint() {
    var by = colourBy.value;
    frames.forEach(function (f) {
      f.el.style.background = f.colour[by];
      f.el.classList.toggle('dark', !f.dark[by] && f.kind !== 'gone');
      f.el.classList.toggle('light', f.dark[by] || f.kind === 'gone');
    });
    renderLegend();
  }

  function isAncestorOf(a, b) {
    for (var p = b.parent; p >= 0; p = frames[p].parent) if (p === a.i) return true;
    return false;
  }

  function layout() {
    var width = chart.clientWidth || 1;
    var zx = zoomed.x, zw = zoomed.w || 1;
    frames.forEach(function (f) {
      var ancestor = f === zoomed || isAncestorOf(f, zoomed);
      var inside = ancestor || (f.x >= zx - 1e-9 * zw && f.x + f.w <= zx + zw + 1e-9 * zw && f.depth > zoomed.depth);
      var left = ancestor ? 0 : (f.x - zx) / zw;
      var w = ancestor ? 1 : f.w / zw;
      var visible = inside && w * width >= 0.5;
      f.el.hidden = !visible;
      if (!visible) return;
      f.el.style.left = (left * 100) + '%';
      f.el.style.width = (w * 100) + '%';
      f.el.classList.toggle('ancestor', ancestor && f !== zoomed);
      f.el.classList.toggle('narrow', w * width < 30);
    });
  }

  function runSearch() {
    var term = search.value.trim().toLowerCase();
    var count = 0, total = 0;
    var hit = [];
    frames.forEach(function (f) {
      var m = term !== '' && f.name.toLowerCase().indexOf(term) >= 0;
      hit[f.i] = m;
      f.el.classList.toggle('match', m);
      if (!m) return;
      count++;
      var counted = false;
      for (var p = f.parent; p >= 0; p = frames[p].parent) if (hit[p]) { counted = true; break; }
      if (!counted && f.kind !== 'gone') total += f.head;
    });
    matches.textContent = term === '' ? '' : count + ' matching frame' + (count === 1 ? '' : 's') + ' · ' + data.format(total) +
      ' (' + (data.headTotal ? (100 * total / data.headTotal).toFixed(2) : '0.00') + '% of head)';
  }
  data.format = function (v) {
    var unit = data.unit, abs = Math.abs(v);
    var scales = unit === 'nanoseconds' ? [['s', 1e9], ['ms', 1e6], ['\\u00b5s', 1e3], ['ns', 1]]
      : unit === 'bytes' ? [['GiB', 1073741824], ['MiB', 1048576], ['KiB', 1024], ['B', 1]] : [['', 1]];
    for (var i = 0; i < scales.length; i++) {
      if (abs >= scales[i][1] || i === scales.length - 1) {
        var x = v / scales[i][1];
        return (Math.abs(x) >= 100 || Number.isInteger(x) ? Math.round(x).toLocaleString('en-US') : x.toFixed(2)) + scales[i][0];
      }
    }
    return String(v);
  };

  chart.addEventListener('click', function (ev) {
    var el = ev.target.closest('.frame');
    if (!el) return;
    zoomed = frames[Number(el.dataset.index)];
    layout();
  });
  chart.addEventListener('mousemove', function (ev) {
    var el = ev.target.closest('.frame');
    if (!el) { tooltip.hidden = true; return; }
    tooltip.textContent = frames[Number(el.dataset.index)].tip;
    tooltip.hidden = false;
    var x = Math.min(ev.clientX + 14, window.innerWidth - tooltip.offsetWidth - 4);
    var y = ev.clientY + 16 + tooltip.offsetHeight > window.innerHeight ? ev.clientY - tooltip.offsetHeight - 8 : ev.clientY + 16;
    tooltip.style.left = Math.max(0, x) + 'px';
    tooltip.style.top = Math.max(0, y) + 'px';
  });
  chart.addEventListener('mouseleave', function () { tooltip.hidden = true; });
  search.addEventListener('input', runSearch);
  colourBy.addEventListener('change', paint);
  document.getElementById('reset').addEventListener('click', function () { zoomed = frames[0]; layout(); });
  window.addEventListener('resize', layout);

  function fillTable(id, columns, rows, emptyText) {
    var table = document.getElementById(id);
    if (rows.length === 0) { table.replaceWith(text('p', emptyText, 'empty')); return; }
    var head = document.createElement('tr');
    columns.forEach(function (c) { head.appendChild(text('th', c)); });
    table.appendChild(head);
    rows.forEach(function (row) {
      var tr = document.createElement('tr');
      row.forEach(function (cell, i) {
        var td = text('td', cell, i === 0 ? 'fn' : '');
        if (i === 0) td.addEventListener('click', function () { search.value = cell; runSearch(); });
        tr.appendChild(td);
      });
      table.appendChild(tr);
    });
  }
  fillTable('regressions', data.tables.regressionColumns, data.tables.regressions, 'No regression found in this profile.');
  fillTable('changes', data.tables.changeColumns, data.tables.changes, 'No top changes.');

  paint();
  layout();
  document.body.dataset.ready = 'true';
})();
`;
