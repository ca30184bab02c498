// The document list: languages, counts per layer and spin score, sortable by any column, filterable by name or
// language.
import { clear, documentRoute, el, getJson } from './dom.js';

const COLUMNS = [
  { key: 'id', label: 'Document', value: (d) => d.id },
  { key: 'languages', label: 'Languages', value: (d) => d.languages.join(' ') },
  { key: 'entities', label: 'Entities', value: (d) => d.counts.entities ?? -1, numeric: true },
  { key: 'quotes', label: 'Quotes', value: (d) => d.counts.quotes ?? -1, numeric: true },
  { key: 'artefacts', label: 'Artefacts', value: (d) => d.counts.artefacts ?? -1, numeric: true },
  { key: 'boilerplate', label: 'Boilerplate', value: (d) => d.counts.boilerplate ?? -1, numeric: true },
  { key: 'characters', label: 'Characters', value: (d) => d.characters, numeric: true },
  // share of judged words an article spinner replaced (translation-artefacts); null when not scored: sorted last
  { key: 'spin', label: 'Spin', value: (d) => d.spinScore ?? null, numeric: true,
    text: (v) => (v === null ? '' : v.toFixed(3)) },
];
/** The review column, shown when the server reviews (its order: new, in review, reopened, reviewed). */
const STATES = ['new', 'in-review', 'reopened', 'reviewed'];
const REVIEW_COLUMN = { key: 'review', label: 'Review', value: (d) => (d.review ? STATES.indexOf(d.review.state) : -1),
  numeric: true };

export async function showList(main) {
  const state = { sort: 'id', descending: false, filter: '', unreviewed: false, listing: null, timer: null };
  const status = el('p', { id: 'list-status', class: 'status' });
  const filter = el('input', { id: 'list-filter', type: 'search', placeholder: 'Filter by name or language',
    'aria-label': 'Filter documents' });
  const unreviewed = el('input', { id: 'filter-unreviewed', type: 'checkbox',
    onchange: () => { state.unreviewed = unreviewed.checked; render(); } });
  const reviewFilter = el('label', { class: 'review-filter', hidden: '' }, unreviewed, ' not reviewed');
  const table = el('table', { id: 'document-list', class: 'documents' });
  main.append(el('section', { class: 'list-page' },
    el('div', { class: 'list-tools' }, filter, reviewFilter, status), table));

  filter.addEventListener('input', () => { state.filter = filter.value.trim().toLowerCase(); render(); });

  function render() {
    const reviewing = state.listing.documents.some((d) => d.review);
    reviewFilter.hidden = !reviewing;
    const columns = reviewing ? [...COLUMNS, REVIEW_COLUMN] : COLUMNS;
    const docs = state.listing.documents.filter((d) => (!state.filter
      || d.id.toLowerCase().includes(state.filter) || d.languages.some((l) => l.toLowerCase() === state.filter))
      && (!state.unreviewed || (d.review && d.review.state !== 'reviewed')));
    const column = columns.find((c) => c.key === state.sort);
    docs.sort((a, b) => {
      const x = column.value(a);
      const y = column.value(b);
      if (x === null || y === null) return (x === null) - (y === null); // absent last, in either direction
      const order = column.numeric ? x - y : String(x).localeCompare(String(y));
      return state.descending ? -order : order;
    });
    const head = el('tr', {}, columns.map((c) => el('th', {
      class: c.numeric ? 'num sortable' : 'sortable', dataset: { key: c.key },
      'aria-sort': c.key === state.sort ? (state.descending ? 'descending' : 'ascending') : 'none',
      onclick: () => {
        state.descending = state.sort === c.key ? !state.descending : c.numeric;
        state.sort = c.key;
        render();
      },
    }, c.label, c.key === state.sort ? (state.descending ? ' ▼' : ' ▲') : '')));
    const rows = docs.map((d) => el('tr', { class: d.error ? 'doc-row failed' : 'doc-row', dataset: { id: d.id } },
      el('td', {}, el('a', { href: documentRoute(d.id) }, d.id),
        d.error ? el('span', { class: 'badge error', title: d.error }, 'error') : null,
        d.error ? el('div', { class: 'error-detail' }, d.error) : null),
      el('td', {}, d.languages.map((l) => el('span', { class: 'lang-badge' }, l))),
      COLUMNS.slice(2).map((c) => el('td', { class: 'num', dataset: { key: c.key } },
        d.error ? '' : c.text ? c.text(c.value(d)) : c.value(d).toLocaleString('en'))),
      reviewing ? reviewCell(d) : null));
    clear(table).append(el('thead', {}, head), el('tbody', {}, rows));
    const total = state.listing.documents.length;
    status.textContent = (state.listing.indexing ? `reading ${total} of ${state.listing.total} documents… `
      : '') + `${docs.length} of ${total} documents shown`;
  }

  function reviewCell(d) {
    if (!d.review) return el('td', {});
    if (!d.review.state) return el('td', { class: 'state-cell error-detail' }, d.review.error || 'no review state');
    const { state: docState, reviewed, unreviewed: open } = d.review;
    return el('td', { class: 'state-cell', dataset: { state: docState } },
      el('span', { class: 'badge', dataset: { state: docState } }, docState.replace('-', ' ')),
      ` ${reviewed} of ${reviewed + open}`);
  }

  async function load() {
    state.listing = await getJson('/api/documents');
    render();
    if (state.listing.indexing) state.timer = setTimeout(load, 1000);
  }
  await load();
  return { dispose: () => clearTimeout(state.timer) };
}
