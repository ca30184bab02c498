// The document page: lays out the text pane and the side panels, streams the annotations into the text view
// (document-view.js), follows the pointer for the details, and starts review when the server takes writes.
import { clear, documentRoute, documentUrl, el } from './dom.js';
import { hasAttribution } from './attribution.js';
import { Annotation, openDocument } from './document-stream.js';
import { buildModel, references } from './document-model.js';
import { legend, metadataPanel, showDetails } from './document-panels.js';
import { BlockView } from './document-view.js';
import { quotesPanel } from './quotes-panel.js';
import { startReview } from './review.js';

export async function showDocument(main, id, query) {
  const viewName = query.get('view') || '_InitialView';
  const stream = await openDocument(documentUrl(id, viewName === '_InitialView' ? null : viewName));
  const doc = stream.head;
  performance.mark('lectern:loaded');
  const model = buildModel(doc);
  const hit = query.has('b') ? { b: Number(query.get('b')), e: Number(query.get('e') || query.get('b')) } : null;
  const page = layOutPage(main, id, model, () => view.redrawAll());
  const view = new BlockView(page.textPane, model, hit);
  performance.mark('lectern:laid-out');
  view.observe();
  followPointer(page, model, view);
  let disposed = false;
  let review = null;
  receiveAnnotations(stream, model, view, page.quotesSlot, () => disposed)
    .then(() => (disposed ? null : startReview({ id, model, view, page })))
    .then((started) => {
      review = started;
      if (review && !disposed) document.body.dataset.review = 'on';
    })
    .catch((error) => page.textPane.prepend(el('p', { class: 'error-message', role: 'alert' }, String(error.message))));
  return { dispose: () => {
    disposed = true;
    if (review) review.dispose();
    delete document.body.dataset.review;
    view.disconnect();
    delete document.body.dataset.painted;
    delete document.body.dataset.loaded;
  } };
}

/** The page's frame: heading with the view switch, the text pane, and the side panels. */
function layOutPage(main, id, model, layersChanged) {
  const doc = model.doc;
  const textPane = el('div', { id: 'text', class: 'text-pane', tabindex: '0' });
  const details = el('div', { id: 'details', class: 'details' },
    el('p', { class: 'status' }, 'Hover a highlighted span to see its features; click to keep them.'));
  const quotesSlot = el('div', { id: 'quotes-slot' });
  const reviewSlot = el('div', { id: 'review-slot' });
  const progressSlot = el('div', { class: 'review-head' });
  const layers = legend(model, layersChanged);
  const side = el('aside', { class: 'side' },
    reviewSlot, layers, quotesSlot,
    el('section', {}, el('h3', {}, 'Details'), details),
    metadataPanel(doc));
  main.append(el('section', { class: 'doc-page' },
    el('div', { class: 'doc-head' },
      el('a', { href: '#/', class: 'back' }, '← all documents'),
      el('h2', { id: 'doc-title' }, id),
      doc.language ? el('span', { class: 'lang-badge' }, doc.language) : null,
      progressSlot,
      viewSwitch(id, doc)),
    el('div', { class: 'doc-body' }, textPane, side)));
  return { textPane, details, quotesSlot, reviewSlot, progressSlot, legend: layers };
}

function viewSwitch(id, doc) {
  if (doc.views.length <= 1) return null;
  return el('div', { class: 'views', role: 'group', 'aria-label': 'Text view' },
    doc.views.map((v) => el('a', { class: v === doc.view ? 'view-switch current' : 'view-switch',
      id: 'view-' + v, href: documentRoute(id, v === '_InitialView' ? {} : { view: v }) },
    v === '_InitialView' ? 'Original' : v === 'cleaned' ? 'Cleaned' : v)));
}

/** Hover shows an annotation's features and lights what a quote refers to; click keeps the details. */
function followPointer(page, model, view) {
  let hovered = [];
  let pinned = false;
  page.textPane.addEventListener('mouseover', (event) => {
    const seg = event.target.closest('[data-a]');
    const indices = seg ? seg.dataset.a.split(' ').map(Number) : [];
    hovered.forEach((i) => view.light(i, false));
    hovered = indices.filter((i) => references(model.ann[i]).length || hasAttribution(model.ann[i]));
    hovered.forEach((i) => view.light(i, true));
    if (seg && !pinned) showDetails(page.details, model, indices);
  });
  page.textPane.addEventListener('mouseleave', () => { hovered.forEach((i) => view.light(i, false)); hovered = []; });
  page.textPane.addEventListener('click', (event) => {
    const seg = event.target.closest('[data-a]');
    pinned = Boolean(seg);
    if (seg) showDetails(page.details, model, seg.dataset.a.split(' ').map(Number));
  });
}

/** Adds the annotations to the view batch by batch as they arrive, then the quotes panel. */
async function receiveAnnotations(stream, model, view, quotesSlot, disposed) {
  for await (const batch of stream.annotations) {
    if (disposed()) return;
    view.add(batch.map((line) => new Annotation(line)));
    await yieldToBrowser(); // lets the page paint and react between batches
  }
  view.finish();
  // review changes speakers: the panel is made again then
  model.refreshQuotes = () => {
    const quotes = quotesPanel(model, (i) => view.light(i, true), (i) => view.light(i, false),
      (i) => view.jumpTo(model.ann[i].b, model.ann[i].e));
    clear(quotesSlot);
    if (quotes) quotesSlot.append(quotes);
  };
  model.refreshQuotes();
  document.body.dataset.loaded = 'true';
}

/** Resolves after the browser has had a turn (a message is faster than a zero timeout). */
function yieldToBrowser() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
