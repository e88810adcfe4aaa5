// LoopLab's replay page. The data (the JSON in #run) is what LoopLab's own views said at each
// moment of the run; this script only lays it out and moves between moments. It holds no model
// of the loop: every word shown comes from the data.
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('run').textContent);
  var moments = data.moments;
  var current = 0;
  var timer = null;

  function $(id) { return document.getElementById(id); }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }

  function fill(list, children) {
    list.replaceChildren.apply(list, children);
  }

  // ---- one moment ----------------------------------------------------------------------------

  function showQueue(q) {
    var bound = q.maxsize > 0 ? q.items.length + '/' + q.maxsize + ' slots used' : 'unbounded, ' +
      q.items.length + (q.items.length === 1 ? ' item' : ' items');
    $('queue-summary').textContent = q.kind + ', ' + bound + ', unfinished ' + q.unfinished;
    var slots = q.items.map(function (item, i) {
      var li = el('li', null, 'slot');
      li.appendChild(el('span', String(i + 1), 'slot-n'));
      li.appendChild(el('span', item, 'slot-item'));
      return li;
    });
    for (var i = q.items.length; i < q.maxsize && i < 64; i++) {
      var free = el('li', null, 'slot free');
      free.appendChild(el('span', String(i + 1), 'slot-n'));
      free.appendChild(el('span', 'free', 'slot-item'));
      slots.push(free);
    }
    if (slots.length === 0) { slots.push(el('li', 'empty', 'slot none')); }
    fill($('queue-items'), slots);
    $('queue-waiters').textContent = 'waiting in get(): ' + (q.getters.join(', ') || '-') +
      '; waiting in put(): ' + (q.putters.join(', ') || '-');
  }

  function showReady(s) {
    var items = [];
    s.ready.forEach(function (label, i) {
      if (s.batchLeft > 0 && i === s.batchLeft) {
        items.push(el('li', 'scheduled during iteration ' + s.iteration + ': next iteration', 'divider'));
      }
      items.push(el('li', label, label.indexOf('timer:') === 0 ? 'timer' : 'handle'));
    });
    if (items.length === 0) { items.push(el('li', 'empty', 'none')); }
    fill($('ready'), items);
  }

  function showTimers(s) {
    var items = s.timers.map(function (t) {
      var li = el('li', null, 'timer');
      li.appendChild(el('span', 't=' + t.at, 'at'));
      li.appendChild(document.createTextNode(' ' + t.label));
      return li;
    });
    if (items.length === 0) { items.push(el('li', 'none', 'none')); }
    fill($('timers'), items);
  }

  function showTasks(m) {
    var rows = m.state.tasks.map(function (t) {
      var tr = el('tr', null, 'state-' + t.category.replace(/[^a-z]+/g, '-'));
      var name = el('td', null, 'task-name');
      if (t.name === m.task) {
        tr.classList.add('ran');
        name.appendChild(el('strong', t.name));
        name.appendChild(el('span', ' ran', 'ran-mark'));
      } else {
        name.textContent = t.name;
      }
      tr.appendChild(name);
      tr.appendChild(el('td', t.role));
      tr.appendChild(el('td', t.progress));
      tr.appendChild(el('td', t.state));
      return tr;
    });
    if (rows.length === 0) {
      var tr = el('tr');
      var td = el('td', 'none yet');
      td.colSpan = 4;
      tr.appendChild(td);
      rows.push(tr);
    }
    fill($('tasks').tBodies[0], rows);
  }

  function showListing(m) {
    var task = m.task && m.state.tasks.find(function (t) { return t.name === m.task; });
    var lines = task ? data.listings[task.role] || [] : [];
    $('listing-title').textContent = task ? task.name + ' (' + task.role + '), stopped at line ' + task.line
      : 'No task ran in this moment.';
    fill($('listing'), lines.map(function (line, i) {
      var li = el('li', null, i + 1 === task.line ? 'here' : '');
      li.appendChild(el('span', i + 1 === task.line ? '\u2192' : '', 'mark'));
      li.appendChild(el('span', String(i + 1), 'line-n'));
      li.appendChild(el('code', line));
      if (i + 1 === task.line) { li.setAttribute('aria-current', 'step'); }
      return li;
    }));
  }

  function show(i) {
    current = Math.max(0, Math.min(moments.length - 1, i));
    var m = moments[current];
    $('moment-label').textContent = m.label;
    $('clock').textContent = 't=' + m.state.clock + ', iteration ' + m.state.iteration + ', task steps ' +
      m.state.steps + (m.lines.length ? ' \u2014 ' + m.lines.join('; ') : '');
    $('happened').textContent = m.happened;
    showQueue(m.state.queue);
    showReady(m.state);
    showTimers(m.state);
    showTasks(m);
    showListing(m);
    $('why').textContent = m.why;
    $('frame').textContent = m.frame;
    $('position').textContent = 'Moment ' + current + ' of ' + (moments.length - 1) + ': ' + m.label;
    $('first').disabled = $('back').disabled = current === 0;
    $('next').disabled = $('last').disabled = current === moments.length - 1;
    markTimeline();
    if (location.hash !== '#' + current) { history.replaceState(null, '', '#' + current); }
    if (current === moments.length - 1) { pause(); }
  }

  // ---- the timeline: a lane per task, a mark per moment it ran ------------------------------

  var marks = [];

  function buildTimeline() {
    var lanes = [];
    moments.forEach(function (m) {
      var lane = m.task || 'commands';
      if (lanes.indexOf(lane) < 0) { lanes.push(lane); }
    });
    var grid = $('timeline');
    grid.style.setProperty('--moments', moments.length);
    lanes.forEach(function (lane) {
      var row = el('div', null, 'lane');
      row.setAttribute('role', 'group');
      row.setAttribute('aria-label', 'lane ' + lane);
      row.appendChild(el('span', lane, 'lane-name'));
      var cells = el('div', null, 'cells');
      moments.forEach(function (m, i) {
        if ((m.task || 'commands') !== lane) {
          cells.appendChild(el('span', null, 'gap'));
          return;
        }
        var b = el('button', String(i), 'mark-cell');
        b.type = 'button';
        b.setAttribute('aria-label', 'moment ' + i + ': ' + m.label);
        b.title = 'moment ' + i + ': ' + m.label;
        b.addEventListener('click', function () { pause(); show(i); });
        marks[i] = b;
        cells.appendChild(b);
      });
      row.appendChild(cells);
      grid.appendChild(row);
    });
  }

  function markTimeline() {
    marks.forEach(function (b, i) {
      if (i === current) {
        b.setAttribute('aria-current', 'step');
        scrollLane(b);
      } else {
        b.removeAttribute('aria-current');
      }
    });
  }

  // Keeps the current mark in view by scrolling the timeline alone, never the page.
  function scrollLane(b) {
    var box = $('timeline');
    var left = b.offsetLeft - box.offsetLeft;
    if (left < box.scrollLeft || left + b.offsetWidth > box.scrollLeft + box.clientWidth) {
      box.scrollLeft = Math.max(0, left - box.clientWidth / 2);
    }
  }

  // ---- controls --------------------------------------------------------------------------------

  function play() {
    if (current === moments.length - 1) { show(0); }
    timer = setInterval(function () { show(current + 1); }, 1000);
    $('play').textContent = '\u23F8 Pause';
    $('play').setAttribute('aria-pressed', 'true');
  }

  function pause() {
    if (timer !== null) { clearInterval(timer); timer = null; }
    $('play').textContent = '\u25B6 Play';
    $('play').setAttribute('aria-pressed', 'false');
  }

  function toggle() { if (timer === null) { play(); } else { pause(); } }

  $('first').addEventListener('click', function () { pause(); show(0); });
  $('back').addEventListener('click', function () { pause(); show(current - 1); });
  $('next').addEventListener('click', function () { pause(); show(current + 1); });
  $('last').addEventListener('click', function () { pause(); show(moments.length - 1); });
  $('play').addEventListener('click', toggle);

  document.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) { return; }
    var onButton = e.target instanceof HTMLButtonElement;
    switch (e.key) {
      case 'ArrowRight': case 'n': pause(); show(current + 1); break;
      case 'ArrowLeft': case 'p': pause(); show(current - 1); break;
      case 'Home': pause(); show(0); break;
      case 'End': pause(); show(moments.length - 1); break;
      case ' ': if (onButton) { return; } toggle(); break;
      default: return;
    }
    e.preventDefault();
  });

  window.addEventListener('hashchange', function () {
    var n = parseInt(location.hash.slice(1), 10);
    if (!isNaN(n) && n !== current) { show(n); }
  });

  document.title = data.title;
  $('title').textContent = data.title;
  buildTimeline();
  var start = parseInt(location.hash.slice(1), 10);
  show(isNaN(start) ? 0 : start);
}());
