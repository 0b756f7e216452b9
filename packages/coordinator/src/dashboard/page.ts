// The dashboard's one page: HTML, CSS and the script that draws it, inline and self-contained (no
// CDN, no build step). The first snapshot is embedded as a JSON data block, so the first paint needs
// no round trip; the script then polls /api/snapshot. Every value that came from workers is put in
// the DOM with textContent or setAttribute, never parsed as markup, and the Content-Security-Policy
// (server.ts) allows only this script (by hash), so an injected handler could not run either.
import { createHash } from 'node:crypto'
import { PAGE_HISTORY_POINTS_MAX, POLL_INTERVAL_MS } from './constants.js'

// The page's script. Plain ES2020 in a string: no backticks or template placeholders inside.
const SCRIPT = `
'use strict';
(function () {
  var POLL_MS = ${POLL_INTERVAL_MS};
  var HISTORY_MAX = ${PAGE_HISTORY_POINTS_MAX};
  var SVG_NS = 'http://www.w3.org/2000/svg';
  var PHASE_COLORS = { forward: '#3b82f6', backward: '#1d4ed8', send: '#f59e0b', recv: '#10b981', sync: '#a855f7',
    waiting: '#d1d5db', optimizer: '#ef4444', data: '#64748b', checkpoint: '#0ea5e9' };
  var token = new URLSearchParams(location.search).get('token') || '';
  var history = [];
  var lastOkMs = Date.now();
  var updates = 0;

  function $(id) { return document.getElementById(id); }
  function h(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function s(tag, attrs) {
    var e = document.createElementNS(SVG_NS, tag);
    for (var k in attrs) e.setAttribute(k, String(attrs[k]));
    return e;
  }
  function num(v) { return typeof v === 'number' && isFinite(v) ? v : 0; }
  function safeClass(v) { return String(v).toLowerCase().replace(/[^a-z0-9-]/g, '').slice(0, 32); }
  function fmtBytes(b) {
    b = num(b);
    var u = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    var i = 0;
    while (Math.abs(b) >= 1024 && i < u.length - 1) { b /= 1024; i++; }
    return (i === 0 ? b.toFixed(0) : b.toFixed(1)) + ' ' + u[i];
  }
  function fmtNum(v, digits) {
    if (v === null || v === undefined || !isFinite(v)) return '-';
    var a = Math.abs(v);
    if (a !== 0 && (a >= 1e6 || a < 1e-3)) return v.toExponential(2);
    return v.toFixed(digits === undefined ? 2 : digits);
  }
  function fmtAgo(ms, now) {
    if (!ms) return '-';
    var d = Math.max(0, (now - ms) / 1000);
    if (d < 60) return d.toFixed(0) + ' s ago';
    if (d < 3600) return (d / 60).toFixed(0) + ' min ago';
    return (d / 3600).toFixed(1) + ' h ago';
  }
  function shortId(id) { id = String(id || ''); return id.length > 14 ? id.slice(0, 6) + '\\u2026' + id.slice(-6) : id; }

  function mergeHistory(points) {
    if (!Array.isArray(points) || points.length === 0) return;
    var last = history.length ? history[history.length - 1].step : -1;
    // A rollback or a restart starts the steps again: follow the coordinator's history.
    if (points[points.length - 1].step < last) { history = []; last = -1; }
    for (var i = 0; i < points.length; i++) {
      var p = points[i];
      if (p.step > last) { history.push(p); last = p.step; }
    }
    if (history.length > HISTORY_MAX) history = history.slice(history.length - HISTORY_MAX);
  }

  function lineChart(svgId, key, color) {
    var svg = $(svgId);
    var W = 600, H = 180, L = 56, R = 8, T = 10, B = 22;
    var pts = [];
    for (var i = 0; i < history.length; i++) {
      var v = history[i][key];
      if (typeof v === 'number' && isFinite(v)) pts.push([history[i].step, v]);
    }
    var kids = [s('rect', { x: L, y: T, width: W - L - R, height: H - T - B, fill: '#fafafa', stroke: '#e5e7eb' })];
    svg.setAttribute('data-points', String(pts.length));
    if (pts.length === 0) {
      var t = s('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', fill: '#9ca3af', 'font-size': 13 });
      t.textContent = 'no data yet';
      kids.push(t);
      svg.replaceChildren.apply(svg, kids);
      return;
    }
    var x0 = pts[0][0], x1 = pts[pts.length - 1][0];
    var y0 = Infinity, y1 = -Infinity;
    for (var j = 0; j < pts.length; j++) { y0 = Math.min(y0, pts[j][1]); y1 = Math.max(y1, pts[j][1]); }
    if (y1 === y0) { y1 = y0 + (Math.abs(y0) || 1) * 0.05; y0 = y0 - (Math.abs(y0) || 1) * 0.05; }
    if (x1 === x0) x1 = x0 + 1;
    var sx = function (x) { return L + (x - x0) / (x1 - x0) * (W - L - R); };
    var sy = function (y) { return T + (1 - (y - y0) / (y1 - y0)) * (H - T - B); };
    var d = '';
    for (var k = 0; k < pts.length; k++) d += (k === 0 ? 'M' : 'L') + sx(pts[k][0]).toFixed(1) + ' ' + sy(pts[k][1]).toFixed(1);
    if (pts.length === 1) d += 'L' + (sx(pts[0][0]) + 2).toFixed(1) + ' ' + sy(pts[0][1]).toFixed(1);
    kids.push(s('path', { d: d, fill: 'none', stroke: color, 'stroke-width': 2, 'class': 'series' }));
    var labels = [[L - 4, T + 10, 'end', fmtNum(y1, 3)], [L - 4, H - B, 'end', fmtNum(y0, 3)],
      [L, H - 6, 'start', 'step ' + x0], [W - R, H - 6, 'end', 'step ' + pts[pts.length - 1][0]]];
    for (var m = 0; m < labels.length; m++) {
      var lab = s('text', { x: labels[m][0], y: labels[m][1], 'text-anchor': labels[m][2], fill: '#6b7280', 'font-size': 11 });
      lab.textContent = labels[m][3];
      kids.push(lab);
    }
    svg.replaceChildren.apply(svg, kids);
  }

  function renderRun(snap) {
    var r = snap.run || {};
    $('run-name').textContent = r.name || '(no run)';
    var st = $('run-state');
    st.textContent = r.state || '-';
    st.className = 'badge state-' + safeClass(r.state || '');
    $('run-reason').textContent = r.stateReason || '';
    var facts = [
      ['step', num(r.step) + (r.stepsTotal ? ' / ' + r.stepsTotal : '')],
      ['loss', fmtNum(r.loss, 4)],
      ['tokens/s', fmtNum(r.tokensPerSecond, 1)],
      ['step time', fmtNum(r.stepMs, 0) + ' ms'],
      ['plan epoch', num(r.planEpoch)],
      ['last checkpoint', r.lastCheckpointStep === null || r.lastCheckpointStep === undefined ? 'none' : 'step ' + r.lastCheckpointStep],
      ['workers', num(r.workers)],
      ['recoveries', num(r.recoveries)]
    ];
    var box = $('facts');
    var kids = [];
    for (var i = 0; i < facts.length; i++) {
      var f = h('div', null, 'fact');
      f.appendChild(h('div', facts[i][0], 'fact-k'));
      f.appendChild(h('div', facts[i][1], 'fact-v'));
      kids.push(f);
    }
    box.replaceChildren.apply(box, kids);
    var pct = r.stepsTotal ? Math.min(100, 100 * num(r.step) / r.stepsTotal) : 0;
    $('progress-bar').style.width = pct.toFixed(1) + '%';
  }

  function renderGrid(snap, now) {
    var g = snap.grid || { stages: [], replicas: 0, cells: [], idle: [] };
    var table = $('grid');
    var rows = [];
    var head = h('tr');
    head.appendChild(h('th', 'stage (layers)'));
    for (var rep = 0; rep < num(g.replicas); rep++) head.appendChild(h('th', 'replica ' + rep));
    rows.push(head);
    var byKey = {};
    (g.cells || []).forEach(function (c) { byKey[c.stage + ':' + c.replica] = c; });
    (g.stages || []).forEach(function (st) {
      var tr = h('tr');
      tr.appendChild(h('th', 'stage ' + st.index + ' (' + st.layerStart + '-' + st.layerEnd + ')'));
      for (var rr = 0; rr < num(g.replicas); rr++) {
        var c = byKey[st.index + ':' + rr];
        var td = h('td', null, 'cell');
        if (c) {
          td.className = 'cell state-' + safeClass(c.state) + (c.stragglerRank === 1 ? ' straggler' : '');
          td.setAttribute('data-peer', String(c.peerId || ''));
          td.appendChild(h('div', c.name || shortId(c.peerId), 'cell-name'));
          td.appendChild(h('div', shortId(c.peerId), 'cell-peer'));
          td.appendChild(h('div', (c.device || '?') + ' \\u00b7 ' + (c.state || '?'), 'cell-dev'));
          td.appendChild(h('div', fmtNum(c.stepMs, 0) + ' ms' + (c.stragglerRank ? ' \\u00b7 rank ' + c.stragglerRank : '') + ' \\u00b7 ' + fmtAgo(c.lastSeenMs, now), 'cell-meta'));
        } else {
          td.appendChild(h('div', 'empty', 'cell-empty'));
        }
        tr.appendChild(td);
      }
      rows.push(tr);
    });
    table.replaceChildren.apply(table, rows);
    var idle = $('idle');
    var items = (g.idle || []).map(function (w) {
      var li = h('li');
      li.appendChild(h('span', w.name || shortId(w.peerId), 'cell-name'));
      li.appendChild(h('span', ' ' + shortId(w.peerId) + ' \\u00b7 ' + (w.state || '?') + ' \\u00b7 ' + fmtAgo(w.lastSeenMs, now), 'cell-meta'));
      return li;
    });
    if (items.length === 0) items.push(h('li', 'none', 'muted'));
    idle.replaceChildren.apply(idle, items);
  }

  function renderLinks(snap) {
    var links = (snap.links || []).slice(0, 200);
    var maxBw = 1;
    links.forEach(function (l) { maxBw = Math.max(maxBw, num(l.bandwidthBytesPerSecond)); });
    var rows = [h('tr')];
    ['from', 'to', 'bandwidth', '', 'latency'].forEach(function (t) { rows[0].appendChild(h('th', t)); });
    links.forEach(function (l) {
      var tr = h('tr');
      tr.appendChild(h('td', shortId(l.from), 'mono'));
      tr.appendChild(h('td', shortId(l.to), 'mono'));
      tr.appendChild(h('td', fmtBytes(l.bandwidthBytesPerSecond) + '/s'));
      var barTd = h('td');
      var bar = h('div', null, 'bar');
      bar.style.width = (100 * num(l.bandwidthBytesPerSecond) / maxBw).toFixed(1) + '%';
      barTd.appendChild(bar);
      tr.appendChild(barTd);
      tr.appendChild(h('td', fmtNum(l.latencyMs, 1) + ' ms'));
      rows.push(tr);
    });
    if (links.length === 0) { var e = h('tr'); e.appendChild(h('td', 'no links measured yet', 'muted')); rows.push(e); }
    var t = $('links');
    t.replaceChildren.apply(t, rows);
  }

  function renderTraffic(snap) {
    var rows = [h('tr')];
    ['kind', 'sent', 'uncompressed', 'saved', 'received', 'dropped frames'].forEach(function (t) { rows[0].appendChild(h('th', t)); });
    var sent = 0, raw = 0;
    (snap.traffic || []).forEach(function (k) {
      var tr = h('tr');
      var saved = num(k.rawBytesOut) > 0 ? 100 * (1 - num(k.bytesOut) / num(k.rawBytesOut)) : 0;
      sent += num(k.bytesOut); raw += num(k.rawBytesOut);
      [k.kind, fmtBytes(k.bytesOut), fmtBytes(k.rawBytesOut), saved.toFixed(1) + '%', fmtBytes(k.bytesIn), num(k.framesDropped)].forEach(function (v) { tr.appendChild(h('td', v)); });
      rows.push(tr);
    });
    var t = $('traffic');
    t.replaceChildren.apply(t, rows);
    $('saved').textContent = raw > 0 ? 'compression saved ' + fmtBytes(raw - sent) + ' (' + (100 * (1 - sent / raw)).toFixed(1) + '% of ' + fmtBytes(raw) + ')' : 'no traffic yet';
  }

  function renderTimeline(snap) {
    var tl = snap.timeline || { step: -1, rows: [] };
    var rows = (tl.rows || []).slice().sort(function (a, b) { return a.stage - b.stage || a.replica - b.replica; }).slice(0, 64);
    var svg = $('timeline');
    var W = 900, L = 70, R = 10, rowH = 22, T = 6;
    var H = T + Math.max(1, rows.length) * rowH + 22;
    svg.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
    svg.setAttribute('height', String(H));
    var end = 1;
    rows.forEach(function (r) { (r.spans || []).forEach(function (sp) { end = Math.max(end, num(sp.endMs)); }); });
    var kids = [];
    var spans = 0;
    rows.forEach(function (r, i) {
      var y = T + i * rowH;
      var lab = s('text', { x: L - 6, y: y + 15, 'text-anchor': 'end', 'font-size': 11, fill: '#374151' });
      lab.textContent = 's' + r.stage + ' r' + r.replica;
      kids.push(lab);
      (r.spans || []).slice(0, 2000).forEach(function (sp) {
        var x = L + num(sp.startMs) / end * (W - L - R);
        var w = Math.max(1, (num(sp.endMs) - num(sp.startMs)) / end * (W - L - R));
        var phase = safeClass(sp.phase);
        var rect = s('rect', { x: x.toFixed(1), y: y + 2, width: w.toFixed(1), height: rowH - 6, fill: PHASE_COLORS[phase] || '#9ca3af', 'class': 'span phase-' + phase });
        var title = s('title', {});
        title.textContent = phase + ' mb ' + sp.microBatch + ': ' + fmtNum(sp.startMs, 1) + '-' + fmtNum(sp.endMs, 1) + ' ms';
        rect.appendChild(title);
        kids.push(rect);
        spans++;
      });
    });
    var axis = s('text', { x: W - R, y: H - 6, 'text-anchor': 'end', 'font-size': 11, fill: '#6b7280' });
    axis.textContent = rows.length ? fmtNum(end, 0) + ' ms' : 'no step timed yet';
    kids.push(axis);
    svg.setAttribute('data-spans', String(spans));
    svg.replaceChildren.apply(svg, kids);
    $('timeline-step').textContent = tl.step >= 0 ? 'step ' + tl.step : '';
  }

  function renderCheckpoints(snap) {
    var rows = [h('tr')];
    ['step', 'size', 'tensors', 'state', 'created', 'manifest'].forEach(function (t) { rows[0].appendChild(h('th', t)); });
    (snap.checkpoints || []).slice(-200).reverse().forEach(function (c) {
      var tr = h('tr');
      [c.step, fmtBytes(c.bytes), num(c.tensors), c.verification || 'verified', c.createdAtMs ? new Date(c.createdAtMs).toLocaleString() : '-', String(c.manifestSha256 || '').slice(0, 12)].forEach(function (v) { tr.appendChild(h('td', v)); });
      rows.push(tr);
    });
    var t = $('checkpoints');
    t.replaceChildren.apply(t, rows);
  }

  function render(snap) {
    var now = num(snap.generatedAtMs) || Date.now();
    mergeHistory(snap.history);
    renderRun(snap);
    lineChart('loss-chart', 'loss', '#dc2626');
    lineChart('tps-chart', 'tokensPerSecond', '#2563eb');
    renderGrid(snap, now);
    renderLinks(snap);
    renderTraffic(snap);
    renderTimeline(snap);
    renderCheckpoints(snap);
    updates++;
    document.body.setAttribute('data-updates', String(updates));
    document.body.setAttribute('data-generated-at', String(now));
  }

  function setConn(text, cls) { var c = $('conn'); c.textContent = text; c.className = 'badge ' + cls; }

  function poll() {
    var headers = token ? { authorization: 'Bearer ' + token } : {};
    fetch('api/snapshot', { headers: headers, cache: 'no-store' }).then(function (res) {
      if (res.status === 401) throw new Error('a viewer token is required: open the page with ?token=...');
      if (!res.ok) throw new Error('the coordinator answered ' + res.status);
      return res.json();
    }).then(function (snap) {
      lastOkMs = Date.now();
      setConn('live', 'ok');
      render(snap);
    }).catch(function (err) {
      setConn('stale ' + ((Date.now() - lastOkMs) / 1000).toFixed(0) + ' s: ' + err.message, 'bad');
    }).then(function () { setTimeout(poll, POLL_MS); });
  }

  try {
    render(JSON.parse($('initial').textContent || '{}'));
    setConn('live', 'ok');
  } catch (err) {
    setConn('no initial data', 'bad');
  }
  setTimeout(poll, POLL_MS);
})();
`

