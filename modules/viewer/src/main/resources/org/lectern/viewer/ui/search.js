// Search results across the folder: each hit with its snippet opens the document at the hit.
import { documentRoute, el, getJson } from './dom.js';

export async function showSearch(main, q, kind) {
  const result = await getJson('/api/search?' + new URLSearchParams({ q, kind }));
  const list = el('ol', { id: 'search-results', class: 'hits' }, result.hits.map((hit) => el('li', {},
    el('a', { class: 'hit', href: documentRoute(hit.id, { b: hit.begin, e: hit.end }) },
      el('span', { class: 'hit-doc' }, hit.id),
      el('span', { class: 'badge kind-' + hit.kind }, hit.kind),
      hit.label ? el('span', { class: 'hit-label' }, hit.label) : null,
      el('span', { class: 'snippet' }, '…', hit.before, el('mark', {}, hit.match), hit.after, '…')))));
  main.append(el('section', { class: 'search-page' },
    el('h2', {}, `${result.hits.length}${result.truncated ? '+' : ''} hits for “${q}”`
      + (kind === 'all' ? '' : ` in ${kind === 'entity' ? 'entities' : kind === 'speaker' ? 'speakers' : 'text'}`)),
    result.hits.length ? list : el('p', { class: 'status' }, 'Nothing found.')));
  return null;
}
