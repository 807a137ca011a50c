/*
 * Willkommen vor Ort – the one script of a server page (no build, no framework, no data sent
 * anywhere). The page reads and works without it: links are links, filters are forms. This adds
 * what only a browser can do: a filter that applies as it changes, "show more" in place, the way
 * back to the exact list, save on this phone (and offline), share, and read aloud with the phone's
 * own voice. Every text it shows comes from the page (data-* attributes, in the page's language).
 */
(function () {
  'use strict';

  var SAVED_KEY = 'wvo-saved';
  var SAVED_CACHE = 'wvo-saved';
  var LAST_LIST = 'wvo-last-list';

  if ('serviceWorker' in navigator) {
    window.addEventListener('load', function () {
      navigator.serviceWorker.register('app-sw.js').catch(function () {});
    });
  }

  function here(path) {
    return new URL(path, document.baseURI);
  }

  function status(from, text) {
    var container = from.closest('main') || document;
    var line = container.querySelector('.action-status');
    if (line) {
      line.textContent = '';
      window.setTimeout(function () { line.textContent = text; }, 50);
    }
    return line;
  }

  /* --- Filters that apply as they change, and "show more", without leaving the page --- */

  function query(form) {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      // Empty choices are left out, except the place: "whole county" must reach the server.
      if (value !== '' || name === 'place') {
        params.append(name, value);
      }
    });
    var action = here(form.getAttribute('action') || '');
    action.search = params.toString();
    return action;
  }

  function replaceRegions(url, focusId) {
    return fetch(url, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      return response.text();
    }).then(function (html) {
      var next = new DOMParser().parseFromString(html, 'text/html');
      document.querySelectorAll('[data-region]').forEach(function (region) {
        var replacement = region.id && next.getElementById(region.id);
        if (replacement) {
          region.replaceWith(document.importNode(replacement, true));
        }
      });
      document.title = next.title;
      history.replaceState(history.state, '', url.pathname + url.search + (focusId ? '#' + focusId : ''));
      rememberList();
      var focus = focusId && document.getElementById(focusId);
      if (focus) {
        focus.focus();
      }
      showSaved();
    });
  }

  document.addEventListener('change', function (event) {
    var form = event.target.form;
    if (form && form.hasAttribute('data-apply-on-change')) {
      replaceRegions(query(form)).catch(function () { form.submit(); });
    }
  });

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.hasAttribute('data-apply-on-change') && (form.method || 'get').toLowerCase() === 'get') {
      event.preventDefault();
      replaceRegions(query(form)).catch(function () { form.submit(); });
    }
  });

  document.addEventListener('click', function (event) {
    var more = event.target.closest('a[data-more]');
    if (more) {
      event.preventDefault();
      var url = here(more.getAttribute('href'));
      var focusId = url.hash.substring(1);
      url.hash = '';
      replaceRegions(url, focusId).catch(function () { location.href = more.href; });
      return;
    }
    var back = event.target.closest('a[data-back]');
    if (back && history.length > 1 && sameList(sessionStorage.getItem(LAST_LIST), here(back.getAttribute('href')))) {
      // Back to the list as it was left, scrolled where it was.
      event.preventDefault();
      history.back();
    }
  });

  /** The same list whatever the order of its parameters (a form sends them in its own order). */
  function sameList(last, url) {
    if (!last) {
      return false;
    }
    var a = new URL(last);
    var sorted = function (u) {
      var params = Array.from(u.searchParams.entries()).filter(function (p) { return p[1] !== '' && p[0] !== 'n'; });
      params.sort(function (x, y) { return x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0; });
      return u.pathname + '?' + new URLSearchParams(params).toString();
    };
    return sorted(a) === sorted(url);
  }

  function rememberList() {
    if (document.querySelector('.results-view, .events-view, .saved-view')) {
      try {
        sessionStorage.setItem(LAST_LIST, location.href.split('#')[0]);
      } catch (e) { /* private mode: the link still works */ }
    }
  }
  rememberList();

  /* --- Save on this phone: a list in the browser's storage, each page kept for offline use --- */

  function savedList() {
    try {
      var list = JSON.parse(localStorage.getItem(SAVED_KEY) || '[]');
      return Array.isArray(list) ? list : [];
    } catch (e) {
      return [];
    }
  }

  function storeSaved(list) {
    localStorage.setItem(SAVED_KEY, JSON.stringify(list));
  }

  function keep(path) {
    if (!('caches' in window)) {
      return Promise.resolve();
    }
    return caches.open(SAVED_CACHE).then(function (cache) {
      return Promise.all([cache.add(here(path).href), cache.add(here('saved').href)]);
    }).catch(function () {});
  }

  function forget(path) {
    if (!('caches' in window)) {
      return Promise.resolve();
    }
    return caches.open(SAVED_CACHE).then(function (cache) {
      return cache.delete(here(path).href);
    }).catch(function () {});
  }

  function showSaveButton(button) {
    var path = button.getAttribute('data-save');
    var saved = savedList().some(function (item) { return item.path === path; });
    var label = button.querySelector('.action-label');
    if (!button.hasAttribute('data-save-label')) {
      button.setAttribute('data-save-label', label.textContent);
    }
    label.textContent = saved ? button.getAttribute('data-saved-label') : button.getAttribute('data-save-label');
    button.setAttribute('aria-pressed', saved ? 'true' : 'false');
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-save]');
    if (!button) {
      return;
    }
    var path = button.getAttribute('data-save');
    var list = savedList();
    var at = list.findIndex(function (item) { return item.path === path; });
    if (at >= 0) {
      list.splice(at, 1);
      storeSaved(list);
      forget(path);
      status(button, button.getAttribute('data-removed-status'));
    } else {
      list.unshift({
        path: path,
        title: button.getAttribute('data-title'),
        detail: button.getAttribute('data-detail'),
        lang: button.getAttribute('data-lang'),
        saved: new Date().toISOString()
      });
      storeSaved(list);
      keep(path);
      status(button, button.getAttribute('data-saved-status'));
    }
    showSaveButton(button);
  });

  function showSaved() {
    document.querySelectorAll('button[data-save]').forEach(showSaveButton);
    var target = document.getElementById('saved-list');
    if (!target) {
      return;
    }
    var list = savedList();
    target.textContent = '';
    list.forEach(function (item) {
      var li = document.createElement('li');
      li.className = 'saved-item';
      var link = document.createElement('a');
      link.className = 'offer-card';
      link.href = item.path;
      var title = document.createElement('span');
      title.className = 'offer-card-title';
      title.lang = item.lang || '';
      title.dir = 'auto';
      title.textContent = item.title || item.path;
      var detail = document.createElement('span');
      detail.className = 'offer-card-summary';
      detail.lang = item.lang || '';
      detail.dir = 'auto';
      detail.textContent = item.detail || '';
      link.appendChild(title);
      link.appendChild(detail);
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'saved-remove';
      remove.textContent = target.getAttribute('data-remove-label');
      remove.addEventListener('click', function () {
        storeSaved(savedList().filter(function (other) { return other.path !== item.path; }));
        forget(item.path);
        showSaved();
        status(target, target.getAttribute('data-removed-status'));
      });
      li.appendChild(link);
      li.appendChild(remove);
      target.appendChild(li);
    });
    var empty = document.getElementById('saved-empty');
    if (empty) {
      empty.hidden = list.length > 0;
    }
  }
  showSaved();

  /* --- Print: the office card on paper (the style sheet leaves the screen-only parts out) --- */

  document.addEventListener('click', function (event) {
    if (event.target.closest('button[data-print]')) {
      window.print();
    }
  });

  /* --- Share: the phone's share sheet, else copy the link --- */

  document.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-share]');
    if (!button) {
      return;
    }
    var url = button.getAttribute('data-share');
    var data = { title: button.getAttribute('data-title'), text: button.getAttribute('data-text'), url: url };
    if (navigator.share) {
      navigator.share(data).catch(function () {});
      return;
    }
    var copied = function () { status(button, button.getAttribute('data-copied')); };
    var cannot = function () {
      var line = status(button, button.getAttribute('data-copy-failed') + ' ' + url);
      if (line) {
        line.setAttribute('dir', 'auto');
      }
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(url).then(copied, cannot);
    } else {
      cannot();
    }
  });

  /* --- Read aloud: the phone's own voice, nothing leaves the phone --- */

  var SPEECH_LANGUAGES = { prs: ['fa-AF', 'prs', 'fa'], kmr: ['ku', 'kmr'], ckb: ['ckb', 'ku'], ti: ['ti'] };

  function voiceFor(language) {
    if (!('speechSynthesis' in window) || !language) {
      return null;
    }
    var wanted = SPEECH_LANGUAGES[language] || [language];
    var voices = window.speechSynthesis.getVoices();
    for (var i = 0; i < wanted.length; i++) {
      var prefix = wanted[i].toLowerCase();
      for (var j = 0; j < voices.length; j++) {
        var lang = (voices[j].lang || '').toLowerCase().replace('_', '-');
        if (lang === prefix || lang.indexOf(prefix + '-') === 0) {
          return voices[j];
        }
      }
    }
    return null;
  }

  var READ_BLOCKS = 'h1, h2, p, li, .offer-category, a.contact-action, .address';
  var READ_SKIP = '.page-actions, .back-nav, nav, button, script, .report-link, [aria-hidden="true"]';

  /** What to say, in order: [text, language] per block; data-speak replaces what a block shows. */
  function segments(root) {
    var found = [];
    (function walk(element) {
      for (var child = element.firstElementChild; child; child = child.nextElementSibling) {
        if (child.matches(READ_SKIP)) {
          continue;
        }
        var lang = (child.closest('[lang]') || document.documentElement).getAttribute('lang');
        if (child.hasAttribute('data-speak')) {
          var said = child.getAttribute('data-speak');
          if (said) {
            found.push([said, lang]);
          }
        } else if (child.matches(READ_BLOCKS) && !child.querySelector(READ_BLOCKS + ', [data-speak]')) {
          var text = child.textContent.replace(/\s+/g, ' ').trim();
          if (text) {
            found.push([text, lang]);
          }
        } else {
          walk(child);
        }
      }
    })(root);
    return found;
  }

  function setUpReading(button) {
    var language = button.getAttribute('data-read-aloud');
    var label = button.querySelector('.action-label');
    var readLabel = label.textContent;
    var check = function () {
      if (voiceFor(language)) {
        button.setAttribute('data-ready', '');
      }
    };
    check();
    if ('speechSynthesis' in window && window.speechSynthesis.addEventListener) {
      window.speechSynthesis.addEventListener('voiceschanged', check);
    }
    var stop = function () {
      label.textContent = readLabel;
      button.setAttribute('aria-pressed', 'false');
    };
    button.addEventListener('click', function () {
      var synth = window.speechSynthesis;
      if (!synth || !button.hasAttribute('data-ready')) {
        return;
      }
      if (button.getAttribute('aria-pressed') === 'true') {
        synth.cancel();
        stop();
        return;
      }
      var root = document.querySelector('.offer-details, .info-page-view') || document.querySelector('main');
      var parts = segments(root);
      if (!parts.length) {
        return;
      }
      synth.cancel();
      label.textContent = button.getAttribute('data-stop-label');
      button.setAttribute('aria-pressed', 'true');
      parts.forEach(function (part, index) {
        var utterance = new SpeechSynthesisUtterance(part[0]);
        var voice = voiceFor(part[1]) || voiceFor(language);
        utterance.voice = voice;
        utterance.lang = voice ? voice.lang : part[1];
        if (index === parts.length - 1) {
          utterance.onend = stop;
        }
        utterance.onerror = stop;
        synth.speak(utterance);
      });
    });
  }
  document.querySelectorAll('button[data-read-aloud]').forEach(setUpReading);
})();
