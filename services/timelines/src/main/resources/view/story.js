/*
 * Claimtrail story page: the reader's token, the day and "as recorded at" controls, the strip chart, claims opened
 * in place and the marks of what changed since the previous day shown. Plain script, no build step; htmx does the
 * requests, each with the token in the Authorization header, never in a cookie or an address.
 */
(function () {
  'use strict';
  var KEY = 'claimtrail.token';
  var STATUSES = ['UNVERIFIED', 'CORROBORATED', 'DISPUTED', 'CONFIRMED', 'REFUTED', 'RETRACTED'];
  var COLOURS = { UNVERIFIED: '#8a949e', CORROBORATED: '#3b82c4', DISPUTED: '#e0a100', CONFIRMED: '#2f9e44',
    REFUTED: '#d64541', RETRACTED: '#8e5cb5' };
  var DAY_MS = 86400000;

  document.documentElement.classList.add('js');

  // A link such as .../view#token=... carries a token: keep it in this tab only and take it out of the address.
  var fragment = /(?:^#|&)token=([^&]*)/.exec(location.hash);
  if (fragment) {
    try { sessionStorage.setItem(KEY, decodeURIComponent(fragment[1])); } catch (e) { /* storage off: no token */ }
    history.replaceState(null, '', location.pathname + location.search);
  }

  function $(id) { return document.getElementById(id); }
  function token() { try { return sessionStorage.getItem(KEY); } catch (e) { return null; } }
  function words(code) { var w = String(code || '').replace(/_/g, ' ').toLowerCase(); return w.charAt(0).toUpperCase() + w.slice(1); }

  var page = $('page');
  var rendered = !!page && page.dataset.rendered === 'true';
  var base = page ? page.dataset.base : null;
  var state = { asOf: page && page.dataset.asOf || null, knownAt: page && page.dataset.knownAt || null,
    first: null, last: null, strip: null, previous: null, previousDay: null, timer: null, chart: null };

  function notice(text) {
    var n = $('notice');
    n.textContent = text || '';
    n.hidden = !text;
  }

  function signinState() {
    var has = !!token();
    $('signin-state').textContent = has ? 'Using your token; it stays in this tab only.'
      : rendered ? 'Signed in through the server in front of this page.'
      : 'No token yet: this page shows no data until you give one.';
    $('signin').open = !has && !rendered;
  }

  function problem(xhr) {
    try { return JSON.parse(xhr.responseText).detail || ''; } catch (e) { return ''; }
  }

  document.body.addEventListener('htmx:configRequest', function (e) {
    var t = token();
    if (t) { e.detail.headers.Authorization = 'Bearer ' + t; }
  });
  document.body.addEventListener('htmx:responseError', function (e) {
    var status = e.detail.xhr.status;
    if (status === 401) {
      notice('The token was refused: it is missing, malformed, expired or not issued for Claimtrail. Use another token.');
      $('signin').open = true;
    } else if (status === 403) {
      notice('This token\'s role may not read stories: the viewer role or above is needed.');
    } else if (status === 404 && state.knownAt) {
      notice('This story had not been recorded yet at ' + state.knownAt + '. Choose a later moment.');
    } else if (status === 404) {
      notice('No such story. ' + problem(e.detail.xhr));
    } else {
      notice('The server answered HTTP ' + status + '. ' + problem(e.detail.xhr));
    }
  });
  document.body.addEventListener('htmx:sendError', function () {
    notice('The timelines service could not be reached. Try again in a moment.');
  });

  $('token-form').addEventListener('submit', function (e) {
    e.preventDefault();
    var value = $('token-input').value.trim().replace(/^Bearer\s+/i, '');
    if (!value) { return; }
    sessionStorage.setItem(KEY, value);
    $('token-input').value = '';
    notice('');
    signinState();
    start();
  });
  $('token-forget').addEventListener('click', function () {
    sessionStorage.removeItem(KEY);
    location.reload();
  });

  // ---- days: ISO strings, UTC arithmetic ----
  function toDay(iso) { var p = iso.split('-'); return Date.UTC(+p[0], +p[1] - 1, +p[2]); }
  function iso(ms) { return new Date(ms).toISOString().slice(0, 10); }
  function spoken(isoDay) {
    return new Date(toDay(isoDay)).toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
  }
  function index(isoDay) { return Math.round((toDay(isoDay) - toDay(state.first)) / DAY_MS); }
  function dayAt(i) { return iso(toDay(state.first) + i * DAY_MS); }
  function plusMonths(isoDay, months) {
    var d = new Date(toDay(isoDay));
    d.setUTCMonth(d.getUTCMonth() + months);
    return iso(d.getTime());
  }

  function query() {
    var q = [];
    if (state.asOf) { q.push('asOf=' + state.asOf); }
    if (state.knownAt) { q.push('knownAt=' + encodeURIComponent(state.knownAt)); }
    return q.length ? '?' + q.join('&') : '';
  }

  // ---- the entries, and what changed since the previous position ----
  function loadEntries() {
    var shown = document.querySelectorAll('#entry-list > li[data-id]');
    if (shown.length || $('story-data')) {
      state.previous = {};
      shown.forEach(function (li) { state.previous[li.dataset.id] = { state: li.dataset.state, text: li.dataset.statusText }; });
      var head = $('story-data');
      state.previousDay = head && head.dataset.asOf ? spoken(head.dataset.asOf) : 'now';
    }
    history.replaceState(null, '', location.pathname + query());
    htmx.ajax('GET', base + '/entries' + query(), { source: '#entries-body', target: '#entries-body', swap: 'innerHTML' });
  }

  function markChanges() {
    if (!state.previous) { return; }
    var added = 0, changed = 0, seen = {};
    document.querySelectorAll('#entry-list > li[data-id]').forEach(function (li) {
      var before = state.previous[li.dataset.id], note = li.querySelector('.change');
      seen[li.dataset.id] = true;
      if (!before) {
        added++;
        li.classList.add('new');
        note.textContent = 'New since ' + state.previousDay + '.';
        note.hidden = false;
      } else if (before.state !== li.dataset.state) {
        changed++;
        li.classList.add('changed');
        var cred = before.state.split(' ')[1];
        note.textContent = 'Changed since ' + state.previousDay + ': was ' + before.text + ', credibility ' + cred + '.';
        note.hidden = false;
      }
    });
    var gone = Object.keys(state.previous).filter(function (id) { return !seen[id]; }).length;
    $('changes').textContent = 'Compared with ' + state.previousDay + ': ' + added + ' new, ' + changed + ' changed, '
      + gone + ' no longer shown.';
  }

  function schedule() {
    clearTimeout(state.timer);
    state.timer = setTimeout(loadEntries, 250);
  }

  // ---- the day control ----
  var range = $('day-range'), date = $('day-date');

  function showDay(isoDay) {
    range.value = String(index(isoDay));
    range.setAttribute('aria-valuetext', spoken(isoDay));
    date.value = isoDay;
    drawChart();
  }

  function moveTo(isoDay) {
    if (isoDay < state.first) { isoDay = state.first; }
    if (isoDay > state.last) { isoDay = state.last; }
    state.asOf = isoDay;
    showDay(isoDay);
    schedule();
  }

  if (range) {
    range.addEventListener('input', function () { moveTo(dayAt(+range.value)); });
    range.addEventListener('keydown', function (e) {
      if (!state.first) { return; }
      var current = dayAt(+range.value), next = null;
      if (e.key === 'PageUp') { next = e.shiftKey ? plusMonths(current, 1) : iso(toDay(current) + 7 * DAY_MS); }
      if (e.key === 'PageDown') { next = e.shiftKey ? plusMonths(current, -1) : iso(toDay(current) - 7 * DAY_MS); }
      if (e.key === 'Home') { next = state.first; }
      if (e.key === 'End') { next = state.last; }
      if (next) { e.preventDefault(); moveTo(next); }
    });
    date.addEventListener('change', function () {
      if (/^\d{4}-\d{2}-\d{2}$/.test(date.value) && state.first) { moveTo(date.value); }
    });
    $('day-now').addEventListener('click', function () {
      state.asOf = null;
      date.value = '';
      if (state.last) { range.value = String(index(state.last)); range.setAttribute('aria-valuetext', 'now'); }
      drawChart();
      loadEntries();
    });
    var knownOn = $('known-on'), knownAt = $('known-at');
    knownAt.disabled = !knownOn.checked;
    knownOn.addEventListener('change', function () {
      knownAt.disabled = !knownOn.checked;
      if (!knownOn.checked && state.knownAt) { state.knownAt = null; loadChart(); loadEntries(); }
      if (knownOn.checked && !knownAt.value) { knownAt.value = new Date().toISOString().slice(0, 19); }
    });
    knownAt.addEventListener('change', function () {
      if (!knownAt.value) { return; }
      state.knownAt = (knownAt.value.length === 16 ? knownAt.value + ':00' : knownAt.value) + 'Z';
      loadChart();
      loadEntries();
    });
  }

  // ---- the strip chart: claims per status over the story's days ----
  function loadChart() {
    htmx.ajax('GET', base + '/chart' + (state.knownAt ? '?knownAt=' + encodeURIComponent(state.knownAt) : ''),
      { source: '#chart-slot', target: '#chart-slot', swap: 'innerHTML' });
  }

  function chartArrived() {
    var el = $('strip');
    state.strip = JSON.parse(el.dataset.strip);
    if (state.strip.firstDay === 'null' || state.strip.lastDay === 'null') { return; }
    // A day asked for outside the story's days (or a story shown without its claims) widens the control to it.
    state.first = state.asOf && state.asOf < state.strip.firstDay ? state.asOf : state.strip.firstDay;
    state.last = state.asOf && state.asOf > state.strip.lastDay ? state.asOf : state.strip.lastDay;
    range.min = '0';
    range.max = String(index(state.last));
    range.disabled = false;
    date.min = state.first;
    date.max = state.last;
    if (state.asOf) { showDay(state.asOf < state.first ? state.first : state.asOf > state.last ? state.last : state.asOf); }
    else { range.value = range.max; range.setAttribute('aria-valuetext', 'now'); drawChart(); }
    if (window.echarts) {
      state.chart = window.echarts.init(el);
      window.addEventListener('resize', function () { if (state.chart) { state.chart.resize(); } });
      drawChart();
    }
  }

  function drawChart() {
    var strip = state.strip;
    if (!strip || !state.chart) { return; }
    var at = state.asOf || strip.lastDay, pick = 0;
    strip.days.forEach(function (d, i) { if (d <= at) { pick = i; } });
    var series = STATUSES.filter(function (s) { return (strip.counts[s] || []).some(function (n) { return n > 0; }); })
      .map(function (s) {
        return { name: words(s), type: 'bar', stack: 'claims', barCategoryGap: '15%',
          data: strip.counts[s].map(function (n, i) {
            return { value: n, itemStyle: { color: COLOURS[s], opacity: i === pick ? 1 : 0.45 } };
          }) };
      });
    state.chart.setOption({ animation: false, grid: { left: 36, right: 8, top: 10, bottom: 24 },
      xAxis: { type: 'category', data: strip.days }, yAxis: { type: 'value', minInterval: 1 }, series: series }, true);
    var legend = $('strip-legend');
    if (legend) {
      legend.textContent = 'On ' + spoken(strip.days[pick]) + ': ' + (series.length ? series.map(function (s) {
        return s.data[pick].value + ' ' + s.name.toLowerCase();
      }).join(', ') : 'no claims') + '.';
    }
  }

  document.body.addEventListener('htmx:afterSwap', function (e) {
    var target = e.detail.target;
    if (target.id === 'entries-body') {
      var head = $('story-data');
      if (head && head.dataset.title) {
        $('story-title').textContent = head.dataset.title;
        document.title = head.dataset.title + ' · Claimtrail';
      }
      markChanges();
    }
    if (target.id === 'chart-slot') { chartArrived(); }
    if (target.classList.contains('panel')) {
      target.hidden = false;
      var opener = document.querySelector('[aria-controls="' + target.id + '"]');
      opener.setAttribute('aria-expanded', 'true');
      opener.firstChild.textContent = 'Close the claim';
    }
    if (e.detail.elt && e.detail.elt.matches && e.detail.elt.matches('#entries-body, #stories')) { $('signin').open = false; }
  });

  // An open claim closes on a second press instead of asking again.
  document.body.addEventListener('htmx:beforeRequest', function (e) {
    var elt = e.detail.elt;
    if (elt.classList && elt.classList.contains('open') && elt.getAttribute('aria-expanded') === 'true') {
      e.preventDefault();
      $(elt.getAttribute('aria-controls')).hidden = true;
      elt.setAttribute('aria-expanded', 'false');
      elt.firstChild.textContent = 'Open the claim';
    }
  });

  function start() {
    if (!page || (!token() && !rendered)) { return; }
    if (page.dataset.page === 'index') {
      htmx.ajax('GET', '/timelines/view/list' + location.search, { source: '#stories', target: '#stories', swap: 'innerHTML' });
      return;
    }
    loadChart();
    if (!rendered || token()) { loadEntries(); }
  }

  signinState();
  // After htmx has set itself up, which it does when the document is ready.
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
