/**
 * How every HTML page of the site starts the app: one small inline loader, pinned in the page's
 * Content-Security-Policy by its hash, and the policy itself. Shared by the build-time prerender
 * (scripts/prerender.mjs) and any server that renders pages (the edge build), so both ship the
 * same loader and the same rules.
 *
 * The loader reads everything it needs from attributes of `<html>`, so its text (and hash) never
 * changes between builds or pages:
 *
 * - `data-entry`: the app's entry module, and `data-modules`: the other modules the page's first
 *   render needs (the entry's static imports, the page's lazily loaded route). A page whose HTML
 *   is already there requests them only after its first paint: a module that arrives before the
 *   first frame is run before it, so React would hydrate the whole page before anything paints,
 *   and a lab measure such as Lighthouse counts every byte requested before the paint against it.
 *   All of them are requested at once then (modulepreload links beside the entry's script), so
 *   the route's chunk does not wait for the entry to ask for it.
 * - `data-prerendered-path`: the path the HTML was rendered for. A static host answers unknown
 *   URLs (a shared result, an /embed… page, a typo) with a fallback page: the loader marks the
 *   mismatch, so the stylesheet hides that page's content until the app renders the right one.
 *   A fallback page (that one, or 200.html, which has no such path) has nothing of its own worth
 *   painting first, so it requests its modules and starts the app at once.
 * - `data-result-chunks`: on the fallback pages, the result page's chunks, requested at once too
 *   when the URL is a result rather than after the app has started.
 *
 * Why the entry is loaded by the loader and not by a `<script type="module" src>`: the policy's
 * `'strict-dynamic'` trusts whatever a hash-trusted script loads, wherever it comes from. WebKit
 * resolves `'self'` in a frame sandboxed without `allow-same-origin` against the frame's opaque
 * origin, where it matches nothing, so a policy that trusted scripts by `'self'` left such an
 * embed blank in Safari. `'self'` stays as the fallback for browsers without `'strict-dynamic'`
 * (which ignore it otherwise). Styles have no such escape: every stylesheet is inlined in the
 * page and pinned by its hash (the build emits one stylesheet, see vite.config.ts).
 */
import { createHash } from 'node:crypto';

/** Attributes of `<html>` the loader reads. */
export const ENTRY_ATTRIBUTE = 'data-entry';
export const PRERENDERED_PATH_ATTRIBUTE = 'data-prerendered-path';
export const MODULES_ATTRIBUTE = 'data-modules';
export const RESULT_CHUNKS_ATTRIBUTE = 'data-result-chunks';

/**
 * Starts the app after the first paint: once the browser reports the first contentful paint
 * (the paint timing entry is written when the frame is on screen; an animation frame, where
 * paint timing is missing, comes just before it), then a task later. Browsers pause or throttle
 * painting where nothing is shown: a hidden page starts at once, and a frame out of view (an
 * embed below the host's fold) from a timer after a second at the latest. The timer is long so
 * that a slow device's first paint still comes first. A fallback page starts at once. The
 * document must be parsed in full before the app starts, since React hydrates all of `#root`.
 */
export const PAGE_LOADER = `(function(){var d=document,h=d.documentElement,a=function(n){return h.getAttribute(n)},t=function(p){return p.length>1?p.replace(/\\/+$/,''):p},p=t(location.pathname),e=a('${PRERENDERED_PATH_ATTRIBUTE}'),m=a('${ENTRY_ATTRIBUTE}'),f=e===null||p!==t(e),s=0,P=window.PerformanceObserver,o;function pre(l){if(l)l.split(' ').forEach(function(u){var k=d.createElement('link'),c=/\\.css$/.test(u);k.rel=c?'preload':'modulepreload';if(c)k.as='style';k.crossOrigin='';k.href=u;d.head.appendChild(k)})}function go(){if(s||!m)return;s=1;if(o)o.disconnect();if(!f)pre(a('${MODULES_ATTRIBUTE}'));var x=d.createElement('script');x.type='module';x.crossOrigin='';x.src=m;d.head.appendChild(x)}function start(){if(d.readyState==='loading')d.addEventListener('DOMContentLoaded',go);else go()}function later(){setTimeout(start,0)}if(e!==null&&f)h.setAttribute('data-route-mismatch','');if(f&&m){pre(m+' '+(a('${MODULES_ATTRIBUTE}')||''));if(/\\/result$/.test(p))pre(a('${RESULT_CHUNKS_ATTRIBUTE}'))}if(f||d.visibilityState==='hidden')start();else{if(P&&(P.supportedEntryTypes||[]).indexOf('paint')>=0){o=new P(function(l){if(l.getEntriesByName('first-contentful-paint').length)later()});o.observe({type:'paint',buffered:true})}else requestAnimationFrame(later);setTimeout(start,1000)}})();`;

/** A CSP source expression for a script or stylesheet text: `sha256-…`. */
export function sha256(text) {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

export const PAGE_LOADER_HASH = sha256(PAGE_LOADER);

/**
 * The site's Content-Security-Policy: scripts only through the pinned loader (and what it loads),
 * styles only as the given inline texts, everything else from the site itself.
 *
 * @param {readonly string[]} inlineStyles the exact texts of the page's `<style>` elements
 */
export function contentSecurityPolicy(inlineStyles) {
  return [
    "default-src 'self'",
    `script-src '${PAGE_LOADER_HASH}' 'strict-dynamic' 'self'`,
    `style-src 'self' ${inlineStyles.map((text) => `'${sha256(text)}'`).join(' ')}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * What goes first in `<head>`, right after `<meta charset>`: the policy, then the loader. Each
 * text must be a `<style>` element of the page, exactly as given.
 *
 * @param {readonly string[]} inlineStyles
 */
export function bootstrapHead(inlineStyles) {
  return [
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(inlineStyles)}" />`,
    `<script>${PAGE_LOADER}</script>`,
  ].join('\n    ');
}
