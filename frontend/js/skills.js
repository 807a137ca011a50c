/*
 * Willkommen vor Ort – "Meine Fähigkeiten" (/skills), docs/decisions/048. Everything happens on this
 * phone: the profile is kept in the browser's storage after every change, shown as a summary in
 * German and in the reader's language, as a QR code of a short German text, printed with the phone's
 * own print dialog, saved as a file and loaded from one, deleted with one tap. Nothing of it is ever
 * sent: the only requests this script makes are for the occupation lists, which are the same for
 * everyone. Every word it shows comes from the page (the form's labels and the data-* attributes).
 */
(function () {
  'use strict';

  var root = document.getElementById('skills');
  var form = document.getElementById('skills-form');
  if (!root || !form) {
    return;
  }

  var KEY = 'wvo-skills';
  var VERSION = 1;
  /** What a phone camera reads without trouble (UTF-8 bytes of the QR code's text). */
  var QR_BYTES = 600;
  var MAX_ENTRIES = 20;
  var FILE_NAME = 'skills-profile.json';

  var readerLang = document.documentElement.lang;
  var countries = JSON.parse(root.getAttribute('data-countries') || '[]');
  var languages = JSON.parse(root.getAttribute('data-languages') || '[]');
  var listUrls = JSON.parse(root.getAttribute('data-occupations') || '[]');
  var ownList = listUrls.length > 1 && listUrls[1].indexOf('/' + readerLang + '.json') >= 0;
  /** code -> { de: German title, other: the second list's title } */
  var occupations = {};
  var occupationCodes = [];
  /** normalised everyday word -> codes (search-de.json) */
  var searchWords = {};

  function normalize(text) {
    return String(text || '').toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '')
      .replace(/\s+/g, ' ').trim();
  }

  function byCode(table, code) {
    for (var i = 0; i < table.length; i++) {
      if (table[i][0] === code) {
        return table[i];
      }
    }
    return null;
  }

  /* --- choices the page lists once (countries, languages), copied into each select --- */

  function fillChoice(select) {
    var from = select.getAttribute('data-options');
    var table = from === 'countries' ? countries : from === 'languages' ? languages : null;
    if (!table || select.options.length > 1) {
      return;
    }
    table.forEach(function (entry) {
      var option = document.createElement('option');
      option.value = entry[0];
      option.textContent = entry[1];
      option.setAttribute('data-de', entry[2]);
      select.appendChild(option);
    });
  }

  /* --- the occupation picker: type part of a name (own language or German), pick from the list --- */

  function occupationName(code, german) {
    var entry = occupations[code];
    if (!entry) {
      return code ? 'ISCO-08 ' + code : '';
    }
    if (german || !ownList || !entry.other) {
      return entry.de;
    }
    return entry.other;
  }

  function matches(query) {
    var q = normalize(query);
    if (q.length < 2) {
      return [];
    }
    var found = [];
    var add = function (code) {
      if (occupations[code] && found.indexOf(code) < 0) {
        found.push(code);
      }
    };
    Object.keys(searchWords).forEach(function (word) {
      if (word.indexOf(q) === 0 || (q.indexOf(word) === 0 && q.length - word.length < 3)) {
        searchWords[word].forEach(add);
      }
    });
    occupationCodes.forEach(function (code) {
      if (occupations[code].key.indexOf(q) >= 0) {
        add(code);
      }
    });
    return found.slice(0, 8);
  }

  function nameLine(className, text, lang) {
    var line = document.createElement('span');
    line.className = className;
    if (lang) {
      line.lang = lang;
      line.dir = 'ltr';
    }
    line.textContent = text;
    return line;
  }

  function showChoices(picker) {
    var input = picker.querySelector('.occupation-input');
    var list = picker.querySelector('.occupation-options');
    var none = picker.querySelector('.occupation-none');
    var found = matches(input.value);
    list.textContent = '';
    found.forEach(function (code) {
      var item = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'occupation-option';
      button.setAttribute('data-code', code);
      var entry = occupations[code];
      var own = ownList && entry.other;
      // The reader's own name first; the German one always (the counsellor's); English where no own list exists.
      if (own) {
        button.appendChild(nameLine('occupation-own', entry.other, null));
      }
      button.appendChild(nameLine(own ? 'occupation-german' : 'occupation-own', entry.de, 'de'));
      if (!ownList && entry.other && readerLang !== 'de') {
        button.appendChild(nameLine('occupation-second', entry.other, 'en'));
      }
      item.appendChild(button);
      list.appendChild(item);
    });
    none.hidden = found.length > 0 || normalize(input.value).length < 2 || occupationCodes.length === 0;
  }

  function setOccupation(picker, code) {
    picker.setAttribute('data-code', code || '');
    var chosen = picker.querySelector('.occupation-chosen');
    var field = picker.querySelector('.skills-field');
    var hint = picker.querySelector('.field-hint');
    picker.querySelector('.occupation-options').textContent = '';
    picker.querySelector('.occupation-none').hidden = true;
    chosen.hidden = !code;
    field.hidden = !!code;
    hint.hidden = !!code;
    picker.querySelector('.occupation-name').textContent = code ? occupationName(code, false) : '';
    if (code) {
      picker.querySelector('.occupation-input').value = '';
    }
  }

  form.addEventListener('input', function (event) {
    var input = event.target.closest('.occupation-input');
    if (input) {
      showChoices(input.closest('.occupation-picker'));
    }
  });

  form.addEventListener('click', function (event) {
    var option = event.target.closest('.occupation-option');
    if (option) {
      var picker = option.closest('.occupation-picker');
      setOccupation(picker, option.getAttribute('data-code'));
      picker.querySelector('.occupation-change').focus();
      changed();
      return;
    }
    var change = event.target.closest('.occupation-change');
    if (change) {
      var other = change.closest('.occupation-picker');
      setOccupation(other, '');
      other.querySelector('.occupation-input').focus();
      changed();
      return;
    }
    var add = event.target.closest('[data-add]');
    if (add) {
      var entry = addEntry(add.getAttribute('data-add'));
      var first = entry && entry.querySelector('input, select');
      if (first) {
        first.focus();
      }
      changed();
      return;
    }
    var remove = event.target.closest('[data-remove]');
    if (remove) {
      var section = remove.closest('[data-list]');
      remove.closest('.skills-entry').remove();
      var next = section.querySelector('[data-add]');
      if (next) {
        next.focus();
      }
      changed();
    }
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
  });

  /* --- the form as data, and data as the form --- */

  function sectionOf(attribute, name) {
    return form.querySelector('[' + attribute + '="' + name + '"]');
  }

  function addEntry(name) {
    var section = sectionOf('data-list', name);
    var list = section.querySelector('.skills-entries');
    if (list.children.length >= MAX_ENTRIES) {
      return null;
    }
    var entry = section.querySelector('template').content.firstElementChild.cloneNode(true);
    entry.querySelectorAll('select[data-options]').forEach(fillChoice);
    list.appendChild(entry);
    return entry;
  }

  /** The fields of one entry or group, by their data-field names; check box groups as lists. */
  function read(container) {
    var data = {};
    container.querySelectorAll('[data-field]').forEach(function (field) {
      var name = field.getAttribute('data-field');
      if (field.classList.contains('occupation-picker')) {
        data[name] = field.getAttribute('data-code') || '';
      } else if (field.type === 'checkbox') {
        data[name] = field.checked;
      } else if (field.type === 'number') {
        // Whole years within the field's range, so that what is kept is always read back ("1.5" is 2).
        var years = Math.round(Number(field.value.trim()));
        data[name] = field.value.trim() === '' || isNaN(years) ? ''
            : String(Math.min(Math.max(years, Number(field.min || 0)), Number(field.max || 99)));
      } else {
        data[name] = field.value.trim();
      }
    });
    container.querySelectorAll('[data-checks]').forEach(function (group) {
      data[group.getAttribute('data-checks')] = checked(group);
    });
    return data;
  }

  function checked(group) {
    return Array.prototype.filter.call(group.querySelectorAll('input[type=checkbox]'), function (box) {
      return box.checked;
    }).map(function (box) { return box.value; });
  }

  function write(container, data) {
    container.querySelectorAll('[data-field]').forEach(function (field) {
      var value = data ? data[field.getAttribute('data-field')] : undefined;
      if (field.classList.contains('occupation-picker')) {
        setOccupation(field, typeof value === 'string' ? value : '');
      } else if (field.type === 'checkbox') {
        field.checked = value === true;
      } else {
        field.value = value === undefined || value === null ? '' : String(value);
      }
    });
    container.querySelectorAll('[data-checks]').forEach(function (group) {
      setChecked(group, data ? data[group.getAttribute('data-checks')] : []);
    });
  }

  function setChecked(group, values) {
    var list = Array.isArray(values) ? values : [];
    group.querySelectorAll('input[type=checkbox]').forEach(function (box) {
      box.checked = list.indexOf(box.value) >= 0;
    });
  }

  var LISTS = ['training', 'studies', 'work', 'languages'];

  function serialize() {
    var data = { v: VERSION, school: read(sectionOf('data-group', 'school')) };
    LISTS.forEach(function (name) {
      data[name] = Array.prototype.map.call(sectionOf('data-list', name).querySelectorAll('.skills-entry'), read);
    });
    data.licence = checked(sectionOf('data-checks', 'licence'));
    data.wishes = read(sectionOf('data-group', 'wishes'));
    return data;
  }

  function fill(data) {
    write(sectionOf('data-group', 'school'), data.school);
    LISTS.forEach(function (name) {
      sectionOf('data-list', name).querySelector('.skills-entries').textContent = '';
      (data[name] || []).forEach(function (values) {
        write(addEntry(name), values);
      });
    });
    setChecked(sectionOf('data-checks', 'licence'), data.licence);
    write(sectionOf('data-group', 'wishes'), data.wishes);
  }

  function isEmpty(value) {
    if (Array.isArray(value)) {
      return value.every(isEmpty);
    }
    if (value && typeof value === 'object') {
      return Object.keys(value).every(function (key) { return key === 'v' || isEmpty(value[key]); });
    }
    return value === '' || value === false || value === undefined || value === null;
  }

  /**
   * Whether a loaded file is a profile this page can show, every value one its fields allow: the
   * names of the fields, the choices of each select, years 0–60, texts no longer than their field.
   */
  function valid(data) {
    if (!data || typeof data !== 'object' || Array.isArray(data) || data.v !== VERSION) {
      return false;
    }
    var known = ['v', 'school', 'licence', 'wishes'].concat(LISTS);
    if (!Object.keys(data).every(function (key) { return known.indexOf(key) >= 0; })) {
      return false;
    }
    var fits = function (container, values) {
      if (!values || typeof values !== 'object' || Array.isArray(values)) {
        return false;
      }
      var fields = {};
      container.querySelectorAll('[data-field], [data-checks]').forEach(function (field) {
        fields[field.getAttribute('data-field') || field.getAttribute('data-checks')] = field;
      });
      return Object.keys(values).every(function (name) {
        var field = fields[name];
        var value = values[name];
        if (!field) {
          return false;
        }
        if (field.hasAttribute('data-checks')) {
          return allowedChecks(field, value);
        }
        if (field.classList.contains('occupation-picker')) {
          return typeof value === 'string' && (value === '' || /^\d{4}$/.test(value)
            && (occupationCodes.length === 0 || !!occupations[value]));
        }
        if (field.type === 'checkbox') {
          return typeof value === 'boolean';
        }
        if (typeof value !== 'string') {
          return false;
        }
        if (field.tagName === 'SELECT') {
          fillChoice(field);
          return Array.prototype.some.call(field.options, function (o) { return o.value === value; });
        }
        if (field.type === 'number') {
          return value === '' || (/^\d{1,2}$/.test(value) && Number(value) <= Number(field.max));
        }
        return value.length <= Number(field.getAttribute('maxlength') || 80);
      });
    };
    var allowedChecks = function (group, values) {
      var allowed = Array.prototype.map.call(group.querySelectorAll('input[type=checkbox]'), function (b) {
        return b.value;
      });
      return Array.isArray(values) && values.every(function (v) { return allowed.indexOf(v) >= 0; });
    };
    var template = function (name) {
      return sectionOf('data-list', name).querySelector('template').content.firstElementChild;
    };
    return (data.school === undefined || fits(sectionOf('data-group', 'school'), data.school))
      && (data.wishes === undefined || fits(sectionOf('data-group', 'wishes'), data.wishes))
      && (data.licence === undefined || allowedChecks(sectionOf('data-checks', 'licence'), data.licence))
      && LISTS.every(function (name) {
        var entries = data[name];
        return entries === undefined || (Array.isArray(entries) && entries.length <= MAX_ENTRIES
          && entries.every(function (entry) { return fits(template(name), entry); }));
      });
  }

  /* --- kept on this phone --- */

  function stored() {
    try {
      var data = JSON.parse(localStorage.getItem(KEY) || 'null');
      return valid(data) ? data : null;
    } catch (e) {
      return null;
    }
  }

  function save(data) {
    try {
      if (isEmpty(data)) {
        localStorage.removeItem(KEY);
      } else {
        localStorage.setItem(KEY, JSON.stringify(data));
      }
    } catch (e) { /* private mode or full: the page still shows it */ }
  }

  var renderTimer = null;

  function changed() {
    var data = serialize();
    save(data);
    window.clearTimeout(renderTimer);
    renderTimer = window.setTimeout(function () { render(data); }, 150);
  }

  form.addEventListener('change', changed);
  form.addEventListener('input', function (event) {
    if (!event.target.closest('.occupation-input')) {
      changed();
    }
  });

  /* --- the summary: German for the counsellor, the reader's language beside it --- */

  function choiceName(select, value, german) {
    if (!select || !value) {
      return '';
    }
    fillChoice(select);
    for (var i = 0; i < select.options.length; i++) {
      var option = select.options[i];
      if (option.value === value) {
        return german ? option.getAttribute('data-de') : option.textContent;
      }
    }
    return value;
  }

  function templateField(list, field) {
    return sectionOf('data-list', list).querySelector('template').content
      .querySelector('[data-field="' + field + '"]');
  }

  function checkName(group, value, german) {
    var box = group.querySelector('input[value="' + value + '"]');
    if (!box) {
      return value;
    }
    return german ? box.getAttribute('data-de') : box.parentNode.textContent.trim();
  }

  /**
   * Each row of the summary as a list of lines, in German or in the reader's language. A line is
   * its parts (each shown isolated, so a German name keeps its order on a right-to-left side) and
   * the text between them: the side's own list comma, or nothing.
   */
  function lines(data, side) {
    var german = side.getAttribute('lang') === 'de';
    var comma = side.getAttribute('data-comma') || ', ';
    var yearsText = JSON.parse(side.getAttribute('data-years') || '[]');
    var line = function (parts, glue) {
      return { parts: parts.filter(function (p) { return p; }), glue: glue === undefined ? comma : glue };
    };
    var years = function (value) {
      return value === '' || value === undefined ? '' : (yearsText[Number(value)] || value);
    };
    var country = function (code) {
      var entry = byCode(countries, code);
      return entry ? entry[german ? 2 : 1] : '';
    };
    var occupation = function (code) {
      return code ? occupationName(code, german) + ' (ISCO-08 ' + code + ')' : '';
    };
    var inCountry = function (text, code) {
      return line(text ? [text, country(code) ? '(' + country(code) + ')' : ''] : [], ' ');
    };
    var completed = templateField('training', 'completed');
    var degreeSelect = templateField('studies', 'degree');
    var levelSelect = templateField('languages', 'level');
    var wishes = sectionOf('data-group', 'wishes');
    var wishPicker = wishes.querySelector('.occupation-picker');
    var school = data.school || {};
    var w = data.wishes || {};
    var rows = {
      school: [line([years(school.years), country(school.country), school.certificate])],
      training: data.training.map(function (t) {
        return line([occupation(t.occupation), country(t.country), years(t.years),
          t.completed ? (german ? completed.getAttribute('data-de') : completed.parentNode.textContent.trim()) : '']);
      }),
      studies: data.studies.map(function (st) {
        return line([st.subject, choiceName(degreeSelect, st.degree, german), country(st.country), years(st.years)]);
      }),
      degrees: [],
      work: data.work.map(function (wk) { return line([occupation(wk.occupation), years(wk.years)]); }),
      languages: data.languages.map(function (l) {
        var name = byCode(languages, l.language);
        return line([name ? name[german ? 2 : 1] : '', choiceName(levelSelect, l.level, german)]);
      }),
      licence: [line(data.licence || [])],
      wishes: [line((w.kinds || []).map(function (k) {
        return checkName(wishes.querySelector('[data-checks="kinds"]'), k, german);
      }))]
    };
    if (school.certificate) {
      rows.degrees.push(inCountry(school.certificate, school.country));
    }
    data.training.forEach(function (t) {
      if (t.completed && t.occupation) {
        rows.degrees.push(inCountry(occupationName(t.occupation, german), t.country));
      }
    });
    data.studies.forEach(function (st) {
      if (st.degree && st.degree !== 'none') {
        rows.degrees.push(inCountry([choiceName(degreeSelect, st.degree, german), st.subject]
          .filter(function (p) { return p; }).join(' '), st.country));
      }
    });
    if (w.occupation) {
      rows.wishes.push(line([(german ? wishPicker.getAttribute('data-de') : wishPicker.getAttribute('data-label')) + ':',
        occupation(w.occupation)], ' '));
    }
    rows.wishes.push(line([w.note || '']));
    Object.keys(rows).forEach(function (row) {
      rows[row] = rows[row].filter(function (l) { return l.parts.length; });
    });
    return rows;
  }

  function lineText(l) {
    return l.parts.join(l.glue);
  }

  function renderSide(side, data) {
    var rows = lines(data, side);
    side.querySelectorAll('.summary-row').forEach(function (row) {
      var items = rows[row.getAttribute('data-row')] || [];
      var dd = row.querySelector('dd');
      dd.textContent = '';
      items.forEach(function (l) {
        var item = document.createElement('span');
        item.className = 'summary-item';
        l.parts.forEach(function (part, index) {
          if (index > 0) {
            item.appendChild(document.createTextNode(l.glue));
          }
          var isolated = document.createElement('bdi');
          isolated.textContent = part;
          item.appendChild(isolated);
        });
        dd.appendChild(item);
      });
      row.hidden = items.length === 0;
    });
    return rows;
  }

  /** The German side as plain text for the QR code, cut to what a phone camera reads well. */
  function qrText(side, rows) {
    var text = side.querySelector('.summary-heading').textContent;
    side.querySelectorAll('.summary-row').forEach(function (row) {
      var items = rows[row.getAttribute('data-row')] || [];
      if (items.length) {
        text += '\n' + row.querySelector('dt').textContent + ': ' + items.map(lineText).join('; ');
      }
    });
    var encoder = new TextEncoder();
    if (encoder.encode(text).length <= QR_BYTES) {
      return text;
    }
    var chars = Array.from(text);
    while (chars.length && encoder.encode(chars.join('') + '…').length > QR_BYTES) {
      chars.pop();
    }
    return chars.join('') + '…';
  }

  function renderQr(text) {
    var image = root.querySelector('.skills-qr');
    if (!image || typeof window.qrcode !== 'function') {
      return;
    }
    var code = window.qrcode(0, 'M');
    window.qrcode.stringToBytes = window.qrcode.stringToBytesFuncs['UTF-8'];
    code.addData(text, 'Byte');
    code.make();
    image.src = code.createDataURL(4, 16);
    image.setAttribute('data-text', text);
    image.hidden = false;
  }

  /** Links to the offers the profile points to (the links themselves carry no part of it). */
  function renderOffers(data) {
    var abroad = function (code) { return !!code && code !== 'DE'; };
    var show = {};
    var school = data.school || {};
    var kinds = (data.wishes && data.wishes.kinds) || [];
    if (school.certificate && abroad(school.country)) {
      show.recognition = true;
    }
    data.training.forEach(function (t) {
      if (t.completed && abroad(t.country)) {
        show.recognition = true;
      }
    });
    data.studies.forEach(function (s) {
      if (s.degree && s.degree !== 'none' && abroad(s.country)) {
        show.recognition = true;
      }
    });
    var german = data.languages.filter(function (l) { return l.language === 'de'; })[0];
    if (german && ['A2', 'B1', 'B2', 'C1'].indexOf(german.level) >= 0) {
      show['job-language-course'] = true;
    }
    if (german ? german.level === 'A1' : !isEmpty(data)) {
      show['integration-course'] = true;
    }
    var wished = { recognition: 'recognition', training: 'vocational-preparation', internship: 'internship',
      work: 'application-help', further: 'job-centre' };
    kinds.forEach(function (kind) {
      if (wished[kind]) {
        show[wished[kind]] = true;
      }
    });
    var section = document.getElementById('skills-offers');
    var any = false;
    section.querySelectorAll('[data-offer]').forEach(function (item) {
      item.hidden = !show[item.getAttribute('data-offer')];
      any = any || !item.hidden;
    });
    section.hidden = !any;
  }

  function render(data) {
    // A render waiting from the last keystroke would show what was before a delete or an import.
    window.clearTimeout(renderTimer);
    var empty = isEmpty(data);
    root.querySelector('.skills-summary-empty').hidden = !empty;
    root.querySelector('.summary-card').hidden = empty;
    root.querySelector('.skills-print').hidden = empty;
    var text = '';
    root.querySelectorAll('.summary-side').forEach(function (side) {
      var rows = renderSide(side, data);
      if (side.getAttribute('lang') === 'de') {
        text = qrText(side, rows);
      }
    });
    if (!empty) {
      renderQr(text);
    } else {
      var image = root.querySelector('.skills-qr');
      if (image) {
        image.removeAttribute('src');
        image.removeAttribute('data-text');
        image.hidden = true;
      }
    }
    renderOffers(data);
  }

  /* --- delete, save as a file, load from a file --- */

  function status(text) {
    var line = document.getElementById('skills-status');
    line.textContent = '';
    window.setTimeout(function () { line.textContent = text; }, 50);
  }

  function emptyProfile() {
    return { v: VERSION, school: {}, training: [], studies: [], work: [], languages: [], licence: [], wishes: {} };
  }

  root.addEventListener('click', function (event) {
    if (event.target.closest('[data-skills-delete]')) {
      try {
        localStorage.removeItem(KEY);
      } catch (e) { /* nothing kept */ }
      fill(emptyProfile());
      render(serialize());
      status(root.getAttribute('data-deleted'));
      return;
    }
    if (event.target.closest('[data-skills-export]')) {
      var blob = new Blob([JSON.stringify(serialize(), null, 2)], { type: 'application/json' });
      var link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = FILE_NAME;
      document.body.appendChild(link);
      link.click();
      link.remove();
      window.setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
      status(root.getAttribute('data-exported'));
    }
  });

  root.addEventListener('change', function (event) {
    var input = event.target.closest('[data-skills-import]');
    if (!input || !input.files || !input.files[0]) {
      return;
    }
    input.files[0].text().then(function (text) {
      var data = JSON.parse(text);
      if (!valid(data)) {
        throw new Error('not a profile');
      }
      return data;
    }).then(function (data) {
      fill(data);
      var now = serialize();
      save(now);
      render(now);
      status(root.getAttribute('data-imported'));
    }).catch(function () {
      status(root.getAttribute('data-import-bad'));
    }).then(function () {
      input.value = '';
    });
  });

  /* --- start: the profile as this phone kept it, then the occupation lists for names and search --- */

  form.querySelectorAll('select[data-options]').forEach(fillChoice);
  fill(stored() || emptyProfile());
  render(serialize());

  function loadList(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      return response.json();
    });
  }

  Promise.all(listUrls.map(loadList).concat([loadList(root.getAttribute('data-search')).catch(function () {
    return {};
  })])).then(function (lists) {
    var words = lists.pop();
    lists[0].forEach(function (entry) {
      occupations[entry[0]] = { de: entry[1], other: '', key: normalize(entry[1]) };
      occupationCodes.push(entry[0]);
    });
    (lists[1] || []).forEach(function (entry) {
      var known = occupations[entry[0]];
      if (known) {
        known.other = entry[1];
        known.key += ' | ' + normalize(entry[1]);
      }
    });
    Object.keys(words).forEach(function (word) {
      searchWords[normalize(word)] = words[word];
    });
    form.querySelectorAll('.occupation-picker').forEach(function (picker) {
      setOccupation(picker, picker.getAttribute('data-code'));
    });
    root.setAttribute('data-ready', '');
    render(serialize());
  }).catch(function () {
    root.setAttribute('data-ready', '');
  });
})();
