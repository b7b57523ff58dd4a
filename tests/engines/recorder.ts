/**
 * A script the tests run in each page before the page's own (a recorder in front of the server
 * adds it to the HTML, ahead of the page's Content-Security-Policy, for Firefox and WebKit;
 * Playwright adds it as an init script). WebKitWebDriver has no log API: this reads a page's
 * problems the same way in every engine.
 *
 * - `window.__pageErrors`: uncaught errors, unhandled rejections, resources that failed to load,
 *   CSP violations, `console.error` calls and dialogs (alert, confirm, prompt: recorded, never
 *   shown).
 * - `window.__startup`: whether the first animation frame had run, and the first contentful
 *   paint been reported (null where the engine reports no paints), when the app's entry module
 *   was added to the document, which the page loader must do only after the first paint.
 */
export const PAGE_RECORDER = `(function(){var w=window,d=document,l=w.__pageErrors=[],add=function(m){l.push(String(m).slice(0,300))},s=w.__startup={framed:false,entryAfterFrame:null,entryAfterPaint:null},P=w.PerformanceObserver,paints=!!P&&(P.supportedEntryTypes||[]).indexOf('paint')>=0;w.addEventListener('error',function(e){var t=e.target;add(t&&t!==w&&t.tagName?'could not load '+t.tagName.toLowerCase()+' '+(t.src||t.href||''):'error: '+e.message)},true);w.addEventListener('unhandledrejection',function(e){add('unhandled rejection: '+(e.reason&&e.reason.message||e.reason))});d.addEventListener('securitypolicyviolation',function(e){add('CSP refused '+(e.blockedURI||'inline')+' by '+e.violatedDirective)});var c=console.error;console.error=function(){add('console.error: '+Array.prototype.join.call(arguments,' '));return c.apply(console,arguments)};['alert','confirm','prompt'].forEach(function(n){w[n]=function(m){add(n+'('+m+')')}});requestAnimationFrame(function(){s.framed=true});new MutationObserver(function(records,observer){var entry=d.querySelector('script[type=module]');if(entry){s.entryAfterFrame=s.framed;s.entryAfterPaint=paints?performance.getEntriesByName('first-contentful-paint').length>0:null;observer.disconnect()}}).observe(d,{childList:true,subtree:true})})();`;
