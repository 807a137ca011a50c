/*
 * Willkommen vor Ort – the course check ("Welche Kurse kann ich besuchen?"), evaluated on the phone.
 * The page carries the rules in force (data-rules), their texts in the page's language (data-texts)
 * and a link per course to the county's offers (data-links). The answers stay on this phone: there
 * is no form to send, nothing is fetched, and they are kept in the browser's storage until the
 * newcomer clears them. The Java side (CourseRules.evaluate) has the same semantics: rules in order,
 * for each course the first rule whose condition holds decides (docs/decisions/047).
 */
(function () {
  'use strict';

  var KEY = 'wvo-course-check';
  var root = document.getElementById('course-questions');
  if (!root) {
    return;
  }
  var rules = JSON.parse(root.getAttribute('data-rules'));
  var texts = JSON.parse(root.getAttribute('data-texts'));
  var links = JSON.parse(root.getAttribute('data-links'));

  function holds(condition, answers) {
    if (condition.all) {
      return condition.all.every(function (c) { return holds(c, answers); });
    }
    if (condition.any) {
      return condition.any.some(function (c) { return holds(c, answers); });
    }
    var given = answers[condition.question];
    return condition.is !== undefined ? condition.is === given : condition['in'].indexOf(given) >= 0;
  }

  /** Course id → {how, ask}, in the order of each course's first rule. */
  function evaluate(answers) {
    var open = [];
    var decided = {};
    rules.rules.forEach(function (rule) {
      if (!decided[rule.course] && holds(rule.when, answers)) {
        decided[rule.course] = true;
        open.push({ course: rule.course, how: rule.how, ask: rule.ask });
      }
    });
    return open;
  }

  function answers() {
    var given = {};
    root.querySelectorAll('input[type=radio]:checked').forEach(function (radio) {
      given[radio.name] = radio.value;
    });
    return given;
  }

  function complete(given) {
    return rules.questions.every(function (q) { return given[q.id] !== undefined; });
  }

  function element(tag, className, text) {
    var made = document.createElement(tag);
    if (className) {
      made.className = className;
    }
    if (text) {
      made.textContent = text;
    }
    return made;
  }

  function show() {
    var given = answers();
    var list = document.getElementById('course-list');
    var done = complete(given);
    var open = done ? evaluate(given) : [];
    list.textContent = '';
    document.getElementById('course-incomplete').hidden = done;
    document.getElementById('course-none').hidden = !done || open.length > 0;
    open.forEach(function (item) {
      var section = element('section', 'course-result');
      section.setAttribute('data-course', item.course);
      section.setAttribute('data-how', item.how);
      section.appendChild(element('h3', 'course-name', texts[item.course]));
      section.appendChild(element('p', 'course-how', texts['how.' + item.how]));
      var whom = element('p', 'course-whom', texts.whom + ' ');
      whom.appendChild(element('span', null, item.ask.map(function (o) { return texts['office.' + o]; }).join(' · ')));
      section.appendChild(whom);
      if (links[item.course]) {
        var link = element('a', 'course-offers', texts.offers);
        link.href = links[item.course];
        section.appendChild(link);
      }
      list.appendChild(section);
    });
  }

  function keep() {
    try {
      localStorage.setItem(KEY, JSON.stringify(answers()));
    } catch (e) { /* private mode: the answer still shows */ }
  }

  function restore() {
    var kept;
    try {
      kept = JSON.parse(localStorage.getItem(KEY) || '{}');
    } catch (e) {
      kept = {};
    }
    Object.keys(kept || {}).forEach(function (question) {
      root.querySelectorAll('input[type=radio]').forEach(function (radio) {
        if (radio.name === question && radio.value === kept[question]) {
          radio.checked = true;
        }
      });
    });
  }

  root.addEventListener('change', function () {
    keep();
    show();
  });

  document.addEventListener('click', function (event) {
    if (event.target.closest('button[data-course-show]')) {
      show();
      document.getElementById('course-answer-title').focus();
    }
    var clear = event.target.closest('button[data-course-clear]');
    if (clear) {
      try {
        localStorage.removeItem(KEY);
      } catch (e) { /* nothing kept */ }
      root.querySelectorAll('input[type=radio]').forEach(function (radio) { radio.checked = false; });
      show();
      var status = document.querySelector('main .action-status');
      if (status) {
        status.textContent = clear.getAttribute('data-cleared');
      }
    }
  });

  restore();
  show();
})();
