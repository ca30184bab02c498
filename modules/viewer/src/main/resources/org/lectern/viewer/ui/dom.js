// DOM helpers. Text from documents only ever reaches the page as text nodes (never as HTML), so markup in a
// document, a feature value or a file name is shown literally and cannot run.

/** An element with properties and children; strings become text nodes. */
export function el(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (key === 'class') element.className = value;
    else if (key === 'dataset') Object.assign(element.dataset, value);
    else if (key === 'style') Object.assign(element.style, value);
    else if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
    else if (key === 'href') element.setAttribute('href', internalLink(value));
    else element.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/** Links are only ever to the viewer's own routes. */
function internalLink(href) {
  if (!href.startsWith('#/')) throw new Error('refusing a link that is not a viewer route: ' + href);
  return href;
}

/** Fetches JSON from the API; rejects with the server's error message. */
export async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({ error: response.statusText }));
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

/** The API address of a document (ids keep their folder separators). */
export function documentUrl(id, view) {
  const path = id.split('/').map(encodeURIComponent).join('/');
  return '/api/documents/' + path + (view ? '?view=' + encodeURIComponent(view) : '');
}

/** The viewer route of a document, optionally at a span. */
export function documentRoute(id, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null));
  const suffix = query.toString();
  return '#/doc/' + encodeURIComponent(id) + (suffix ? '?' + suffix : '');
}

export function clear(element) {
  while (element.firstChild) element.removeChild(element.firstChild);
  return element;
}