const STYLE = `
body { font: 14px/1.4 system-ui, sans-serif; margin: 0; background: #f3f4f6; color: #111827; }
header { background: #111827; color: #f9fafb; padding: 10px 16px; display: flex; gap: 12px; align-items: center; flex-wrap: wrap; }
header h1 { font-size: 18px; margin: 0; }
main { display: grid; grid-template-columns: repeat(auto-fit, minmax(440px, 1fr)); gap: 12px; padding: 12px; }
section { background: #fff; border-radius: 6px; padding: 10px 12px; box-shadow: 0 1px 2px rgba(0,0,0,.08); overflow-x: auto; }
section.wide { grid-column: 1 / -1; }
h2 { font-size: 14px; margin: 0 0 8px; color: #374151; }
.badge { border-radius: 4px; padding: 1px 8px; font-size: 12px; background: #4b5563; color: #fff; }
.badge.ok, .state-running { background: #16a34a; color: #fff; }
.badge.bad, .state-failed { background: #dc2626; color: #fff; }
.state-paused, .state-waiting, .state-recovering { background: #d97706; color: #fff; }
#run-reason { color: #d1d5db; font-size: 12px; }
#facts { display: flex; flex-wrap: wrap; gap: 8px 20px; }
.fact-k { font-size: 11px; color: #6b7280; } .fact-v { font-size: 16px; font-weight: 600; }
.progress { height: 6px; background: #e5e7eb; border-radius: 3px; margin-top: 8px; }
#progress-bar { height: 6px; background: #16a34a; border-radius: 3px; width: 0; }
svg { width: 100%; display: block; }
table { border-collapse: collapse; width: 100%; font-size: 12px; }
th, td { text-align: left; padding: 3px 6px; border-bottom: 1px solid #f3f4f6; vertical-align: top; }
td.cell { border: 1px solid #e5e7eb; border-left: 4px solid #9ca3af; background: #fff; color: #111827; min-width: 150px; }
td.cell.state-running, td.cell.state-forward, td.cell.state-backward, td.cell.state-send, td.cell.state-recv, td.cell.state-sync, td.cell.state-waiting, td.cell.state-optimizer, td.cell.state-data { border-left-color: #16a34a; background: #fff; color: #111827; }
td.cell.state-fetching_state, td.cell.state-fetchingstate, td.cell.state-paused, td.cell.state-draining { border-left-color: #d97706; background: #fff; color: #111827; }
td.cell.state-gone { border-left-color: #dc2626; background: #fef2f2; color: #111827; }
td.cell.straggler { outline: 2px solid #f59e0b; }
.cell-name { font-weight: 600; word-break: break-all; } .cell-peer, .mono { font-family: ui-monospace, monospace; font-size: 11px; color: #6b7280; }
.cell-dev, .cell-meta { font-size: 11px; color: #4b5563; } .cell-empty, .muted { color: #9ca3af; }
.bar { height: 8px; background: #60a5fa; border-radius: 2px; min-width: 1px; }
.legend span { display: inline-block; margin-right: 10px; font-size: 11px; } .legend i { display: inline-block; width: 10px; height: 10px; margin-right: 3px; vertical-align: -1px; }
ul { margin: 4px 0 0; padding-left: 18px; }
`

