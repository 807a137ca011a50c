/*
 * Willkommen vor Ort – unsaved form input kept on this device (docs/decisions/034). No build, no
 * dependency, nothing sent anywhere: base/ui/DeviceDrafts loads it into a Vaadin view.
 *
 * While a person types into the text fields a form marks with data-draft="<name>", their values
 * are written to localStorage (500 ms after the last key, and at once on a change) under
 * wvo-draft:<account>:<form>, with the time. When the form opens again for the same account and
 * the device holds a draft that differs from what the form shows, a notice offers it back:
 * "Restore" sets each field and fires its change event, so the values reach the server as typed
 * ones do; "Discard" deletes it. Drafts older than 14 days are dropped whenever a form opens.
 */
(function () {
  'use strict';

  const PREFIX = 'wvo-draft:';
  const MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;
  const QUIET_MS = 500;
  /** The open form of each key. */
  const open = new Map();

  function storage() {
    try {
      return window.localStorage;
    } catch (e) {
      return null; // storage switched off: the form simply works without drafts
    }
  }

  function read(key) {
    try {
      const draft = JSON.parse(storage().getItem(key));
      return draft && typeof draft.savedAt === 'number' && draft.fields && typeof draft.fields === 'object'
        ? draft : null;
    } catch (e) {
      return null;
    }
  }

  function write(key, draft) {
    try {
      storage().setItem(key, JSON.stringify(draft));
    } catch (e) {
      // full or switched off: nothing to keep
    }
  }

  function remove(key) {
    try {
      storage().removeItem(key);
    } catch (e) {
      // nothing kept
    }
  }

  function keys(prefix) {
    const store = storage();
    return store ? Object.keys(store).filter((key) => key.startsWith(prefix)) : [];
  }

  function dropStale() {
    const now = Date.now();
    keys(PREFIX).forEach((key) => {
      const draft = read(key);
      if (!draft || now - draft.savedAt > MAX_AGE_MS) {
        remove(key);
      }
    });
  }

  /** Never a password, even if one were marked by mistake. */
  function secret(field) {
    return field.localName === 'vaadin-password-field' || field.type === 'password';
  }

  function fields(form) {
    return Array.from(form.querySelectorAll('[data-draft]')).filter((field) => !secret(field));
  }

  function field(form, name) {
    return fields(form).find((f) => f.dataset.draft === name);
  }

  function value(field) {
    return field.value == null ? '' : String(field.value);
  }

  function differs(form, draft) {
    return Object.entries(draft.fields).some(([name, text]) => {
      const f = field(form, name);
      return f ? value(f) !== text : text !== '';
    });
  }

  /**
   * Writes the form's fields. While a found draft waits for a decision, it is not overwritten:
   * only the fields typed into since are taken from the form.
   */
  function save(state) {
    window.clearTimeout(state.timer);
    state.timer = 0;
    if (state.stopped || !state.form.isConnected) {
      return;
    }
    const kept = Object.assign({}, state.pending ? state.pending.fields : {});
    fields(state.form).forEach((f) => {
      if (!state.pending || state.typed.has(f.dataset.draft)) {
        kept[f.dataset.draft] = value(f);
      }
    });
    write(state.key, { savedAt: Date.now(), fields: kept });
  }

  function typed(state, event) {
    const f = event.target instanceof Element ? event.target.closest('[data-draft]') : null;
    if (!f || secret(f) || !state.form.contains(f)) {
      return;
    }
    state.typed.add(f.dataset.draft);
    window.clearTimeout(state.timer);
    if (event.type === 'change') {
      save(state);
    } else {
      state.timer = window.setTimeout(() => save(state), QUIET_MS);
    }
  }

  function when(savedAt, locale) {
    const date = new Date(savedAt);
    try {
      return new Intl.DateTimeFormat([locale, 'en'], { day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' })
        .format(date);
    } catch (e) {
      return date.toLocaleString();
    }
  }

  function button(text, primary, action) {
    const b = document.createElement('vaadin-button');
    b.textContent = text;
    if (primary) {
      b.setAttribute('theme', 'primary');
    }
    b.addEventListener('click', action);
    return b;
  }

  /** After a choice the notice goes: the focus goes to the form's heading, not to nowhere. */
  function settle(state) {
    show(state);
    const heading = state.form.querySelector('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }

  function show(state) {
    const box = state.form.querySelector('[data-draft-notice]');
    if (!box) {
      return;
    }
    box.replaceChildren();
    if (!state.pending) {
      return;
    }
    const t = state.texts;
    const found = document.createElement('p');
    const time = document.createElement('time');
    time.dateTime = new Date(state.pending.savedAt).toISOString();
    time.dir = 'auto';
    time.textContent = when(state.pending.savedAt, t.locale);
    const [before, after] = t.found.split('{0}');
    found.append(before, time, after || '');
    const hint = document.createElement('p');
    hint.className = 'draft-hint';
    hint.textContent = t.hint;
    const actions = document.createElement('div');
    actions.className = 'draft-actions';
    actions.append(button(t.restore, true, () => restore(state)), button(t.discard, false, () => discard(state)));
    box.append(found, hint, actions);
  }

  async function restore(state) {
    const draft = state.pending;
    if (!draft) {
      return;
    }
    save(state); // what was typed meanwhile joins the draft
    const restored = read(state.key) || draft;
    state.pending = null;
    const missing = Object.keys(restored.fields).filter((name) => restored.fields[name] !== '' && !field(state.form, name));
    const server = state.form.$server;
    if (missing.length && server && server.prepareDraftFields) {
      // e.g. a translation added in the lost session: the server adds its fields first
      try {
        await server.prepareDraftFields(missing.join(' '));
      } catch (e) {
        // restore what has a field
      }
    }
    Object.entries(restored.fields).forEach(([name, text]) => {
      const f = field(state.form, name);
      if (f && value(f) !== text) {
        f.value = text;
        f.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
    settle(state);
  }

  function discard(state) {
    remove(state.key);
    state.pending = null;
    if (state.typed.size) {
      save(state);
    }
    settle(state);
  }

  function stop(key) {
    const state = open.get(key);
    if (state) {
      state.stopped = true;
      window.clearTimeout(state.timer);
      open.delete(key);
    }
  }

  window.wvoDrafts = {
    /** Keeps the marked fields of this form (a Vaadin view's element) for the account. */
    keep(form, account, id, texts) {
      dropStale();
      const key = PREFIX + account + ':' + id;
      let state = form.wvoDraft;
      if (!state) {
        state = { form: form, typed: new Set() };
        form.wvoDraft = state;
        form.addEventListener('input', (event) => typed(state, event));
        form.addEventListener('change', (event) => typed(state, event));
      } else if (state.key !== key) {
        stop(state.key);
      }
      window.clearTimeout(state.timer);
      Object.assign(state, { key: key, texts: texts, stopped: false, timer: 0 });
      state.typed.clear();
      open.set(key, state);
      const draft = read(key);
      state.pending = draft && differs(form, draft) ? draft : null;
      show(state);
    },

    /** The form was saved: its draft is done with. */
    forget(account, id) {
      const key = PREFIX + account + ':' + id;
      stop(key);
      remove(key);
    },

    /** The account signs out: nothing it typed stays on the device. */
    forgetAccount(account) {
      const prefix = PREFIX + account + ':';
      Array.from(open.keys()).filter((key) => key.startsWith(prefix)).forEach(stop);
      keys(prefix).forEach(remove);
    }
  };
})();
