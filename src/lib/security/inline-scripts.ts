/**
 * The site's inline scripts, as constants: the Content-Security-Policy allows each by the hash of its
 * exact text (src/lib/security/csp.ts), and a script whose text varied per page (a translated word, a
 * base path) would need a hash per variant. So nothing page-specific is in the text: what differs per
 * page or edition comes in through `data-*` attributes of the script element (`document.currentScript`).
 * Layouts render them with `<script is:inline set:html={…}>`; editing one changes its hash, and the
 * committed server configuration (deploy/) with it — `npm run deploy:config` rewrites it, a test compares.
 */
import { TABLE_FILE } from '../../search/table.ts';
import { TODAY_ATTRIBUTE } from '../share/reader-today.ts';

/** The language switch keeps the reader's place: anchors and query strings are the same in both editions. */
export const KEEP_HASH_SCRIPT =
  "document.addEventListener('click',function(e){var a=e.target.closest&&e.target.closest('a[data-keep-hash]');if(a){if(location.hash)a.hash=location.hash;if(location.search)a.search=location.search}});";

/**
 * Copying (progressive: without scripts the links, URLs and <pre> citations are there to select): copy
 * buttons appear and copy their text; a ¶ link still jumps to its anchor and also copies its absolute
 * URL; citations get today's date as access date, and so does the sentence control, which reads it from
 * `<html>` (../share/reader-today.ts). The word said after copying is `data-copied`.
 * Served from another origin than the one it was built for (`data-site`: a build without SITE_URL, a
 * preview, a mirror), the page's shared URLs — permanent link, short link, citations, copy buttons —
 * are rewritten to the origin the reader actually has, and the build-time QR code, which cannot be
 * redrawn here, is hidden. The printed URL is the address as it is now (an explorer view keeps its
 * query), and "Cite this" opens for printing.
 */
export const COPY_SCRIPT = `(function(s){
var copied=s.dataset.copied,status=document.getElementById('copy-status'),timer,built=new URL(s.dataset.site).origin,here=location.origin;
function say(m){status.textContent=m;clearTimeout(timer);timer=setTimeout(function(){status.textContent=''},2500)}
function copy(text){if(!navigator.clipboard)return;navigator.clipboard.writeText(text).then(function(){say(copied)},function(){})}
function printed(){document.querySelectorAll('.print-url').forEach(function(e){e.textContent=location.href})}
if(built!==here){
document.querySelectorAll('.share,.print-url').forEach(function(root){var w=document.createTreeWalker(root,NodeFilter.SHOW_TEXT),n;while((n=w.nextNode()))if(n.data.indexOf(built)>=0)n.data=n.data.split(built).join(here)});
document.querySelectorAll('[data-copy-text]').forEach(function(b){b.dataset.copyText=b.dataset.copyText.split(built).join(here)});
document.querySelectorAll('.share .qr').forEach(function(q){q.hidden=true});
}
printed();
window.addEventListener('beforeprint',function(){printed();document.querySelectorAll('details.cite').forEach(function(d){d.open=true})});
var d=new Date(),today=d.getFullYear()+'-'+String(d.getMonth()+1).padStart(2,'0')+'-'+String(d.getDate()).padStart(2,'0');
document.documentElement.setAttribute('${TODAY_ATTRIBUTE}',today);
document.querySelectorAll('[data-access-date]').forEach(function(e){e.textContent=today});
if(navigator.clipboard)document.querySelectorAll('button[data-copy],button[data-copy-text]').forEach(function(b){b.hidden=false});
document.addEventListener('click',function(e){
var b=e.target.closest&&e.target.closest('button[data-copy],button[data-copy-text]');
if(b){copy(b.dataset.copyText||document.getElementById(b.dataset.copy).textContent);return}
var a=e.target.closest&&e.target.closest('a.permalink');
if(a)copy(a.href);
});
})(document.currentScript);`;

/**
 * Search loads nothing until it is used: the box's script on focus (or "/"), with the search table
 * fetched and parsed beside it and handed to the script's `start` (src/search/client/header.ts), so the
 * table is ready when the script has run and the first keystroke's list is drawn in the same frame;
 * the highlighter only on arrival from a result. The folder of the search scripts (with the deployment
 * base) is `data-search-base`.
 */
export const SEARCH_BOOTSTRAP_SCRIPT =
  "(function(s){var b=s.dataset.searchBase,box=document.querySelector('form[data-search=\"header\"] input');function load(){if(!box||box.form.hasAttribute('data-search-ready'))return;var t=fetch(b+'" + TABLE_FILE + "').then(function(r){if(!r.ok)throw new Error('search: '+r.url+' answered '+r.status);return r.json()});t.catch(function(){});import(b+'header.js').then(function(m){m.start(t)})}if(box)box.addEventListener('focus',load,{once:true});document.addEventListener('keydown',function(e){var t=e.target,x=document.querySelector('input[data-search-box]');if(e.key!=='/'||e.ctrlKey||e.metaKey||e.altKey||!x||t.closest&&t.closest('input,textarea,select,[contenteditable]'))return;e.preventDefault();x.focus()});if(/[?&]highlight=/.test(location.search))import(b+'highlight.js')})(document.currentScript);";

/** The 404 page: the last readable words of the address ("/tasks/task-list-1/600/" → "600") as a starting query. */
export const NOT_FOUND_QUERY_SCRIPT =
  "(function(){var words=decodeURIComponent(location.pathname).split('/').filter(function(s){return s&&!/^(en|tasks|measures|documents|cities|departments|t|m|d|index\\.html)$/.test(s)}).pop();if(words)document.querySelectorAll('input[data-from-path]').forEach(function(i){i.value=words.replace(/[-_]+/g,' ')})})();";

/**
 * The task explorer, opened from a shared view (`?place=…`): its rows stay hidden until its module script
 * has narrowed them, so a slow phone does not show all the rows for a moment and then most of them
 * vanish. Inline and before the table, so it runs before the rows are drawn; if the module never runs,
 * the table shows after 3 s anyway (the whole table is the page without scripts).
 */
export const EXPLORER_PENDING_SCRIPT =
  "(function(){var h=document.documentElement;if(/[?&](q|place|level|category|doc|assignment|unit|sort)=/.test(location.search)){h.dataset.explorerPending='';setTimeout(function(){delete h.dataset.explorerPending},3000)}})();";

/**
 * The search page's filters are folded under the box on a phone (one "Filters" line above the results)
 * and open beside the results on a wide screen. They are written open (so without scripts nothing is
 * hidden); inline right after them, this folds them on a narrow screen before the first paint. The width
 * is that of the one-column layout in global.css (.search-layout).
 */
export const FACETS_FOLD_SCRIPT =
  "(function(){var d=document.querySelector('details.facets');if(d&&matchMedia('(max-width: 44rem)').matches)d.open=false})();";

/** Every inline script of the site: the policy allows exactly these. */
export const INLINE_SCRIPTS = [KEEP_HASH_SCRIPT, COPY_SCRIPT, SEARCH_BOOTSTRAP_SCRIPT, NOT_FOUND_QUERY_SCRIPT, EXPLORER_PENDING_SCRIPT, FACETS_FOLD_SCRIPT] as const;
