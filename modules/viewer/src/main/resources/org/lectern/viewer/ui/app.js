// Routes: #/ (document list), #/doc/ID?view=&b=&e= (document view), #/search?q=&kind= (search results).
import { clear, el } from './dom.js';
import { showList } from './list.js';
import { showDocument } from './document.js';
import { showSearch } from './search.js';

const main = document.getElementById('main');
let current = null;

async function route() {
  if (current && current.dispose) current.dispose();
  current = null;
  const hash = location.hash || '#/';
  const [path, queryString] = hash.slice(1).split('?');
  const query = new URLSearchParams(queryString || '');
  clear(main);
  try {
    if (path.startsWith('/doc/')) {
      current = await showDocument(main, decodeURIComponent(path.slice(5)), query);
    } else if (path === '/search') {
      document.getElementById('search-input').value = query.get('q') || '';
      document.getElementById('search-kind').value = query.get('kind') || 'all';
      current = await showSearch(main, query.get('q') || '', query.get('kind') || 'all');
    } else {
      current = await showList(main);
    }
  } catch (error) {
    clear(main).append(el('p', { class: 'error-message', role: 'alert' }, String(error.message || error)));
  }
}

document.getElementById('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = document.getElementById('search-input').value.trim();
  if (!q) return;
  const kind = document.getElementById('search-kind').value;
  location.hash = '#/search?' + new URLSearchParams({ q, kind });
});

window.addEventListener('hashchange', route);
route();
