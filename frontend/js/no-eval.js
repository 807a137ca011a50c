/*
 * Willkommen vor Ort – lets Vaadin's client run under a Content-Security-Policy without
 * 'unsafe-eval' (docs/decisions/036). Vaadin's client builds a function from a string for every
 * expression the server sends (executeJs, event data, a few of its own). Before the client loads,
 * this replaces window.Function with a lookup of those functions, compiled ahead of time in
 * js/vaadin-functions.js from every expression the browser tests met. An expression that is not
 * there is refused and named in the console ("wvo-no-eval"), which fails the browser test that
 * met it; with data-learn on this script (only with -Dwvo.csp.learn=true, under a policy that
 * still allows eval) it is named ("wvo-learn") and built as before, so that the tests can add it.
 */
(function () {
  'use strict';

  var Native = window.Function;
  var script = document.currentScript;
  var learning = !!script && script.hasAttribute('data-learn');
  var known = new Map();
  var compiled = window.wvoFunctions || [];
  for (var i = 0; i + 1 < compiled.length; i += 2) {
    known.set(JSON.stringify(compiled[i]), compiled[i + 1]);
  }
  // Vaadin loads a view's code on demand with this one statement; the chunk's name is all that varies.
  var chunk = /^return window\.Vaadin\.Flow\.loadOnDemand\('([\w-]+)'\);$/;

  function Precompiled() {
    var args = Array.prototype.map.call(arguments, String);
    var key = JSON.stringify(args);
    var found = known.get(key);
    if (found) {
      return found;
    }
    var load = args.length === 1 && chunk.exec(args[0]);
    if (load) {
      var id = load[1];
      return function () {
        return window.Vaadin.Flow.loadOnDemand(id);
      };
    }
    if (learning) {
      console.warn('wvo-learn ' + key);
      return Native.apply(null, args);
    }
    console.error('wvo-no-eval ' + key);
    throw new EvalError('Not among the precompiled functions (js/vaadin-functions.js): ' + key);
  }

  // Everything that asks "is this a function?" or extends Function keeps working.
  Precompiled.prototype = Native.prototype;
  window.Function = Precompiled;
})();
