/* Proxima web UI: progressive enhancement only. Every page works without this file (plain links and forms);
   with it: caller search while typing, keyboard moves through the results, the fields of the chosen call outcome,
   the priority computed live from the matrix, Ctrl+Enter to submit from a text area, live SLA countdowns. */
(function () {
  'use strict';

  var PRIORITY_LABELS = {P1: 'P1 – critique', P2: 'P2 – haute', P3: 'P3 – moyenne', P4: 'P4 – basse'};

  function callerSearch() {
    var input = document.querySelector('input[data-results-url]');
    if (!input) { return; }
    var url = input.getAttribute('data-results-url');
    var timer = null;
    var sequence = 0;
    function results() { return document.getElementById('resultats'); }
    function links() { return Array.prototype.slice.call(document.querySelectorAll('#resultats .caller-link')); }
    function run() {
      var q = input.value.trim();
      var mine = ++sequence;
      fetch(url + '?q=' + encodeURIComponent(q), {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
        .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
        .then(function (html) {
          if (mine !== sequence) { return; }
          var doc = new DOMParser().parseFromString(html, 'text/html');
          var fresh = doc.getElementById('resultats');
          var current = results();
          if (fresh && current) { current.replaceWith(document.importNode(fresh, true)); }
        })
        .catch(function () { /* the form still works: Entrée submits the search */ });
    }
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(run, 120);
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') {
        var l = links();
        if (l.length) { e.preventDefault(); l[0].focus(); }
      }
    });
    document.addEventListener('keydown', function (e) {
      var l = links();
      var i = l.indexOf(document.activeElement);
      if (i < 0) { return; }
      if (e.key === 'ArrowDown' && i + 1 < l.length) { e.preventDefault(); l[i + 1].focus(); }
      if (e.key === 'ArrowUp') { e.preventDefault(); (i > 0 ? l[i - 1] : input).focus(); }
      if (e.key === 'Escape') { input.focus(); }
    });
  }

  function outcomeFields() {
    var radios = document.querySelectorAll('input[name=outcome]');
    if (!radios.length) { return; }
    var sets = document.querySelectorAll('fieldset[data-outcomes]');
    function update() {
      var chosen = document.querySelector('input[name=outcome]:checked');
      var value = chosen ? chosen.value : '';
      sets.forEach(function (s) {
        var on = s.getAttribute('data-outcomes').split(' ').indexOf(value) >= 0;
        s.hidden = !on;
        s.disabled = !on;
      });
    }
    radios.forEach(function (r) { r.addEventListener('change', update); });
    update();
  }

  function livePriority() {
    var out = document.getElementById('priority-live');
    if (!out) { return; }
    var matrix = JSON.parse(out.getAttribute('data-matrix') || '{}');
    var vip = out.getAttribute('data-vip') === 'true';
    var impact = document.getElementById('impact');
    var urgency = document.getElementById('urgency');
    function update() {
      var p = matrix[impact.value + '|' + urgency.value];
      if (!p) { return; }
      if (vip && p !== 'P1') { p = 'P' + (parseInt(p.substring(1), 10) - 1); }
      out.textContent = PRIORITY_LABELS[p] || p;
    }
    impact.addEventListener('change', update);
    urgency.addEventListener('change', update);
    update();
  }

  function ctrlEnterSubmits() {
    document.querySelectorAll('form textarea').forEach(function (t) {
      t.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && t.form) {
          e.preventDefault();
          if (t.form.requestSubmit) { t.form.requestSubmit(); } else { t.form.submit(); }
        }
      });
    });
  }

  function countdowns() {
    var items = document.querySelectorAll('[data-due]');
    if (!items.length) { return; }
    function text(ms) {
      var sign = ms < 0 ? '−' : '';
      var m = Math.floor(Math.abs(ms) / 60000);
      var d = Math.floor(m / 1440), h = Math.floor((m % 1440) / 60), min = m % 60;
      if (d > 0) { return sign + d + ' j ' + h + ' h'; }
      if (h > 0) { return sign + h + ' h ' + (min < 10 ? '0' : '') + min; }
      return sign + min + ' min';
    }
    function tick() {
      var now = Date.now();
      items.forEach(function (e) {
        if (e.getAttribute('data-running') !== 'true') { return; }
        var left = Date.parse(e.getAttribute('data-due')) - now;
        var label = e.querySelector('.left');
        if (label && !isNaN(left)) { label.textContent = text(left); }
      });
    }
    setInterval(tick, 30000);
  }

  /* A running import's page: its progress is fetched again every two seconds and put in place (a status region);
     once the job has ended, the page is loaded again for its report. Without the script: the "Actualiser" link. */
  function importProgress() {
    var box = document.querySelector('[data-poll]');
    if (!box) { return; }
    var url = box.getAttribute('data-poll');
    function poll() {
      fetch(url, {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
        .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
        .then(function (html) {
          var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('progress');
          if (!fresh || !fresh.hasAttribute('data-poll')) { window.location.reload(); return; }
          box.innerHTML = document.importNode(fresh, true).innerHTML;
          setTimeout(poll, 2000);
        })
        .catch(function () { setTimeout(poll, 10000); });
    }
    setTimeout(poll, 2000);
  }

  document.addEventListener('DOMContentLoaded', function () {
    importProgress();
    callerSearch();
    outcomeFields();
    livePriority();
    ctrlEnterSubmits();
    countdowns();
  });
}());
