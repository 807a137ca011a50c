/*
 * Generated: the functions Vaadin's client builds from strings in this app, compiled ahead
 * so that its pages need no 'unsafe-eval' (js/no-eval.js, docs/decisions/036). Each entry is
 * the arguments Vaadin's client passes to new Function(...), then the function they make.
 * Add to it by running the browser tests with -Dwvo.csp.learn=true (README,
 * "Content-Security-Policy"); do not edit it by hand.
 */
window.wvoFunctions = [
  ["$0","    document.title = $0;\n    if(window?.Vaadin?.documentTitleSignal) {\n        window.Vaadin.documentTitleSignal.value = $0;\n    }\n"],
  function ($0) {
    document.title = $0;
    if(window?.Vaadin?.documentTitleSignal) {
        window.Vaadin.documentTitleSignal.value = $0;
    }

  },
  ["$0","$0.requestContentUpdate();"],
  function ($0) {
$0.requestContentUpdate();
  },
  ["$0","$1","$2","$3","$4","$5","$6","$7","return (async function() { window.wvoDrafts && window.wvoDrafts.keep(this, $0, $1, {found: $2, hint: $3, restore: $4, discard: $5, locale: $6})}).apply($7)"],
  function ($0,$1,$2,$3,$4,$5,$6,$7) {
return (async function() { window.wvoDrafts && window.wvoDrafts.keep(this, $0, $1, {found: $2, hint: $3, restore: $4, discard: $5, locale: $6})}).apply($7)
  },
  ["$0","$1","$2","$3","$4","$5","try{Promise.resolve((async function(){return $0.$connector.set($1,$2,$3)})()).then($4,function(error){$5(''+error)})}catch(error){$5(''+error)}"],
  function ($0,$1,$2,$3,$4,$5) {
try{Promise.resolve((async function(){return $0.$connector.set($1,$2,$3)})()).then($4,function(error){$5(''+error)})}catch(error){$5(''+error)}
  },
  ["$0","$1","$2","$3","$4","try{Promise.resolve((async function(){return $0.$connector.confirm($1,$2)})()).then($3,function(error){$4(''+error)})}catch(error){$4(''+error)}"],
  function ($0,$1,$2,$3,$4) {
try{Promise.resolve((async function(){return $0.$connector.confirm($1,$2)})()).then($3,function(error){$4(''+error)})}catch(error){$4(''+error)}
  },
  ["$0","$1","$2","$3","$4","try{Promise.resolve((async function(){return $0.$connector.updateI18n($1,$2)})()).then($3,function(error){$4(''+error)})}catch(error){$4(''+error)}"],
  function ($0,$1,$2,$3,$4) {
try{Promise.resolve((async function(){return $0.$connector.updateI18n($1,$2)})()).then($3,function(error){$4(''+error)})}catch(error){$4(''+error)}
  },
  ["$0","$1","$2","$3","return $0.$connector.set($1,$2,$3)"],
  function ($0,$1,$2,$3) {
return $0.$connector.set($1,$2,$3)
  },
  ["$0","$1","$2","$3","try{Promise.resolve((async function(){return $0.$connector.setLocale($1)})()).then($2,function(error){$3(''+error)})}catch(error){$3(''+error)}"],
  function ($0,$1,$2,$3) {
try{Promise.resolve((async function(){return $0.$connector.setLocale($1)})()).then($2,function(error){$3(''+error)})}catch(error){$3(''+error)}
  },
  ["$0","$1","$2","$3","try{Promise.resolve((async function(){return $0.$connector.updateSize($1)})()).then($2,function(error){$3(''+error)})}catch(error){$3(''+error)}"],
  function ($0,$1,$2,$3) {
try{Promise.resolve((async function(){return $0.$connector.updateSize($1)})()).then($2,function(error){$3(''+error)})}catch(error){$3(''+error)}
  },
  ["$0","$1","$2","$3","try{Promise.resolve((async function(){return (async function() { this.invalid = $0}).apply($1)})()).then($2,function(error){$3(''+error)})}catch(error){$3(''+error)}"],
  function ($0,$1,$2,$3) {
try{Promise.resolve((async function(){return (async function() { this.invalid = $0}).apply($1)})()).then($2,function(error){$3(''+error)})}catch(error){$3(''+error)}
  },
  ["$0","$1","$2","return $0.$connector.clear($1,$2)"],
  function ($0,$1,$2) {
return $0.$connector.clear($1,$2)
  },
  ["$0","$1","$2","return $0.$connector.confirm($1,$2)"],
  function ($0,$1,$2) {
return $0.$connector.confirm($1,$2)
  },
  ["$0","$1","$2","return $0.$connector.updateI18n($1,$2)"],
  function ($0,$1,$2) {
return $0.$connector.updateI18n($1,$2)
  },
  ["$0","$1","$2","return (async function() { this.$server['}p']($0, true, $1)}).apply($2)"],
  function ($0,$1,$2) {
return (async function() { this.$server['}p']($0, true, $1)}).apply($2)
  },
  ["$0","$1","$2","return (async function() { this.replaceChildren();\nfor (const [v, l] of JSON.parse($0)) {\n  const o = document.createElement('option');\n  o.value = v;\n  o.textContent = l;\n  this.appendChild(o);\n}\nthis.value = $1;}).apply($2)"],
  function ($0,$1,$2) {
return (async function() { this.replaceChildren();
for (const [v, l] of JSON.parse($0)) {
  const o = document.createElement('option');
  o.value = v;
  o.textContent = l;
  this.appendChild(o);
}
this.value = $1;}).apply($2)
  },
  ["$0","$1","$2","try{Promise.resolve((async function(){return (async function() { window.Vaadin.Flow.comboBoxConnector.initLazy(this)}).apply($0)})()).then($1,function(error){$2(''+error)})}catch(error){$2(''+error)}"],
  function ($0,$1,$2) {
try{Promise.resolve((async function(){return (async function() { window.Vaadin.Flow.comboBoxConnector.initLazy(this)}).apply($0)})()).then($1,function(error){$2(''+error)})}catch(error){$2(''+error)}
  },
  ["$0","$1","return $0.$connector.updateSize($1)"],
  function ($0,$1) {
return $0.$connector.updateSize($1)
  },
  ["$0","$1","return (async function() { document.documentElement.lang = $0}).apply($1)"],
  function ($0,$1) {
return (async function() { document.documentElement.lang = $0}).apply($1)
  },
  ["$0","$1","return (async function() { this._inputElementValue = $0}).apply($1)"],
  function ($0,$1) {
return (async function() { this._inputElementValue = $0}).apply($1)
  },
  ["$0","$1","return (async function() { this.disabled = $0}).apply($1)"],
  function ($0,$1) {
return (async function() { this.disabled = $0}).apply($1)
  },
  ["$0","$1","return (async function() { this.invalid = $0}).apply($1)"],
  function ($0,$1) {
return (async function() { this.invalid = $0}).apply($1)
  },
  ["$0","$1","return (async function() { this.maxFiles = $0}).apply($1)"],
  function ($0,$1) {
return (async function() { this.maxFiles = $0}).apply($1)
  },
  ["$0","$1","return (async function() { this.renderer = (root) => {  if (this.text) {    root.textContent = this.text;  } else {    Vaadin.FlowComponentHost.setChildNodes($0, this.virtualChildNodeIds, root)  }}}).apply($1)"],
  function ($0,$1) {
return (async function() { this.renderer = (root) => {  if (this.text) {    root.textContent = this.text;  } else {    Vaadin.FlowComponentHost.setChildNodes($0, this.virtualChildNodeIds, root)  }}}).apply($1)
  },
  ["$0","$1","return (async function() { this.serverConnected($0)}).apply($1)"],
  function ($0,$1) {
return (async function() { this.serverConnected($0)}).apply($1)
  },
  ["$0","$1","setTimeout(() => { window.history.pushState($0, '', $1); window.dispatchEvent(new CustomEvent('vaadin-navigated')); })"],
  function ($0,$1) {
setTimeout(() => { window.history.pushState($0, '', $1); window.dispatchEvent(new CustomEvent('vaadin-navigated')); })
  },
  ["$0","$1","setTimeout(() => { window.history.replaceState($0, '', $1); window.dispatchEvent(new CustomEvent('vaadin-navigated')); })"],
  function ($0,$1) {
setTimeout(() => { window.history.replaceState($0, '', $1); window.dispatchEvent(new CustomEvent('vaadin-navigated')); })
  },
  ["$0","$1","window.dispatchEvent(new CustomEvent('vaadin-redirect-pending', {detail: {url: $0}})); if ($1 == '_self') this.stopApplication(); window.open($0, $1)"],
  function ($0,$1) {
window.dispatchEvent(new CustomEvent('vaadin-redirect-pending', {detail: {url: $0}})); if ($1 == '_self') this.stopApplication(); window.open($0, $1)
  },
  ["$0","$1","window.wvoDrafts && window.wvoDrafts.forget($0, $1)"],
  function ($0,$1) {
window.wvoDrafts && window.wvoDrafts.forget($0, $1)
  },
  ["$0","document.dir = $0"],
  function ($0) {
document.dir = $0
  },
  ["$0","if($0.$connector) $0.$connector.reset();"],
  function ($0) {
if($0.$connector) $0.$connector.reset();
  },
  ["$0","return $0.requestContentUpdate()"],
  function ($0) {
return $0.requestContentUpdate()
  },
  ["$0","return (async function() {     const el = this;\n    window.addEventListener('resize', evt => {\n        const event = new Event(\"window-resize\");\n        event.w = document.documentElement.clientWidth;\n        event.h = document.documentElement.clientHeight;\n        el.dispatchEvent(event);\n    });\n}).apply($0)"],
  function ($0) {
return (async function() {     const el = this;
    window.addEventListener('resize', evt => {
        const event = new Event("window-resize");
        event.w = document.documentElement.clientWidth;
        event.h = document.documentElement.clientHeight;
        el.dispatchEvent(event);
    });
}).apply($0)
  },
  ["$0","return (async function() { Vaadin.FlowComponentHost.patchVirtualContainer(this)}).apply($0)"],
  function ($0) {
return (async function() { Vaadin.FlowComponentHost.patchVirtualContainer(this)}).apply($0)
  },
  ["$0","return (async function() { setTimeout(() => this.scrollIntoView(), 0)}).apply($0)"],
  function ($0) {
return (async function() { setTimeout(() => this.scrollIntoView(), 0)}).apply($0)
  },
  ["$0","return (async function() { setTimeout(() => {\n    try {\n       this._nextFocusIsFromClient = false;\n       this.focus();\n    } finally {\n       this._nextFocusIsFromClient = true;\n    }\n}, 0)\n}).apply($0)"],
  function ($0) {
return (async function() { setTimeout(() => {
    try {
       this._nextFocusIsFromClient = false;
       this.focus();
    } finally {
       this._nextFocusIsFromClient = true;
    }
}, 0)
}).apply($0)
  },
  ["$0","return (async function() { this.files = [];}).apply($0)"],
  function ($0) {
return (async function() { this.files = [];}).apply($0)
  },
  ["$0","return (async function() { window.Vaadin.Flow.comboBoxConnector.initLazy(this)}).apply($0)"],
  function ($0) {
return (async function() { window.Vaadin.Flow.comboBoxConnector.initLazy(this)}).apply($0)
  },
  ["$0","this.$server['}p']($0, false)"],
  function ($0) {
this.$server['}p']($0, false)
  },
  ["$0","window.Vaadin.Flow.datepickerConnector.initLazy($0)"],
  function ($0) {
window.Vaadin.Flow.datepickerConnector.initLazy($0)
  },
  ["$0","window.Vaadin.Flow.selectConnector.initLazy($0)"],
  function ($0) {
window.Vaadin.Flow.selectConnector.initLazy($0)
  },
  ["$0","window.Vaadin.Flow.timepickerConnector.initLazy($0)"],
  function ($0) {
window.Vaadin.Flow.timepickerConnector.initLazy($0)
  },
  ["$0","window.wvoDrafts && window.wvoDrafts.forgetAccount($0)"],
  function ($0) {
window.wvoDrafts && window.wvoDrafts.forgetAccount($0)
  },
  ["event","element","return (1)"],
  function (event,element) {
return (1)
  },
  ["event","element","return (element.files.some(file => file.uploading))"],
  function (event,element) {
return (element.files.some(file => file.uploading))
  },
  ["event","element","return (event.altKey)"],
  function (event,element) {
return (event.altKey)
  },
  ["event","element","return (event.button)"],
  function (event,element) {
return (event.button)
  },
  ["event","element","return (event.clientX)"],
  function (event,element) {
return (event.clientX)
  },
  ["event","element","return (event.clientY)"],
  function (event,element) {
return (event.clientY)
  },
  ["event","element","return (event.ctrlKey)"],
  function (event,element) {
return (event.ctrlKey)
  },
  ["event","element","return (event.detail)"],
  function (event,element) {
return (event.detail)
  },
  ["event","element","return (event.h)"],
  function (event,element) {
return (event.h)
  },
  ["event","element","return (event.metaKey)"],
  function (event,element) {
return (event.metaKey)
  },
  ["event","element","return (event.screenX)"],
  function (event,element) {
return (event.screenX)
  },
  ["event","element","return (event.screenY)"],
  function (event,element) {
return (event.screenY)
  },
  ["event","element","return (event.shiftKey)"],
  function (event,element) {
return (event.shiftKey)
  },
  ["event","element","return (event.w)"],
  function (event,element) {
return (event.w)
  },
];