const LEGEND = [
  ['forward', '#3b82f6'],
  ['backward', '#1d4ed8'],
  ['send', '#f59e0b'],
  ['recv', '#10b981'],
  ['sync', '#a855f7'],
  ['waiting', '#d1d5db'],
  ['optimizer', '#ef4444'],
  ['data', '#64748b'],
]
  .map(([name, color]) => `<span><i style="background:${color}"></i>${name}</span>`)
  .join('')

/** The sha256 source of the inline script, for the Content-Security-Policy's script-src. */
export const DASHBOARD_SCRIPT_HASH = `sha256-${createHash('sha256').update(SCRIPT).digest('base64')}`

/**
 * JSON that is safe inside a `<script type="application/json">` block: no `</script>`, no `<!--`,
 * no line separators that old parsers read as line ends.
 */
export function jsonForScriptBlock(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

/** The whole page, with `initial` (a snapshot) embedded for the first paint. */
export function renderDashboardPage(initial: unknown): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tandem dashboard</title>
<style>${STYLE}</style>
</head>
<body data-updates="0">
<header>
  <h1>Tandem</h1><span id="run-name"></span><span id="run-state" class="badge"></span><span id="run-reason"></span>
  <span style="flex:1"></span><span id="conn" class="badge">loading</span>
</header>
<main>
  <section class="wide"><div id="facts"></div><div class="progress"><div id="progress-bar"></div></div></section>
  <section><h2>Loss</h2><svg id="loss-chart" viewBox="0 0 600 180" height="180" role="img" aria-label="loss by step"></svg></section>
  <section><h2>Throughput (tokens/s)</h2><svg id="tps-chart" viewBox="0 0 600 180" height="180" role="img" aria-label="tokens per second by step"></svg></section>
  <section class="wide"><h2>Stage x replica</h2><table id="grid"></table><h2 style="margin-top:8px">Standby</h2><ul id="idle"></ul></section>
  <section class="wide"><h2>Last step's timeline <span id="timeline-step" class="muted"></span></h2><div class="legend">${LEGEND}</div><svg id="timeline" viewBox="0 0 900 40" height="40" role="img" aria-label="timeline of the last step"></svg></section>
  <section><h2>Links</h2><table id="links"></table></section>
  <section><h2>Traffic by kind</h2><div id="saved" class="muted"></div><table id="traffic"></table></section>
  <section class="wide"><h2>Checkpoints</h2><table id="checkpoints"></table></section>
</main>
<script id="initial" type="application/json">${jsonForScriptBlock(initial)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`
}
